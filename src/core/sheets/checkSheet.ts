/**
 * The 轮岗检查 sheet: the legend of the roster's fills, every flagged cadre with reasons, the data problems.
 */
import { CheckResult } from '../check';
import { CellValue } from '../grid';
import { formatDayCn } from '../dates';
import { FLAGGED_STATUSES as FLAGGED, STATUSES, STATUS_FILLS, STATUS_LABELS, Status } from '../rules/status';
import { CellStyle, SheetSpec } from './sheetSpec';

export const CHECK_SHEET_NAME = '轮岗检查';

const HEADER_STYLE: CellStyle = { bold: true, fill: 'DDEBF7', border: true, align: 'center' };

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
    ['图例(花名册行底色)', ...FLAGGED.map((status) => STATUS_LABELS[status])],
    [],
    ['序号', '行号', '姓名', '单位', '职务', '职级', '状态', '原因'],
  ];
  const styles: SheetSpec['styles'] = [
    { row: 0, column: 0, style: { bold: true, fontSize: 14 } },
    { row: 3, column: 0, style: { bold: true } },
    ...FLAGGED.map((status, index) => ({ row: 3, column: index + 1, style: { fill: STATUS_FILLS[status], border: true, align: 'center' as const } })),
    { row: 5, column: 0, columns: 8, style: HEADER_STYLE },
  ];
  const flagged = FLAGGED.flatMap((status) => result.checked.filter((entry) => entry.status === status));
  flagged.forEach(({ cadre, status, reasons }, index) => {
    rows.push([index + 1, cadre.row, cadre.name, cadre.unit, cadre.post, cadre.rank, STATUS_LABELS[status], reasons.join(';')]);
  });
  if (flagged.length > 0) styles.push({ row: 6, column: 0, rows: flagged.length, columns: 8, style: { border: true, wrap: true, verticalAlign: 'top' } });
  rows.push([], [`数据问题(${result.problems.length}处)`]);
  styles.push({ row: rows.length - 1, column: 0, style: { bold: true } });
  if (result.problems.length > 0) {
    rows.push(['序号', '行号', '单元格', '列', '问题']);
    styles.push({ row: rows.length - 1, column: 0, columns: 5, style: HEADER_STYLE });
    result.problems.forEach((problem, index) => rows.push([index + 1, problem.row, problem.cell ?? '', problem.column, problem.message]));
  }
  return {
    name: CHECK_SHEET_NAME,
    rows,
    columnWidths: [18, 10, 10, 18, 16, 10, 10, 70],
    merges: [{ row: 0, column: 0, columns: 8 }, { row: 1, column: 0, columns: 8 }, { row: 2, column: 0, columns: 8 }],
    styles,
    freezeRows: 6,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: [6, 6] },
  };
}
