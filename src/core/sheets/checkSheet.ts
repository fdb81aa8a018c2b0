/**
 * The 轮岗检查 sheet: the legend of the roster's fills, every flagged cadre with reasons, the data problems.
 */
import { CheckResult, hiddenRowsNotes } from '../check';
import { HEADER_WORDS } from '../roster/columns';
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

/** '"花名册"(表头第3行)', or each sheet of a roster read from several. */
function rosterSheets(result: CheckResult): string {
  return result.roster.sheets.map((sheet) => `"${sheet.name}"(表头第${sheet.headerRow}行)`).join('、');
}

/** '姓名←"姓 名";任现职时间←"现职务始任时间"', the joining date marked as not counted. */
export function columnsRead(columns: CheckResult['roster']['columns']): string {
  return Object.entries(columns).map(([field, header]) => {
    const note = field === 'joined' ? '(仅显示,不计入本单位年限;如需计入,在设置 columnMap 中将其指定为进入本单位时间)' : '';
    return `${HEADER_WORDS[field as keyof typeof HEADER_WORDS][0]}←"${header}"${note}`;
  }).join(';');
}

/** How the roster was read: which sheet and why, the rows left out, the names borne twice, the columns read. */
function appendReading(result: CheckResult, rows: CellValue[][], styles: NonNullable<SheetSpec['styles']>): void {
  const { roster } = result;
  const heading = (text: string) => {
    rows.push([], [text]);
    styles.push({ row: rows.length - 1, column: 0, style: { bold: true } });
  };
  heading(`未纳入检查的行(${roster.skipped.length}行)`);
  for (const note of hiddenRowsNotes(roster)) rows.push([note]);
  if (roster.skipped.length > 0) {
    rows.push(['序号', '工作表', '行号', '类型', '内容']);
    styles.push({ row: rows.length - 1, column: 0, columns: 5, style: HEADER_STYLE });
    roster.skipped.forEach((skipped, index) => rows.push([index + 1, skipped.sheet, skipped.row, skipped.kind, skipped.text]));
  }
  if (roster.duplicates.length > 0) {
    heading(`同名人员(${roster.duplicates.length}组,可能是不同的人,已分别检查)`);
    for (const { name, rows: at } of roster.duplicates) rows.push([name, at.map((where) => (roster.sheets.length > 1 ? `${where.sheet}第${where.row}行` : `第${where.row}行`)).join('、')]);
  }
  heading('花名册的读取');
  rows.push([`选用:${roster.choice.reason}`]);
  for (const other of roster.choice.others) rows.push([`未选"${other.sheet}":${other.reason}`]);
  rows.push(['各列的识别', columnsRead(roster.columns)]);
  if (roster.unused.length > 0) rows.push(['未使用的列', roster.unused.join('、')]);
}

/** Describes the 轮岗检查 sheet of a check. */
export function checkSheet(result: CheckResult): SheetSpec {
  const rows: CellValue[][] = [
    ['轮岗检查结果'],
    [`检查日期:${formatDayCn(result.asOf)}  花名册:${rosterSheets(result)}  共${result.checked.length}人`],
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
  const several = result.roster.sheets.length > 1;
  flagged.forEach(({ cadre, status, reasons }, index) => {
    rows.push([index + 1, several ? `${cadre.sheet} ${cadre.row}` : cadre.row, cadre.name, cadre.unit, cadre.post, cadre.rank, STATUS_LABELS[status], reasons.join(';')]);
  });
  if (flagged.length > 0) styles.push({ row: 6, column: 0, rows: flagged.length, columns: 8, style: { border: true, wrap: true, verticalAlign: 'top' } });
  rows.push([], [`数据问题(${result.problems.length}处)`]);
  styles.push({ row: rows.length - 1, column: 0, style: { bold: true } });
  if (result.problems.length > 0) {
    rows.push(['序号', '行号', '单元格', '列', '问题']);
    styles.push({ row: rows.length - 1, column: 0, columns: 5, style: HEADER_STYLE });
    result.problems.forEach((problem, index) => rows.push([index + 1, several ? `${problem.sheet ?? ''} ${problem.row}` : problem.row, problem.cell ?? '', problem.column, problem.message]));
  }
  appendReading(result, rows, styles);
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
