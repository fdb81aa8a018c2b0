/**
 * The task pane's host in a plain browser: the sample roster as an in-memory workbook, fetched from our
 * own origin only when the preview opens, so the add-in's bundle carries no workbook library and no data.
 */
import { CellValue } from '../core/grid';
import { MemoryWorkbook } from '../workbook/memory/memoryWorkbook';
import { AppError, WorkbookPort } from '../workbook/port';
import { TaskpaneHost } from './taskpaneHost';

/** Where the build puts the sample roster, as the values a sheet gives (dates as serials with formats). */
export const DEMO_DATA_URL = 'demo/sample-roster.json';
/** Where the demo keeps the settings saved "in the workbook", so they outlive a reload as a saved workbook's do. */
const DEMO_SETTINGS_KEY = 'rotation-planner.demo.settings';

export class DemoHost implements TaskpaneHost {
  readonly kind = 'demo' as const;
  readonly partitionKey = undefined;
  /** The settings where the page may not keep any (storage blocked). */
  private unstored: unknown;

  constructor(readonly workbook: MemoryWorkbook, private readonly onChange: (sheet?: string, row?: number) => void) {}

  static async load(onChange: (sheet?: string, row?: number) => void): Promise<DemoHost> {
    const response = await fetch(DEMO_DATA_URL);
    if (!response.ok) throw new AppError({ 'zh-CN': `示例花名册加载失败 (${response.status})`, 'en-US': `The sample roster did not load (${response.status})` });
    const sheets = (await response.json()) as { name: string; values: CellValue[][]; formats?: (string | null)[][] }[];
    return new DemoHost(new MemoryWorkbook(sheets), onChange);
  }

  async run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T> {
    const result = await action(this.workbook);
    this.onChange();
    return result;
  }

  async selectRow(sheet: string, row?: number): Promise<void> {
    this.onChange(sheet, row);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.sheets.map((sheet) => sheet.name);
  }

  async loadSettings(): Promise<unknown> {
    try {
      const stored = sessionStorage.getItem(DEMO_SETTINGS_KEY);
      return stored === null ? this.unstored : JSON.parse(stored);
    } catch {
      return this.unstored;
    }
  }

  async saveSettings(settings: object): Promise<void> {
    this.unstored = settings;
    try {
      sessionStorage.setItem(DEMO_SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      // Storage blocked: the settings last as long as the page.
    }
  }
}
