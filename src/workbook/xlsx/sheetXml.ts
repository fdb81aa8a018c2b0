/**
 * A SheetSpec as worksheet XML (ECMA-376 part 1, §18.3.1.99 CT_Worksheet, elements in schema order):
 * frozen header, column widths, values as inline strings and numbers, row heights, cell styles appended
 * to the workbook's style sheet, merges and A4 print set-up. The XML is produced a block of rows at a time.
 */
import { CellValue, columnLetters } from '../../core/grid';
import { CellStyle, PAGE_NUMBER_FOOTER, SheetSpec } from '../../core/sheets/sheetSpec';
import { digitPixels, unitsToDigits } from '../../core/sheets/widthUnits';
import { StyleSheetPatch } from './styles';
import { escapeXml } from './xml';

const ROWS_PER_CHUNK = 1000;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u;

/** Text as ST_Xstring: characters XML cannot hold, and literal `_xHHHH_`, escaped as `_xHHHH_` (§22.9.2.19). */
export function xstring(text: string): string {
  if (!text.includes('_x') && !CONTROL.test(text)) return escapeXml(text);
  const escaped = text
    .replace(/_(x[0-9a-fA-F]{4}_)/gu, '_x005F_$1')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/gu, (char) => `_x${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
  return escapeXml(escaped);
}

/** Excel's day serial of a date in the workbook's date system, as serialToDate reads it back. */
const serialOf = (date: Date, date1904: boolean): number => {
  const days = date.getTime() / 86_400_000 + 25569;
  return date1904 ? days - 1462 : days < 61 ? days - 1 : days;
};

/** A cell's type attribute and stored text, as the reader decodes them back. */
export function storedCell(value: CellValue, date1904: boolean): { type: string; text: string } | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return { type: 'inlineStr', text: value };
  if (typeof value === 'number') return Number.isFinite(value) ? { type: 'n', text: String(value) } : { type: 'e', text: '#NUM!' };
  if (typeof value === 'boolean') return { type: 'b', text: value ? '1' : '0' };
  if (value instanceof Date) return { type: 'n', text: String(serialOf(value, date1904)) };
  return { type: 'e', text: value.error };
}

/** Text with white space at an end, which a reader may drop unless marked xml:space="preserve" (XML 1.0 §2.10). */
const EDGE_SPACE = /^\s|\s$/u;

function cellXml(reference: string, style: number, value: CellValue, date1904: boolean): string {
  const s = style > 0 ? ` s="${style}"` : '';
  const stored = storedCell(value, date1904);
  if (!stored) return `<c r="${reference}"${s}/>`;
  if (stored.type === 'inlineStr') {
    const space = EDGE_SPACE.test(stored.text) ? ' xml:space="preserve"' : '';
    return `<c r="${reference}"${s} t="inlineStr"><is><t${space}>${xstring(stored.text)}</t></is></c>`;
  }
  const t = stored.type === 'n' ? '' : ` t="${stored.type}"`;
  return `<c r="${reference}"${s}${t}><v>${escapeXml(stored.text)}</v></c>`;
}

type Styled = NonNullable<SheetSpec['styles']>[number];

/** The style index of each cell of a row, and the columns they reach (one past the last styled one). */
interface RowStyle {
  byColumn: ReadonlyMap<number, number>;
  columns: number;
}

/** The style index of each cell of a row: blocks covering it laid in order, one index per distinct layering. */
class RowStyles {
  private readonly memo = new Map<string, number>();
  /** The styles of a row by the blocks that cover it: rows of one table share one. */
  private readonly byCovering = new Map<string, RowStyle>();

  constructor(private readonly blocks: readonly Styled[], private readonly styles: StyleSheetPatch, private readonly dateStyle: () => number) {}

  row(row: number, values: readonly CellValue[]): RowStyle {
    const covering: number[] = [];
    this.blocks.forEach((block, index) => {
      if (row >= block.row && row < block.row + (block.rows ?? 1)) covering.push(index);
    });
    const key = covering.join(',');
    let laid = this.byCovering.get(key);
    if (!laid) {
      laid = this.laid(covering);
      this.byCovering.set(key, laid);
    }
    let dated: Map<number, number> | undefined;
    values.forEach((value, column) => {
      if (value instanceof Date && !laid!.byColumn.has(column)) (dated ??= new Map(laid!.byColumn)).set(column, this.dateStyle());
    });
    return dated ? { byColumn: dated, columns: Math.max(laid.columns, ...Array.from(dated.keys(), (column) => column + 1)) } : laid;
  }

  private laid(covering: readonly number[]): RowStyle {
    const byColumn = new Map<number, number>();
    const layers = new Map<number, number[]>();
    covering.forEach((index) => {
      const block = this.blocks[index];
      for (let c = block.column; c < block.column + (block.columns ?? 1); c += 1) {
        const list = layers.get(c);
        if (list) list.push(index);
        else layers.set(c, [index]);
      }
    });
    for (const [column, list] of layers) {
      const key = list.join(',');
      let style = this.memo.get(key);
      if (style === undefined) {
        style = this.styles.spec(list.map((index) => this.blocks[index].style));
        this.memo.set(key, style);
      }
      byColumn.set(column, style);
    }
    return { byColumn, columns: Math.max(0, ...Array.from(byColumn.keys(), (column) => column + 1)) };
  }
}

/** The worksheet's start, column widths counted in digits of the workbook's Normal font (`digit` pixels each). */
function head(spec: SheetSpec, namespace: string, digit: number): string {
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${namespace}">`;
  if (spec.print?.fitToWidth) xml += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  xml += '<sheetViews><sheetView workbookViewId="0">';
  if (spec.freezeRows) {
    xml += `<pane ySplit="${spec.freezeRows}" topLeftCell="A${spec.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`;
  }
  xml += '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
  if (spec.columnWidths?.length) {
    xml += `<cols>${spec.columnWidths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${unitsToDigits(width, digit)}" customWidth="1"/>`).join('')}</cols>`;
  }
  return `${xml}<sheetData>`;
}

function tail(spec: SheetSpec): string {
  let xml = '</sheetData>';
  if (spec.merges?.length) {
    const refs = spec.merges.map((m) => `<mergeCell ref="${columnLetters(m.column + 1)}${m.row + 1}:${columnLetters(m.column + (m.columns ?? 1))}${m.row + (m.rows ?? 1)}"/>`);
    xml += `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
  }
  if (spec.print) {
    const m = spec.print.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
    xml += `<printOptions horizontalCentered="1"/><pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>`;
    xml += `<pageSetup paperSize="9" orientation="${spec.print.orientation}"${spec.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`;
    if (spec.print.pageNumbers) xml += `<headerFooter><oddFooter>${escapeXml(PAGE_NUMBER_FOOTER)}</oddFooter></headerFooter>`;
  }
  return `${xml}</worksheet>`;
}

