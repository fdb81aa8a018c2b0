/**
 * The best swap plan by brute force, written from DOMAIN.md alone and sharing no code with the planner:
 * every way of sending each mover to a post or keeping them in theirs, kept when it breaks no hard rule,
 * scored by the most placed, then the least cost. For rosters of a handful of movers only. Locked moves
 * (a re-plan) are the one choice their movers have; cadres outside `movable` stay.
 *
 * Prices, from the planner's documented preferences: an ordinary move 10, a move the mover wished for 2,
 * and 6 more when a mover from a key post goes to another key post.
 */
import { CheckResult } from '../src/core/check';
import { addYears } from '../src/core/dates';
import { Plan } from '../src/core/plan/planTypes';
import { Vacancy } from '../src/core/plan/vacancies';

export interface OraclePost { unit: string; post: string; rank: string; key: boolean; holder?: number }
export interface OracleBest { placed: number; cost: number }

interface Mover { index: number; unit: string; post: string; rank: string; key: boolean; wish: string; closed: Set<string> }

const price = (mover: Mover, post: OraclePost): number => {
  const wish = mover.wish.replace(/\s/gu, '');
  const wished = wish !== '' && (wish.includes(post.unit) || `${post.unit}${post.post}`.includes(wish));
  return (wished ? 2 : 10) + (mover.key && post.key ? 6 : 0);
};

/** Relatives by name, both ways; a name shared by two cadres links to both. */
function relativesOf(check: CheckResult): Set<number>[] {
  const cadres = check.checked.map((entry) => entry.cadre);
  const links = cadres.map(() => new Set<number>());
  cadres.forEach((cadre, i) => {
    for (const relative of cadre.relatives) {
      cadres.forEach((other, j) => {
        if (j !== i && other.name === relative.name) { links[i].add(j); links[j].add(i); }
      });
    }
  });
  return links;
}

export interface OracleInput {
  check: CheckResult;
  /** Vacancies to fill (none held back for competition). */
  vacancies: readonly Vacancy[];
  includeSuggested: boolean;
  /** Whether a vacancy is a key post. */
  keyVacancy: (vacancy: Vacancy) => boolean;
  noReturnYears: number;
  /** A further hard rule over where every cadre ends (their unit, by roster index), e.g. post quotas. */
  endsAllowed?: (endUnit: (cadre: number) => string) => boolean;
  /** Locked moves, by roster index: the mover must take a post of this unit and name. */
  locked?: ReadonlyMap<number, { unit: string; post: string }>;
  /** When given, only these roster indexes (and the locked) may move. */
  movable?: ReadonlySet<number>;
}

export function moversAndPosts(input: OracleInput): { movers: Mover[]; posts: OraclePost[]; relatives: Set<number>[] } {
  const { check } = input;
  const since = addYears(check.asOf, -input.noReturnYears);
  const relatives = relativesOf(check);
  const movers: Mover[] = [];
  check.checked.forEach((entry, index) => {
    const locked = input.locked?.has(index) && entry.status !== 'exempt';
    if (!locked && input.movable && !input.movable.has(index)) return;
    if (!locked && entry.status !== 'due' && !(entry.status === 'suggested' && input.includeSuggested)) return;
    const { cadre } = entry;
    const closed = new Set(cadre.history.filter((past) => past.left !== undefined && past.left >= since).map((past) => past.unit));
    movers.push({ index, unit: cadre.unit, post: cadre.post, rank: cadre.rank, key: entry.keyPost.key, wish: cadre.wish, closed });
  });
  const posts: OraclePost[] = [
    ...movers.map((m, k) => ({ unit: m.unit, post: m.post, rank: m.rank, key: m.key, holder: k })),
    ...input.vacancies.map((v) => ({ unit: v.unit, post: v.post, rank: v.rank, key: input.keyVacancy(v) })),
  ];
  return { movers, posts, relatives };
}

/** The best any plan achieves; `placed` is -1 when no plan keeps the locked moves. */
export function bestPlan(input: OracleInput): OracleBest {
  const { movers, posts, relatives } = moversAndPosts(input);
  const moverAt = new Map(movers.map((m, k) => [m.index, k]));
  const target = new Int32Array(movers.length).fill(-1);
  const used = new Uint8Array(posts.length);
  const lockOf = (m: Mover) => input.locked?.get(m.index);
  let best: OracleBest = { placed: -1, cost: 0 };
  const endUnit = (cadre: number): string => {
    const k = moverAt.get(cadre);
    return k !== undefined && target[k] >= 0 ? posts[target[k]].unit : input.check.checked[cadre].cadre.unit;
  };
  const lawful = (): boolean => (input.endsAllowed?.(endUnit) ?? true) && movers.every((m, k) => {
    if (target[k] < 0) return true;
    const post = posts[target[k]];
    // A post of a mover who stays is not free.
    if (post.holder !== undefined && target[post.holder] < 0) return false;
    for (const other of relatives[m.index]) if (endUnit(other) === post.unit) return false;
    return true;
  });
  const walk = (k: number, placed: number, cost: number): void => {
    if (k === movers.length) {
      if ((placed > best.placed || (placed === best.placed && cost < best.cost)) && lawful()) best = { placed, cost };
      return;
    }
    const m = movers[k];
    const lock = lockOf(m);
    if (!lock) walk(k + 1, placed, cost);
    posts.forEach((post, p) => {
      if (used[p] || post.rank !== m.rank || post.unit === m.unit || m.closed.has(post.unit)) return;
      if (lock && (post.unit !== lock.unit || post.post !== lock.post)) return;
      used[p] = 1;
      target[k] = p;
      walk(k + 1, placed + 1, cost + price(m, post));
      target[k] = -1;
      used[p] = 0;
    });
  };
  walk(0, 0, 0);
  return best;
}

/** The planner's plan scored by the oracle's prices. */
export function scoreOf(input: OracleInput, plan: Plan): OracleBest {
  const { movers, posts } = moversAndPosts(input);
  const byCadre = new Map(movers.map((m) => [input.check.checked[m.index].cadre, m]));
  const postOf = (to: Plan['assignments'][number]['to']): OraclePost => (to.freedBy
    ? posts.find((post) => post.holder !== undefined && input.check.checked[movers[post.holder].index].cadre === to.freedBy)!
    : posts[movers.length + input.vacancies.findIndex((v) => v.row === to.vacancyRow)]);
  let cost = 0;
  for (const { mover, to } of plan.assignments) cost += price(byCadre.get(mover.cadre)!, postOf(to));
  return { placed: plan.assignments.length, cost };
}
