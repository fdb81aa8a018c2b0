/**
 * Remembering the fills a highlight replaces, so 清除标记 can put them back: read per block of rows
 * where the block has one fill, cell by cell where it has several, and only for rows no earlier
 * highlight already covers.
 */
import { Highlight } from '../port';
import { ApiSupport } from './apiSupport';
import { RowBlock, blockAddress, rowBlocks } from './addresses';
import { MarksRecord, mergeMarks } from './marks';

type Sync = () => Promise<void>;

/** A fill as Office.js reports it: RRGGBB, or null for none. */
function fillOf(color: string | null | undefined, pattern: string | undefined, support: ApiSupport): string | null | undefined {
  if (color === null || color === undefined) return undefined; // mixed
  if (support.rangeAreas ? pattern === 'None' : color.toUpperCase() === '#FFFFFF') return null;
  return color.replace('#', '').toUpperCase();
}

/** Reads the fills the highlight will replace: per block when uniform, cell by cell where mixed. */
async function fillsBefore(highlight: Highlight, blocks: RowBlock[], sheet: Excel.Worksheet, loaded: Excel.RangeFill[], support: ApiSupport, sync: Sync): Promise<MarksRecord> {
  const record: MarksRecord = { sheet: highlight.sheet, firstColumn: highlight.firstColumn, lastColumn: highlight.lastColumn, rows: [], cells: [] };
  const mixed: RowBlock[] = [];
  blocks.forEach((block, i) => {
    const fill = fillOf(loaded[i].color, support.rangeAreas ? loaded[i].pattern : undefined, support);
    if (fill === undefined) mixed.push(block);
    else for (let row = block.first; row <= block.last; row += 1) record.rows.push([row, fill]);
  });
  if (mixed.length === 0) return record;
  if (support.rangeAreas) {
    const properties = mixed.map((block) =>
      sheet.getRange(blockAddress(block.first, block.last, highlight.firstColumn, highlight.lastColumn)).getCellProperties({ address: true, format: { fill: { color: true, pattern: true } } }),
    );
    await sync();
    for (const cell of properties.flatMap((result) => result.value.flat())) {
      record.cells.push([String(cell.address).split('!').pop() as string, fillOf(cell.format?.fill?.color, cell.format?.fill?.pattern, support) ?? null]);
    }
    return record;
  }
  // Without getCellProperties (ExcelApi 1.9), each cell of the mixed rows is read on its own.
  const cells: [string, Excel.RangeFill][] = [];
  for (const block of mixed) {
    for (let row = block.first; row <= block.last; row += 1) {
      for (let column = highlight.firstColumn; column <= highlight.lastColumn; column += 1) {
        const address = blockAddress(row, row, column, column).split(':')[0];
        cells.push([address, sheet.getRange(address).format.fill.load('color')]);
      }
    }
  }
  await sync();
  for (const [address, fill] of cells) record.cells.push([address, fillOf(fill.color, undefined, support) ?? null]);
  return record;
}

/**
 * The record of replaced fills after this highlight: rows an earlier highlight already covers keep
 * their first-remembered fill, so only new rows are read (none, when the same roster is highlighted again).
 */
export async function recordReplacedFills(highlight: Highlight, earlier: MarksRecord | undefined, sheet: Excel.Worksheet, support: ApiSupport, sync: Sync): Promise<MarksRecord> {
  const covered = new Set(earlier?.sheet === highlight.sheet ? [...earlier.rows.map(([row]) => row), ...earlier.cells.map(([a]) => Number(/\d+$/u.exec(a)?.[0]))] : []);
  const blocks = rowBlocks(highlight.rows.map((fill) => fill.row).filter((row) => !covered.has(row)));
  const empty: MarksRecord = { sheet: highlight.sheet, firstColumn: highlight.firstColumn, lastColumn: highlight.lastColumn, rows: [], cells: [] };
  if (blocks.length === 0) return mergeMarks(earlier, empty);
  const loaded = blocks.map((block) =>
    sheet.getRange(blockAddress(block.first, block.last, highlight.firstColumn, highlight.lastColumn)).format.fill.load(support.rangeAreas ? ['color', 'pattern'] : ['color']),
  );
  await sync();
  return mergeMarks(earlier, await fillsBefore(highlight, blocks, sheet, loaded, support, sync));
}

