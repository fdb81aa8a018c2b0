/**
 * A new sheet described as plain data: values, merges, styles, print set-up. Core builds these; each
 * workbook adapter renders them, so the plan looks the same in Excel, in the CLI's file and in the preview.
 */
import { CellValue } from '../grid';

export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  align?: 'left' | 'center' | 'right';
  verticalAlign?: 'top' | 'middle';
  /** Background, RRGGBB. */
  fill?: string;
  border?: boolean;
  wrap?: boolean;
  numberFormat?: string;
}

/** A block of cells, 0-based within the sheet's rows. */
export interface Block {
  row: number;
  column: number;
  rows?: number;
  columns?: number;
}

export interface SheetSpec {
  /** The wanted name; the workbook gives the next free one ('轮岗方案 (2)') when it is taken. */
  name: string;
  /** Values from A1, row by row. */
  rows: CellValue[][];
  /** Column widths in characters. */
  columnWidths?: number[];
  merges?: Block[];
  styles?: (Block & { style: CellStyle })[];
  /** Row heights in points, by 0-based row, for wrapped text in merged cells (Excel does not fit those). */
  rowHeights?: Record<number, number>;
  /** Rows frozen at the top (the table header). */
  freezeRows?: number;
  print?: {
    orientation: 'portrait' | 'landscape';
    /** Shrink to the page width (A4). */
    fitToWidth: boolean;
    /** Rows repeated on every printed page, 1-based inclusive. */
    repeatRows?: [number, number];
  };
}

/** The next free sheet name: `freeSheetName('轮岗方案', ['轮岗方案'])` is '轮岗方案 (2)'. Excel compares names case-blind. */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (name) => name.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
