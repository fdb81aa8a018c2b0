/**
 * The 轮岗方案 sheet: a header block (plan date, rules, counts), the moves, the unplaced with reasons,
 * the vacancies for open competition, and any leadership warnings.
 */
import { CellValue } from '../grid';
import { elapsed, formatDayCn, formatRosterDate, formatSpanCn } from '../dates';
import { Plan } from '../plan/planTypes';
import { Settings } from '../settings';
import { STATUS_LABELS } from '../rules/status';
import { CellStyle, SheetSpec } from './sheetSpec';

export const PLAN_SHEET_NAME = '轮岗方案';

const COLUMNS = ['序号', '姓名', '性别', '出生年月', '原单位', '原职务', '职级', '任现职时间', '任职年限', '拟任单位', '拟任职务', '轮岗依据', '安排说明'];
const WIDTHS = [6, 10, 6, 10, 16, 14, 8, 12, 10, 16, 14, 48, 36];
const HEADER: CellStyle = { bold: true, fill: 'DDEBF7', border: true, align: 'center', wrap: true };
const BODY: CellStyle = { border: true, wrap: true, verticalAlign: 'top' };

/** The rules in force, in one line, for the header block. */
export function rulesLine(settings: Settings): string {
  return `重点岗位满${settings.keyPostYears}年、同一职位满${settings.samePostYears}年、同一单位满${settings.sameUnitYears}年应轮岗;` +
    `${settings.includeSuggested ? '含' : '不含'}建议轮岗人员;距退休不足${settings.exemptYearsBeforeRetirement}年暂缓;` +
    `竞争上岗不少于空缺岗位的${Math.round(settings.competitionShare * 100)}%`;
}

/** A titled table appended to rows, with its styles. */
function section(rows: CellValue[][], styles: NonNullable<SheetSpec['styles']>, title: string, header: string[], body: CellValue[][]): void {
  rows.push([], [title]);
  styles.push({ row: rows.length - 1, column: 0, style: { bold: true, fontSize: 12 } });
  if (body.length === 0) return;
  rows.push(header);
  styles.push({ row: rows.length - 1, column: 0, columns: header.length, style: HEADER });
  styles.push({ row: rows.length, column: 0, rows: body.length, columns: header.length, style: BODY });
  rows.push(...body);
}

/** Describes the 轮岗方案 sheet of a plan. */
export function planSheet(plan: Plan, settings: Settings): SheetSpec {
  const rows: CellValue[][] = [
    [`${settings.organization ? settings.organization : ''}干部轮岗交流方案`],
    [`方案日期:${formatDayCn(plan.asOf)}`],
    [`规则:${rulesLine(settings)}`],
    [`交流人员${plan.movers.length}人,已安排${plan.assignments.length}人,未能安排${plan.unplaced.length}人;竞争上岗岗位${plan.competition.length}个;按职级分组:${plan.rankGroups.map((g) => `${g.rank}(${g.movers}人/${g.slots}岗)`).join('、') || '无'}`],
    [],
    COLUMNS,
  ];
  const styles: NonNullable<SheetSpec['styles']> = [
    { row: 0, column: 0, style: { bold: true, fontSize: 16, align: 'center' } },
    { row: 5, column: 0, columns: COLUMNS.length, style: HEADER },
  ];
  plan.assignments.forEach(({ mover: { cadre, basis, status }, to, notes }, index) => {
    rows.push([
      index + 1, cadre.name, cadre.gender === 'male' ? '男' : cadre.gender === 'female' ? '女' : '',
      cadre.birth ? formatRosterDate({ ...cadre.birth, precision: 'month' }) : '', cadre.unit, cadre.post, cadre.rank,
      cadre.postStart ? formatRosterDate(cadre.postStart) : '', cadre.postStart ? formatSpanCn(elapsed(cadre.postStart.date, plan.asOf)) : '',
      to.unit, to.post, `${STATUS_LABELS[status]}:${basis.join(';')}`, notes.join(';'),
    ]);
  });
  if (plan.assignments.length > 0) styles.push({ row: 6, column: 0, rows: plan.assignments.length, columns: COLUMNS.length, style: BODY });
  section(rows, styles, `未能安排人员(${plan.unplaced.length}人)`, ['序号', '姓名', '单位', '职务', '职级', '轮岗依据', '原因'],
    plan.unplaced.map(({ mover: { cadre, basis }, reason }, i) => [i + 1, cadre.name, cadre.unit, cadre.post, cadre.rank, basis.join(';'), reason]));
  section(rows, styles, `竞争上岗岗位(${plan.competition.length}个,不少于空缺岗位的${Math.round(settings.competitionShare * 100)}%)`, ['序号', '单位', '职务', '职级', '空缺表行号'],
    plan.competition.map((vacancy, i) => [i + 1, vacancy.unit, vacancy.post, vacancy.rank, vacancy.row]));
  if (plan.warnings.length > 0) section(rows, styles, '提示', ['序号', '内容'], plan.warnings.map((warning, i) => [i + 1, warning]));
  return {
    name: PLAN_SHEET_NAME,
    rows,
    columnWidths: WIDTHS,
    merges: [0, 1, 2, 3].map((row) => ({ row, column: 0, columns: COLUMNS.length })),
    styles,
    freezeRows: 6,
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: [6, 6] },
  };
}
