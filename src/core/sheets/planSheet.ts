/**
 * The 轮岗方案 sheet, laid out for A4 landscape at full size: a header block (plan date, rules, counts),
 * then each short table as a block of its own (提示, 竞争上岗岗位, 未能安排人员; left out when empty), its
 * columns merged over the page's so each gets the width it needs, and last the moves, whose header row
 * repeats on every printed page (so no page repeats it above another table).
 *
 * The moves are made to be edited and read back (readPlanSheet): each row's 编号 names the cadre's roster
 * sheet and row ('花名册!23'; the bare row, 23, where the roster is one sheet), which stays with the row
 * when staff sort the table, insert rows or give two people of one name a row each; 锁定 (是/√) keeps a
 * move when planning again. The cadre's name is read beside the 编号, so a roster edited since (rows
 * inserted) or a row retyped by hand is still matched.
 * The years in post are in the 轮岗依据 ('…(2010年1月起,已16年10个月)') and the gender on the 公示名单, so
 * neither has a column here: a plan of 10,000 moves stays within what Excel on the web takes in one request.
 */
import { CellValue } from '../grid';
import { formatDayCn, formatRosterDate } from '../dates';
import { Cadre } from '../roster/cadre';
import { Plan } from '../plan/planTypes';
import { Settings } from '../settings';
import { STATUS_LABELS } from '../rules/status';
import { fitRowHeights } from './rowHeights';
import { A4_MARGINS, Block, CellStyle, SheetSpec } from './sheetSpec';

export const PLAN_SHEET_NAME = '轮岗方案';

/** The moves' columns; readPlanSheet finds them by these headers, wherever staff move them. */
export const PLAN_COLUMNS = ['序号', '编号', '姓名', '出生年月', '原单位', '原职务', '职级', '任现职时间', '拟任单位', '拟任职务', '分批', '锁定', '轮岗依据', '安排说明'] as const;
const COLUMNS: readonly string[] = PLAN_COLUMNS;
/** Sums to A4_WIDTH_UNITS.landscape. */
const WIDTHS = [5, 9, 7, 10, 12, 9, 6, 9, 12, 9, 6, 5, 20, 15];
/** Headers too long for their column, broken where a clerk breaks them; readPlanSheet folds the break away. */
const SHOWN_HEADERS: Readonly<Record<string, string>> = { 任现职时间: '任现职\n时间' };
/** The 锁定 mark the tool writes; readPlanSheet takes 是, √, Y and the like. */
export const LOCK_MARK = '是';

/** The 编号 of a cadre: the roster sheet and row, '花名册!23'. */
export function cadreId(cadre: Pick<Cadre, 'sheet' | 'row'>): string {
  return `${cadre.sheet}!${cadre.row}`;
}

/** The 编号 as the plan prints it: the bare row where the roster is one sheet (it reads back the same), else sheet!row. */
function shownId(cadre: Pick<Cadre, 'sheet' | 'row'>, oneSheet: boolean): string | number {
  return oneSheet ? cadre.row : cadreId(cadre);
}
const HEADER: CellStyle = { bold: true, fill: 'DDEBF7', border: true, align: 'center', wrap: true };
const BODY: CellStyle = { border: true, wrap: true, verticalAlign: 'top' };
const TITLE: CellStyle = { bold: true, fontSize: 12 };
const NUMBER: CellStyle = { align: 'center' };
/** The moves' header is frozen on screen only while it is near the top. */
const FREEZE_LIMIT = 12;

/** The rules in force, in one line, for the header block. */
export function rulesLine(settings: Settings): string {
  return `重点岗位满${settings.keyPostYears}年、同一职位满${settings.samePostYears}年、同一单位满${settings.sameUnitYears}年应轮岗;` +
    `${settings.includeSuggested ? '含' : '不含'}建议轮岗人员;距退休不足${settings.exemptYearsBeforeRetirement}年暂缓;` +
    `竞争上岗不少于空缺岗位的${Math.round(settings.competitionShare * 100)}%`;
}

interface Layout {
  rows: CellValue[][];
  styles: NonNullable<SheetSpec['styles']>;
  merges: Block[];
}

/**
 * A titled table of its own: each of its columns spans `spans[i]` of the page's columns (the spans
 * cover all 14), values at the first column of each span. Nothing but the title when `body` is empty.
 */
function block(layout: Layout, title: string, header: string[], spans: number[], body: CellValue[][]): void {
  const { rows, styles, merges } = layout;
  rows.push([], [title]);
  styles.push({ row: rows.length - 1, column: 0, style: TITLE });
  merges.push({ row: rows.length - 1, column: 0, columns: COLUMNS.length });
  const starts = spans.map((_, i) => spans.slice(0, i).reduce((sum, span) => sum + span, 0));
  const place = (values: CellValue[], style: CellStyle): void => {
    const row = rows.length;
    // Stryker disable next-line ArrayDeclaration: the first span starts at column 0, so placed[starts[0]] overwrites whatever the array starts with
    const placed: CellValue[] = [];
    values.forEach((value, i) => {
      placed[starts[i]] = value;
      if (spans[i] > 1) merges.push({ row, column: starts[i], columns: spans[i] });
    });
    rows.push(placed);
    styles.push({ row, column: 0, columns: COLUMNS.length, style });
  };
  place(header, HEADER);
  body.forEach((values) => place(values, BODY));
  // 序号 centred, and a 编号 beside it as in the moves.
  if (body.length > 0) styles.push({ row: rows.length - body.length, column: 0, rows: body.length, columns: header[1] === '编号' ? 2 : 1, style: NUMBER });
}

