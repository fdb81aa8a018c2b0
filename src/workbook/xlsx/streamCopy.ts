/**
 * Writes the CLI's output workbook through ExcelJS's streaming writer, a row at a time: the sheets read
 * into memory, copied with the roster's row fills laid on as they pass, then the new sheets rendered
 * straight onto the writer. The ordinary writer builds every sheet's XML in memory at once, which for a
 * 50,000-row roster more than triples the memory of the workbook itself.
 * Carried over: values (formulas with their results), cell, row and column styles, merges, widths and
 * heights, views (frozen panes), page set-up, header and footer, auto filter, data validation,
 * conditional formats and sheet protection. Not carried over: images and charts, which the streaming
 * writer cannot take.
 */
import ExcelJS from 'exceljs';
import { SheetSpec } from '../../core/sheets/sheetSpec';
import { Highlight } from '../port';
import { CellTarget, renderCells, sheetOptions } from './renderSheet';

/** A cell's value as the streaming writer should take it: shared formulas spelled out. */
function valueOf(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (value && typeof value === 'object' && 'sharedFormula' in value) {
    return { formula: cell.formula, result: (value as ExcelJS.CellSharedFormulaValue).result } as ExcelJS.CellFormulaValue;
  }
  return value;
}

interface SheetModelExtras {
  merges?: string[];
  dataValidations?: Record<string, ExcelJS.DataValidation>;
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
  sheetProtection?: unknown;
}

/** Row fills to lay on while copying one sheet: the fill per row, between two columns. */
interface RowFills {
  byRow: Map<number, ExcelJS.Fill>;
  firstColumn: number;
  lastColumn: number;
}

function rowFills(highlight: Highlight): RowFills {
  const fills = new Map<string, ExcelJS.Fill>();
  const byRow = new Map<number, ExcelJS.Fill>();
  for (const { row, color } of highlight.rows) {
    let fill = fills.get(color);
    if (!fill) {
      fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color}` } };
      fills.set(color, fill);
    }
    byRow.set(row, fill);
  }
  return { byRow, firstColumn: highlight.firstColumn, lastColumn: highlight.lastColumn };
}

/** Rows copied between pauses: the zip stream compresses only while the copy yields to the event loop. */
const ROWS_PER_PAUSE = 500;
const pause = () => new Promise((resolve) => setImmediate(resolve));

async function copySheet(source: ExcelJS.Worksheet, writer: ExcelJS.stream.xlsx.WorkbookWriter, fills?: RowFills): Promise<void> {
  const target = writer.addWorksheet(source.name, {
    properties: source.properties,
    pageSetup: source.pageSetup,
    headerFooter: source.headerFooter,
    views: source.views,
    state: source.state,
  } as Partial<ExcelJS.AddWorksheetOptions>);
  if (source.autoFilter) target.autoFilter = source.autoFilter;
  const columns = source.columns ?? [];
  if (columns.length > 0) {
    target.columns = columns.map((column) => ({ width: column.width, hidden: column.hidden, outlineLevel: column.outlineLevel, style: column.style }));
  }
  const model = source.model as unknown as SheetModelExtras;
  for (const range of model.merges ?? []) target.mergeCells(range);
  const validations = (target as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  for (const [address, validation] of Object.entries(model.dataValidations ?? {})) validations.add(address, validation);
  for (const format of model.conditionalFormattings ?? []) target.addConditionalFormatting(format);
  for (let rowNumber = 1; rowNumber <= source.rowCount; rowNumber += 1) {
    const row = source.findRow(rowNumber);
    if (!row) continue;
    if (rowNumber % ROWS_PER_PAUSE === 0) await pause();
    const out = target.getRow(rowNumber);
    if (row.height) out.height = row.height;
    if (row.hidden) out.hidden = true;
    if (row.outlineLevel) out.outlineLevel = row.outlineLevel;
    const fill = fills?.byRow.get(rowNumber);
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const copy = out.getCell(columnNumber);
      if (cell.type !== ExcelJS.ValueType.Merge) copy.value = valueOf(cell);
      const inFill = fill && columnNumber >= fills!.firstColumn && columnNumber <= fills!.lastColumn;
      copy.style = inFill ? { ...cell.style, fill } : cell.style;
      if (cell.note) copy.note = cell.note;
    });
    if (fill) {
      for (let column = fills!.firstColumn; column <= fills!.lastColumn; column += 1) {
        if (column > row.cellCount) out.getCell(column).style = { fill };
      }
    }
    out.commit();
  }
  if (model.sheetProtection) (target as unknown as { sheetProtection: unknown }).sheetProtection = model.sheetProtection;
  target.commit();
}

/**
 * Writes `workbook` to `path` with `highlights` laid on its roster sheets and `sheets` added after its own,
 * each under the name given.
 */
export async function writeStreaming(workbook: ExcelJS.Workbook, path: string, highlights: readonly Highlight[], sheets: readonly { name: string; spec: SheetSpec }[]): Promise<void> {
  // Inline strings: a shared-strings table would hold every distinct text of the workbook until the end.
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  writer.creator = workbook.creator ?? 'rotation-planner';
  for (const sheet of workbook.worksheets) {
    const highlight = highlights.find((candidate) => candidate.sheet === sheet.name);
    await copySheet(sheet, writer, highlight ? rowFills(highlight) : undefined);
  }
  for (const { name, spec } of sheets) {
    const target = writer.addWorksheet(name, sheetOptions(spec));
    renderCells(target as unknown as CellTarget, spec);
    target.commit();
  }
  await writer.commit();
}
