/**
 * What the tool must remember in the workbook itself: the sheets it wrote (with their fingerprints),
 * the fills highlighting replaced, and the rule settings. WPS keeps it on a very hidden sheet of ours
 * (Visible = xlSheetVeryHidden, 2): a sheet is the one thing both .xlsx (state="veryHidden" in
 * workbook.xml) and WPS's own .et keep across save and reopen, while a custom document property's text
 * is cut at 255 characters in the binary formats, far too short for a record of fills. Users do not see
 * the sheet (only code can show it again); the tool lists it to no one and reads it first.
 */
import { OwnSheet } from '../ownSheets';
import { MarksRecord, parseMarks } from '../office/marks';
import { ET, EtWorkbook, EtWorksheet } from './et';
import { asRows } from './readEt';

/** The record sheet's name: valid in every host (under 31 characters, none of []:*?/\). */
export const RECORD_SHEET = 'rotationPlanner.record';
/** The first cell says what the sheet is, so that a sheet of the same name someone else made is left alone. */
export const RECORD_TAG = 'rotation-planner record v1';
/** Characters per cell: a cell holds at most 32,767. */
const CHARS_PER_CELL = 30_000;

export interface EtRecord {
  own: OwnSheet[];
  marks: MarksRecord;
  settings?: unknown;
}

export const EMPTY_RECORD: EtRecord = { own: [], marks: { v: 2, sheets: [] } };

/** The record in the sheet's first column (tag, then the JSON in pieces), or undefined when it is not ours. */
export function parseRecord(column: readonly unknown[]): EtRecord | undefined {
  if (column[0] !== RECORD_TAG) return undefined;
  try {
    const value = JSON.parse(column.slice(1).map((piece) => (typeof piece === 'string' ? piece : '')).join(''));
    const own = Array.isArray(value?.own) ? value.own.filter((o: OwnSheet) => typeof o?.name === 'string' && typeof o?.fingerprint === 'string') : [];
    return { own, marks: parseMarks(value?.marks) ?? EMPTY_RECORD.marks, ...(value?.settings !== undefined ? { settings: value.settings } : {}) };
  } catch {
    return undefined;
  }
}

/** The record as the cells of the sheet's first column. */
export function recordCells(record: EtRecord): string[] {
  const text = JSON.stringify(record);
  const pieces: string[] = [RECORD_TAG];
  for (let i = 0; i < text.length; i += CHARS_PER_CELL) pieces.push(text.slice(i, i + CHARS_PER_CELL));
  return pieces;
}

/** Reads the record sheet's first column, with the rows it uses. */
export function readRecord(sheet: EtWorksheet): { record?: EtRecord; rows: number } {
  const column = asRows(sheet.UsedRange.Value2).map((row) => row[0]);
  return { record: parseRecord(column), rows: column.length };
}

/**
 * Writes the record, adding the very hidden sheet the first time (after the last sheet). The cells are
 * text first, so no piece of JSON is taken for a number or a formula; cells the last record used and
 * this one does not are emptied.
 */
export function writeRecord(workbook: EtWorkbook, existing: EtWorksheet | undefined, record: EtRecord, rowsBefore: number): void {
  let sheet = existing;
  if (!sheet) {
    const sheets = workbook.Worksheets;
    sheet = sheets.Add(null, sheets.Item(sheets.Count));
    sheet.Name = RECORD_SHEET;
    sheet.Visible = ET.sheetVeryHidden;
  }
  const cells = recordCells(record);
  const rows = Math.max(cells.length, rowsBefore);
  const range = sheet.Range(`A1:A${rows}`);
  range.NumberFormat = '@';
  range.Value2 = Array.from({ length: rows }, (_, i) => [cells[i] ?? '']);
}
