/**
 * The publicity list (公示名单): the notice's words and its table, as data. Only the columns the rules
 * allow ever appear, and only those the roster has; ID numbers, phones, addresses, assessments and
 * remarks never do. What the notice still lacks is carried as data, so the sheet can mark it and the
 * pane and the CLI can say it.
 */
import { IsoDate, formatDayCn, formatRosterDate } from '../dates';
import { Field } from '../roster/columns';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { WorkingPeriod } from './calendar';

/** The table's columns, in order; each only where the roster has it (序号, 现任职务, 拟任职务 always). */
export const NOTICE_COLUMNS = ['序号', '姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '现任职务', '拟任职务'] as const;
export type NoticeColumn = (typeof NOTICE_COLUMNS)[number];

/** The roster field behind each column that a roster may lack. */
const SOURCE: Partial<Record<NoticeColumn, Field>> = {
  性别: 'gender', 出生年月: 'birth', 民族: 'ethnicity', 政治面貌: 'politics', 学历: 'education', 参加工作时间: 'workStart',
};

/** The settings the notice is written from, in the order a clerk fills them in. */
export const NOTICE_FIELDS = ['decidingBody', 'organization', 'contactPhone', 'contactAddress', 'reportLine'] as const;
export type NoticeField = (typeof NOTICE_FIELDS)[number];

/** What each notice setting is called on the sheet and in messages. */
export const NOTICE_FIELD_LABELS: Readonly<Record<NoticeField, string>> = {
  decidingBody: '决定机关', organization: '单位名称', contactPhone: '联系电话', contactAddress: '通讯地址', reportLine: '举报电话',
};

/** A mover whose notice row has empty cells: the roster's cell was blank or could not be read. */
export interface NoticeBlank {
  name: string;
  /** The roster row, as Excel numbers it. */
  row: number;
  columns: NoticeColumn[];
}

export interface Notice {
  title: string;
  body: string[];
  period: WorkingPeriod;
  columns: NoticeColumn[];
  rows: (string | number)[][];
  issuer: string;
  issuedOn: string;
  /** Notice settings left empty: their place on the sheet shows 〔名称〕. */
  missing: NoticeField[];
  /** Movers with empty cells in the table. */
  blanks: NoticeBlank[];
}

/** The mark an empty setting leaves on the sheet, so nobody prints a notice with a silent hole. */
export const gapMark = (field: NoticeField): string => `〔${NOTICE_FIELD_LABELS[field]}〕`;

function titleOf(names: readonly string[]): string {
  if (names.length === 0) return '关于轮岗交流的公示';
  if (names.length === 1) return `关于${names[0]}同志轮岗交流的公示`;
  return `关于${names[0]}等${names.length}名同志轮岗交流的公示`;
}

const monthOf = (date: Cadre['birth']): string => (date ? formatRosterDate({ ...date, precision: 'month' }) : '');

function cellsOf(cadre: Cadre, to: { unit: string; post: string }, index: number): Record<NoticeColumn, string | number> {
  return {
    序号: index + 1,
    姓名: cadre.name,
    性别: cadre.gender === 'male' ? '男' : cadre.gender === 'female' ? '女' : '',
    出生年月: monthOf(cadre.birth),
    民族: cadre.ethnicity,
    政治面貌: cadre.politics,
    学历: cadre.education,
    参加工作时间: monthOf(cadre.workStart),
    现任职务: `${cadre.unit}${cadre.post}`,
    拟任职务: `${to.unit}${to.post}`,
  };
}

/** What a notice is written from: the moves of a plan, generated or as edited, each with its batch. */
export interface NoticePlan {
  assignments: readonly { mover: { cadre: Cadre }; to: { unit: string; post: string }; batch: number }[];
}

/**
 * The notice for the placed movers of a plan's first batch (or of `batch`) (later batches are counted in the text), for the given period, dated `issuedOn` (or the
 * `noticeDate` setting when given). `rosterColumns` are the roster's known columns: a notice column
 * whose roster column is absent is left out.
 */
export function buildNotice(plan: NoticePlan, period: WorkingPeriod, settings: Settings, issuedOn: IsoDate, rosterColumns: Partial<Record<Field, string>>, batch = 1): Notice {
  const now = plan.assignments.filter((assignment) => assignment.batch === batch);
  const later = plan.assignments.length - now.length;
  const missing = NOTICE_FIELDS.filter((field) => settings[field].trim() === '');
  const value = (field: NoticeField): string => settings[field].trim() || gapMark(field);
  const body = [
    `根据《党政领导干部选拔任用工作条例》《公务员转任规定》等有关规定,经${value('decidingBody')}研究,拟对以下${now.length}名同志进行轮岗交流${later > 0 ? `(第${batch}批;另有${later}名同志列入${batch === 1 ? '后续' : '其他'}批次,届时另行公示)` : ''}。为广泛听取意见,现予以公示。`,
    `公示时间:${formatDayCn(period.start)}至${formatDayCn(period.end)}(${period.workingDays}个工作日)。`,
    `公示期间,对公示对象有不同意见或反映问题的,可通过来电、来信、来访等方式向${value('organization')}组织人事部门反映,也可通过${value('reportLine')}举报电话反映。反映问题要实事求是,以个人名义反映的请提供真实姓名和联系方式。`,
    `联系电话:${value('contactPhone')};通讯地址:${value('contactAddress')};举报电话:${value('reportLine')}。`,
  ];
  if (period.unscheduledYears.length > 0) {
    body.push(`注:${period.unscheduledYears.join('、')}年国务院节假日安排尚未公布,公示期暂按周末休息计算工作日,公布后请核对。`);
  }
  const columns = NOTICE_COLUMNS.filter((column) => SOURCE[column] === undefined || rosterColumns[SOURCE[column] as Field] !== undefined);
  const blanks: NoticeBlank[] = [];
  const rows = now.map(({ mover: { cadre }, to }, index) => {
    const cells = cellsOf(cadre, to, index);
    const empty = columns.filter((column) => cells[column] === '');
    if (empty.length > 0) blanks.push({ name: cadre.name, row: cadre.row, columns: empty });
    return columns.map((column) => cells[column]);
  });
  return {
    title: titleOf(now.map(({ mover }) => mover.cadre.name)),
    body,
    period,
    columns,
    rows,
    issuer: value('organization'),
    issuedOn: formatDayCn(settings.noticeDate || issuedOn),
    missing,
    blanks,
  };
}
