/**
 * The task pane's host inside WPS 表格: the ET adapter, and the one thing the pane must say that Excel
 * does not need said (merged cells are read as their top-left cell only).
 */
import { WorkbookPort } from '../workbook/port';
import { EtApplication } from '../workbook/wps/et';
import { WpsHost } from '../workbook/wps/wpsHost';
import { Locale, STRINGS } from './strings';
import { TaskpaneHost } from './taskpaneHost';

export class WpsPaneHost implements TaskpaneHost {
  readonly kind = 'wps' as const;
  readonly partitionKey = undefined;
  private readonly wps: WpsHost;

  constructor(app: EtApplication) {
    this.wps = new WpsHost(app);
  }

  run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T> {
    return this.wps.run(action);
  }

  selectRow(sheet: string, row?: number): Promise<void> {
    return this.wps.selectRow(sheet, row);
  }

  sheetNames(): Promise<string[]> {
    return this.wps.sheetNames();
  }

  loadSettings(): Promise<unknown> {
    return this.wps.loadSettings();
  }

  saveSettings(settings: object): Promise<void> {
    return this.wps.saveSettings(settings);
  }

  notes(locale: Locale): string[] {
    const merged = this.wps.lastPort?.mergedSheets ?? [];
    return merged.length > 0 ? [STRINGS[locale].wpsMerged([...new Set(merged)])] : [];
  }
}
