/**
 * The workbook port on WPS 表格's ET object model, called synchronously. The calls of an action grow
 * with the blocks it reads and writes, not with the cells: listing is a few calls per sheet and the
 * record; reading one Value2 per block of rows, with hidden rows and number formats asked of whole
 * blocks; the fills before highlighting asked of lists of row blocks at once; every fill written as lists
 * of blocks of one colour; a new sheet one Value2 per 2,000 rows plus one call per style block.
 */
import { SheetGrid } from '../../core/grid';
import { fingerprintOf } from '../../core/sheets/fingerprint';
import { OwnSheet, candidatesFor, placeSheets } from '../ownSheets';
import { AppError, Highlight, HostWords, SheetInfo, WorkbookChanges, WorkbookPort, WrittenChanges, highlightedRows } from '../port';
import { printSetupRefusedWords, sheetProtectedWords, structureProtectedWords } from '../hostWords';
import { blockAddress, blocksByColor } from '../office/addresses';
import { MarksRecord, RowMark, SheetMarks, compactRuns, expandRuns } from '../office/marks';
import { fromOfficeValue } from '../office/readSheets';
import { ET, EtApplication, EtWorkbook, EtWorksheet } from './et';
import { fillAddresses, restoreRows, rowFills, stillOurs } from './etFills';
import { asRows, readSheet } from './readEt';
import { EMPTY_RECORD, EtRecord, RECORD_SHEET, readRecord, writeRecord } from './record';
import { renderPrintSetupEt, renderSheetEt } from './renderSheetEt';

interface SheetState {
  name: string;
  hidden: boolean;
  protected: boolean;
  allowFormatCells: boolean;
}

/** What listing learns that reading and writing need. */
export interface Known {
  sheets: SheetState[];
  structureProtected: boolean;
  record: EtRecord;
  /** The record sheet, where the workbook has one of ours, and how many rows it used. */
  recordSheet?: EtWorksheet;
  recordRows: number;
}

/** The active workbook, or a message to open one. */
export function activeWorkbook(app: EtApplication): EtWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new AppError({ 'zh-CN': 'WPS 中没有打开的工作簿,请先打开花名册再点击。', 'en-US': 'No workbook is open in WPS: open the roster first, then click again.' });
  return workbook;
}

/** Every sheet's name, visibility and protection, the structure's protection and our record. */
export function loadKnown(app: EtApplication): Known {
  const workbook = activeWorkbook(app);
  const worksheets = workbook.Worksheets;
  const count = worksheets.Count;
  const sheets: SheetState[] = [];
  let record: EtRecord | undefined;
  let recordSheet: EtWorksheet | undefined;
  let recordRows = 0;
  for (let i = 1; i <= count; i += 1) {
    const sheet = worksheets.Item(i);
    const name = sheet.Name;
    const visible = sheet.Visible;
    if (name === RECORD_SHEET && visible === ET.sheetVeryHidden) {
      const read = readRecord(sheet);
      if (read.record) {
        ({ record } = read);
        recordSheet = sheet;
        recordRows = read.rows;
        continue;
      }
    }
    const isProtected = sheet.ProtectContents;
    sheets.push({ name, hidden: visible !== ET.sheetVisible && visible !== true, protected: isProtected, allowFormatCells: isProtected && sheet.Protection.AllowFormattingCells });
  }
  return { sheets, structureProtected: workbook.ProtectStructure, record: record ?? EMPTY_RECORD, recordSheet, recordRows };
}

/** Writes the record back (adding its sheet the first time). */
export function saveRecord(app: EtApplication, known: Known, record: EtRecord): void {
  writeRecord(activeWorkbook(app), known.recordSheet, record, known.recordRows);
}

/**
 * Runs work that adds sheets, then shows the sheet the user was on again: Worksheets.Add makes each new
 * sheet the active one, and hiding the record sheet would activate whichever sheet comes next.
 */
export function keepingActiveSheet<T>(app: EtApplication, work: () => T): T {
  const active = activeWorkbook(app).ActiveSheet;
  const result = work();
  active?.Activate();
  return result;
}

export class EtWorkbookPort implements WorkbookPort {
  /** What this host could not do, for the user. */
  readonly notes: HostWords[] = [];
  /** Sheets read that have merged cells: read as their top-left cell only, since ET cannot list merged areas at once. */
  readonly mergedSheets: string[] = [];
  private known?: Known;

  constructor(private readonly app: EtApplication) {}

