/**
 * Carrying a plan out in batches (分批实施): in one batch a unit loses at most a third of its leaders
 * (正职 and 副职), at least one, so a team of two or three changes one at a time; a cadre moves into a
 * post no earlier than its holder leaves it, and a swap cycle moves together. The fewest batches these
 * rules allow: batch 1 is published now, later ones on their planned dates.
 */
import { CheckResult } from '../check';
import { IsoDate, addMonths } from '../dates';
import { Cadre } from '../roster/cadre';
import { Assignment } from './planTypes';
import { leaderLevel } from './rankKey';

export interface Batching {
  /** The batch (1-based) of each assignment, in the order of the assignments given. */
  batchOf: number[];
  /** The planned start of each batch, batch 1 first. */
  starts: IsoDate[];
  /** Whether the count is proven least (the search finished); false only past the search budget. */
  fewest: boolean;
  /** Units whose leaders must leave together (one swap cycle) beyond what the rule allows, in words. */
  impossible: string[];
}

const keyOf = (cadre: Cadre): string => `${cadre.sheet ?? ''}\u0000${cadre.row}`;

/** How many leaders each unit may lose in one batch: a third of its leaders, at least one. */
export function unitCaps(check: CheckResult): Map<string, number> {
  const leaders = new Map<string, number>();
  for (const { cadre } of check.checked) {
    if (leaderLevel(cadre.rank, cadre.post)) leaders.set(cadre.unit, (leaders.get(cadre.unit) ?? 0) + 1);
  }
  return new Map([...leaders].map(([unit, count]) => [unit, Math.max(1, Math.floor(count / 3))]));
}

/**
 * The swap cycles of "moves into the post of", each a group that moves together; every other move is
 * a group of its own. Each move takes one post, so it has one holder at most: the cycles are found by
 * walking from each move until the walk meets itself or an earlier walk.
 */
function swapGroups(holderOf: readonly (number | undefined)[]): number[][] {
  const state: number[] = new Array(holderOf.length).fill(0); // 0 unseen, 1 on this walk, 2 done
  // Stryker disable next-line ArrayDeclaration: an array grows as it is written, and a member never written reads undefined, not in a cycle
  const inCycle: boolean[] = new Array(holderOf.length).fill(false);
  const groups: number[][] = [];
  for (let start = 0; start < holderOf.length; start += 1) {
    const path: number[] = [];
    let node: number | undefined = start;
    while (node !== undefined && state[node] === 0) {
      state[node] = 1;
      path.push(node);
      node = holderOf[node];
    }
    if (node !== undefined && state[node] === 1) {
      // Stryker disable next-line MethodExpression: the plan gives each post to one mover, so a walk can meet itself only at its start
      const cycle = path.slice(path.indexOf(node));
      cycle.forEach((member) => (inCycle[member] = true));
      // Stryker disable next-line MethodExpression,ArithmeticOperator: the walk starts at the cycle's least member, first either way; the order of the rest changes no load, no holder and no group's number
      groups.push(cycle.sort((x, y) => x - y));
    }
    path.forEach((member) => (state[member] = 2));
  }
  holderOf.forEach((_, i) => {
    if (!inCycle[i]) groups.push([i]);
  });
  return groups;
}

interface Group {
  members: number[];
  /** Leaders leaving per unit. */
  load: Map<string, number>;
  /** Groups whose batch this one may not precede (the holders of the posts its members take). */
  after: number[];
}

/** The batches of a plan, with `intervalMonths` between the planned starts. */
export function planBatches(check: CheckResult, assignments: readonly Assignment[], intervalMonths: number, asOf: IsoDate, budget = 200_000): Batching {
  const position = new Map(assignments.map((assignment, i) => [keyOf(assignment.mover.cadre), i]));
  const holderOf = assignments.map(({ to }) => (to.freedBy ? position.get(keyOf(to.freedBy)) : undefined));
  const caps = unitCaps(check);
  const raw = swapGroups(holderOf).sort((a, b) => a[0] - b[0]);
  // Stryker disable next-line ArrayDeclaration: an array grows as it is written, and every member is written before it is read
  const groupOf: number[] = new Array(assignments.length);
  raw.forEach((members, g) => members.forEach((member) => (groupOf[member] = g)));
  const groups: Group[] = raw.map((members) => {
    const load = new Map<string, number>();
    for (const member of members) {
      const cadre = assignments[member].mover.cadre;
      if (leaderLevel(cadre.rank, cadre.post)) load.set(cadre.unit, (load.get(cadre.unit) ?? 0) + 1);
    }
    const after = new Set<number>();
    for (const member of members) {
      const holder = holderOf[member];
      if (holder !== undefined && groupOf[holder] !== groupOf[member]) after.add(groupOf[holder]);
    }
    return { members, load, after: [...after] };
  });
  const impossible: string[] = [];
  for (const group of groups) {
    for (const [unit, count] of group.load) {
      if (count > (caps.get(unit) ?? 1)) impossible.push(`${unit}有${count}名领导干部在同一交流环中,须同批交流,超过分批规则允许的${caps.get(unit) ?? 1}人`);
    }
  }
  const { batches, fewest } = assignBatches(groups, caps, budget);
  const count = batches.reduce((most, batch) => Math.max(most, batch), 1);
  return {
    batchOf: assignments.map((_, i) => batches[groupOf[i]]),
    starts: Array.from({ length: count }, (_, b) => addMonths(asOf, b * intervalMonths)),
    fewest,
    impossible: [...new Set(impossible)],
  };
}

