/**
 * The 公示名单 sheet: the notice laid out for A4, title centred, paragraphs across the page, the table
 * with its header repeated on every printed page, the issuer and date at the foot.
 */
import { CellValue } from '../grid';
import { Notice } from '../publicity/notice';
import { SheetSpec } from './sheetSpec';

export const NOTICE_SHEET_NAME = '公示名单';

const WIDTH_OF: Record<string, number> = { 序号: 6, 姓名: 10, 性别: 6, 出生年月: 10, 民族: 7, 政治面貌: 10, 学历: 10, 参加工作时间: 12, 现任职务: 24, 拟任职务: 24 };

/** Describes the 公示名单 sheet of a notice. */
export function noticeSheet(notice: Notice): SheetSpec {
  const width = notice.columns.length;
  const rows: CellValue[][] = [[notice.title], []];
  const styles: NonNullable<SheetSpec['styles']> = [{ row: 0, column: 0, style: { bold: true, fontSize: 18, align: 'center' } }];
  const merges: SheetSpec['merges'] = [{ row: 0, column: 0, columns: width }];
  const rowHeights: Record<number, number> = { 0: 30 };
  const pageWidth = notice.columns.reduce((sum, column) => sum + (WIDTH_OF[column] ?? 10), 0);
  for (const paragraph of notice.body) {
    // A Chinese character is about two width units at 12 pt; Excel does not size merged wrapped rows.
    rowHeights[rows.length] = Math.ceil(((paragraph.length + 4) * 2.2) / pageWidth) * 18;
    merges.push({ row: rows.length, column: 0, columns: width });
    styles.push({ row: rows.length, column: 0, style: { wrap: true, fontSize: 12, verticalAlign: 'top' } });
    rows.push([`    ${paragraph}`]);
  }
  rows.push([]);
  const headerRow = rows.length;
  rows.push(notice.columns);
  styles.push({ row: headerRow, column: 0, columns: width, style: { bold: true, border: true, align: 'center', fill: 'F2F2F2' } });
  rows.push(...notice.rows);
  if (notice.rows.length > 0) styles.push({ row: headerRow + 1, column: 0, rows: notice.rows.length, columns: width, style: { border: true, align: 'center', wrap: true } });
  rows.push([], [notice.issuer], [notice.issuedOn]);
  for (const row of [rows.length - 2, rows.length - 1]) {
    merges.push({ row, column: 0, columns: width });
    styles.push({ row, column: 0, style: { align: 'right', fontSize: 12 } });
  }
  return {
    name: NOTICE_SHEET_NAME,
    rows,
    columnWidths: notice.columns.map((column) => WIDTH_OF[column] ?? 10),
    merges,
    styles,
    rowHeights,
    print: { orientation: 'portrait', fitToWidth: true, repeatRows: [headerRow + 1, headerRow + 1] },
  };
}
