/**
 * Renders a SheetSpec onto a new Office.js worksheet. Only queues commands; the caller syncs.
 */
import { CellStyle, PAGE_NUMBER_FOOTER, SheetSpec } from '../../core/sheets/sheetSpec';
import { columnLetters } from '../../core/grid';
import { unitsToPoints } from '../../core/sheets/widthUnits';
import { ApiSupport } from './apiSupport';
import { blockAddress } from './addresses';
import { jsonBytes } from './payload';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** The rows of a spec as the rectangular array Excel wants, blanks as empty strings. */
export function rectangular(rows: SheetSpec['rows']): (string | number | boolean)[][] {
  const width = rows.reduce((most, row) => Math.max(most, row.length), 1);
  return rows.map((row) => {
    const out: (string | number | boolean)[] = new Array(width).fill('');
    row.forEach((value, i) => {
      if (value === null || value === undefined) return;
      out[i] = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'object' ? value.error : value;
    });
    return out;
  });
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  if (style.bold) range.format.font.bold = true;
  if (style.fontSize) range.format.font.size = style.fontSize;
  if (style.align) range.format.horizontalAlignment = style.align === 'center' ? 'Center' : style.align === 'right' ? 'Right' : 'Left';
  if (style.verticalAlign) range.format.verticalAlignment = style.verticalAlign === 'top' ? 'Top' : 'Center';
  if (style.wrap) range.format.wrapText = true;
  if (style.fill) range.format.fill.color = `#${style.fill}`;
  if (style.color) range.format.font.color = `#${style.color}`;
  if (style.numberFormat) range.numberFormat = [[style.numberFormat]];
  if (style.border) {
    for (const edge of EDGES) {
      const border = range.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = '#808080';
    }
  }
}

/** Called with the size of each block of values before it is queued; may sync to keep requests small. */
export type SpendPayload = (bytes: number) => Promise<void>;

/**
 * Queues the spec's values (in blocks of `rowsPerWrite` rows), merges, styles, widths and print set-up.
 * Each block's size goes to `spend` first, which syncs when the request would grow too large.
 */
export async function renderSheetOffice(sheet: Excel.Worksheet, spec: SheetSpec, support: ApiSupport, rowsPerWrite: number, spend: SpendPayload): Promise<void> {
  const values = rectangular(spec.rows);
  const width = values[0].length;
  for (let start = 0; start < values.length; start += rowsPerWrite) {
    const part = values.slice(start, start + rowsPerWrite);
    // Excel parses a string set as a value like typed input (1985.10 becomes the number 1985.1, a date
    // string a date, '=…' a formula): text cells get the text format "@" first, so text stays text.
    const formats = part.map((row) => row.map((value) => (typeof value === 'string' ? '@' : 'General')));
    await spend(jsonBytes(part) + jsonBytes(formats) + 400);
    const range = sheet.getRange(blockAddress(start + 1, start + part.length, 1, width));
    range.numberFormat = formats;
    range.values = part;
  }
  spec.columnWidths?.forEach((units, i) => {
    sheet.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = unitsToPoints(units);
  });
  for (const block of spec.styles ?? []) {
    applyStyle(sheet.getRange(blockAddress(block.row + 1, block.row + (block.rows ?? 1), block.column + 1, block.column + (block.columns ?? 1))), block.style);
  }
  for (const merge of spec.merges ?? []) {
    sheet.getRange(blockAddress(merge.row + 1, merge.row + (merge.rows ?? 1), merge.column + 1, merge.column + (merge.columns ?? 1))).merge(false);
  }
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
    sheet.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = height;
  }
  if (spec.freezeRows && support.freezePanes) sheet.freezePanes.freezeRows(spec.freezeRows);
}

/** Queues the spec's A4 print set-up (pageLayout, ExcelApi 1.9); the caller syncs it on its own. */
export function renderPrintSetup(sheet: Excel.Worksheet, spec: SheetSpec): void {
  if (spec.print) {
    sheet.pageLayout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    sheet.pageLayout.paperSize = 'A4';
    sheet.pageLayout.centerHorizontally = true;
    if (spec.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.repeatRows) sheet.pageLayout.setPrintTitleRows(`$${spec.print.repeatRows[0]}:$${spec.print.repeatRows[1]}`);
    const margins = spec.print.margins;
    if (margins) {
      // PageLayout margins are in points.
      sheet.pageLayout.leftMargin = margins.left * 72;
      sheet.pageLayout.rightMargin = margins.right * 72;
      sheet.pageLayout.topMargin = margins.top * 72;
      sheet.pageLayout.bottomMargin = margins.bottom * 72;
    }
    if (spec.print.pageNumbers) sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = PAGE_NUMBER_FOOTER.slice(2);
  }
}
