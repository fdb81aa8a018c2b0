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
  /** Text colour, RRGGBB (a gap the notice still has is red). */
  color?: string;
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
  /** Column widths in the units of widthUnits.ts (7 pixels; a digit of Calibri 11). */
  columnWidths?: number[];
  merges?: Block[];
  styles?: (Block & { style: CellStyle })[];
  /** Row heights in points, by 0-based row, for wrapped text in merged cells (Excel does not fit those). */
  rowHeights?: Record<number, number>;
  /** Rows frozen at the top (the table header). */
  freezeRows?: number;
  print?: {
    orientation: 'portrait' | 'landscape';
    /**
     * Shrink to the page width (A4). The sheets we write leave it off: their widths are chosen to fit
     * A4 at full size, since shrinking a wide table prints text under 9 pt.
     */
    fitToWidth: boolean;
    /** Rows repeated on every printed page, 1-based inclusive. */
    repeatRows?: [number, number];
    /** Page margins in inches; the host's defaults when absent. */
    margins?: { left: number; right: number; top: number; bottom: number };
    /** '第 1 页,共 3 页' centred in the footer of every printed page. */
    pageNumbers?: boolean;
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

/** The page footer that numbers pages, in the codes Excel's header/footer uses (&P page, &N pages). */
export const PAGE_NUMBER_FOOTER = '&C第 &P 页,共 &N 页';

/** Margins that leave A4 room for the widths below, in inches (Excel's "narrow" is 0.25/0.75). */
export const A4_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7 };

/**
 * Column width units (widthUnits.ts: 7 pixels, about 1.85 mm) that fit across A4 at full size within
 * A4_MARGINS. The printable width is 99.7 units upright and 146.6 across; what is left is the room
 * LibreOffice takes beyond Excel (it adds a column's 5 pixels of padding to the width the file gives).
 */
export const A4_WIDTH_UNITS = { portrait: 91, landscape: 134 } as const;