/** Describes the 轮岗方案 sheet of a plan. */
export function planSheet(plan: Plan, settings: Settings, oneSheet = false): SheetSpec {
  const share = Math.round(settings.competitionShare * 100);
  const layout: Layout = {
    rows: [
      [`${settings.organization ? settings.organization : ''}干部轮岗交流方案`],
      [`方案日期:${formatDayCn(plan.asOf)}`],
      [`规则:${rulesLine(settings)}`],
      [`交流人员${plan.movers.length}人,已安排${plan.assignments.length}人,未能安排${plan.unplaced.length}人;竞争上岗岗位${plan.competition.length}个;按职级分组:${plan.rankGroups.map((g) => `${g.rank}(${g.movers}人/${g.slots}岗)`).join('、') || '无'}`],
    ],
    styles: [
      { row: 0, column: 0, style: { bold: true, fontSize: 16, align: 'center' } },
      { row: 1, column: 0, rows: 3, style: { wrap: true, verticalAlign: 'top' } },
    ],
    merges: [0, 1, 2, 3].map((row) => ({ row, column: 0, columns: COLUMNS.length })),
  };
  if (plan.warnings.length > 0) {
    block(layout, '提示', ['序号', '内容'], [1, 13], plan.warnings.map((warning, i) => [i + 1, warning]));
  }
  if (plan.competition.length > 0) {
    block(layout, `竞争上岗岗位(${plan.competition.length}个,不少于空缺岗位的${share}%)`, ['序号', '单位', '职务', '职级', '空缺表行号'], [1, 4, 3, 2, 4],
      plan.competition.map((vacancy, i) => [i + 1, vacancy.unit, vacancy.post, vacancy.rank, vacancy.row]));
  }
  if (plan.unplaced.length > 0) {
    block(layout, `未能安排人员(${plan.unplaced.length}人)`, ['序号', '编号', '姓名', '单位', '职务', '职级', '轮岗依据', '原因'], [1, 1, 1, 2, 2, 1, 3, 3],
      plan.unplaced.map(({ mover: { cadre, basis }, reason }, i) => [i + 1, shownId(cadre, oneSheet), cadre.name, cadre.unit, cadre.post, cadre.rank, basis.join(';'), reason]));
  }
  if (plan.assignments.length > 0) {
    block(layout, `分批实施(${plan.batchStarts.length}批,间隔${settings.batchIntervalMonths}个月)`, ['批次', '计划开始日期', '交流人数'], [3, 3, 8],
      plan.batchStarts.map((start, i) => [`第${i + 1}批${i === 0 ? '(本次公示)' : ''}`, formatDayCn(start), plan.assignments.filter((a) => a.batch === i + 1).length]));
  }
  const { rows, styles, merges } = layout;
  rows.push([], [`交流人员名单(${plan.assignments.length}人)`]);
  styles.push({ row: rows.length - 1, column: 0, style: TITLE });
  merges.push({ row: rows.length - 1, column: 0, columns: COLUMNS.length });
  const headerRow = rows.length;
  rows.push(COLUMNS.map((column) => SHOWN_HEADERS[column] ?? column));
  styles.push({ row: headerRow, column: 0, columns: COLUMNS.length, style: HEADER });
  plan.assignments.forEach(({ mover: { cadre, basis, status }, to, notes, batch, locked }, index) => {
    rows.push([
      index + 1, shownId(cadre, oneSheet), cadre.name,
      cadre.birth ? formatRosterDate({ ...cadre.birth, precision: 'month' }) : '', cadre.unit, cadre.post, cadre.rank,
      cadre.postStart ? formatRosterDate(cadre.postStart) : '',
      to.unit, to.post, `第${batch}批`, locked ? LOCK_MARK : '', `${STATUS_LABELS[status]}:${basis.join(';')}`, notes.join(';'),
    ]);
  });
  if (plan.assignments.length > 0) {
    styles.push({ row: headerRow + 1, column: 0, rows: plan.assignments.length, columns: COLUMNS.length, style: BODY });
    styles.push({ row: headerRow + 1, column: 0, rows: plan.assignments.length, columns: 2, style: NUMBER });
  }
  return fitRowHeights({
    name: PLAN_SHEET_NAME,
    rows,
    columnWidths: WIDTHS,
    merges,
    styles,
    freezeRows: headerRow < FREEZE_LIMIT ? headerRow + 1 : undefined,
    print: { orientation: 'landscape', fitToWidth: false, repeatRows: [headerRow + 1, headerRow + 1], margins: A4_MARGINS, pageNumbers: true },
  });
}
