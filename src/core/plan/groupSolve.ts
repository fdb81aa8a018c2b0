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
import { MoverBarriers, WishIndex, openPriceRow } from './constraints';
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
  /**
   * Post quotas (职数): how many more holders of a rank and post a unit may take; undefined where no
   * quota covers them. Absent: no quotas.
   */
  quotaRoom?: (unit: string, rank: string, post: string) => number | undefined;
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
  /** Places held empty by quotas, per unit: `amount` of the unit's posts (the types listed) stay unfilled. */
  blockers: { amount: number; types: ReadonlySet<number> }[];
}

/**
 * A unit's quota as capacity. Its people of the rank after the plan are those who do not move plus
 * whoever ends in one of its posts (a stayer in their own); that may not pass max(quota, today's count),
 * which leaves room for its F freed posts plus `room` = max(0, quota − today) more. So of its F freed
 * posts and V vacancies, V − room are held empty: a blocker of that amount, free in any post of the unit
 * and forbidden elsewhere, must ship, and the plan stays the least-cost one under the rule.
 */
function quotaBlockers(ctx: GroupContext, group: Group, typeSlots: readonly Slot[]): GroupSetup['blockers'] {
  const { quotaRoom, slots } = ctx;
  if (!quotaRoom) return [];
  const vacanciesOf = new Map<string, Slot[]>();
  for (const s of group.slots) if (!slots[s].freedBy) vacanciesOf.set(slots[s].unit, [...(vacanciesOf.get(slots[s].unit) ?? []), slots[s]]);
  return [...vacanciesOf].flatMap(([unit, vacancies]) => {
    const room = quotaRoom(unit, vacancies[0].rank, vacancies[0].post);
    if (room === undefined || vacancies.length <= room) return [];
    const types = new Set(typeSlots.flatMap((slot, j) => (slot.unit === unit ? [j] : [])));
    return [{ amount: vacancies.length - room, types }];
  });
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
  const typesOfUnit = new Map<string, number[]>();
  typeSlots.forEach((slot, j) => {
    const types = typesOfUnit.get(slot.unit);
    if (types) types.push(j);
    else typesOfUnit.set(slot.unit, [j]);
  });
  // A barrier closes a unit and does nothing else (MoverBarriers): a class's row is the row of its key
  // post and wish with no barrier, priced once for all classes alike in those, then its units closed.
  const openRows = new Map<string, Float64Array>();
  const wishes = new WishIndex(typeSlots);
  const openRow = (m: number): Float64Array => {
    const key = `${movers[m].keyPost}#${movers[m].cadre.wish}`;
    let row = openRows.get(key);
    if (!row) {
      row = openPriceRow(movers[m], wishes);
      openRows.set(key, row);
    }
    return row;
  };
  moverClasses.forEach(([m], i) => {
    const offset = i * T;
    base.set(openRow(m), offset);
    for (const unit of barriers[m].units.keys()) for (const j of typesOfUnit.get(unit) ?? []) base[offset + j] = FORBIDDEN;
    const lock = locked.get(m);
    if (lock) for (let j = 0; j < T; j += 1) if (!sameText(typeSlots[j].unit, lock.unit) || !sameText(typeSlots[j].post, lock.post)) base[offset + j] = FORBIDDEN;
    base[offset + ownType[i]] = lock ? FORBIDDEN : ctx.stayCost;
  });
  return { moverClasses, slotTypes, typeSlots, ownType, base, blockers: quotaBlockers(ctx, group, typeSlots) };
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

function solveWith({ moverClasses, slotTypes, typeSlots, ownType, base, blockers }: GroupSetup, group: Group, limits: Limits): GroupSolution {
  const T = slotTypes.length;
  const C = moverClasses.length;
  // Only a coupled mover has limits, and a coupled mover is a class of their own.
  const limited = moverClasses.flatMap((members, i) => (members.length === 1 && (limits.closed.has(members[0]) || limits.mustMove.has(members[0])) ? [i] : []));
  // The prices as set up when nothing changes them (the solver never writes to them); otherwise a copy
  // with the limits, and one row per quota blocker: free in its unit's posts, forbidden elsewhere.
  const matrix = limited.length === 0 && blockers.length === 0 ? base : new Float64Array((C + blockers.length) * T);
  if (matrix !== base) {
    matrix.set(base);
    blockers.forEach((blocker, b) => { for (let j = 0; j < T; j += 1) matrix[(C + b) * T + j] = blocker.types.has(j) ? 0 : FORBIDDEN; });
    for (const i of limited) {
      const m = moverClasses[i][0];
      const closed = limits.closed.get(m);
      if (closed) for (let j = 0; j < T; j += 1) if (closed.has(typeSlots[j].unit)) matrix[i * T + j] = FORBIDDEN;
      if (limits.mustMove.has(m)) matrix[i * T + ownType[i]] = FORBIDDEN;
    }
  }
  const { shipments: all, shipped, totalCost } = solveTransport({
    supplies: [...moverClasses.map((members) => members.length), ...blockers.map((blocker) => blocker.amount)],
    capacities: slotTypes.map((members) => members.length),
    cost: matrix,
  });
  // What blockers ship is only room held empty.
  const shipments = all.filter((shipment) => shipment.source < C);
  const heldEmpty = blockers.reduce((sum, blocker) => sum + blocker.amount, 0);
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
    feasible: shipped === group.movers.length + heldEmpty,
    objective: totalCost,
    slotOf: Int32Array.from(group.movers, (m) => slotOfMover.get(m) ?? -1),
  };
}
