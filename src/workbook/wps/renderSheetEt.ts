/**
 * Renders a SheetSpec onto a new ET worksheet: values in blocks of rows, text cells given the text
 * format "@" first (so 1985.10 stays 1985.10 and no string becomes a date or a formula), then widths,
 * styles, merges, heights; the A4 print set-up on its own, since a host may refuse page set-up.
 */
import { CellStyle, PAGE_NUMBER_FOOTER, SheetSpec } from '../../core/sheets/sheetSpec';
import { unitsToPoints } from '../../core/sheets/widthUnits';
import { columnLetters } from '../../core/grid';
import { blockAddress, rowBlocks } from '../office/addresses';
import { rectangular } from '../office/renderSheetOffice';
import { ET, EtRange, EtWorksheet, bgrOf } from './et';
import { addressLists } from './groups';

/** Rows of a new sheet per Value2 write. */
export const ROWS_PER_WRITE = 2000;
const POINTS_PER_INCH = 72;

function applyStyle(range: EtRange, style: CellStyle): void {
  if (style.bold) range.Font.Bold = true;
  if (style.fontSize) range.Font.Size = style.fontSize;
  if (style.align) range.HorizontalAlignment = style.align === 'center' ? ET.alignCenter : style.align === 'right' ? ET.alignRight : ET.alignLeft;
  if (style.verticalAlign) range.VerticalAlignment = style.verticalAlign === 'top' ? ET.alignTop : ET.alignCenter;
  if (style.wrap) range.WrapText = true;
  if (style.fill) range.Interior.Color = bgrOf(style.fill);
  if (style.color) range.Font.Color = bgrOf(style.color);
  if (style.numberFormat) range.NumberFormat = style.numberFormat;
  if (style.border) {
    const borders = range.Borders;
    borders.LineStyle = ET.lineContinuous;
    borders.Color = bgrOf('808080');
  }
}

/** Per column of a block, the runs of text cells, as addresses: one "@" format call per list of runs. */
function textAddresses(part: (string | number | boolean)[][], firstRow: number): string[] {
  const addresses: string[] = [];
  const width = part[0]?.length ?? 0;
  for (let c = 0; c < width; c += 1) {
    let start = -1;
    for (let r = 0; r <= part.length; r += 1) {
      const text = r < part.length && typeof part[r][c] === 'string' && part[r][c] !== '';
      if (text && start < 0) start = r;
      if (!text && start >= 0) {
        addresses.push(blockAddress(firstRow + start, firstRow + r - 1, c + 1, c + 1));
        start = -1;
      }
    }
  }
  return addresses;
}

/** A column's padding and grid line: 5 pixels (ECMA-376 part 1, §18.3.1.13), in points. */
const PADDING_POINTS = 3.75;

/**
 * The points one character of ColumnWidth takes in this workbook. ColumnWidth counts characters of the
 * Normal style's font, which differs between workbooks; Width reports points. Measured on column A,
 * which the spec's widths set next.
 */
function pointsPerCharacter(sheet: EtWorksheet): number {
  const probe = sheet.Range('A:A');
  probe.ColumnWidth = 10;
  const measured = (probe.Width - PADDING_POINTS) / 10;
  // A host that reports no width gets Calibri 11's: a 7-pixel digit.
  return measured > 0 ? measured : unitsToPoints(1);
}

/** Writes the spec's values and formatting (not the print set-up). */
export function renderSheetEt(sheet: EtWorksheet, spec: SheetSpec): void {
  const values = rectangular(spec.rows);
  const width = values[0].length;
  for (let start = 0; start < values.length; start += ROWS_PER_WRITE) {
    const part = values.slice(start, start + ROWS_PER_WRITE);
    for (const list of addressLists(textAddresses(part, start + 1))) sheet.Range(list.join(',')).NumberFormat = '@';
    sheet.Range(blockAddress(start + 1, start + part.length, 1, width)).Value2 = part;
  }
  if (spec.columnWidths?.length) {
    const points = pointsPerCharacter(sheet);
    spec.columnWidths.forEach((units, i) => {
      sheet.Range(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).ColumnWidth = Math.max(0, Math.round(((unitsToPoints(units) - PADDING_POINTS) / points) * 100) / 100);
    });
  }
  for (const block of spec.styles ?? []) {
    applyStyle(sheet.Range(blockAddress(block.row + 1, block.row + (block.rows ?? 1), block.column + 1, block.column + (block.columns ?? 1))), block.style);
  }
  for (const merge of spec.merges ?? []) {
    sheet.Range(blockAddress(merge.row + 1, merge.row + (merge.rows ?? 1), merge.column + 1, merge.column + (merge.columns ?? 1))).Merge();
  }
  // Rows of one height together: whole rows in blocks, blocks in lists that one Range takes.
  const byHeight = new Map<number, number[]>();
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) byHeight.set(height, [...(byHeight.get(height) ?? []), Number(row) + 1]);
  for (const [height, rows] of byHeight) {
    for (const list of addressLists(rowBlocks(rows).map((block) => `${block.first}:${block.last}`))) sheet.Range(list.join(',')).RowHeight = height;
  }
}

/** The spec's A4 print set-up through PageSetup (margins in points; footer codes as Excel's). */
export function renderPrintSetupEt(sheet: EtWorksheet, spec: SheetSpec): void {
  const print = spec.print;
  if (!print) return;
  const setup = sheet.PageSetup;
  setup.Orientation = print.orientation === 'landscape' ? ET.landscape : ET.portrait;
  setup.PaperSize = ET.paperA4;
  setup.CenterHorizontally = true;
  if (print.fitToWidth) {
    setup.Zoom = false;
    setup.FitToPagesWide = 1;
    setup.FitToPagesTall = false;
  }
  if (print.repeatRows) setup.PrintTitleRows = `$${print.repeatRows[0]}:$${print.repeatRows[1]}`;
  if (print.margins) {
    setup.LeftMargin = print.margins.left * POINTS_PER_INCH;
    setup.RightMargin = print.margins.right * POINTS_PER_INCH;
    setup.TopMargin = print.margins.top * POINTS_PER_INCH;
    setup.BottomMargin = print.margins.bottom * POINTS_PER_INCH;
  }
  if (print.pageNumbers) setup.CenterFooter = PAGE_NUMBER_FOOTER.slice(2);
}