/** The last row (0-based, exclusive) that holds a value, a style or a height. */
function rowCount(spec: SheetSpec): number {
  let count = spec.rows.length;
  for (const block of spec.styles ?? []) count = Math.max(count, block.row + (block.rows ?? 1));
  for (const row of Object.keys(spec.rowHeights ?? {})) count = Math.max(count, Number(row) + 1);
  return count;
}

/** The worksheet XML of a spec, in chunks; styles are added to `styles` as the rows pass. */
export function* sheetXml(spec: SheetSpec, styles: StyleSheetPatch, namespace: string, date1904: boolean): Generator<string> {
  let dateStyle: number | undefined;
  const rowStyles = new RowStyles(spec.styles ?? [], styles, () => (dateStyle ??= styles.spec([{ numberFormat: 'yyyy-mm-dd' } as CellStyle])));
  let chunk = head(spec, namespace, digitPixels(styles.normalFont));
  const count = rowCount(spec);
  const letters: string[] = [];
  for (let r = 0; r < count; r += 1) {
    const values = spec.rows[r] ?? [];
    const cellStyles = rowStyles.row(r, values);
    const height = spec.rowHeights?.[r];
    const last = Math.max(values.length, cellStyles.columns);
    if (last === 0 && height === undefined) continue;
    chunk += `<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ''}>`;
    for (let c = 0; c < last; c += 1) {
      const value = values[c] ?? null;
      const style = cellStyles.byColumn.get(c) ?? 0;
      if (value !== null || style > 0) chunk += cellXml(`${letters[c] ??= columnLetters(c + 1)}${r + 1}`, style, value, date1904);
    }
    chunk += '</row>';
    if ((r + 1) % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + tail(spec);
}
