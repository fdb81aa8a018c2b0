/**
 * What the task pane needs of where it runs: Excel (through the Office.js adapter), WPS 表格 (through the
 * ET adapter) or the in-browser demo workbook. The pane is written once against this.
 */
import { WorkbookPort } from '../workbook/port';
import { Locale } from './strings';

export interface TaskpaneHost {
  readonly kind: 'excel' | 'wps' | 'demo';
  /** Office's partition for per-user storage, where there is one. */
  readonly partitionKey?: string;
  /** Runs one user action against the workbook. */
  run<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T>;
  /** Shows a sheet and, if given, selects a row of it. */
  selectRow(sheet: string, row?: number): Promise<void>;
  sheetNames(): Promise<string[]>;
  /** Rule settings stored in the workbook (unchecked), or undefined. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: object): Promise<void>;
  /** What the last action met that this host cannot do as Excel does, one sentence each, where there is any. */
  notes?(locale: Locale): string[];
}
