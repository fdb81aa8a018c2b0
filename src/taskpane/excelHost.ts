/**
 * The task pane's host inside Excel: the Office.js adapter, one Excel.run per action.
 */
import { OfficeHost } from '../workbook/office/officeHost';
import { WorkbookPort } from '../workbook/port';
import { TaskpaneHost } from './taskpaneHost';

export class ExcelHost implements TaskpaneHost {
  readonly kind = 'excel' as const;
  private readonly office = new OfficeHost();

  constructor(readonly partitionKey: string | undefined) {}

  run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T> {
    return this.office.run(action);
  }

  selectRow(sheet: string, row?: number): Promise<void> {
    return this.office.selectRow(sheet, row);
  }

  sheetNames(): Promise<string[]> {
    return this.office.sheetNames();
  }

  async loadSettings(): Promise<unknown> {
    const stored = await this.office.loadSettings();
    if (typeof stored !== 'string') return stored;
    try {
      return JSON.parse(stored);
    } catch {
      return undefined;
    }
  }

  saveSettings(settings: object): Promise<void> {
    return this.office.saveSettings(settings);
  }
}
