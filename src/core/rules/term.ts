/**
 * Appointment terms (聘期): from 聘期起止, or from 聘任时间 and 聘期 (default 三年一聘), the day a term
 * ends, and whether it has ended (聘期届满) or ends within the warning window (聘期即将届满) on the
 * plan date. A term is flagged beside the rotation status, never in its place.
 */
import { IsoDate, RosterDate, addDays, addMonths, addYears, formatDayCn, formatMonthCn } from '../dates';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { normalizeCompact } from '../text';
import { dateRangeOf } from './posting';
import { ReasonLocale } from './reasonWords';
import type { Issue } from '../roster/problemWords';

export type TermState = 'ended' | 'endingSoon' | 'running';

export interface Term {
  /** The first day of the term: 聘任时间, or the start of 聘期起止. */
  start: RosterDate;
  /** The last day of the term. */
  end: IsoDate;
  /** The length in years, where the end comes from 聘任时间 and a length. */
  years?: number;
  state: TermState;
}

/** The flagged states, in the order lists show them. */
export const FLAGGED_TERM_STATES: readonly Exclude<TermState, 'running'>[] = ['ended', 'endingSoon'];

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Years of a 聘期 as written: '3', '3年', '三年', '三年一聘', '一聘三年', '36个月' (whole years only); undefined if unreadable. */
export function termYearsOf(text: string): number | undefined {
  const key = normalizeCompact(text).replace(/^一聘|一聘$/u, '');
  const months = /^(\d+)个?月$/u.exec(key);
  if (months) return Number(months[1]) % 12 === 0 && Number(months[1]) > 0 ? Number(months[1]) / 12 : undefined;
  const years = /^(\d+|[一二两三四五六七八九十])年?$/u.exec(key);
  if (!years) return undefined;
  const value = NUMERALS[years[1]] ?? Number(years[1]);
  return value >= 1 && value <= 20 ? value : undefined;
}

const stateOn = (end: IsoDate, settings: Settings, asOf: IsoDate): TermState =>
  end < asOf ? 'ended' : end <= addMonths(asOf, settings.warningMonths) ? 'endingSoon' : 'running';

/**
 * A cadre's term on `asOf`, and what cannot be read of it: 聘期起止 wins over 聘任时间 and 聘期; an
 * unreadable 聘期 falls back to the setting (`termYears`) and is a problem. Undefined term without data.
 */
export function termOf(cadre: Cadre, settings: Settings, asOf: IsoDate): { term?: Term; problem?: { field: 'termLength' | 'termRange'; issue: Issue } } {
  const range = cadre.termRange ? dateRangeOf(cadre.termRange) : undefined;
  if (range) return { term: { start: { date: range.from, precision: 'day' }, end: range.until, state: stateOn(range.until, settings, asOf) } };
  const badRange = cadre.termRange ? { field: 'termRange' as const, issue: { kind: 'badTermRange' as const, text: cadre.termRange } } : undefined;
  if (!cadre.termStart) return badRange ? { problem: badRange } : {};
  const written = cadre.termLength ? termYearsOf(cadre.termLength) : undefined;
  const years = written ?? settings.termYears;
  const end = addDays(addYears(cadre.termStart.date, years), -1);
  const term: Term = { start: cadre.termStart, end, years, state: stateOn(end, settings, asOf) };
  if (cadre.termLength && written === undefined) {
    return { term, problem: { field: 'termLength', issue: { kind: 'badTermLength', text: cadre.termLength, years: settings.termYears } } };
  }
  return badRange ? { term, problem: badRange } : { term };
}

const startCn = (start: RosterDate): string => (start.precision === 'month' ? formatMonthCn(start.date) : formatDayCn(start.date));
const startEn = (start: RosterDate): string => (start.precision === 'month' ? start.date.slice(0, 7) : start.date);

const TERM_WORDS: Record<ReasonLocale, { state: Record<TermState, string>; text: (term: Term) => string }> = {
  'zh-CN': {
    state: { ended: '聘期届满', endingSoon: '聘期即将届满', running: '聘期内' },
    text: (term) => (term.years === undefined
      ? `聘期${startCn(term.start)}至${formatDayCn(term.end)}`
      : `${startCn(term.start)}聘任,聘期${term.years}年,${formatDayCn(term.end)}届满`),
  },
  'en-US': {
    state: { ended: 'Appointment term ended', endingSoon: 'Appointment term ends soon', running: 'Within the appointment term' },
    text: (term) => (term.years === undefined
      ? `term ${startEn(term.start)} to ${term.end}`
      : `appointed ${startEn(term.start)}, ${term.years}-year term, ${term.state === 'ended' ? 'ended' : 'ends'} ${term.end}`),
  },
};

/** The term in words: '聘期届满(2023年9月聘任,聘期3年,2026年8月31日届满)'. */
export function termText(term: Term, locale: ReasonLocale = 'zh-CN'): string {
  const words = TERM_WORDS[locale];
  return locale === 'zh-CN' ? `${words.state[term.state]}(${words.text(term)})` : `${words.state[term.state]} (${words.text(term)})`;
}

/** The name of a term's state: '聘期届满'. */
export function termStateLabel(state: TermState, locale: ReasonLocale = 'zh-CN'): string {
  return TERM_WORDS[locale].state[state];
}
