/**
 * The swap planner: who moves (the due, and the suggested if asked), where to (the posts they free and
 * the assignable vacancies), within every hard rule, placing as many as any plan can and, among those
 * plans, one of least cost. The problem is split by rank, since a post only takes a mover of its rank;
 * relatives who both move are settled exactly across ranks (exact.ts).
 */
import { CheckResult } from '../check';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { cadreId } from '../sheets/planSheet';
import { firstContained } from '../text';
import { BASE_COST, KEY_TO_KEY_COST, MoverBarriers, barriersOf } from './constraints';
import { solveCoupled } from './exact';
import { Group, GroupContext, NO_LIMITS, solveGroup } from './groupSolve';
import { planBatches } from './batches';
import { Assignment, Mover, Plan, Slot, Unplaced } from './planTypes';
import { rankKey } from './rankKey';
import { relativesIndex } from './relativesIndex';
import { explainUnplaced, notesFor } from './explain';
import { Vacancy, splitForCompetition } from './vacancies';
import { Quota } from '../quota/quotaSheet';
import { quotaHeldNotes, quotaRoom } from '../quota/quota';
import { Refused } from '../refusalWords';

/**
 * What a plan keeps of an edited one when planning again: the locked moves (锁定) as staff fixed them, and
 * who may move at all (the cadres still on the plan sheet); every other cadre stays.
 */
export interface KeepPlan {
  locked: readonly { cadre: Cadre; to: { unit: string; post: string } }[];
  /** 编号 (cadreId) of the cadres who may move. */
  movable: ReadonlySet<string>;
}

/** No plan of `planSwaps` keeps the locked moves together (a post they need is held, or avoidance). */
export class LockedMovesClash extends Refused {}

function moversOf(check: CheckResult, settings: Settings, keep?: KeepPlan): { movers: Mover[]; rosterIndex: number[]; locked: Map<number, { unit: string; post: string }> } {
  const movers: Mover[] = [];
  const rosterIndex: number[] = [];
  const locked = new Map<number, { unit: string; post: string }>();
  const lockOf = new Map((keep?.locked ?? []).map(({ cadre, to }) => [cadreId(cadre), to]));
  check.checked.forEach((entry, index) => {
    const to = lockOf.get(cadreId(entry.cadre));
    if (to && entry.status !== 'exempt') {
      locked.set(movers.length, to);
      movers.push({ cadre: entry.cadre, status: entry.status, basis: entry.reasons, keyPost: entry.keyPost.key });
      rosterIndex.push(index);
      return;
    }
    if (keep && !keep.movable.has(cadreId(entry.cadre))) return;
    if (entry.status === 'due' || (entry.status === 'suggested' && settings.includeSuggested)) {
      movers.push({ cadre: entry.cadre, status: entry.status, basis: entry.reasons, keyPost: entry.keyPost.key });
      rosterIndex.push(index);
    }
  });
  return { movers, rosterIndex, locked };
}

function vacancySlot(vacancy: Vacancy, settings: Settings): Slot {
  const key = firstContained(`${vacancy.unit} ${vacancy.post}`, settings.keyPostWords) !== undefined || firstContained(vacancy.unit, settings.keyUnits) !== undefined;
  return { unit: vacancy.unit, post: vacancy.post, rank: vacancy.rank, rankKey: rankKey(vacancy.rank, vacancy.post), key, vacancyRow: vacancy.row };
}

function groupsOf(movers: readonly Mover[], slots: readonly Slot[]): Group[] {
  const groups = new Map<string, Group>();
  const group = (rank: string) => groups.get(rank) ?? groups.set(rank, { rank, movers: [], slots: [] }).get(rank)!;
  movers.forEach((mover, index) => group(rankKey(mover.cadre.rank, mover.cadre.post)).movers.push(index));
  slots.forEach((slot, index) => group(slot.rankKey).slots.push(index));
  return [...groups.values()].sort((a, b) => a.rank.localeCompare(b.rank, 'zh-CN'));
}

/** Everything one planning run works on. */
interface PlanState {
  check: CheckResult;
  settings: Settings;
  movers: Mover[];
  ctx: GroupContext;
  groups: Group[];
  groupOf: Map<number, Group>;
  /** Pairs of movers who are relatives, [earlier, later]. */
  pairs: [number, number][];
  /** placed[mover]: the slot index, or -1. */
  placed: Int32Array;
}

/** Pairs of relatives who both move, as mover indexes. */
function moverPairs(relatives: readonly number[][], rosterIndex: readonly number[]): [number, number][] {
  const moverOf = new Map(rosterIndex.map((cadreIndex, moverIndex) => [cadreIndex, moverIndex]));
  const pairs: [number, number][] = [];
  rosterIndex.forEach((cadreIndex, a) => {
    for (const other of relatives[cadreIndex]) {
      // A relative who stays is -1: never after a.
      const b = moverOf.get(other) ?? -1;
      // Stryker disable next-line EqualityOperator: a cadre is never their own relative (relativesIndex), so b === a never happens
      if (b > a) pairs.push([a, b]);
    }
  });
  return pairs;
}

