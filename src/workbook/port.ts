/**
 * What the use cases need of a workbook, whatever hosts it: Excel through Office.js, an .xlsx file
 * through ExcelJS, or the in-memory demo. Each call is one round trip to the host.
 */
import { SheetGrid } from '../core/grid';
import { Refusal, RefusalLocale, Refused, refusalText } from '../core/refusalWords';
import { SheetSpec } from '../core/sheets/sheetSpec';

/** One row's fill across the roster's columns. */
export interface RowFill {
  row: number;
  /** RRGGBB */
  color: string;
}

/** Row fills on the roster sheet, between two columns (1-based, inclusive). */
export interface Highlight {
  sheet: string;
  firstColumn: number;
  lastColumn: number;
  rows: RowFill[];
}

export interface WorkbookChanges {
  /** Row fills, one entry per roster sheet (a roster may span several sheets); none or empty for no fills. */
  highlights?: Highlight[];
  sheets: SheetSpec[];
}

export interface WrittenChanges {
  /** The names the new sheets got, in the order given. */
  sheets: string[];
  highlightedRows: number;
  /** Earlier sheets of ours that nobody edited since, replaced by the new ones. */
  replaced: string[];
  /** Earlier sheets of ours that staff edited: kept; the new sheet took a free name instead. */
  kept: string[];
  /** What the host could not do, in one sentence each for the user (print set-up on an older Excel). */
  notes?: HostWords[];
}

/** A sheet as listed before any cell is read. */
export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** The tool wrote this sheet (轮岗检查/轮岗方案/公示名单 …), as the workbook's own record says. */
  ours: boolean;
}

export interface WorkbookPort {
  /** The sheets in workbook order, without reading cells: one round trip. */
  listSheets(): Promise<SheetInfo[]>;
  /**
   * The named sheets' used ranges as grids (values; number formats where dates can be; hidden flags),
   * in the order given, read in bounded steps.
   */
  readSheets(names: readonly string[]): Promise<SheetGrid[]>;
  /**
   * Fills the roster's rows and adds the new sheets. Never changes a value and never touches a sheet
   * that is not ours. An earlier sheet of ours under the same name that nobody edited is replaced; an
   * edited one is kept and the new sheet takes a free name. The fills replaced are remembered, so
   * clearHighlights can put them back; highlighting again keeps the first-remembered fills, and rows no
   * longer highlighted get theirs back.
   */
  write(changes: WorkbookChanges): Promise<WrittenChanges>;
  /**
   * Told, before the plan is worked out, the fills the write will carry, so that a port may start laying
   * them beside the planning (the package port does, in a thread of its own). Optional; what is written
   * is the same either way.
   */
  willWrite?(highlights: readonly Highlight[]): void;
  /** Puts back the fills that highlighting replaced, touching nothing else; the number of rows restored. */
  clearHighlights(): Promise<number>;
}

/** No sheets written, none replaced or kept. */
export const NOTHING_WRITTEN: WrittenChanges = { sheets: [], highlightedRows: 0, replaced: [], kept: [] };

/** How many rows the changes fill, over every sheet. */
export function highlightedRows(changes: WorkbookChanges): number {
  return (changes.highlights ?? []).reduce((sum, highlight) => sum + highlight.rows.length, 0);
}

/** A host's own words for a failure, in both of the pane's languages. */
export type HostWords = Readonly<Record<RefusalLocale, string>>;

/**
 * A failure the user can act on: the message (Chinese) is for them, the cause for the log. Made from a
 * refusal or from both languages' words, it reads in English too (`describe`); a bare string is the
 * CLI's own, which speaks Chinese only.
 */
export class AppError extends Error {
  private readonly words: (locale: RefusalLocale) => string;

  constructor(what: string | Refusal | HostWords, readonly cause?: unknown) {
    const words = typeof what === 'string' ? () => what
      : 'kind' in what ? (locale: RefusalLocale) => refusalText(what, locale)
        : (locale: RefusalLocale) => (what as HostWords)[locale];
    super(words('zh-CN'));
    this.words = words;
    this.name = 'AppError';
  }

  /** The error of the rules as the user's error, in both languages. */
  static from(refused: Refused): AppError {
    return new AppError(refused.refusal, refused);
  }

  describe(locale: RefusalLocale): string {
    return this.words(locale);
  }
}
