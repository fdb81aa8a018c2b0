/**
 * Everything the task pane asks of Excel, each user action one Excel.run: the use cases on the
 * OfficeWorkbook port, selecting a cadre's row, showing a sheet, and the settings the workbook carries.
 */
import { AppError, WorkbookPort } from '../port';
import { ApiSupport, MINIMUM_EXCEL_API, detectApiSupport } from './apiSupport';
import { OfficeWorkbook } from './officeWorkbook';
import { isCellEditMode, translateOfficeError } from './officeErrors';

/** The workbook settings key of the rule settings, so a shared workbook carries them. */
export const SETTINGS_KEY = 'rotationPlanner.settings';
/**
 * Every batch waits for the user to leave a cell they are editing instead of failing
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
 */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };
/** How long to wait before the one retry when a cell is being edited. */
const EDIT_MODE_RETRY_MS = 1500;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where the page runs, as Office.js tells once it is ready: inside an Office host, or a plain browser. */
export interface OfficeStart {
  /** The Office host, or null in a plain browser (the preview). */
  host: unknown;
  partitionKey?: string;
  displayLanguage?: string;
}

/** Waits for Office.js, or answers at once when office.js did not load at all. */
export function officeReady(): Promise<OfficeStart> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve({ host: null });
  return Office.onReady().then((info) => {
    try {
      return { host: info.host, partitionKey: Office.context?.partitionKey, displayLanguage: Office.context?.displayLanguage };
    } catch {
      return { host: info.host };
    }
  });
}

export class OfficeHost {
  private readonly support: ApiSupport;

  constructor() {
    if (!Office.context.requirements.isSetSupported('ExcelApi', MINIMUM_EXCEL_API)) {
      throw new AppError({
        'zh-CN': `当前 Excel 不支持 ExcelApi ${MINIMUM_EXCEL_API},请升级 Office 后使用。`,
        'en-US': `This Excel does not support ExcelApi ${MINIMUM_EXCEL_API}: please update Office.`,
      });
    }
    this.support = detectApiSupport((name, version) => Office.context.requirements.isSetSupported(name, version));
  }

  /** Runs one user action in one Excel.run; a cell being edited gets one retry, every error a message. */
  async run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T> {
    const attempt = () => Excel.run(RUN_OPTIONS, (context) => action(new OfficeWorkbook(context, this.support)));
    try {
      return await attempt();
    } catch (error) {
      if (!isCellEditMode(error)) throw translateOfficeError(error);
      await pause(EDIT_MODE_RETRY_MS);
      try {
        return await attempt();
      } catch (again) {
        throw translateOfficeError(again);
      }
    }
  }

  /** Shows a sheet and selects one row of it (a cadre clicked in the pane). */
  async selectRow(sheetName: string, row?: number): Promise<void> {
    await this.excel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      if (row) sheet.getRange(`${row}:${row}`).select();
      await context.sync();
    });
  }

  async sheetNames(): Promise<string[]> {
    return this.excel(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  /** The rule settings stored in the workbook, as stored (validated by the caller). */
  async loadSettings(): Promise<unknown> {
    return this.excel(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
      await context.sync();
      return item.isNullObject ? undefined : item.value;
    });
  }

  async saveSettings(settings: object): Promise<void> {
    await this.excel(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
      await context.sync();
    });
  }

  private async excel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await Excel.run(RUN_OPTIONS, batch);
    } catch (error) {
      throw translateOfficeError(error);
    }
  }
}
