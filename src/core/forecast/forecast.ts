/**
 * The year ahead (轮岗预测): for each cadre not due today, the first day within the horizon on which a
 * tenure rule makes them due, and which rule; the retirements within the horizon, each freeing a post;
 * the appointment terms (聘期) that end within it.
 */
import { CheckResult } from '../check';
import { IsoDate, addDays, addYears, parts } from '../dates';
import { exemptionReasons, remarkHoldEnds, retirementAge } from '../rules/exemption';
import { TenureFinding, tenureDeadlines } from '../rules/tenure';
import { Settings } from '../settings';

export interface ForecastCadre {
  row: number;
  name: string;
  unit: string;
  post: string;
  rank: string;
  /** The first day within the horizon on which `rule` makes the cadre due. */
  dueOn: IsoDate;
  rule: TenureFinding['kind'];
  /** The last day of the posting (挂职, 借调) that holds the cadre until then, when it sets the day. */
  holdEnds?: IsoDate;
  /** For a key post: the clock counts continuous 正副职 service in the unit (keyPostClock: 'leadership'). */
  leadership?: boolean;
}

type Deadline = ReturnType<typeof tenureDeadlines>[number];

export interface Retirement {
  row: number;
  name: string;
  unit: string;
  post: string;
  /** The day the retirement age is reached. */
  on: IsoDate;
}

/** An appointment term (聘期) that ends within the horizon. */
export interface TermEnd {
  row: number;
  name: string;
  unit: string;
  post: string;
  /** The term's last day. */
  endsOn: IsoDate;
}

export interface Forecast {
  asOf: IsoDate;
  /** The last day of the horizon, inclusive. */
  until: IsoDate;
  /** By `dueOn`, then row. */
  cadres: ForecastCadre[];
  byYear: Record<string, number>;
  /** '2027Q1' → count. */
  byQuarter: Record<string, number>;
  byUnit: Record<string, number>;
  byRank: Record<string, number>;
  /** Cadres who fall due within the horizon but will be on hold then (near retirement, or by their remarks). */
  heldWhenDue: ForecastCadre[];
  /** By day, then row. */
  retirements: Retirement[];
  /** Terms whose last day falls after the plan date and within the horizon, by day, then row. */
  termEnds: TermEnd[];
}

const count = (entries: readonly ForecastCadre[], key: (entry: ForecastCadre) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const entry of entries) counts[key(entry)] = (counts[key(entry)] ?? 0) + 1;
  return counts;
};

const quarterOf = (date: IsoDate): string => {
  const { year, month } = parts(date);
  return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
};

/** By day; a tie keeps the roster's order (its sheets in order, then rows): the entries come in it, and the sort is stable. */
const byDate = <T>(date: (entry: T) => IsoDate) => (a: T, b: T): number =>
  date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0;

/**
 * The forecast of a check over `years` years after its date: `forecast(check, settings, 3)`. A cadre
 * already due is not in it, nor one held from due with no end to the hold; one held by a dated posting
 * (挂职, 借调) falls due the day after it ends; one who falls due on a day they would be on hold
 * (near retirement, or by their remarks) is listed apart, in `heldWhenDue`.
 */
