/**
 * The tenure rules that make a cadre due (应轮岗) or due soon (即将到期): years in a key post, in the
 * same post, in the same unit. Each gives the day its threshold is reached.
 */
import { IsoDate, RosterDate, addMonths, addYears, elapsed } from '../dates';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { KeyPost } from './keyPost';
import { Reason, reasonText } from './reasonWords';
import { ClockBasis, keyPostClockStart } from './keyPostClock';

export interface TenureFinding {
  kind: 'keyPost' | 'samePost' | 'sameUnit';
  /** The day the threshold is reached. */
  reachedOn: IsoDate;
  reason: string;
  /** The reason as data, for words in another language. */
  detail: Reason;
}

interface TenureRule {
  kind: TenureFinding['kind'];
  start?: RosterDate;
  years: number;
  /** The key-post word, e.g. '财务'. */
  label?: string;
  /** Where a key post's clock started, when not at the current post. */
  clock?: Exclude<ClockBasis, 'post'>;
}

function rulesFor(cadre: Cadre, keyPost: KeyPost, settings: Settings): TenureRule[] {
  const rules: TenureRule[] = [];
  if (keyPost.key) {
    const { start, basis } = keyPostClockStart(cadre, settings);
    rules.push({ kind: 'keyPost', start, years: settings.keyPostYears, label: keyPost.label, ...(basis === 'post' ? {} : { clock: basis }) });
  }
  rules.push({ kind: 'samePost', start: cadre.postStart, years: settings.samePostYears });
  rules.push({ kind: 'sameUnit', start: cadre.unitStart, years: settings.sameUnitYears });
  return rules;
}

/**
 * The day each tenure rule is reached, in the order the rules are tried (key post, same post, same
 * unit), for the rules whose start date the roster gives.
 */
export function tenureDeadlines(cadre: Cadre, keyPost: KeyPost, settings: Settings): { kind: TenureFinding['kind']; reachedOn: IsoDate; clock?: Exclude<ClockBasis, 'post'> }[] {
  return rulesFor(cadre, keyPost, settings).flatMap((rule) => (rule.start
    ? [{ kind: rule.kind, reachedOn: addYears(rule.start.date, rule.years), ...(rule.clock ? { clock: rule.clock } : {}) }]
    : []));
}

/**
 * The tenure rules met on `asOf` (due) and those met after it but on or before the warning horizon
 * (due soon), each with its reason: '重点岗位(财务)任现职满5年(2019年3月起,已7年8个月)'.
 */
export function tenureFindings(cadre: Cadre, keyPost: KeyPost, settings: Settings, asOf: IsoDate): { due: TenureFinding[]; soon: TenureFinding[] } {
  const horizon = addMonths(asOf, settings.warningMonths);
  const due: TenureFinding[] = [];
  const soon: TenureFinding[] = [];
  for (const rule of rulesFor(cadre, keyPost, settings)) {
    if (!rule.start) continue;
    const reachedOn = addYears(rule.start.date, rule.years);
    const { kind, start, years, label } = rule;
    const clock = rule.clock ? { clock: rule.clock } : {};
    if (reachedOn <= asOf) {
      const detail: Reason = { kind: 'tenureDue', rule: kind, label, years, start, held: elapsed(start.date, asOf), ...clock };
      due.push({ kind, reachedOn, reason: reasonText(detail), detail });
    } else if (reachedOn <= horizon) {
      const detail: Reason = { kind: 'tenureSoon', rule: kind, label, years, start, reachedOn, ...clock };
      soon.push({ kind, reachedOn, reason: reasonText(detail), detail });
    }
  }
  return { due, soon };
}