  private sheet(name: string): EtWorksheet {
    return activeWorkbook(this.app).Worksheets.Item(name);
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.known = loadKnown(this.app);
    const ours = new Set(this.known.record.own.map((own) => own.name.toLowerCase()));
    return this.known.sheets.map((sheet) => ({ name: sheet.name, hidden: sheet.hidden, ours: ours.has(sheet.name.toLowerCase()) }));
  }

  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    const known = this.known ?? loadKnown(this.app);
    return names.map((name) => readSheet(this.sheet(name), name, known.sheets.find((sheet) => sheet.name === name)?.hidden ?? false, (merged) => this.mergedSheets.push(merged)));
  }

  /** Refuses, before anything is written, what protection would make fail half-way. */
  private refuseProtected(known: Known, highlights: readonly Highlight[], addsSheets: boolean): void {
    for (const highlight of highlights) {
      const state = known.sheets.find((sheet) => sheet.name === highlight.sheet);
      if (state?.protected && !state.allowFormatCells) {
        throw new AppError(sheetProtectedWords(highlight.sheet, 'mark'));
      }
    }
    if ((addsSheets || (highlights.length > 0 && !known.recordSheet)) && known.structureProtected) {
      throw new AppError(structureProtectedWords('sheets'));
    }
  }

  /** The marks after highlighting: first-remembered fills kept; rows no longer highlighted get theirs back. */
  private highlight(known: Known, highlights: readonly Highlight[]): MarksRecord {
    const sheetsAfter = known.record.marks.sheets.filter((marks) => !highlights.some((h) => h.sheet === marks.sheet));
    const newSheets: SheetMarks[] = [];
    for (const highlight of highlights) {
      const target = this.sheet(highlight.sheet);
      const prior = known.record.marks.sheets.find((marks) => marks.sheet === highlight.sheet);
      const earlier = new Map(expandRuns(prior?.runs ?? []).map((mark) => [mark.row, mark]));
      const now = new Set(highlight.rows.map((fill) => fill.row));
      const released = [...earlier.values()].filter((mark) => !now.has(mark.row));
      if (released.length > 0 && prior) restoreRows(target, stillOurs(target, released, prior.firstColumn, prior.lastColumn), prior.firstColumn, prior.lastColumn);
      const fresh = rowFills(target, highlight.rows.map((fill) => fill.row).filter((row) => !earlier.has(row)), highlight.firstColumn, highlight.lastColumn);
      const marks: RowMark[] = highlight.rows.map(({ row, color }) => ({ row, wrote: color, before: earlier.get(row)?.before ?? fresh.get(row) ?? null }));
      newSheets.push({ sheet: highlight.sheet, firstColumn: prior?.firstColumn ?? highlight.firstColumn, lastColumn: prior?.lastColumn ?? highlight.lastColumn, runs: compactRuns(marks) });
      for (const [color, blocks] of blocksByColor(highlight.rows)) {
        fillAddresses(target, blocks.map((b) => blockAddress(b.first, b.last, highlight.firstColumn, highlight.lastColumn)), color);
      }
    }
    return { v: 2, sheets: [...sheetsAfter, ...newSheets] };
  }

  /** Deletes our unedited earlier sheets with the confirmation off, then adds the new ones after the last sheet. */
  private placeSheets(known: Known, specs: WorkbookChanges['sheets']): { names: string[]; replaced: string[]; kept: string[]; own: OwnSheet[] } {
    const names = known.sheets.map((sheet) => sheet.name);
    const now = new Map(candidatesFor(specs, known.record.own, names).map((own) => {
      const values = asRows(this.sheet(own.name).UsedRange.Value2).map((row) => row.map(fromOfficeValue));
      return [own.name, fingerprintOf(values.length === 1 && values[0].length === 1 && values[0][0] === null ? [] : values)];
    }));
    const placement = placeSheets(specs, known.record.own, names, now);
    const worksheets = activeWorkbook(this.app).Worksheets;
    const alerts = this.app.DisplayAlerts;
    this.app.DisplayAlerts = false;
    try {
      for (const name of placement.replaced) worksheets.Item(name).Delete();
    } finally {
      this.app.DisplayAlerts = alerts;
    }
    const added: [EtWorksheet, (typeof specs)[number]][] = [];
    specs.forEach((spec, i) => {
      const sheet = worksheets.Add(null, worksheets.Item(worksheets.Count));
      sheet.Name = placement.names[i];
      renderSheetEt(sheet, spec);
      // A new sheet is the active one (Worksheets.Add), so the window's panes freeze its header.
      if (spec.freezeRows) this.freezeRows(spec.freezeRows);
      added.push([sheet, spec]);
    });
    this.printSetup(added);
    return { names: placement.names, replaced: placement.replaced, kept: placement.kept, own: placement.record };
  }

  private freezeRows(rows: number): void {
    const window = this.app.ActiveWindow;
    window.SplitColumn = 0;
    window.SplitRow = rows;
    window.FreezePanes = true;
  }

  private printSetup(added: [EtWorksheet, WorkbookChanges['sheets'][number]][]): void {
    try {
      for (const [sheet, spec] of added) renderPrintSetupEt(sheet, spec);
    } catch {
      this.notes.push(printSetupRefusedWords('WPS'));
    }
  }

  async write(changes: WorkbookChanges): Promise<WrittenChanges> {
    const known = this.known ?? loadKnown(this.app);
    const highlights = (changes.highlights ?? []).filter((candidate) => candidate.rows.length > 0);
    this.refuseProtected(known, highlights, changes.sheets.length > 0);
    const marks = this.highlight(known, highlights);
    const placement = keepingActiveSheet(this.app, () => {
      const placed = this.placeSheets(known, changes.sheets);
      saveRecord(this.app, known, { ...known.record, own: placed.own, marks });
      return placed;
    });
    this.known = undefined;
    return { sheets: placement.names, highlightedRows: highlightedRows({ highlights, sheets: [] }), replaced: placement.replaced, kept: placement.kept, ...(this.notes.length > 0 ? { notes: [...this.notes] } : {}) };
  }

  async clearHighlights(): Promise<number> {
    const known = loadKnown(this.app);
    if (known.record.marks.sheets.length === 0) return 0;
    const present = known.record.marks.sheets.filter((marks) => known.sheets.some((sheet) => sheet.name === marks.sheet));
    for (const marks of present) {
      const state = known.sheets.find((sheet) => sheet.name === marks.sheet)!;
      if (state.protected && !state.allowFormatCells) {
        throw new AppError(sheetProtectedWords(marks.sheet, 'clear'));
      }
    }
    let rows = 0;
    for (const marks of present) {
      const sheet = this.sheet(marks.sheet);
      const all = expandRuns(marks.runs);
      restoreRows(sheet, stillOurs(sheet, all, marks.firstColumn, marks.lastColumn), marks.firstColumn, marks.lastColumn);
      rows += all.length;
    }
    saveRecord(this.app, known, { ...known.record, marks: { v: 2, sheets: [] } });
    return rows;
  }
}
