/**
 * One rank's placement as a transportation problem. A mover who is not placed stays in post, so that
 * post is not free: each mover may "take" their own post, meaning they stay, at a price above every real
 * plan's total. The least-cost answer then places as many as any plan can, and never gives a post to
 * someone while its holder stays. Movers alike in every respect the price sees (own post, closed units,
 * key post, wish) form one class; posts alike one type; classes ship to types, so a thousand movers from
 * twenty units are a problem of tens, not thousands. A mover with a relative who also moves is a class of
 * their own, since the search over relatives (exact.ts) closes units to them one by one; so is a locked
 * mover (锁定), whose one allowed post is the one staff fixed.
 */
import { FORBIDDEN, solveTransport } from './transport';
import { MoverBarriers, moveCostOf } from './constraints';
import { Mover, Slot } from './planTypes';
import { normalizeCompact } from '../text';

/** Extra limits on single movers, set by the search over relatives. */
export interface Limits {
  /** Units closed to a mover beyond their barriers. */
  closed: ReadonlyMap<number, ReadonlySet<string>>;
  /** Movers who may not stay. */
  mustMove: ReadonlySet<number>;
}

export const NO_LIMITS: Limits = { closed: new Map(), mustMove: new Set() };

export interface Group { rank: string; movers: number[]; slots: number[] }

export interface GroupContext {
  movers: readonly Mover[];
  barriers: readonly MoverBarriers[];
  /** Slots 0…movers-1 are the movers' own posts. */
  slots: readonly Slot[];
  /** Movers with a relative who also moves. */
  coupled: ReadonlySet<number>;
  /** The price of staying, the same in every group so that group totals add up. */
  stayCost: number;
  /** Locked movers (锁定) and the unit and post each must take: no other post, and no staying. */
  locked?: ReadonlyMap<number, { unit: string; post: string }>;
}

export interface GroupSolution {
  /** False when the limits leave some mover who must move no post. */
  feasible: boolean;
  /** Stayers at the stay price plus the cost of every move. */
  objective: number;
  /** slotOf[k]: the slot of group.movers[k], or -1 when they stay. */
  slotOf: Int32Array;
}

/** Indexes grouped by a key, in first-seen order, each group in index order. */
function classesOf(indexes: readonly number[], key: (index: number) => string): number[][] {
  const classes = new Map<string, number[]>();
  for (const index of indexes) {
    const k = key(index);
    const members = classes.get(k);
    if (members) members.push(index);
    else classes.set(k, [index]);
  }
  return [...classes.values()];
}

const sameText = (a: string, b: string): boolean => normalizeCompact(a) === normalizeCompact(b);

/** Posts alike for the price and the rules: same unit, post and kind. */
const typeKey = (slot: Slot): string => `${slot.unit}|${slot.post}|${slot.key}`;

/** What a rank's problem is, whatever the limits: classes, types and the price of each pair. */
interface GroupSetup {
  moverClasses: number[][];
  slotTypes: number[][];
  typeSlots: Slot[];
  ownType: number[];
  /** base[i * types + j]: the price of class i in type j without limits. */
  base: Float64Array;
}

function setUpGroup(ctx: GroupContext, group: Group): GroupSetup {
  const { movers, barriers, slots, coupled } = ctx;
  const locked = ctx.locked ?? new Map<number, { unit: string; post: string }>();
  const moverKey = (m: number): string => (coupled.has(m) || locked.has(m)
    ? `#${m}`
    : `${typeKey(slots[m])}#${[...barriers[m].units.keys()].sort().join('|')}#${movers[m].keyPost}#${movers[m].cadre.wish}`);
  const moverClasses = classesOf(group.movers, moverKey);
  const slotTypes = classesOf(group.slots, (s) => typeKey(slots[s]));
  const typeOf = new Map(slotTypes.map((members, j) => [typeKey(slots[members[0]]), j]));
  const ownType = moverClasses.map((members) => typeOf.get(typeKey(slots[members[0]]))!);
  const typeSlots = slotTypes.map((members) => slots[members[0]]);
  const T = slotTypes.length;
  const base = new Float64Array(moverClasses.length * T);
  moverClasses.forEach((members, i) => {
    const price = moveCostOf(movers[members[0]], barriers[members[0]]);
    const lock = locked.get(members[0]);
    const allowed = (slot: Slot): boolean => !lock || (sameText(slot.unit, lock.unit) && sameText(slot.post, lock.post));
    for (let j = 0; j < T; j += 1) {
      if (j === ownType[i]) base[i * T + j] = lock ? FORBIDDEN : ctx.stayCost;
      else base[i * T + j] = allowed(typeSlots[j]) ? price(typeSlots[j]) : FORBIDDEN;
    }
  });
  return { moverClasses, slotTypes, typeSlots, ownType, base };
}

/**
 * A solver for one rank's placement under any limits; the classes and prices are worked out once.
 * Stayers of a class are its last members in row order.
 */
export function groupSolver(ctx: GroupContext, group: Group): (limits: Limits) => GroupSolution {
  const setup = setUpGroup(ctx, group);
  return (limits) => solveWith(setup, group, limits);
}

/** Solves one rank's placement under the given limits. */
export function solveGroup(ctx: GroupContext, group: Group, limits: Limits): GroupSolution {
  return groupSolver(ctx, group)(limits);
}

function solveWith({ moverClasses, slotTypes, typeSlots, ownType, base }: GroupSetup, group: Group, limits: Limits): GroupSolution {
  const T = slotTypes.length;
  const matrix = base.slice();
  // Only a coupled mover has limits, and a coupled mover is a class of their own.
  moverClasses.forEach((members, i) => {
    if (members.length !== 1) return;
    const m = members[0];
    const closed = limits.closed.get(m);
    if (closed) for (let j = 0; j < T; j += 1) if (closed.has(typeSlots[j].unit)) matrix[i * T + j] = FORBIDDEN;
    if (limits.mustMove.has(m)) matrix[i * T + ownType[i]] = FORBIDDEN;
  });
  const { shipments, shipped, totalCost } = solveTransport({
    supplies: moverClasses.map((members) => members.length),
    capacities: slotTypes.map((members) => members.length),
    cost: (i, j) => matrix[i * T + j],
  });
  const slotOfMover = new Map<number, number>();
  const moving = moverClasses.map(() => 0);
  for (const { source, sink, amount } of shipments) if (sink !== ownType[source]) moving[source] += amount;
  // The first members of a class in row order move; the rest keep their own posts, which are not free.
  const held = new Set<number>();
  moverClasses.forEach((members, i) => { for (const m of members.slice(moving[i])) held.add(m); });
  const nextSlot = new Int32Array(slotTypes.length);
  const takeFree = (j: number): number => {
    while (held.has(slotTypes[j][nextSlot[j]])) nextSlot[j] += 1;
    return slotTypes[j][nextSlot[j]++];
  };
  const nextMember = new Int32Array(moverClasses.length);
  for (const { source, sink, amount } of shipments) {
    if (sink === ownType[source]) continue;
    for (let k = 0; k < amount; k += 1) slotOfMover.set(moverClasses[source][nextMember[source]++], takeFree(sink));
  }
  return {
    feasible: shipped === group.movers.length,
    objective: totalCost,
    slotOf: Int32Array.from(group.movers, (m) => slotOfMover.get(m) ?? -1),
  };
}
