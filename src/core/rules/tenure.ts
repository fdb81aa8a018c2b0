/**
 * The tenure rules that make a cadre due (应轮岗) or due soon (即将到期): years in a key post, in the
 * same post, in the same unit. Each gives the day its threshold is reached.
 */
import { IsoDate, RosterDate, addMonths, addYears, elapsed, formatDayCn, formatMonthCn, formatSpanCn } from '../dates';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { KeyPost } from './keyPost';

export interface TenureFinding {
  kind: 'keyPost' | 'samePost' | 'sameUnit';
  /** The day the threshold is reached. */
  reachedOn: IsoDate;
  reason: string;
}

interface TenureRule {
  kind: TenureFinding['kind'];
  start?: RosterDate;
  years: number;
  /** What is reached, e.g. '重点岗位(财务)任现职满5年'. */
  what: string;
}

const since = (start: RosterDate): string => `${start.precision === 'month' ? formatMonthCn(start.date) : formatDayCn(start.date)}起`;

function rulesFor(cadre: Cadre, keyPost: KeyPost, settings: Settings): TenureRule[] {
  const rules: TenureRule[] = [];
  if (keyPost.key) {
    const label = keyPost.label ? `重点岗位(${keyPost.label})` : '重点岗位';
    rules.push({ kind: 'keyPost', start: cadre.postStart, years: settings.keyPostYears, what: `${label}任现职满${settings.keyPostYears}年` });
  }
  rules.push({ kind: 'samePost', start: cadre.postStart, years: settings.samePostYears, what: `同一职位任职满${settings.samePostYears}年` });
  rules.push({ kind: 'sameUnit', start: cadre.unitStart, years: settings.sameUnitYears, what: `同一单位工作满${settings.sameUnitYears}年` });
  return rules;
}

/**
 * The day each tenure rule is reached, in the order the rules are tried (key post, same post, same
 * unit), for the rules whose start date the roster gives.
 */
export function tenureDeadlines(cadre: Cadre, keyPost: KeyPost, settings: Settings): { kind: TenureFinding['kind']; reachedOn: IsoDate }[] {
  return rulesFor(cadre, keyPost, settings).flatMap((rule) => (rule.start ? [{ kind: rule.kind, reachedOn: addYears(rule.start.date, rule.years) }] : []));
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
    if (reachedOn <= asOf) {
      const held = formatSpanCn(elapsed(rule.start.date, asOf));
      due.push({ kind: rule.kind, reachedOn, reason: `${rule.what}(${since(rule.start)},已${held})` });
    } else if (reachedOn <= horizon) {
      const what = rule.what.replace('满', '将满');
      soon.push({ kind: rule.kind, reachedOn, reason: `${what}(${since(rule.start)},${formatDayCn(reachedOn)}届满)` });
    }
  }
  return { due, soon };
}
