/**
 * The 公示名单 sheet: the notice laid out for A4 portrait at full size, title centred, paragraphs across
 * the page, the table with its header repeated on every printed page, the issuer and date at the foot.
 * A setting still empty shows as 〔名称〕 in red, and a mover's empty cell is filled red.
 */
import { CellValue, cellText } from '../grid';
import { Notice, NoticeColumn, gapMark } from '../publicity/notice';
import { fitRowHeights } from './rowHeights';
import { A4_MARGINS, A4_WIDTH_UNITS, CellStyle, SheetSpec } from './sheetSpec';

export const NOTICE_SHEET_NAME = '公示名单';

/** Widths of the short columns; 现任职务 and 拟任职务 share what is left of the page. */
const WIDTH_OF: Partial<Record<NoticeColumn, number>> = { 序号: 5, 姓名: 10, 性别: 5, 出生年月: 9, 民族: 6, 政治面貌: 10, 学历: 7, 参加工作时间: 9 };
const POSTS: NoticeColumn[] = ['现任职务', '拟任职务'];

const GAP: CellStyle = { color: 'C00000' };
const BLANK: CellStyle = { fill: 'FFC7CE' };

/** Column widths that fill the A4 portrait width: the posts take what the short columns leave. */
export function noticeWidths(columns: readonly NoticeColumn[]): number[] {
  const fixed = columns.reduce((sum, column) => sum + (WIDTH_OF[column] ?? 0), 0);
  const post = Math.floor((A4_WIDTH_UNITS.portrait - fixed) / POSTS.length);
  return columns.map((column) => WIDTH_OF[column] ?? post);
}

const hasGap = (text: string, notice: Notice): boolean => notice.missing.some((field) => text.includes(gapMark(field)));

/** Describes the 公示名单 sheet of a notice. */
export function noticeSheet(notice: Notice): SheetSpec {
  const width = notice.columns.length;
  const rows: CellValue[][] = [[notice.title], []];
  const styles: NonNullable<SheetSpec['styles']> = [{ row: 0, column: 0, style: { bold: true, fontSize: 18, align: 'center', wrap: true } }];
  const merges: NonNullable<SheetSpec['merges']> = [{ row: 0, column: 0, columns: width }];
  const paragraph = (text: string, style: CellStyle): void => {
    merges.push({ row: rows.length, column: 0, columns: width });
    styles.push({ row: rows.length, column: 0, style: hasGap(text, notice) ? { ...style, ...GAP } : style });
    rows.push([text]);
  };
  for (const text of notice.body) paragraph(`    ${text}`, { wrap: true, fontSize: 12, verticalAlign: 'top' });
  rows.push([]);
  const headerRow = rows.length;
  rows.push(notice.columns);
  styles.push({ row: headerRow, column: 0, columns: width, style: { bold: true, border: true, align: 'center', fill: 'F2F2F2', wrap: true } });
  if (notice.rows.length > 0) styles.push({ row: headerRow + 1, column: 0, rows: notice.rows.length, columns: width, style: { border: true, align: 'center', wrap: true } });
  notice.rows.forEach((values, index) => {
    values.forEach((value, column) => {
      if (cellText(value) === '') styles.push({ row: headerRow + 1 + index, column, style: BLANK });
    });
  });
  rows.push(...notice.rows);
  rows.push([]);
  paragraph(notice.issuer, { align: 'right', fontSize: 12, wrap: true });
  paragraph(notice.issuedOn, { align: 'right', fontSize: 12 });
  return fitRowHeights({
    name: NOTICE_SHEET_NAME,
    rows,
    columnWidths: noticeWidths(notice.columns),
    merges,
    styles,
    rowHeights: { 0: 30 },
    print: { orientation: 'portrait', fitToWidth: false, repeatRows: [headerRow + 1, headerRow + 1], margins: A4_MARGINS, pageNumbers: true },
  });
}

