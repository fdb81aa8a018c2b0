/**
 * The publicity list (公示名单): the notice's words and its table, as data. Only the columns the rules
 * allow ever appear; ID numbers, phones, addresses, assessments and remarks never do.
 */
import { IsoDate, formatDayCn, formatRosterDate } from '../dates';
import { Settings } from '../settings';
import { Plan } from '../plan/planTypes';
import { WorkingPeriod } from './calendar';

/** The table's columns, in order; 参加工作时间 only where the roster has it. */
export const NOTICE_COLUMNS = ['序号', '姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '现任职务', '拟任职务'] as const;

export interface Notice {
  title: string;
  body: string[];
  period: WorkingPeriod;
  columns: string[];
  rows: (string | number)[][];
  issuer: string;
  issuedOn: string;
}

/** What a setting left empty shows, so nobody prints a notice with a hole in it. */
const placeholder = (value: string, label: string): string => value.trim() || `〔${label}〕`;

function titleOf(names: readonly string[]): string {
  if (names.length === 0) return '关于轮岗交流的公示';
  if (names.length === 1) return `关于${names[0]}同志轮岗交流的公示`;
  return `关于${names[0]}等${names.length}名同志轮岗交流的公示`;
}

/**
 * The notice for the placed movers of a plan, for the given period, dated `issuedOn`.
 * `hasWorkStart` says whether the roster has 参加工作时间.
 */
export function buildNotice(plan: Plan, period: WorkingPeriod, settings: Settings, issuedOn: IsoDate, hasWorkStart: boolean): Notice {
  const organization = placeholder(settings.organization, '单位名称');
  const body = [
    `根据《党政领导干部选拔任用工作条例》《公务员转任规定》等有关规定,经${placeholder(settings.decidingBody, '决定机关,如局党组')}研究,拟对以下${plan.assignments.length}名同志进行轮岗交流。为广泛听取意见,现予以公示。`,
    `公示时间:${formatDayCn(period.start)}至${formatDayCn(period.end)}(${period.workingDays}个工作日)。`,
    `公示期间,对公示对象有不同意见或反映问题的,可通过来电、来信、来访等方式向${organization}组织人事部门反映,也可通过${placeholder(settings.reportLine, '举报电话')}举报电话反映。反映问题要实事求是,以个人名义反映的请提供真实姓名和联系方式。`,
    `联系电话:${placeholder(settings.contactPhone, '联系电话')};通讯地址:${placeholder(settings.contactAddress, '通讯地址')};举报电话:${placeholder(settings.reportLine, '举报电话')}。`,
  ];
  if (period.unscheduledYears.length > 0) {
    body.push(`注:${period.unscheduledYears.join('、')}年国务院节假日安排尚未公布,公示期暂按周末休息计算工作日,公布后请核对。`);
  }
  const columns = NOTICE_COLUMNS.filter((column) => hasWorkStart || column !== '参加工作时间');
  const rows = plan.assignments.map(({ mover: { cadre }, to }, index) => {
    const values: Record<(typeof NOTICE_COLUMNS)[number], string | number> = {
      序号: index + 1,
      姓名: cadre.name,
      性别: cadre.gender === 'male' ? '男' : cadre.gender === 'female' ? '女' : '',
      出生年月: cadre.birth ? formatRosterDate({ ...cadre.birth, precision: 'month' }) : '',
      民族: cadre.ethnicity,
      政治面貌: cadre.politics,
      学历: cadre.education,
      参加工作时间: cadre.workStart ? formatRosterDate({ ...cadre.workStart, precision: 'month' }) : '',
      现任职务: `${cadre.unit}${cadre.post}`,
      拟任职务: `${to.unit}${to.post}`,
    };
    return columns.map((column) => values[column]);
  });
  return {
    title: titleOf(plan.assignments.map(({ mover }) => mover.cadre.name)),
    body,
    period,
    columns: [...columns],
    rows,
    issuer: organization,
    issuedOn: formatDayCn(issuedOn),
  };
}
