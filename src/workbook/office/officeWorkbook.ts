/**
 * The workbook port on Office.js, inside one Excel.run. The syncs of an action do not grow with the
 * roster while it keeps within the payload budget: the sheet list with the workbook's records (1); the
 * used ranges (1), the values with the hidden rows (1) and the number formats of numeric columns (1);
 * before writing, the fills about to be replaced with our earlier sheets' values (1, and one or two more
 * only where rows have cells of different fills); every write (1); the print set-up on its own (1).
 */
import { SheetGrid } from '../../core/grid';
import { fingerprintOf } from '../../core/sheets/fingerprint';
import { OwnSheet, candidatesFor, placeSheets } from '../ownSheets';
import { AppError, Highlight, HostWords, SheetInfo, WorkbookChanges, WorkbookPort, WrittenChanges, highlightedRows } from '../port';
import { printSetupRefusedWords, sheetProtectedWords, structureProtectedWords } from '../hostWords';
import { ApiSupport } from './apiSupport';
import { blockAddress, rowBlocks } from './addresses';
import { rowFills } from './fillMemory';
import { MARKS_KEY, MarksRecord, RowBefore, RowMark, SheetMarks, compactRuns, expandRuns, parseMarks } from './marks';
import { COMMAND_BYTES, PayloadBudget, jsonBytes, utf8Length } from './payload';
import { fromOfficeValue, readSheetGrids, spreadMerged } from './readSheets';
import { renderPrintSetup, renderSheetOffice } from './renderSheetOffice';

export { fromOfficeValue, spreadMerged };

/** The settings key of the sheets we wrote, with their fingerprints. */
export const OWN_SHEETS_KEY = 'rotationPlanner.sheets';
/**
 * The fill record's size at most, in UTF-8 bytes. Workbook settings are bound (2 MB for an add-in's
 * settings, and saving fails well before on some hosts), so the record stays far under.
 */
export const MARKS_BUDGET = 512 * 1024;
/** An address list for one RangeAreas, in characters: Worksheet.getRanges takes at most 8,192. */
const ADDRESSES_PER_CALL = 8000;
/** Rows of a new sheet written per range, so no single command carries a huge array. */
const ROWS_PER_WRITE = 2000;

interface SheetState {
  name: string;
  hidden: boolean;
  protected: boolean;
  allowFormatCells: boolean;
}

/** What listing learns that reading and writing need, so that they add no round trip for it. */
interface Known {
  sheets: SheetState[];
  structureProtected: boolean;
  marks: MarksRecord;
  own: OwnSheet[];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function parseOwn(value: unknown): OwnSheet[] {
  try {
    const list = typeof value === 'string' ? JSON.parse(value) : value;
    return Array.isArray(list) ? list.filter((own) => typeof own?.name === 'string' && typeof own?.fingerprint === 'string') : [];
  } catch {
    return [];
  }
}

export class OfficeWorkbook implements WorkbookPort {
  /** Syncs made so far, for the tests and the benchmark. */
  syncs = 0;
  /** Messages for the user about what this host could not do (print set-up on an older Excel). */
  readonly notes: HostWords[] = [];
  private known?: Known;

  constructor(private readonly context: Excel.RequestContext, private readonly support: ApiSupport) {}

  private async sync(): Promise<void> {
    this.syncs += 1;
    await this.context.sync();
  }

  /** Sheet names, visibility and protection, the workbook's protection, and our records: one sync. */
  private async loadKnown(): Promise<Known> {
    const { workbook } = this.context;
    const sheets = workbook.worksheets.load(['items/name', 'items/visibility', 'items/protection/protected', 'items/protection/options']);
    const marks = workbook.settings.getItemOrNullObject(MARKS_KEY).load('value');
    const own = workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY).load('value');
    const structure = this.support.freezePanes ? workbook.protection.load('protected') : undefined;
    await this.sync();
    this.known = {
      sheets: sheets.items.map((sheet) => ({
        name: sheet.name,
        hidden: sheet.visibility !== 'Visible',
        protected: sheet.protection.protected,
        allowFormatCells: sheet.protection.protected && Boolean(sheet.protection.options?.allowFormatCells),
      })),
      structureProtected: structure?.protected ?? false,
      marks: (marks.isNullObject ? undefined : parseMarks(marks.value)) ?? { v: 2, sheets: [] },
      own: own.isNullObject ? [] : parseOwn(own.value),
    };
    return this.known;
  }