export function forecast(check: CheckResult, settings: Settings, years: number): Forecast {
  const asOf = check.asOf;
  const until = addYears(asOf, years);
  const cadres: ForecastCadre[] = [];
  const heldWhenDue: ForecastCadre[] = [];
  const retirements: Retirement[] = [];
  const termEnds: TermEnd[] = [];
  for (const { cadre, status, heldFrom, keyPost, term } of check.checked) {
    if (term && term.end >= asOf && term.end <= until) termEnds.push({ row: cadre.row, name: cadre.name, unit: cadre.unit, post: cadre.post, endsOn: term.end });
    const age = retirementAge(cadre, settings);
    const retiresOn = cadre.birth && age !== undefined ? addYears(cadre.birth.date, age) : undefined;
    if (retiresOn && retiresOn > asOf && retiresOn <= until) {
      retirements.push({ row: cadre.row, name: cadre.name, unit: cadre.unit, post: cadre.post, on: retiresOn });
    }
    // Stryker disable next-line ConditionalExpression: a due cadre's first deadline is on or before the plan date, so the dueOn <= asOf test below skips them too
    if (status === 'due') continue;
    const holdEnds = remarkHoldEnds(cadre, settings);
    // Stryker disable next-line ConditionalExpression: held from due, the first deadline is on or before the plan date, and with no hold to end the dueOn <= asOf test below skips them too
    if (heldFrom === 'due' && !holdEnds) continue;
    const first = tenureDeadlines(cadre, keyPost, settings).reduce<Deadline | undefined>((a, b) => (!a || b.reachedOn < a.reachedOn ? b : a), undefined);
    if (!first) continue;
    // Due on the later of the day the rule is reached and the day after a dated posting ends.
    // Stryker disable next-line ConditionalExpression: the day after a posting ended before the plan date is on or before it, so it never sets a dueOn the tests below keep
    const back = holdEnds && holdEnds >= asOf ? addDays(holdEnds, 1) : undefined;
    // Stryker disable next-line EqualityOperator: where back is the day reached, either gives that day
    const dueOn = back && back > first.reachedOn ? back : first.reachedOn;
    const reached = first.reachedOn > asOf && first.reachedOn <= until && (retiresOn === undefined || first.reachedOn < retiresOn);
    if (dueOn > until && reached) {
      // Reached within the horizon, but the posting outlasts it.
      heldWhenDue.push({ row: cadre.row, name: cadre.name, unit: cadre.unit, post: cadre.post, rank: cadre.rank, dueOn: first.reachedOn, rule: first.kind, holdEnds });
      continue;
    }
    if (dueOn <= asOf || dueOn > until || (retiresOn !== undefined && dueOn >= retiresOn)) continue;
    const entry: ForecastCadre = { row: cadre.row, name: cadre.name, unit: cadre.unit, post: cadre.post, rank: cadre.rank, dueOn, rule: first.kind, ...(first.clock ? { leadership: true } : {}) };
    if (dueOn === back) entry.holdEnds = holdEnds;
    (exemptionReasons(cadre, settings, dueOn).length > 0 ? heldWhenDue : cadres).push(entry);
  }
  cadres.sort(byDate((entry) => entry.dueOn));
  heldWhenDue.sort(byDate((entry) => entry.dueOn));
  retirements.sort(byDate((entry) => entry.on));
  termEnds.sort(byDate((entry) => entry.endsOn));
  return {
    asOf,
    until,
    cadres,
    byYear: count(cadres, (entry) => entry.dueOn.slice(0, 4)),
    byQuarter: count(cadres, (entry) => quarterOf(entry.dueOn)),
    byUnit: count(cadres, (entry) => entry.unit),
    byRank: count(cadres, (entry) => entry.rank || entry.post),
    heldWhenDue,
    retirements,
    termEnds,
  };
}

/** The forecast as `rotation forecast --json` prints it. */
export function forecastJson(result: Forecast): object {
  return {
    asOf: result.asOf,
    until: result.until,
    cadres: result.cadres.map(({ row, name, unit, dueOn, rule, holdEnds }) => ({ row, name, unit, dueOn, rule, ...(holdEnds ? { holdEnds } : {}) })),
    byYear: result.byYear,
    byQuarter: result.byQuarter,
    byUnit: result.byUnit,
    byRank: result.byRank,
    heldWhenDue: result.heldWhenDue.map(({ row, name, unit, dueOn, rule }) => ({ row, name, unit, dueOn, rule })),
    retirements: result.retirements.map(({ row, name, on }) => ({ row, name, on })),
    termEnds: result.termEnds.map(({ row, name, unit, endsOn }) => ({ row, name, unit, endsOn })),
  };
}
