/**
 * The workbook port on Office.js, inside one Excel.run. A check or a plan costs at most four syncs whatever
 * the roster's size: the sheet names with the stored record of fills replaced earlier; every used range's
 * values and formats; the fills about to be replaced, for rows no earlier highlight covers (skipped when
 * there are none); then every write at once. A fifth comes only when rows to highlight had cells of
 * different fills of the user's own, to read those cells one by one.
 */
import { CellValue, SheetGrid } from '../../core/grid';
import { freeSheetName } from '../../core/sheets/sheetSpec';
import { AppError, WorkbookChanges, WorkbookPort, WrittenChanges } from '../port';
import { ApiSupport } from './apiSupport';
import { blockAddress, blocksByColor, chunk, parseBlock, rowBlocks } from './addresses';
import { recordReplacedFills } from './fillMemory';
import { MARKS_KEY, MarksRecord, parseMarks } from './marks';
import { renderSheetOffice } from './renderSheetOffice';

const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/u;
/** Areas per RangeAreas call: keeps each address list short. */
const AREAS_PER_CALL = 100;
/** Rows of a new sheet written per range, so no single command carries a huge array. */
const ROWS_PER_WRITE = 2000;
/**
 * Values queued per request at most, in characters of JSON. Excel on the web refuses requests over
 * 5 MB; a 10,000-row roster's three new sheets come to about 2 MB, so they go in the one final sync,
 * and only far larger rosters spend extra syncs on their values.
 */
const PAYLOAD_BUDGET = 3_500_000;

/** A cell's value as Office.js gives it, as a plain value: '' is blank, '#N/A' an error. */
export function fromOfficeValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_VALUE.test(value) ? { error: value } : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** Gives each cell of a merged area the value of its top-left cell, as ExcelJS does for the CLI. */
export function spreadMerged(grid: SheetGrid, addresses: readonly string[]): void {
  for (const address of addresses) {
    const { r1, c1, r2, c2 } = parseBlock(address);
    const top = grid.values[r1 - grid.firstRow]?.[c1 - grid.firstColumn] ?? null;
    for (let r = r1; r <= r2; r += 1) {
      const row = grid.values[r - grid.firstRow];
      if (!row) continue;
      for (let c = c1; c <= c2; c += 1) if (c - grid.firstColumn < row.length) row[c - grid.firstColumn] = top;
    }
  }
}

/** What reading learns that writing needs, so that writing adds no round trip for it. */
interface Known {
  names: string[];
  /** Sheets whose protection forbids changing them. */
  protectedSheets: Set<string>;
  /** Whether the workbook's structure is protected (no sheets may be added). */
  structureProtected: boolean;
  marks?: MarksRecord;
}

export class OfficeWorkbook implements WorkbookPort {
  /** Syncs made so far, for the tests and the benchmark. */
  syncs = 0;
  /** What readSheets learnt that writing needs: the sheet names and the stored record of replaced fills. */
  private known?: Known;

  constructor(private readonly context: Excel.RequestContext, private readonly support: ApiSupport) {}

  private async sync(): Promise<void> {
    this.syncs += 1;
    await this.context.sync();
  }

  async readSheets(): Promise<SheetGrid[]> {
    this.known = await this.loadKnown();
    const sheets = this.context.workbook.worksheets;
    const ranges = sheets.items.map((sheet) => sheet.getUsedRangeOrNullObject(true).load(['values', 'numberFormat', 'rowIndex', 'columnIndex']));
    const merges = this.support.mergedAreas ? ranges.map((range) => range.getMergedAreasOrNullObject().load('areas/items/address')) : [];
    await this.sync();
    return sheets.items.map((sheet, i) => {
      const range = ranges[i];
      if (range.isNullObject) return { name: sheet.name, values: [], firstRow: 1, firstColumn: 1 };
      const grid = {
        name: sheet.name,
        values: range.values.map((row) => row.map(fromOfficeValue)),
        formats: range.numberFormat as (string | null)[][],
        firstRow: range.rowIndex + 1,
        firstColumn: range.columnIndex + 1,
      };
      const merged = merges[i];
      if (merged && !merged.isNullObject) spreadMerged(grid, merged.areas.items.map((area) => area.address));
      return grid;
    });
  }

  /** Queues one fill over many blocks: RangeAreas where the host has them, one range a block otherwise. */
  private queueFill(sheet: Excel.Worksheet, addresses: string[], color: string | null): void {
    const groups = this.support.rangeAreas ? chunk(addresses, AREAS_PER_CALL).map((part) => sheet.getRanges(part.join(','))) : addresses.map((a) => sheet.getRange(a));
    for (const target of groups) {
      if (color === null) target.format.fill.clear();
      else target.format.fill.color = `#${color}`;
    }
  }

