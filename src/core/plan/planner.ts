/**
 * The swap planner: who moves (the due, and the suggested if asked), where to (the posts they free and
 * the assignable vacancies), within every hard rule, placing as many as any plan can and, among those
 * plans, one of least cost. The problem is split by rank, since a post only takes a mover of its rank.
 */
import { CheckResult } from '../check';
import { Settings } from '../settings';
import { firstContained } from '../text';
import { solveTransport } from './transport';
import { BASE_COST, KEY_TO_KEY_COST, MoverBarriers, barriersOf, moveCost } from './constraints';
import { leaderWarnings } from './leaders';
import { Assignment, Mover, Plan, Slot, Unplaced } from './planTypes';
import { rankKey } from './rankKey';
import { relativesIndex } from './relativesIndex';
import { explainUnplaced, notesFor } from './explain';
import { Vacancy, splitForCompetition } from './vacancies';

interface Group { rank: string; movers: number[]; slots: number[] }

function moversOf(check: CheckResult, settings: Settings): { movers: Mover[]; rosterIndex: number[] } {
  const movers: Mover[] = [];
  const rosterIndex: number[] = [];
  check.checked.forEach((entry, index) => {
    if (entry.status === 'due' || (entry.status === 'suggested' && settings.includeSuggested)) {
      movers.push({ cadre: entry.cadre, status: entry.status, basis: entry.reasons, keyPost: entry.keyPost.key });
      rosterIndex.push(index);
    }
  });
  return { movers, rosterIndex };
}

function vacancySlot(vacancy: Vacancy, settings: Settings): Slot {
  const key = firstContained(`${vacancy.unit} ${vacancy.post}`, settings.keyPostWords) !== undefined;
  return { unit: vacancy.unit, post: vacancy.post, rank: vacancy.rank, rankKey: rankKey(vacancy.rank, vacancy.post), key, vacancyRow: vacancy.row };
}

