/**
 * Every word of a status reason, in one table with zh-CN and en-US. The rules describe a reason as
 * data (`Reason`); `reasonText` writes it: '重点岗位(财务)任现职满5年(2019年3月起,已7年8个月)' or
 * 'Key post (财务): 5 years in the post reached (since 2019-03, 7 years 8 months)'.
 */
import { IsoDate, RosterDate, formatDayCn, formatMonthCn, formatSpanCn } from '../dates';
import { Gender } from '../roster/cadre';

export type ReasonLocale = 'zh-CN' | 'en-US';
export type TenureKind = 'keyPost' | 'samePost' | 'sameUnit';
type Span = { years: number; months: number };
/** Where a key post's clock started when not at the current post: the 任本单位正副职时间 column, or a 副→正 step. */
type Clock = 'leadershipColumn' | 'promotion';

export type Reason =
  /** A tenure threshold reached on the plan date. */
  | { kind: 'tenureDue'; rule: TenureKind; label?: string; years: number; start: RosterDate; held: Span; clock?: Clock }
  /** A tenure threshold reached within the warning window. */
  | { kind: 'tenureSoon'; rule: TenureKind; label?: string; years: number; start: RosterDate; reachedOn: IsoDate; clock?: Clock }
  | { kind: 'suggested'; age: number; maxAge: number; minYears: number; start: IsoDate; held: Span }
  /** On hold: within so many years of retirement age. */
  | { kind: 'nearRetirement'; years: number; birth: IsoDate; gender: Gender; retirementAge: number }
  /** On hold: a hold word in the remarks, with the dates of a posting (挂职, 借调) where it is one. */
  | { kind: 'remark'; word: string; posting?: PostingHold };

/** A posting's hold: until its last day (ending within the warning window or not), or with no end recorded. */
export interface PostingHold {
  word: string;
  until?: IsoDate;
  endingSoon?: boolean;
}

interface Words {
  tenure: (rule: TenureKind, label: string | undefined, years: number, soon: boolean, clock?: Clock) => string;
  since: (start: RosterDate, clock?: Clock) => string;
  due: (what: string, since: string, held: string) => string;
  soon: (what: string, since: string, reachedOn: IsoDate) => string;
  suggested: (r: Extract<Reason, { kind: 'suggested' }>, since: string, held: string) => string;
  nearRetirement: (r: Extract<Reason, { kind: 'nearRetirement' }>) => string;
  remark: (word: string) => string;
  posting: (hold: PostingHold) => string;
  span: (span: Span) => string;
  hold: string;
}

const isoMonth = (date: IsoDate): string => date.slice(0, 7);

const spanEn = ({ years, months }: Span): string => {
  const y = years === 1 ? '1 year' : `${years} years`;
  const m = months === 1 ? '1 month' : `${months} months`;
  if (years === 0) return m;
  return months === 0 ? y : `${y} ${m}`;
};

const WORDS: Record<ReasonLocale, Words> = {
  'zh-CN': {
    tenure: (rule, label, years, soon, clock) => {
      const reach = soon ? '将满' : '满';
      if (rule === 'keyPost') return `${label ? `重点岗位(${label})` : '重点岗位'}${clock ? '在本单位连续任正副职' : '任现职'}${reach}${years}年`;
      return rule === 'samePost' ? `同一职位任职${reach}${years}年` : `同一单位工作${reach}${years}年`;
    },
    since: (start, clock) => `${clock === 'leadershipColumn' ? '任本单位正副职' : clock === 'promotion' ? '由副职任正职,按进入本单位时间' : ''}${start.precision === 'month' ? formatMonthCn(start.date) : formatDayCn(start.date)}起`,
    due: (what, since, held) => `${what}(${since},已${held})`,
    soon: (what, since, reachedOn) => `${what}(${since},${formatDayCn(reachedOn)}届满)`,
    suggested: (r, _since, held) => `${r.age}岁(未满${r.maxAge}岁),任现职满${r.minYears}年(${formatMonthCn(r.start)}起,已${held})`,
    nearRetirement: (r) => `距退休年龄不足${r.years}年(${formatMonthCn(r.birth)}出生,${r.gender === 'male' ? '男' : '女'},${r.retirementAge}岁退休)`,
    remark: (word) => `备注注明"${word}"`,
    posting: (hold) => {
      if (!hold.until) return '(未注明期满时间)';
      return hold.endingSoon ? `(${formatDayCn(hold.until)}期满,${hold.word}即将期满)` : `(至${formatDayCn(hold.until)})`;
    },
    span: formatSpanCn,
    hold: '暂缓:',
  },
  'en-US': {
    tenure: (rule, label, years, soon, clock) => {
      const reach = soon ? 'reaches' : 'reached';
      if (rule === 'keyPost') return `Key post${label ? ` (${label})` : ''}: ${years} years ${clock ? 'of continuous 正副职 service in the unit' : 'in the post'} ${reach}`;
      return rule === 'samePost' ? `Same post: ${years} years ${reach}` : `Same unit: ${years} years ${reach}`;
    },
    since: (start, clock) => `${clock === 'leadershipColumn' ? 'in the unit\'s leadership ' : clock === 'promotion' ? 'deputy then chief, from joining the unit ' : ''}since ${start.precision === 'month' ? isoMonth(start.date) : start.date}`,
    due: (what, since, held) => `${what} (${since}, ${held})`,
    soon: (what, since, reachedOn) => `${what} on ${reachedOn} (${since})`,
    suggested: (r, since, held) => `Aged ${r.age} (under ${r.maxAge}), ${r.minYears} years in the post reached (${since}, ${held})`,
    nearRetirement: (r) => `Within ${r.years} years of retirement age (born ${isoMonth(r.birth)}, ${r.gender}, retires at ${r.retirementAge})`,
    remark: (word) => `The remarks say "${word}"`,
    posting: (hold) => {
      if (!hold.until) return ' (no end date recorded)';
      return hold.endingSoon ? ` (ends ${hold.until}, ending soon)` : ` (until ${hold.until})`;
    },
    span: spanEn,
    hold: 'On hold: ',
  },
};

/** One reason in words; `onHold` marks the reasons of an exemption ('暂缓:…'). */
export function reasonText(reason: Reason, locale: ReasonLocale = 'zh-CN', onHold = false): string {
  const w = WORDS[locale];
  const hold = onHold ? w.hold : '';
  switch (reason.kind) {
    case 'tenureDue':
      return hold + w.due(w.tenure(reason.rule, reason.label, reason.years, false, reason.clock), w.since(reason.start, reason.clock), w.span(reason.held));
    case 'tenureSoon':
      return hold + w.soon(w.tenure(reason.rule, reason.label, reason.years, true, reason.clock), w.since(reason.start, reason.clock), reason.reachedOn);
    case 'suggested':
      return hold + w.suggested(reason, w.since({ date: reason.start, precision: 'month' }), w.span(reason.held));
    case 'nearRetirement':
      return hold + w.nearRetirement(reason);
    case 'remark':
      return hold + w.remark(reason.word) + (reason.posting ? w.posting(reason.posting) : '');
  }
}

/** A status's reasons, the exemption's marked as such: what `Classification.details` holds. */
export interface ReasonDetail {
  reason: Reason;
  onHold: boolean;
}

/** The reasons of a classification in the given language, in order. */
export function reasonsIn(details: readonly ReasonDetail[], locale: ReasonLocale): string[] {
  return details.map(({ reason, onHold }) => reasonText(reason, locale, onHold));
}

