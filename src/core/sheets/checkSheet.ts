/**
 * The 轮岗检查 sheet: the legend of the roster's fills, every flagged cadre with reasons, the data problems.
 */
import { CheckResult } from '../check';
import { CellValue } from '../grid';
import { formatDayCn } from '../dates';
import { FLAGGED_STATUSES as FLAGGED, STATUSES, STATUS_FILLS, STATUS_LABELS, Status } from '../rules/status';
import { fitRowHeights } from './rowHeights';
import { A4_MARGINS, CellStyle, SheetSpec } from './sheetSpec';

export const CHECK_SHEET_NAME = '轮岗检查';

const HEADER_STYLE: CellStyle = { bold: true, fill: 'DDEBF7', border: true, align: 'center', wrap: true };
/** 序号, 行号, 姓名, 单位, 职务, 职级, 状态, 原因: A4 landscape at full size (A4_WIDTH_UNITS), the reasons wrapped whole. */
const WIDTHS = [5, 6, 9, 14, 12, 9, 9, 66];
/** The legend's label spans the narrow first columns; the fills follow. */
const LEGEND_FIRST = 3;

/** '应轮岗 12 / 即将到期 3 / 建议轮岗 5 / 暂缓 4 / 正常 170' */
export function summaryLine(summary: Record<Status, number>): string {
  return STATUSES.map((status) => `${STATUS_LABELS[status]} ${summary[status]}`).join(' / ');
}

/** Describes the 轮岗检查 sheet of a check. */
export function checkSheet(result: CheckResult): SheetSpec {
  const rows: CellValue[][] = [
    ['轮岗检查结果'],
    [`检查日期:${formatDayCn(result.asOf)}  花名册:"${result.roster.sheet}"(表头第${result.roster.headerRow}行)  共${result.checked.length}人`],
    [summaryLine(result.summary)],
    ['图例(花名册行底色)', null, null, ...FLAGGED.map((status) => STATUS_LABELS[status])],
    [],
    ['序号', '行号', '姓名', '单位', '职务', '职级', '状态', '原因'],
  ];
  const styles: SheetSpec['styles'] = [
    { row: 0, column: 0, style: { bold: true, fontSize: 14 } },
    { row: 3, column: 0, style: { bold: true } },
    ...FLAGGED.map((status, index) => ({ row: 3, column: index + LEGEND_FIRST, style: { fill: STATUS_FILLS[status], border: true, align: 'center' as const } })),
    { row: 5, column: 0, columns: 8, style: HEADER_STYLE },
  ];
  const merges: NonNullable<SheetSpec['merges']> = [0, 1, 2].map((row) => ({ row, column: 0, columns: 8 }));
  merges.push({ row: 3, column: 0, columns: LEGEND_FIRST });
  const flagged = FLAGGED.flatMap((status) => result.checked.filter((entry) => entry.status === status));
  flagged.forEach(({ cadre, status, reasons }, index) => {
    rows.push([index + 1, cadre.row, cadre.name, cadre.unit, cadre.post, cadre.rank, STATUS_LABELS[status], reasons.join(';')]);
  });
  if (flagged.length > 0) {
    styles.push({ row: 6, column: 0, rows: flagged.length, columns: 8, style: { border: true, wrap: true, verticalAlign: 'top' } });
    styles.push({ row: 6, column: 0, rows: flagged.length, columns: 2, style: { align: 'center' } });
  }
  rows.push([], [`数据问题(${result.problems.length}处)`]);
  styles.push({ row: rows.length - 1, column: 0, style: { bold: true } });
  if (result.problems.length > 0) {
    merges.push({ row: rows.length, column: 4, columns: 4 });
    rows.push(['序号', '行号', '单元格', '列', '问题']);
    styles.push({ row: rows.length - 1, column: 0, columns: 8, style: HEADER_STYLE });
    result.problems.forEach((problem, index) => {
      merges.push({ row: rows.length, column: 4, columns: 4 });
      rows.push([index + 1, problem.row, problem.cell ?? '', problem.column, problem.message]);
    });
    styles.push({ row: rows.length - result.problems.length, column: 0, rows: result.problems.length, columns: 8, style: { border: true, wrap: true, verticalAlign: 'top' } });
  }
  return fitRowHeights({
    name: CHECK_SHEET_NAME,
    rows,
    columnWidths: WIDTHS,
    merges,
    styles,
    freezeRows: 6,
    print: { orientation: 'landscape', fitToWidth: false, repeatRows: [6, 6], margins: A4_MARGINS, pageNumbers: true },
  });
}
