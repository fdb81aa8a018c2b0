/**
 * Everything the task pane asks of WPS 表格, on the ET object model: the use cases on the ET port (the
 * screen not redrawn while an action writes), selecting a cadre's row, the sheet names, and the rule
 * settings, which travel in the workbook's record sheet. ET's errors become messages.
 */
import { AppError, WorkbookPort } from '../port';
import { structureProtectedWords } from '../hostWords';
import { EtApplication } from './et';
import { EtWorkbookPort, activeWorkbook, keepingActiveSheet, loadKnown, saveRecord } from './etWorkbook';

/** Whether `candidate` is WPS's Application (the ET object model a WPS add-in's pages are given). */
export function isEtApplication(candidate: unknown): candidate is EtApplication {
  if (!candidate || typeof candidate !== 'object') return false;
  try {
    const app = candidate as { CreateTaskPane?: unknown; ActiveWorkbook?: unknown };
    return typeof app.CreateTaskPane === 'function' || typeof app.ActiveWorkbook === 'object';
  } catch {
    return false;
  }
}

/** An ET failure in words: ours as they are, WPS's own message (already in the user's language) otherwise. */
export function translateEtError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = (error as Error)?.message ?? String(error);
  return new AppError({
    'zh-CN': `WPS 表格未能完成操作:${message}。工作簿中已写入的部分可用"撤消"或"清除标记"恢复。`,
    'en-US': `WPS Spreadsheets could not finish: ${message}. Whatever was written can be taken back with Undo or "Clear marks".`,
  }, error);
}

export class WpsHost {
  /** The last action's port, for what it noticed (sheets with merged cells). */
  lastPort?: EtWorkbookPort;

  constructor(private readonly app: EtApplication) {}

  private et<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw translateEtError(error);
    }
  }

  /** Runs one user action, the screen held still until it ends. */
  async run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T> {
    const port = new EtWorkbookPort(this.app);
    this.lastPort = port;
    const redraw = this.et(() => this.app.ScreenUpdating);
    this.et(() => { this.app.ScreenUpdating = false; });
    try {
      return await action(port);
    } catch (error) {
      throw translateEtError(error);
    } finally {
      this.et(() => { this.app.ScreenUpdating = redraw; });
    }
  }

  async selectRow(sheetName: string, row?: number): Promise<void> {
    this.et(() => {
      const sheet = activeWorkbook(this.app).Worksheets.Item(sheetName);
      sheet.Activate();
      if (row) sheet.Range(`${row}:${row}`).Select();
    });
  }

  async sheetNames(): Promise<string[]> {
    return this.et(() => loadKnown(this.app).sheets.map((sheet) => sheet.name));
  }

  async loadSettings(): Promise<unknown> {
    return this.et(() => loadKnown(this.app).record.settings);
  }

  async saveSettings(settings: object): Promise<void> {
    this.et(() => {
      const known = loadKnown(this.app);
      if (!known.recordSheet && known.structureProtected) throw new AppError(structureProtectedWords('settings'));
      keepingActiveSheet(this.app, () => saveRecord(this.app, known, { ...known.record, settings }));
    });
  }
}