  /** Sheet names and protection, the workbook's protection, and the stored marks: one sync. */
  private async loadKnown(): Promise<Known> {
    const { workbook } = this.context;
    const sheets = workbook.worksheets.load(['items/name', 'items/protection/protected']);
    const stored = workbook.settings.getItemOrNullObject(MARKS_KEY).load('value');
    const structure = this.support.freezePanes ? workbook.protection.load('protected') : undefined;
    await this.sync();
    return {
      names: sheets.items.map((sheet) => sheet.name),
      protectedSheets: new Set(sheets.items.filter((sheet) => sheet.protection.protected).map((sheet) => sheet.name)),
      structureProtected: structure?.protected ?? false,
      marks: stored.isNullObject ? undefined : parseMarks(stored.value),
    };
  }

  async write(changes: WorkbookChanges): Promise<WrittenChanges> {
    const { workbook } = this.context;
    const known = this.known ?? (await this.loadKnown());
    const { names, marks } = known;
    const highlights = (changes.highlights ?? []).filter((candidate) => candidate.rows.length > 0);
    // The fill record keeps one sheet's fills; a roster over several sheets is refused before anything is written.
    if (highlights.length > 1) throw new AppError('花名册分布在多个工作表,本版加载项只能标记其中一个工作表;什么也没有写入。');
    const highlight = highlights[0];
    // Refuse before queuing anything: a batch that fails half-way in Excel keeps what it had done.
    if (highlight && known.protectedSheets.has(highlight.sheet)) {
      throw new AppError(`工作表"${highlight.sheet}"受保护,无法标记。请在"审阅"中撤消工作表保护后再试;什么也没有写入。`);
    }
    if (changes.sheets.length > 0 && known.structureProtected) {
      throw new AppError('工作簿结构受保护,无法新建工作表。请在"审阅"中撤消工作簿保护后再试;什么也没有写入。');
    }
    let record = marks;
    if (highlight) {
      const target = workbook.worksheets.getItem(highlight.sheet);
      record = await recordReplacedFills(highlight, marks, target, this.support, () => this.sync());
      for (const [color, colorBlocks] of blocksByColor(highlight.rows)) {
        this.queueFill(target, colorBlocks.map((b) => blockAddress(b.first, b.last, highlight.firstColumn, highlight.lastColumn)), color);
      }
      workbook.settings.add(MARKS_KEY, JSON.stringify(record));
    }
    const taken = [...names];
    const written: string[] = [];
    let queued = 0;
    const spend = async (bytes: number) => {
      if (queued > 0 && queued + bytes > PAYLOAD_BUDGET) {
        await this.sync();
        queued = 0;
      }
      queued += bytes;
    };
    for (const spec of changes.sheets) {
      const name = freeSheetName(spec.name, taken);
      taken.push(name);
      written.push(name);
      await renderSheetOffice(workbook.worksheets.add(name), spec, this.support, ROWS_PER_WRITE, spend);
    }
    await this.sync();
    this.known = { ...known, names: taken, marks: record };
    return { sheets: written, highlightedRows: highlight?.rows.length ?? 0 };
  }

  async clearHighlights(): Promise<number> {
    const { workbook } = this.context;
    const stored = workbook.settings.getItemOrNullObject(MARKS_KEY).load('value');
    await this.sync();
    const record = stored.isNullObject ? undefined : parseMarks(stored.value);
    if (!record) return 0;
    const sheet = workbook.worksheets.getItem(record.sheet);
    const byFill = new Map<string | null, string[]>();
    const add = (fill: string | null, address: string) => {
      const list = byFill.get(fill);
      if (list) list.push(address);
      else byFill.set(fill, [address]);
    };
    const rowsByFill = new Map<string | null, number[]>();
    for (const [row, fill] of record.rows) {
      const list = rowsByFill.get(fill);
      if (list) list.push(row);
      else rowsByFill.set(fill, [row]);
    }
    for (const [fill, rows] of rowsByFill) for (const block of rowBlocks(rows)) add(fill, blockAddress(block.first, block.last, record.firstColumn, record.lastColumn));
    for (const [address, fill] of record.cells) add(fill, address);
    for (const [fill, addresses] of byFill) this.queueFill(sheet, addresses, fill);
    stored.delete();
    await this.sync();
    return new Set([...record.rows.map(([row]) => row), ...record.cells.map(([address]) => Number(/\d+$/u.exec(address)?.[0]))]).size;
  }
}