function setUp(check: CheckResult, assignable: readonly Vacancy[], settings: Settings, quotas: readonly Quota[], keep?: KeepPlan): PlanState {
  const { movers, rosterIndex, locked } = moversOf(check, settings, keep);
  const relatives = relativesIndex(check.checked.map((entry) => entry.cadre));
  const moverSet = new Set(rosterIndex);
  const barriers = movers.map((mover, index) => {
    const staying = relatives[rosterIndex[index]].filter((other) => !moverSet.has(other)).map((other) => check.checked[other].cadre.unit);
    return barriersOf(mover, staying, settings, check.asOf);
  });
  const slots: Slot[] = [
    ...movers.map(({ cadre, keyPost }) => ({ unit: cadre.unit, post: cadre.post, rank: cadre.rank, rankKey: rankKey(cadre.rank, cadre.post), key: keyPost, freedBy: cadre })),
    ...assignable.map((vacancy) => vacancySlot(vacancy, settings)),
  ];
  const groups = groupsOf(movers, slots);
  const groupOf = new Map<number, Group>();
  for (const group of groups) for (const mover of group.movers) groupOf.set(mover, group);
  const pairs = moverPairs(relatives, rosterIndex);
  const coupled = new Set(pairs.flat());
  // Stryker disable next-line ArithmeticOperator: any stay price above 14 × movers + 2 (each move costs 2 to 16) places the most, and 15 × (movers + 1) is one
  const stayCost = (BASE_COST + KEY_TO_KEY_COST + 1) * (movers.length + 1);
  const ctx: GroupContext = { movers, barriers, slots, coupled, stayCost, locked };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with no quotas, quotaRoom answers undefined for every unit, as when it is not set
  if (quotas.length > 0) ctx.quotaRoom = quotaRoom(check.checked.map((entry) => entry.cadre), quotas);
  // Stryker disable next-line UnaryOperator: solve() writes every mover's entry before it is read
  return { check, settings, movers, ctx, groups, groupOf, pairs, placed: new Int32Array(movers.length).fill(-1) };
}

/** Solves every rank; where relatives both move, the ranks they join are solved together exactly. */
function solve(state: PlanState): void {
  const { ctx, groups, pairs, placed } = state;
  const clash = () => new LockedMovesClash({ kind: 'lockedMovesClash' });
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with no pairs, the search is one exact solve per rank, as the loop below
  if (pairs.length > 0) {
    const found = solveCoupled({ ctx, groups, pairs });
    if (!found) throw clash();
    placed.set(found);
    return;
  }
  for (const group of groups) {
    const { slotOf, feasible } = solveGroup(ctx, group, NO_LIMITS);
    if (!feasible) throw clash();
    group.movers.forEach((m, k) => { placed[m] = slotOf[k]; });
  }
}

/** A stayer's closed units as the plan leaves them: the barriers, and where each relative who moves ends. */
function finalBarriers(state: PlanState, mover: number): MoverBarriers {
  const { ctx, pairs, placed } = state;
  const units = new Map(ctx.barriers[mover].units);
  for (const [a, b] of pairs) {
    if (a !== mover && b !== mover) continue;
    const other = a === mover ? b : a;
    const unit = placed[other] >= 0 ? ctx.slots[placed[other]].unit : ctx.movers[other].cadre.unit;
    if (!units.has(unit)) units.set(unit, 'relative');
  }
  return { units };
}

/** The plan as the sheets and the JSON tell it. */
function collect(state: PlanState, competition: Vacancy[]): Plan {
  const { movers, ctx: { slots }, placed, settings, check } = state;
  const assignments: Assignment[] = [];
  const unplaced: Unplaced[] = [];
  // A post is filled by whoever is placed into it, or still held by its holder who stays.
  const filled = new Set<number>();
  movers.forEach((mover, index) => {
    const slot = slots[placed[index]];
    if (placed[index] >= 0) {
      assignments.push({ mover, to: slot, notes: notesFor(mover, slot), batch: 1, ...(state.ctx.locked?.has(index) ? { locked: true } : {}) });
      filled.add(placed[index]);
    } else {
      filled.add(index);
      const sameRank = state.groupOf.get(index)!.slots.map((s) => slots[s]);
      unplaced.push({ mover, reason: explainUnplaced(finalBarriers(state, index), sameRank, settings) });
    }
  });
  const batching = planBatches(check, assignments, settings.batchIntervalMonths, check.asOf);
  assignments.forEach((assignment, i) => (assignment.batch = batching.batchOf[i]));
  return {
    asOf: check.asOf,
    movers,
    assignments,
    batchStarts: batching.starts,
    unplaced,
    competition,
    openSlots: slots.filter((_, index) => !filled.has(index)),
    warnings: batching.impossible,
    rankGroups: state.groups.map((group) => ({ rank: group.rank, movers: group.movers.length, slots: group.slots.length })),
  };
}

/**
 * Plans the swaps of a checked roster. Pure and deterministic: the same check, vacancies, settings and
 * quotas always give the same plan. No move or vacancy fill takes a unit over its quota (职数) for a rank.
 * With `keep`, the locked moves are kept as they are (their posts taken, the posts they free open to
 * others), only the movable may move, and the rest is planned as well as any plan can; throws
 * LockedMovesClash when no plan keeps the locked moves together.
 */
export function planSwaps(check: CheckResult, vacancies: readonly Vacancy[], settings: Settings, quotas: readonly Quota[] = [], keep?: KeepPlan): Plan {
  const { competition, assignable } = splitForCompetition(vacancies, settings.competitionShare);
  const state = setUp(check, assignable, settings, quotas, keep);
  solve(state);
  const plan = collect(state, competition);
  // Stryker disable next-line ConditionalExpression: with no quotas, quotaHeldNotes adds no line
  if (quotas.length === 0) return plan;
  const moves = plan.assignments.map(({ mover, to }) => ({ cadre: mover.cadre, unit: to.unit, post: to.post }));
  return { ...plan, warnings: [...plan.warnings, ...quotaHeldNotes(check.checked.map((entry) => entry.cadre), moves, quotas, plan.openSlots)] };
}