function groupsOf(movers: readonly Mover[], slots: readonly Slot[]): Group[] {
  const groups = new Map<string, Group>();
  const group = (rank: string) => groups.get(rank) ?? groups.set(rank, { rank, movers: [], slots: [] }).get(rank)!;
  movers.forEach((mover, index) => group(rankKey(mover.cadre.rank, mover.cadre.post)).movers.push(index));
  slots.forEach((slot, index) => group(slot.rankKey).slots.push(index));
  return [...groups.values()].sort((a, b) => a.rank.localeCompare(b.rank, 'zh-CN'));
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

/** Posts alike for the price and the rules: same unit, post and kind. */
const typeKey = (slot: Slot): string => `${slot.unit}|${slot.post}|${slot.key}`;

/**
 * Solves one rank's placement. A mover who is not placed stays in post, so that post is not free: each
 * mover may "take" their own post, meaning they stay, at a price above every real plan's total. The
 * least-cost answer then places as many as any plan can, and never gives a post to someone while its
 * holder stays. Movers alike in every respect the price sees (own post, closed units, key post, wish)
 * form one class; posts alike one type; classes ship to types as a transportation problem, so a thousand
 * movers from twenty units are a problem of tens, not thousands. Slots 0…movers-1 are the movers' own.
 */
function solveGroup(group: Group, movers: readonly Mover[], barriers: readonly MoverBarriers[], slots: readonly Slot[], placed: Int32Array): void {
  const moverClasses = classesOf(group.movers, (m) => `${typeKey(slots[m])}#${[...barriers[m].units.keys()].sort().join('|')}#${movers[m].keyPost}#${movers[m].cadre.wish}`);
  const slotTypes = classesOf(group.slots, (s) => typeKey(slots[s]));
  const typeOf = new Map(slotTypes.map((members, j) => [typeKey(slots[members[0]]), j]));
  const ownType = moverClasses.map((members) => typeOf.get(typeKey(slots[members[0]]))!);
  const stay = (BASE_COST + KEY_TO_KEY_COST + 1) * (group.movers.length + 1);
  const T = slotTypes.length;
  const { flow } = solveTransport({
    supplies: moverClasses.map((members) => members.length),
    capacities: slotTypes.map((members) => members.length),
    cost: (i, j) => (j === ownType[i] ? stay : moveCost(movers[moverClasses[i][0]], barriers[moverClasses[i][0]], slots[slotTypes[j][0]])),
  });
  // Stayers first: the last members of each class in row order keep their own posts.
  const held = new Set<number>();
  const moving = moverClasses.map((members, i) => {
    let shipped = 0;
    for (let j = 0; j < T; j += 1) if (j !== ownType[i]) shipped += flow[i * T + j];
    for (const member of members.slice(shipped)) {
      placed[member] = -1;
      held.add(member);
    }
    return members.slice(0, shipped);
  });
  const nextSlot = new Int32Array(T);
  const takeFree = (j: number): number => {
    while (held.has(slotTypes[j][nextSlot[j]])) nextSlot[j] += 1;
    return slotTypes[j][nextSlot[j]++];
  };
  moving.forEach((members, i) => {
    let next = 0;
    for (let j = 0; j < T; j += 1) {
      if (j === ownType[i]) continue;
      for (let k = flow[i * T + j]; k > 0; k -= 1) placed[members[next++]] = takeFree(j);
    }
  });
}

/** Everything one planning run works on; `barriers` and `placed` change as relatives are settled. */
interface PlanState {
  check: CheckResult;
  settings: Settings;
  movers: Mover[];
  /** rosterIndex[mover]: the mover's index in check.checked. */
  rosterIndex: number[];
  relatives: number[][];
  barriers: MoverBarriers[];
  slots: Slot[];
  groups: Group[];
  groupOf: Map<number, Group>;
  /** placed[mover]: the slot index, or -1. */
  placed: Int32Array;
}

function setUp(check: CheckResult, assignable: readonly Vacancy[], settings: Settings): PlanState {
  const { movers, rosterIndex } = moversOf(check, settings);
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
  return { check, settings, movers, rosterIndex, relatives, barriers, slots, groups, groupOf, placed: new Int32Array(movers.length).fill(-1) };
}

/**
 * Pairs of relatives the plan puts in one unit: a mover placed where a relative ends (a relative who
 * moves counts where the plan takes them; one who stays, where they are). Returns [mover, unit] to close.
 */
function relativeClashes({ movers, rosterIndex, relatives, check, placed, slots }: PlanState): [number, string][] {
  const moverOf = new Map(rosterIndex.map((cadreIndex, moverIndex) => [cadreIndex, moverIndex]));
  const endUnit = (cadreIndex: number): string => {
    const mover = moverOf.get(cadreIndex);
    return mover !== undefined && placed[mover] >= 0 ? slots[placed[mover]].unit : check.checked[cadreIndex].cadre.unit;
  };
  const clashes: [number, string][] = [];
  movers.forEach((_, moverIndex) => {
    if (placed[moverIndex] < 0) return;
    const unit = slots[placed[moverIndex]].unit;
    for (const other of relatives[rosterIndex[moverIndex]]) {
      const otherMover = moverOf.get(other);
      if (otherMover === undefined) continue; // a relative who stays was a barrier from the start
      // Of two relatives both placed into one unit, the later row gives way; a stayer never does.
      const otherArrives = placed[otherMover] >= 0;
      if (endUnit(other) === unit && (!otherArrives || otherMover < moverIndex)) clashes.push([moverIndex, unit]);
    }
  });
  return clashes;
}

/**
 * Relatives who both move make the problem more than a matching: close the unit of each clash to the
 * mover who gives way and solve that rank again, until no two relatives end in one unit. Every round
 * closes at least one unit that was open to a mover, so the rounds end.
 */
function settleRelatives(state: PlanState): void {
  const { barriers, placed, movers, slots } = state;
  for (let clashes = relativeClashes(state); clashes.length > 0; clashes = relativeClashes(state)) {
    const dirty = new Set<Group>();
    for (const [mover, unit] of clashes) {
      barriers[mover].units.set(unit, 'relative');
      dirty.add(state.groupOf.get(mover)!);
    }
    for (const group of dirty) solveGroup(group, movers, barriers, slots, placed);
  }
}

/** The plan as the sheets and the JSON tell it. */
function collect(state: PlanState, competition: Vacancy[]): Plan {
  const { movers, placed, slots, barriers, settings, check } = state;
  const assignments: Assignment[] = [];
  const unplaced: Unplaced[] = [];
  // A post is filled by whoever is placed into it, or still held by its holder who stays.
  const filled = new Set<number>();
  movers.forEach((mover, index) => {
    const slot = slots[placed[index]];
    if (placed[index] >= 0) {
      assignments.push({ mover, to: slot, notes: notesFor(mover, slot) });
      filled.add(placed[index]);
    } else {
      filled.add(index);
      const sameRank = state.groupOf.get(index)!.slots.map((s) => slots[s]);
      unplaced.push({ mover, reason: explainUnplaced(barriers[index], sameRank, settings) });
    }
  });
  return {
    asOf: check.asOf,
    movers,
    assignments,
    unplaced,
    competition,
    openSlots: slots.filter((_, index) => !filled.has(index)),
    warnings: leaderWarnings(check, assignments),
    rankGroups: state.groups.map((group) => ({ rank: group.rank, movers: group.movers.length, slots: group.slots.length })),
  };
}

/**
 * Plans the swaps of a checked roster. Pure and deterministic: the same check, vacancies and settings
 * always give the same plan.
 */
export function planSwaps(check: CheckResult, vacancies: readonly Vacancy[], settings: Settings): Plan {
  const { competition, assignable } = splitForCompetition(vacancies, settings.competitionShare);
  const state = setUp(check, assignable, settings);
  for (const group of state.groups) solveGroup(group, state.movers, state.barriers, state.slots, state.placed);
  settleRelatives(state);
  return collect(state, competition);
}
