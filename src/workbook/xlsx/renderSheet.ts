/**
 * Renders a SheetSpec with ExcelJS, onto an in-memory worksheet or a streaming one: the options a sheet
 * is created with (frozen header, A4 print set-up), then values, widths, heights, styles and merges.
 */
import ExcelJS from 'exceljs';
import { CellStyle, PAGE_NUMBER_FOOTER, SheetSpec } from '../../core/sheets/sheetSpec';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

/** The part of a worksheet, in memory or streaming, that rendering uses. */
export interface CellTarget {
  getRow(row: number): ExcelJS.Row;
  getColumn(column: number): ExcelJS.Column;
  getCell(row: number, column: number): ExcelJS.Cell;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
}

/** The options to create the sheet with: frozen header rows and page set-up. */
export function sheetOptions(spec: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  const options: Partial<ExcelJS.AddWorksheetOptions> = {};
  if (spec.freezeRows) options.views = [{ state: 'frozen', ySplit: spec.freezeRows }];
  if (spec.print) {
    options.pageSetup = {
      paperSize: 9,
      orientation: spec.print.orientation,
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      scale: 100,
      horizontalCentered: true,
      printTitlesRow: spec.print.repeatRows ? `${spec.print.repeatRows[0]}:${spec.print.repeatRows[1]}` : undefined,
      margins: spec.print.margins ? { ...spec.print.margins, header: 0.3, footer: 0.3 } : undefined,
    } as Partial<ExcelJS.PageSetup>;
    if (spec.print.pageNumbers) options.headerFooter = { oddFooter: PAGE_NUMBER_FOOTER, evenFooter: PAGE_NUMBER_FOOTER };
  }
  return options;
}

/** A spec style as an ExcelJS style, laid over the style a cell already has. */
function excelStyle(base: Partial<ExcelJS.Style>, style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = { ...base };
  if (style.bold || style.fontSize || style.color) {
    out.font = { ...base.font, name: '宋体', bold: style.bold ?? base.font?.bold, size: style.fontSize ?? base.font?.size ?? 11 };
    if (style.color) out.font.color = { argb: `FF${style.color}` };
  }
  if (style.align || style.wrap || style.verticalAlign) {
    out.alignment = {
      ...base.alignment,
      horizontal: style.align ?? base.alignment?.horizontal,
      vertical: style.verticalAlign ?? base.alignment?.vertical ?? 'middle',
      wrapText: style.wrap ?? base.alignment?.wrapText,
    };
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

/**
 * Each cell's style, by 'row:column' (1-based). Cells that end with the same styles share one style
 * object: a plan of thousands of rows would otherwise hold an object per cell. Nothing mutates them.
 */
function cellStyles(spec: SheetSpec): Map<string, Partial<ExcelJS.Style>> {
  const layered = new Map<string, CellStyle[]>();
  for (const block of spec.styles ?? []) {
    for (let r = 0; r < (block.rows ?? 1); r += 1) {
      for (let c = 0; c < (block.columns ?? 1); c += 1) {
        const key = `${block.row + r + 1}:${block.column + c + 1}`;
        const list = layered.get(key);
        if (list) list.push(block.style);
        else layered.set(key, [block.style]);
      }
    }
  }
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, list] of layered) {
    const signature = JSON.stringify(list);
    let style = shared.get(signature);
    if (!style) {
      style = list.reduce(excelStyle, {});
      shared.set(signature, style);
    }
    styles.set(key, style);
  }
  return styles;
}

/** Values, widths, heights, styles and merges of the spec onto the sheet. */
export function renderCells(sheet: CellTarget, spec: SheetSpec): void {
  spec.columnWidths?.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  spec.rows.forEach((values, index) => {
    const row = sheet.getRow(index + 1);
    values.forEach((value, column) => {
      if (value !== null && value !== undefined) row.getCell(column + 1).value = value as ExcelJS.CellValue;
    });
  });
  for (const [key, style] of cellStyles(spec)) {
    const [row, column] = key.split(':').map(Number);
    sheet.getCell(row, column).style = style;
  }
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) sheet.getRow(Number(row) + 1).height = height;
  for (const merge of spec.merges ?? []) {
    sheet.mergeCells(merge.row + 1, merge.column + 1, merge.row + (merge.rows ?? 1), merge.column + (merge.columns ?? 1));
  }
}
