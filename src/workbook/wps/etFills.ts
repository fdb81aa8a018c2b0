/**
 * Row fills through ET. Reading asks many row blocks at once (a multi-area range answers with one fill
 * when all its cells share it) and looks closer only where fills differ: a block's columns, then a
 * column's rows. Writing fills every block of one colour in as few Range references as fit.
 */
import { blockAddress, rowBlocks } from '../office/addresses';
import { runsOf } from '../office/fillMemory';
import { RowBefore, RowMark } from '../office/marks';
import { ET, EtWorksheet, bgrOf, rgbOf } from './et';
import { addressLists, uniformGroups } from './groups';

interface Area {
  r1: number;
  r2: number;
  c1: number;
  c2: number;
}

const addressOf = (area: Area) => blockAddress(area.r1, area.r2, area.c1, area.c2);

/** The one fill of the areas (RRGGBB, null for none), or undefined where their cells differ. */
export function fillOfAreas(sheet: EtWorksheet, areas: readonly Area[]): string | null | undefined {
  const interior = sheet.Range(areas.map(addressOf).join(',')).Interior;
  const index = interior.ColorIndex;
  if (index === ET.colorIndexNone) return null;
  if (index === null) return undefined;
  const color = interior.Color;
  return color === null ? undefined : rgbOf(color);
}

/** Each area's one fill, asking lists of areas at once. */
function areaFills(sheet: EtWorksheet, areas: readonly Area[]): Map<Area, string | null | undefined> {
  const fills = new Map<Area, string | null | undefined>();
  const byAddress = new Map(areas.map((area) => [addressOf(area), area]));
  for (const list of addressLists([...byAddress.keys()])) {
    for (const group of uniformGroups(list.map((address) => byAddress.get(address)!), (part) => fillOfAreas(sheet, part))) {
      for (const area of group.items) fills.set(area, group.value);
    }
  }
  return fills;
}

/** The fills of the given rows across columns c1–c2, per row: one fill, or column runs where the row's cells differ. */
export function rowFills(sheet: EtWorksheet, rows: readonly number[], c1: number, c2: number): Map<number, RowBefore> {
  const out = new Map<number, RowBefore>();
  const blocks = rowBlocks([...rows]).map((block) => ({ r1: block.first, r2: block.last, c1, c2 }));
  // Whole lists of blocks first, each asked once: most rows share one fill. A list that does not is not
  // halved, since its blocks are read column by column next.
  const byAddress = new Map(blocks.map((block) => [addressOf(block), block]));
  const mixed: Area[] = [];
  for (const list of addressLists([...byAddress.keys()])) {
    const part = list.map((address) => byAddress.get(address)!);
    const fill = fillOfAreas(sheet, part);
    if (fill === undefined) mixed.push(...part);
    else for (const block of part) for (let row = block.r1; row <= block.r2; row += 1) out.set(row, fill);
  }
  const cells = new Map<string, string | null>();
  // Column by column: a column the user coloured is one fill down all the blocks, so its pieces answer together.
  const pieces = Array.from({ length: c2 - c1 + 1 }, (_, j) => mixed.map((block) => ({ ...block, c1: c1 + j, c2: c1 + j }))).flat();
  const pieceFills = areaFills(sheet, pieces);
  for (const piece of pieces) {
    const fill = pieceFills.get(piece);
    if (fill !== undefined) {
      for (let row = piece.r1; row <= piece.r2; row += 1) cells.set(`${row}:${piece.c1}`, fill);
      continue;
    }
    // A column piece that is still mixed: its rows, halved until each run shares one fill.
    const rowsOfPiece = Array.from({ length: piece.r2 - piece.r1 + 1 }, (_, i) => piece.r1 + i);
    for (const group of uniformGroups(rowsOfPiece, (part) => fillOfAreas(sheet, [{ r1: part[0], r2: part[part.length - 1], c1: piece.c1, c2: piece.c1 }]))) {
      for (const row of group.items) cells.set(`${row}:${piece.c1}`, group.value ?? null);
    }
  }
  for (const block of mixed) {
    for (let row = block.r1; row <= block.r2; row += 1) {
      out.set(row, runsOf(Array.from({ length: c2 - c1 + 1 }, (_, j) => cells.get(`${row}:${c1 + j}`) ?? null), c1));
    }
  }
  return out;
}

/** Fills the areas given by address with one colour (RRGGBB), or takes their fill away (null). */
export function fillAddresses(sheet: EtWorksheet, addresses: readonly string[], color: string | null): void {
  for (const list of addressLists(addresses)) {
    const interior = sheet.Range(list.join(',')).Interior;
    if (color === null) interior.ColorIndex = ET.colorIndexNone;
    else interior.Color = bgrOf(color);
  }
}

/** Puts back the fills of rows: rows that had one fill over the same columns go back together, in blocks. */
export function restoreRows(sheet: EtWorksheet, marks: readonly RowMark[], firstColumn: number, lastColumn: number): void {
  const rowsOf = new Map<string, { fill: string | null; c1: number; c2: number; rows: number[] }>();
  const add = (fill: string | null, c1: number, c2: number, row: number) => {
    const k = JSON.stringify([fill, c1, c2]);
    const entry = rowsOf.get(k) ?? { fill, c1, c2, rows: [] };
    entry.rows.push(row);
    rowsOf.set(k, entry);
  };
  for (const mark of marks) {
    if (Array.isArray(mark.before)) for (const [a, b, fill] of mark.before) add(fill, a, b, mark.row);
    else add(mark.before, firstColumn, lastColumn, mark.row);
  }
  const byFill = new Map<string | null, string[]>();
  for (const { fill, c1, c2, rows } of rowsOf.values()) {
    byFill.set(fill, [...(byFill.get(fill) ?? []), ...rowBlocks(rows).map((block) => blockAddress(block.first, block.last, c1, c2))]);
  }
  for (const [fill, addresses] of byFill) fillAddresses(sheet, addresses, fill);
}

/** The marks whose rows still carry the fill we wrote (a row re-coloured since, or moved by a sort, is left alone). */
export function stillOurs(sheet: EtWorksheet, marks: readonly RowMark[], firstColumn: number, lastColumn: number): RowMark[] {
  const byWrote = new Map<string, RowMark[]>();
  for (const mark of marks) byWrote.set(mark.wrote, [...(byWrote.get(mark.wrote) ?? []), mark]);
  const kept: RowMark[] = [];
  for (const [wrote, group] of byWrote) {
    if (wrote === '') {
      kept.push(...group);
      continue;
    }
    const byRow = new Map(group.map((mark) => [mark.row, mark]));
    const blocks = rowBlocks(group.map((mark) => mark.row)).map((block) => ({ r1: block.first, r2: block.last, c1: firstColumn, c2: lastColumn }));
    // A block that is not all ours is looked at row by row, halving as fills are read.
    const fills = areaFills(sheet, blocks);
    for (const block of blocks) {
      const rows = Array.from({ length: block.r2 - block.r1 + 1 }, (_, i) => block.r1 + i);
      const fill = fills.get(block);
      const ours = fill === wrote ? rows : fill !== undefined ? [] : uniformGroups(rows, (part) => fillOfAreas(sheet, [{ ...block, r1: part[0], r2: part[part.length - 1] }])).filter((g) => g.value === wrote).flatMap((g) => g.items);
      for (const row of ours) kept.push(byRow.get(row)!);
    }
  }
  return kept;
}
