/**
 * The 轮岗检查 sheet: the legend of the roster's fills, every flagged cadre with reasons, the data problems.
 */
import { CheckResult, hiddenRowsNotes, termFlagged } from '../check';
import { HEADER_WORDS } from '../roster/columns';
import { skippedRows } from '../roster/rowKind';
import { CellValue } from '../grid';
import { formatDayCn } from '../dates';
import { FLAGGED_STATUSES as FLAGGED, STATUSES, STATUS_FILLS, STATUS_LABELS, Status } from '../rules/status';
import { termText } from '../rules/term';
import { quotaFlagged, quotaState } from '../quota/quota';
import { fitRowHeights } from './rowHeights';
import { A4_MARGINS, CellStyle, SheetSpec } from './sheetSpec';

export const CHECK_SHEET_NAME = '轮岗检查';

const HEADER_STYLE: CellStyle = { bold: true, fill: 'DDEBF7', border: true, align: 'center', wrap: true };
/** 序号, 行号, 姓名, 单位, 职务, 职级, 状态, 原因: A4 landscape at full size (A4_WIDTH_UNITS), the reasons wrapped whole. */
const WIDTHS = [5, 6, 9, 14, 12, 9, 9, 70];
/** 序号 and 行号, centred in their narrow columns in every table. */
const NUMBERS: CellStyle = { align: 'center' };
/** The legend's label spans the narrow first columns; the fills follow. */
const LEGEND_FIRST = 3;

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

type Styles = NonNullable<SheetSpec['styles']>;

/** 聘期提醒: every cadre whose term has ended or ends within the warning window, with the rotation status beside it. */
function appendTerms(result: CheckResult, rows: CellValue[][], styles: Styles): void {
  const flagged = termFlagged(result);
  if (flagged.length === 0) return;
  rows.push([], [`聘期提醒(${flagged.length}人)`]);
  styles.push({ row: rows.length - 1, column: 0, style: { bold: true } });
  rows.push(['序号', '行号', '姓名', '单位', '职务', '职级', '轮岗状态', '聘期']);
  styles.push({ row: rows.length - 1, column: 0, columns: 8, style: HEADER_STYLE });
  const several = result.roster.sheets.length > 1;
  flagged.forEach(({ cadre, status, term }, index) => {
    rows.push([index + 1, several ? `${cadre.sheet} ${cadre.row}` : cadre.row, cadre.name, cadre.unit, cadre.post, cadre.rank, STATUS_LABELS[status], termText(term)]);
  });
  styles.push({ row: rows.length - flagged.length, column: 0, rows: flagged.length, columns: 8, style: { border: true, wrap: true, verticalAlign: 'top' } });
}

/** 职数核对: every unit and rank over or under its quota (超职数 2 / 空缺 1). */
function appendQuotas(result: CheckResult, rows: CellValue[][], styles: Styles): void {
  if (result.quotas.length === 0) return;
  const flagged = quotaFlagged(result.quotas);
  rows.push([], [`职数核对(职数表"${result.quotaSheet ?? ''}",${flagged.length}处与核定职数不符)`]);
  styles.push({ row: rows.length - 1, column: 0, style: { bold: true } });
  if (flagged.length === 0) return;
  rows.push(['序号', '行号', '单位', '职级或职务', '核定职数', '实有人数', '情况']);
  styles.push({ row: rows.length - 1, column: 0, columns: 7, style: HEADER_STYLE });
  flagged.forEach((line, index) => {
    rows.push([index + 1, line.quota.row, line.quota.unit, line.quota.rank || line.quota.post, line.quota.quota, line.count, quotaState(line)]);
  });
  styles.push({ row: rows.length - flagged.length, column: 0, rows: flagged.length, columns: 7, style: { border: true, wrap: true, verticalAlign: 'top' } });
}

