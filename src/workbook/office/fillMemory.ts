/**
 * Reading fills compactly: a block of rows first, as one fill when its cells share one; where they do
 * not, each column of the block; only where a column piece is still mixed, its cells. A column the user
 * coloured thus costs one read per block and column, not one per cell. Every read is queued against the
 * payload budget, so the syncs stay few and no request or response passes Excel's limit.
 */
import { ApiSupport } from './apiSupport';
import { blockAddress, rowBlocks } from './addresses';
import { RowBefore } from './marks';
import { BYTES_PER_CELL, COMMAND_BYTES, PayloadBudget } from './payload';

/** Rows r1–r2 and columns c1–c2, 1-based inclusive. */
export interface Area {
  r1: number;
  r2: number;
  c1: number;
  c2: number;
}

/** A fill as Office.js reports it: RRGGBB, null for none, undefined when the cells differ. */
export function fillOf(color: string | null | undefined, pattern: string | null | undefined, support: ApiSupport): string | null | undefined {
  if (color === null || color === undefined) return undefined;
  // fill.pattern (ExcelApi 1.9) tells "no fill" from a white one; without it white is taken for none.
  if (support.rangeAreas ? pattern === 'None' : color.toUpperCase() === '#FFFFFF') return null;
  return color.replace('#', '').toUpperCase();
}

/** Each area's one fill (undefined where its cells differ). */
export async function areaFills(sheet: Excel.Worksheet, areas: readonly Area[], support: ApiSupport, budget: PayloadBudget): Promise<(string | null | undefined)[]> {
  // Stryker disable next-line ArrayDeclaration: no caller reads the fills of no areas
  if (areas.length === 0) return [];
  const loaded: Excel.RangeFill[] = [];
  for (const area of areas) {
    const address = blockAddress(area.r1, area.r2, area.c1, area.c2);
    await budget.spend(COMMAND_BYTES * 3 + address.length, BYTES_PER_CELL);
    loaded.push(sheet.getRange(address).format.fill.load(support.rangeAreas ? ['color', 'pattern'] : ['color']));
  }
  await budget.flush();
  return loaded.map((fill) => fillOf(fill.color, support.rangeAreas ? fill.pattern : undefined, support));
}

/**
 * Each cell's fill of mixed column pieces (one column each): getCellProperties where the host has it
 * (ExcelApi 1.9), one range a cell otherwise.
 */
async function cellFills(sheet: Excel.Worksheet, pieces: readonly Area[], support: ApiSupport, budget: PayloadBudget): Promise<Map<string, string | null>> {
  const fills = new Map<string, string | null>();
  if (pieces.length === 0) return fills;
  if (!support.rangeAreas) {
    const cells: Area[] = [];
    for (const piece of pieces) for (let row = piece.r1; row <= piece.r2; row += 1) cells.push({ r1: row, r2: row, c1: piece.c1, c2: piece.c1 });
    const each = await areaFills(sheet, cells, support, budget);
    cells.forEach((cell, i) => fills.set(`${cell.r1}:${cell.c1}`, each[i] ?? null));
    return fills;
  }
  const results: [Area, OfficeExtension.ClientResult<Excel.CellProperties[][]>][] = [];
  for (const piece of pieces) {
    await budget.spend(COMMAND_BYTES * 2, (piece.r2 - piece.r1 + 1) * 70);
    results.push([piece, sheet.getRange(blockAddress(piece.r1, piece.r2, piece.c1, piece.c1)).getCellProperties({ format: { fill: { color: true, pattern: true } } })]);
  }
  await budget.flush();
  for (const [piece, result] of results) {
    result.value.forEach(([cell], i) => fills.set(`${piece.r1 + i}:${piece.c1}`, fillOf(cell.format?.fill?.color, cell.format?.fill?.pattern, support) ?? null));
  }
  return fills;
}

/** Column fills as runs: [null, null, 'FF0000'] over columns 1–3 gives [[1, 2, null], [3, 3, 'FF0000']]. */
export function runsOf(fills: readonly (string | null)[], firstColumn: number): RowBefore {
  const runs: [number, number, string | null][] = [];
  fills.forEach((fill, i) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === fill) last[1] = firstColumn + i;
    else runs.push([firstColumn + i, firstColumn + i, fill]);
  });
  return runs.length === 1 ? runs[0][2] : runs;
}

/** The fills of the given rows across columns c1–c2, per row: one fill, or column runs where the row's cells differ. */
export async function rowFills(sheet: Excel.Worksheet, rows: readonly number[], c1: number, c2: number, support: ApiSupport, budget: PayloadBudget): Promise<Map<number, RowBefore>> {
  const out = new Map<number, RowBefore>();
  const blocks = rowBlocks([...rows]).map((block) => ({ r1: block.first, r2: block.last, c1, c2 }));
  const whole = await areaFills(sheet, blocks, support, budget);
  const mixed = blocks.filter((_, i) => whole[i] === undefined);
  blocks.forEach((block, i) => {
    // Stryker disable next-line ConditionalExpression: a mixed block's rows are all set again below
    if (whole[i] !== undefined) for (let row = block.r1; row <= block.r2; row += 1) out.set(row, whole[i] as string | null);
  });
  // Stryker disable next-line ConditionalExpression: with no mixed block every later stage reads nothing and spends no sync
  if (mixed.length === 0) return out;
  const pieces = mixed.flatMap((block) => Array.from({ length: c2 - c1 + 1 }, (_, j) => ({ ...block, c1: c1 + j, c2: c1 + j })));
  const pieceFills = await areaFills(sheet, pieces, support, budget);
  const cells = await cellFills(sheet, pieces.filter((_, i) => pieceFills[i] === undefined), support, budget);
  const fillAt = new Map<string, string | null>(cells);
  pieces.forEach((piece, i) => {
    if (pieceFills[i] !== undefined) for (let row = piece.r1; row <= piece.r2; row += 1) fillAt.set(`${row}:${piece.c1}`, pieceFills[i] as string | null);
  });
  for (const block of mixed) {
    for (let row = block.r1; row <= block.r2; row += 1) {
      out.set(row, runsOf(Array.from({ length: c2 - c1 + 1 }, (_, j) => fillAt.get(`${row}:${c1 + j}`) ?? null), c1));
    }
  }
  return out;
}
