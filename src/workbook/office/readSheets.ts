/**
 * Reading sheets in bounded steps: the used ranges' bounds (and merged areas where the host lists them)
 * in one sync; values in row chunks, with the rows that are hidden (the visible view of the chunk's first
 * column), queued against the payload budget, one sync for a roster within it; then number formats only
 * for the columns where a chunk holds numbers, since only a number can be a date.
 */
import { CellValue, SheetGrid } from '../../core/grid';
import { ApiSupport } from './apiSupport';
import { blockAddress, parseBlock } from './addresses';
import { BYTES_PER_CELL, COMMAND_BYTES, PayloadBudget } from './payload';

const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/u;
/** Cells per values command: far under the five million a read may take, and a fair share of the budget. */
export const CELLS_PER_CHUNK = 50_000;

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
      for (let c = c1; c <= c2; c += 1) if (c - grid.firstColumn >= 0 && c - grid.firstColumn < row.length) row[c - grid.firstColumn] = top;
    }
  }
}

interface Chunk {
  grid: SheetGrid;
  sheet: Excel.Worksheet;
  first: number;
  last: number;
  width: number;
  values?: Excel.Range;
  view?: Excel.RangeView;
}

/** Reads the named sheets (hidden flags given by the caller, from the sheet list). */
export async function readSheetGrids(context: Excel.RequestContext, names: readonly string[], hidden: ReadonlyMap<string, boolean>, support: ApiSupport, sync: () => Promise<void>): Promise<SheetGrid[]> {
  const sheets = names.map((name) => context.workbook.worksheets.getItem(name));
  const used = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']));
  const merges = support.mergedAreas ? used.map((range) => range.getMergedAreasOrNullObject().load('areas/items/address')) : [];
  await sync();
  const grids: SheetGrid[] = [];
  const chunks: Chunk[] = [];
  names.forEach((name, i) => {
    const range = used[i];
    const grid: SheetGrid = { name, values: [], formats: [], firstRow: 1, firstColumn: 1, hidden: hidden.get(name) ?? false, hiddenRows: [] };
    grids.push(grid);
    if (range.isNullObject) return;
    grid.firstRow = range.rowIndex + 1;
    grid.firstColumn = range.columnIndex + 1;
    const rowsPerChunk = Math.max(1, Math.floor(CELLS_PER_CHUNK / range.columnCount));
    for (let first = grid.firstRow; first < grid.firstRow + range.rowCount; first += rowsPerChunk) {
      chunks.push({ grid, sheet: sheets[i], first, last: Math.min(first + rowsPerChunk - 1, grid.firstRow + range.rowCount - 1), width: range.columnCount });
    }
  });
  await readChunks(chunks, new PayloadBudget(sync));
  await readFormats(chunks, new PayloadBudget(sync));
  grids.forEach((grid, i) => {
    const merged = merges[i];
    if (merged && !used[i].isNullObject && !merged.isNullObject) spreadMerged(grid, merged.areas.items.map((area) => area.address));
  });
  return grids;
}

/** Values and visible rows of every chunk. */
async function readChunks(chunks: Chunk[], budget: PayloadBudget): Promise<void> {
  for (const chunk of chunks) {
    const rows = chunk.last - chunk.first + 1;
    const c1 = chunk.grid.firstColumn;
    await budget.spend(COMMAND_BYTES * 4, rows * chunk.width * BYTES_PER_CELL + rows * 24);
    chunk.values = chunk.sheet.getRange(blockAddress(chunk.first, chunk.last, c1, c1 + chunk.width - 1)).load('values');
    chunk.view = chunk.sheet.getRange(blockAddress(chunk.first, chunk.last, c1, c1)).getVisibleView().load('cellAddresses');
  }
  if (chunks.length > 0) await budget.flush();
  for (const chunk of chunks) {
    const values = chunk.values!.values.map((row) => row.map(fromOfficeValue));
    chunk.grid.values.push(...values);
    chunk.grid.formats!.push(...values.map((row) => row.map(() => null)));
    const visible = new Set(chunk.view!.cellAddresses.map((row) => parseBlock(row[0]).r1));
    for (let row = chunk.first; row <= chunk.last; row += 1) if (!visible.has(row)) chunk.grid.hiddenRows!.push(row);
  }
}

/** Number formats of the columns where a chunk holds a number: dates come as serial numbers. */
async function readFormats(chunks: Chunk[], budget: PayloadBudget): Promise<void> {
  const pieces: { chunk: Chunk; column: number; range: Excel.Range }[] = [];
  for (const chunk of chunks) {
    const offset = chunk.first - chunk.grid.firstRow;
    const rows = chunk.grid.values.slice(offset, offset + chunk.last - chunk.first + 1);
    for (let j = 0; j < chunk.width; j += 1) {
      if (!rows.some((row) => typeof row[j] === 'number')) continue;
      const column = chunk.grid.firstColumn + j;
      await budget.spend(COMMAND_BYTES * 2, rows.length * 16);
      pieces.push({ chunk, column: j, range: chunk.sheet.getRange(blockAddress(chunk.first, chunk.last, column, column)).load('numberFormat') });
    }
  }
  if (pieces.length === 0) return;
  await budget.flush();
  for (const { chunk, column, range } of pieces) {
    const offset = chunk.first - chunk.grid.firstRow;
    range.numberFormat.forEach((row, i) => {
      if (typeof chunk.grid.values[offset + i][column] === 'number') chunk.grid.formats![offset + i][column] = String(row[0]);
    });
  }
}