/** How the roster was read: which sheet and why, the rows left out, the names borne twice, the columns read. */
function appendReading(result: CheckResult, rows: CellValue[][], styles: NonNullable<SheetSpec['styles']>, merges: NonNullable<SheetSpec['merges']>): void {
  const { roster } = result;
  const WRAP: CellStyle = { wrap: true, verticalAlign: 'top' };
  // A line of text across the page, wrapped, so it prints whole whatever its length.
  const line = (text: string) => {
    merges.push({ row: rows.length, column: 0, columns: 8 });
    styles.push({ row: rows.length, column: 0, style: WRAP });
    rows.push([text]);
  };
  const heading = (text: string) => {
    rows.push([]);
    styles.push({ row: rows.length, column: 0, style: { bold: true } });
    line(text);
  };
  heading(`未纳入检查的行(${roster.skipped.length}行)`);
  for (const note of hiddenRowsNotes(roster)) line(note);
  if (roster.skipped.length > 0) {
    // 序号 and 行号 in the narrow columns, the sheet's name over two (a name like 中层干部花名册 fits whole), the text over the rest.
    const spans = () => merges.push({ row: rows.length, column: 2, columns: 2 }, { row: rows.length, column: 5, columns: 3 });
    spans();
    rows.push(['序号', '行号', '工作表', null, '类型', '内容']);
    styles.push({ row: rows.length - 1, column: 0, columns: 8, style: HEADER_STYLE });
    const first = rows.length;
    roster.skipped.forEach((skipped, index) => {
      spans();
      rows.push([index + 1, skipped.through === undefined ? skipped.row : skippedRows(skipped), skipped.sheet, null, skipped.kind, skipped.text]);
    });
    styles.push({ row: first, column: 0, rows: roster.skipped.length, columns: 8, style: { border: true, ...WRAP } });
    styles.push({ row: first, column: 0, rows: roster.skipped.length, columns: 2, style: NUMBERS });
  }
  if (roster.duplicates.length > 0) {
    heading(`同名人员(${roster.duplicates.length}组,可能是不同的人,已分别检查)`);
    for (const { name, rows: at } of roster.duplicates) {
      line(`${name}:${at.map((where) => (roster.sheets.length > 1 ? `${where.sheet}第${where.row}行` : `第${where.row}行`)).join('、')}`);
    }
  }
  heading('花名册的读取');
  line(`选用:${roster.choice.reason}`);
  for (const other of roster.choice.others) line(`未选"${other.sheet}":${other.reason}`);
  line(`各列的识别:${columnsRead(roster.columns)}`);
  if (roster.unused.length > 0) line(`未使用的列:${roster.unused.join('、')}`);
}

/** Describes the 轮岗检查 sheet of a check. */
export function checkSheet(result: CheckResult): SheetSpec {
  const rows: CellValue[][] = [
    ['轮岗检查结果'],
    [`检查日期:${formatDayCn(result.asOf)}  花名册:${rosterSheets(result)}  共${result.checked.length}人`],
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
  const several = result.roster.sheets.length > 1;
  flagged.forEach(({ cadre, status, reasons }, index) => {
    rows.push([index + 1, several ? `${cadre.sheet} ${cadre.row}` : cadre.row, cadre.name, cadre.unit, cadre.post, cadre.rank, STATUS_LABELS[status], reasons.join(';')]);
  });
  if (flagged.length > 0) {
    styles.push({ row: 6, column: 0, rows: flagged.length, columns: 8, style: { border: true, wrap: true, verticalAlign: 'top' } });
    styles.push({ row: 6, column: 0, rows: flagged.length, columns: 2, style: NUMBERS });
  }
  appendTerms(result, rows, styles);
  appendQuotas(result, rows, styles);
  rows.push([], [`数据问题(${result.problems.length}处)`]);
  styles.push({ row: rows.length - 1, column: 0, style: { bold: true } });
  if (result.problems.length > 0) {
    merges.push({ row: rows.length, column: 4, columns: 4 });
    rows.push(['序号', '行号', '单元格', '列', '问题']);
    styles.push({ row: rows.length - 1, column: 0, columns: 8, style: HEADER_STYLE });
    result.problems.forEach((problem, index) => {
      merges.push({ row: rows.length, column: 4, columns: 4 });
      rows.push([index + 1, several ? `${problem.sheet ?? ''} ${problem.row}` : problem.row, problem.cell ?? '', problem.column, problem.message]);
    });
    styles.push({ row: rows.length - result.problems.length, column: 0, rows: result.problems.length, columns: 8, style: { border: true, wrap: true, verticalAlign: 'top' } });
    styles.push({ row: rows.length - result.problems.length, column: 0, rows: result.problems.length, columns: 2, style: NUMBERS });
  }
  appendReading(result, rows, styles, merges);
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