/** Groups in an order where every group comes after those it may not precede; ties by first member. */
function topological(groups: readonly Group[]): number[] {
  const waiting = groups.map((group) => group.after.length);
  const next = groups.map(() => [] as number[]);
  groups.forEach((group, g) => group.after.forEach((before) => next[before].push(g)));
  const ready = groups.map((_, g) => g).filter((g) => waiting[g] === 0);
  const order: number[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => a - b);
    const g = ready.shift() as number;
    order.push(g);
    for (const later of next[g]) if (--waiting[later] === 0) ready.push(later);
  }
  return order;
}

/**
 * The least number of batches, by depth-first search over the groups that carry leaders, tried for
 * k = the lower bound upwards; groups without leaders go in the earliest batch their holders allow.
 */
function assignBatches(groups: readonly Group[], caps: ReadonlyMap<string, number>, budget: number): { batches: number[]; fewest: boolean } {
  const order = topological(groups);
  const leaving = new Map<string, number>();
  for (const group of groups) for (const [unit, count] of group.load) leaving.set(unit, (leaving.get(unit) ?? 0) + count);
  let lower = 1;
  for (const [unit, count] of leaving) lower = Math.max(lower, Math.ceil(count / (caps.get(unit) ?? 1)));
  let nodes = 0;
  // The search visits up to `budget` nodes: each group's load as unit numbers, counts and limits, read
  // without building keys, so a node costs a few array reads.
  const unitNumber = new Map([...leaving.keys()].map((unit, u) => [unit, u]));
  const loads = groups.map((group) => {
    const entries = [...group.load];
    return { units: entries.map(([unit]) => unitNumber.get(unit)!), counts: entries.map(([, count]) => count), limits: entries.map(([unit, count]) => Math.max(caps.get(unit) ?? 1, count)) };
  });
  const tryWith = (k: number): number[] | undefined => {
    const batches: number[] = new Array(groups.length).fill(0);
    // Leaders taken from each unit in each batch, at unit * stride + batch: a group with leaders is only
    // tried in batches 1…k. k never passes the count first fit needs, for first fit finds a plan of that many.
    const stride = k + 1;
    const used = new Int32Array(unitNumber.size * stride);
    const room = (g: number, b: number): boolean => {
      const { units, counts, limits } = loads[g];
      for (let e = 0; e < units.length; e += 1) if (used[units[e] * stride + b] + counts[e] > limits[e]) return false;
      return true;
    };
    const take = (g: number, b: number, sign: number): void => {
      const { units, counts } = loads[g];
      for (let e = 0; e < units.length; e += 1) used[units[e] * stride + b] += sign * counts[e];
    };
    // Depth-first with an explicit stack (a roster's thousands of groups would overflow the call stack):
    // at each position, the next batch to try is one past the batch it holds, or its earliest when it holds none.
    let i = 0;
    while (i >= 0) {
      if (i === order.length) return batches;
      if (++nodes > budget) return undefined;
      const g = order[i];
      const group = groups[g];
      const held = batches[g];
      if (held !== 0) take(g, held, -1);
      let earliest = 1;
      for (const before of group.after) if (batches[before] > earliest) earliest = batches[before];
      const last = group.load.size === 0 ? earliest : k;
      let b = held === 0 ? earliest : held + 1;
      while (b <= last && !room(g, b)) b += 1;
      if (b <= last) {
        batches[g] = b;
        take(g, b, 1);
        i += 1;
      } else {
        batches[g] = 0;
        i -= 1;
        // A group without leaders has one batch only, the earliest its holders allow: going back, it
        // has nothing else to try, so the search steps over it to the last group with a choice.
        while (i >= 0 && groups[order[i]].load.size === 0) batches[order[i--]] = 0;
      }
    }
    return undefined;
  };
  for (let k = lower; k <= Math.max(lower, groups.length); k += 1) {
    const found = tryWith(k);
    if (found) return { batches: found, fewest: true };
    if (nodes > budget) break;
  }
  return { batches: greedy(groups, order, caps), fewest: false };
}

/** First fit in order, with no bound on the count: the answer when the search runs past its budget. */
function greedy(groups: readonly Group[], order: readonly number[], caps: ReadonlyMap<string, number>): number[] {
  // Stryker disable next-line ArrayDeclaration: an array grows as it is written, and the order is topological, so each group's holder is written before it is read
  const batches: number[] = new Array(groups.length).fill(0);
  const used = new Map<string, number>();
  for (const g of order) {
    const group = groups[g];
    let b = Math.max(1, ...group.after.map((before) => batches[before]));
    while (![...group.load].every(([unit, count]) => (used.get(`${unit}\u0000${b}`) ?? 0) + count <= Math.max(caps.get(unit) ?? 1, count))) b += 1;
    batches[g] = b;
    group.load.forEach((count, unit) => used.set(`${unit}\u0000${b}`, (used.get(`${unit}\u0000${b}`) ?? 0) + count));
  }
  return batches;
}