  async listSheets(): Promise<SheetInfo[]> {
    const known = await this.loadKnown();
    const ours = new Set(known.own.map((sheet) => sheet.name.toLowerCase()));
    return known.sheets.map((sheet) => ({ name: sheet.name, hidden: sheet.hidden, ours: ours.has(sheet.name.toLowerCase()) }));
  }

  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    const known = this.known ?? (await this.loadKnown());
    const hidden = new Map(known.sheets.map((sheet) => [sheet.name, sheet.hidden]));
    return readSheetGrids(this.context, names, hidden, this.support, () => this.sync());
  }

  /** Queues one fill over many blocks: RangeAreas where the host has them (address lists under 8,192 characters), one range a block otherwise. */
  private queueFill(sheet: Excel.Worksheet, addresses: string[], color: string | null): void {
    const groups: (Excel.Range | Excel.RangeAreas)[] = [];
    if (this.support.rangeAreas) {
      let part: string[] = [];
      let length = 0;
      for (const address of addresses) {
        if (part.length > 0 && length + address.length + 1 > ADDRESSES_PER_CALL) {
          groups.push(sheet.getRanges(part.join(',')));
          part = [];
          length = 0;
        }
        part.push(address);
        length += address.length + 1;
      }
      if (part.length > 0) groups.push(sheet.getRanges(part.join(',')));
    } else {
      for (const address of addresses) groups.push(sheet.getRange(address));
    }
    for (const target of groups) {
      if (color === null) target.format.fill.clear();
      else target.format.fill.color = `#${color}`;
    }
  }

  /** Queues putting back the fills of rows, grouped by fill. */
  private queueRestore(sheet: Excel.Worksheet, marks: readonly RowMark[], firstColumn: number, lastColumn: number): void {
    const byFill = new Map<string | null, string[]>();
    const add = (fill: string | null, address: string) => pushTo(byFill, fill, address);
    const uniform = new Map<string | null, number[]>();
    for (const mark of marks) {
      if (Array.isArray(mark.before)) for (const [c1, c2, fill] of mark.before) add(fill, blockAddress(mark.row, mark.row, c1, c2));
      else pushTo(uniform, mark.before, mark.row);
    }
    for (const [fill, rows] of uniform) for (const block of rowBlocks(rows)) add(fill, blockAddress(block.first, block.last, firstColumn, lastColumn));
    for (const [fill, addresses] of byFill) this.queueFill(sheet, addresses, fill);
  }

  /** Rows whose cells all still carry the fill we wrote (a row the user re-coloured, or that a sort moved, is left alone). */
  private async stillOurs(sheet: Excel.Worksheet, marks: readonly RowMark[], firstColumn: number, lastColumn: number, budget: PayloadBudget): Promise<RowMark[]> {
    const loaded: [RowMark, Excel.RangeFill][] = [];
    for (const mark of marks) {
      await budget.spend(COMMAND_BYTES * 3, 60);
      loaded.push([mark, sheet.getRange(blockAddress(mark.row, mark.row, firstColumn, lastColumn)).format.fill.load('color')]);
    }
    if (loaded.length > 0) await budget.flush();
    return loaded.filter(([mark, fill]) => mark.wrote === '' || (fill.color ?? '').replace('#', '').toUpperCase() === mark.wrote).map(([mark]) => mark);
  }

  /** Refuses, before anything is queued, what protection would make fail half-way. */
  private refuseProtected(known: Known, highlights: readonly Highlight[], addsSheets: boolean): void {
    for (const highlight of highlights) {
      const state = known.sheets.find((sheet) => sheet.name === highlight.sheet);
      if (state?.protected && !state.allowFormatCells) {
        throw new AppError(sheetProtectedWords(highlight.sheet, 'mark'));
      }
    }
    if (addsSheets && known.structureProtected) {
      throw new AppError(structureProtectedWords('sheets'));
    }
  }

  async write(changes: WorkbookChanges): Promise<WrittenChanges> {
    const { workbook } = this.context;
    const known = this.known ?? (await this.loadKnown());
    // An empty highlight of a sheet marked before gives that sheet's rows their own fills back (a plan checked clean).
    const highlights = (changes.highlights ?? []).filter((candidate) => candidate.rows.length > 0 || known.marks.sheets.some((marks) => marks.sheet === candidate.sheet));
    this.refuseProtected(known, highlights, changes.sheets.length > 0);
    const budget = new PayloadBudget(() => this.sync());

    // Our earlier sheets under the names about to be written: their values now, to see whether staff edited them.
    const names = known.sheets.map((sheet) => sheet.name);
    const candidates: { own: OwnSheet; range: Excel.Range }[] = [];
    for (const own of candidatesFor(changes.sheets, known.own, names)) {
      await budget.spend(COMMAND_BYTES * 3, 200_000);
      candidates.push({ own, range: workbook.worksheets.getItem(own.name).getUsedRangeOrNullObject(true).load('values') });
    }

    // The fills before, for rows no earlier highlight covers; rows it covered and this one leaves out get theirs back.
    const sheetsAfter = known.marks.sheets.filter((marks) => !highlights.some((h) => h.sheet === marks.sheet));
    const restores: { sheet: Excel.Worksheet; marks: RowMark[]; first: number; last: number }[] = [];
    const pending: { highlight: Highlight; target: Excel.Worksheet; earlier: Map<number, RowMark>; fresh: Map<number, RowBefore> }[] = [];
    for (const highlight of highlights) {
      const target = workbook.worksheets.getItem(highlight.sheet);
      const prior = known.marks.sheets.find((marks) => marks.sheet === highlight.sheet);
      const earlier = new Map(expandRuns(prior?.runs ?? []).map((mark) => [mark.row, mark]));
      const now = new Set(highlight.rows.map((fill) => fill.row));
      const released = [...earlier.values()].filter((mark) => !now.has(mark.row));
      if (released.length > 0 && prior) restores.push({ sheet: target, marks: await this.stillOurs(target, released, prior.firstColumn, prior.lastColumn, budget), first: prior.firstColumn, last: prior.lastColumn });
      const unread = highlight.rows.map((fill) => fill.row).filter((row) => !earlier.has(row));
      pending.push({ highlight, target, earlier, fresh: await rowFills(target, unread, highlight.firstColumn, highlight.lastColumn, this.support, budget) });
    }
    const newSheets: SheetMarks[] = [];
    for (const { highlight, earlier, fresh } of pending) {
      const before = fresh;
      const prior = known.marks.sheets.find((marks) => marks.sheet === highlight.sheet);
      const marks = highlight.rows.map(({ row, color }) => ({ row, wrote: color, before: earlier.get(row)?.before ?? before.get(row) ?? null }));
      if (marks.length > 0) newSheets.push({ sheet: highlight.sheet, firstColumn: prior?.firstColumn ?? highlight.firstColumn, lastColumn: prior?.lastColumn ?? highlight.lastColumn, runs: compactRuns(marks) });
    }
    await budget.settle();

    const record: MarksRecord = { v: 2, sheets: [...sheetsAfter, ...newSheets] };
    const recordText = JSON.stringify(record);
    if (utf8Length(recordText) > MARKS_BUDGET) {
      const kb = Math.round(utf8Length(recordText) / 1024);
      throw new AppError({
        'zh-CN': `需要记住的原有底色过多(${kb} KB),超过了工作簿设置可保存的大小;为免清除标记时无法恢复,本次没有标记,什么也没有写入。请先清除部分单元格底色或分表处理。`,
        'en-US': `Too many existing cell fills to remember (${kb} KB), more than the workbook's settings can hold; so that clearing the marks can restore them, nothing was marked or written. Clear some fills first, or split the roster.`,
      });
    }
    const now = new Map(candidates.map(({ own, range }) => [own.name, range.isNullObject ? fingerprintOf([]) : fingerprintOf(range.values.map((row) => row.map(fromOfficeValue)))]));
    const placement = placeSheets(changes.sheets, known.own, names, now);

    // Every write from here, in as few syncs as the budget allows.
    for (const { sheet, marks, first, last } of restores) {
      await budget.spend(marks.length * COMMAND_BYTES);
      this.queueRestore(sheet, marks, first, last);
    }
    for (const { highlight, target } of pending) {
      const byColor = new Map<string, number[]>();
      for (const { row, color } of highlight.rows) pushTo(byColor, color, row);
      for (const [color, rows] of byColor) {
        const addresses = rowBlocks(rows).map((b) => blockAddress(b.first, b.last, highlight.firstColumn, highlight.lastColumn));
        await budget.spend(addresses.reduce((sum, a) => sum + a.length + 1, COMMAND_BYTES * 4));
        this.queueFill(target, addresses, color);
      }
    }
    for (const name of placement.replaced) workbook.worksheets.getItem(name).delete();
    const added: [Excel.Worksheet, (typeof changes.sheets)[number]][] = [];
    for (const [i, spec] of changes.sheets.entries()) {
      const sheet = workbook.worksheets.add(placement.names[i]);
      added.push([sheet, spec]);
      await renderSheetOffice(sheet, spec, this.support, ROWS_PER_WRITE, (bytes) => budget.spend(bytes));
    }
    const ownText = JSON.stringify(placement.record);
    await budget.spend(jsonBytes(recordText) + jsonBytes(ownText) + COMMAND_BYTES * 2);
    if (record.sheets.length > 0) workbook.settings.add(MARKS_KEY, recordText);
    else if (known.marks.sheets.length > 0) workbook.settings.getItemOrNullObject(MARKS_KEY).delete();
    workbook.settings.add(OWN_SHEETS_KEY, ownText);
    await budget.flush();
    await this.printSetup(added);

    const ours = new Set(placement.record.map((own) => own.name));
    const remaining = names.filter((name) => !placement.replaced.includes(name));
    this.known = { ...known, sheets: [...known.sheets.filter((sheet) => remaining.includes(sheet.name)), ...placement.names.map((name) => ({ name, hidden: false, protected: false, allowFormatCells: false }))], marks: record, own: placement.record.filter((own) => ours.has(own.name)) };
    return { sheets: placement.names, highlightedRows: highlightedRows({ highlights, sheets: [] }), replaced: placement.replaced, kept: placement.kept, ...(this.notes.length > 0 ? { notes: [...this.notes] } : {}) };
  }

  /** Print set-up in a sync of its own: a host that refuses a page-layout command loses nothing else. */
  private async printSetup(added: [Excel.Worksheet, WorkbookChanges['sheets'][number]][]): Promise<void> {
    const printed = added.filter(([, spec]) => spec.print);
    if (printed.length === 0) return;
    if (!this.support.rangeAreas) {
      this.notes.push(printSetupRefusedWords('Excel', true));
      return;
    }
    try {
      for (const [sheet, spec] of printed) renderPrintSetup(sheet, spec);
      await this.sync();
    } catch {
      this.notes.push(printSetupRefusedWords('Excel'));
    }
  }

  async clearHighlights(): Promise<number> {
    const { workbook } = this.context;
    const known = await this.loadKnown();
    if (known.marks.sheets.length === 0) return 0;
    const present = known.marks.sheets.filter((marks) => known.sheets.some((sheet) => sheet.name === marks.sheet));
    for (const marks of present) {
      const state = known.sheets.find((sheet) => sheet.name === marks.sheet)!;
      if (state.protected && !state.allowFormatCells) {
        throw new AppError(sheetProtectedWords(marks.sheet, 'clear'));
      }
    }
    const budget = new PayloadBudget(() => this.sync());
    const restores: { sheet: Excel.Worksheet; marks: RowMark[]; all: RowMark[]; first: number; last: number }[] = [];
    for (const marks of present) {
      const sheet = workbook.worksheets.getItem(marks.sheet);
      const all = expandRuns(marks.runs);
      restores.push({ sheet, all, marks: await this.stillOurs(sheet, all, marks.firstColumn, marks.lastColumn, budget), first: marks.firstColumn, last: marks.lastColumn });
    }
    for (const { sheet, marks, first, last } of restores) {
      await budget.spend(marks.length * COMMAND_BYTES);
      this.queueRestore(sheet, marks, first, last);
    }
    workbook.settings.getItemOrNullObject(MARKS_KEY).delete();
    await budget.flush();
    this.known = { ...known, marks: { v: 2, sheets: [] } };
    return restores.reduce((sum, { all }) => sum + all.length, 0);
  }
}

