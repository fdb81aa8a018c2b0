/**
 * Renders a SheetSpec onto an ExcelJS worksheet: values, merges, styles, frozen header, A4 print set-up.
 */
import ExcelJS from 'exceljs';
import { CellStyle, SheetSpec } from '../../core/sheets/sheetSpec';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.fontSize) cell.font = { ...cell.font, name: '宋体', bold: style.bold, size: style.fontSize ?? 11 };
  if (style.align || style.wrap || style.verticalAlign) {
    cell.alignment = { ...cell.alignment, horizontal: style.align, vertical: style.verticalAlign ?? 'middle', wrapText: style.wrap };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

export function renderSheet(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((values, index) => {
    const row = sheet.getRow(index + 1);
    values.forEach((value, column) => {
      if (value !== null && value !== undefined) row.getCell(column + 1).value = value as ExcelJS.CellValue;
    });
  });
  spec.columnWidths?.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const block of spec.styles ?? []) {
    for (let r = 0; r < (block.rows ?? 1); r += 1) {
      for (let c = 0; c < (block.columns ?? 1); c += 1) {
        applyStyle(sheet.getCell(block.row + r + 1, block.column + c + 1), block.style);
      }
    }
  }
  for (const merge of spec.merges ?? []) {
    sheet.mergeCells(merge.row + 1, merge.column + 1, merge.row + (merge.rows ?? 1), merge.column + (merge.columns ?? 1));
  }
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) sheet.getRow(Number(row) + 1).height = height;
  if (spec.freezeRows) sheet.views = [{ state: 'frozen', ySplit: spec.freezeRows }];
  if (spec.print) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9,
      orientation: spec.print.orientation,
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: spec.print.repeatRows ? `${spec.print.repeatRows[0]}:${spec.print.repeatRows[1]}` : undefined,
    };
  }
}
