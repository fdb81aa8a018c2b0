/**
 * The planner's figures: the assignment step against munkres@2 on dense matrices, planning at scale,
 * and the gap to the exact optimum (brute force) on small rosters with relatives. Every figure times
 * the code the product runs: planSwaps, and solveAssignment, which is the planner's own solveTransport.
 */
import { munkres } from 'munkres';
import { CheckResult, checkRoster } from '../src/core/check';
import { readRoster } from '../src/core/roster/readRoster';
import { solveAssignment } from '../src/core/plan/assignment';
import { planSwaps } from '../src/core/plan/planner';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { bestPlan, scoreOf } from './bruteForce';
import { generateRoster, seeded } from './rosters';

const AS_OF = '2026-11-23';
const settings = { ...DEFAULT_SETTINGS };
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** ratio: munkres@2's time over ours (above 1, ours is faster), by wall clock and by CPU time. */
export interface AssignmentRace { n: number; oursMs: number; munkresMs: number; ratio: number; cpuRatio: number; equalCost: boolean }

/** A dense n×n matrix of whole costs 0–999, one Float64Array row by row. */
function denseMatrix(n: number, seed: number): Float64Array {
  const random = seeded(seed);
  return Float64Array.from({ length: n * n }, () => Math.floor(random() * 1000));
}

const cpuOf = (since: NodeJS.CpuUsage): number => { const { user, system } = process.cpuUsage(since); return (user + system) / 1000; };

interface Timed<T> { wall: number; cpu: number; result: T }

/** Wall and CPU milliseconds of one call. */
function timed<T>(work: () => T): Timed<T> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = work();
  return { wall: ms(start), cpu: cpuOf(cpu), result };
}

/**
 * Ours (solveAssignment, the planner's solveTransport) and munkres@2 on the same dense matrix: ours is
 * given the Float64Array, munkres@2 the same memory as rows (subarray views), so neither pays for a cost
 * callback or a conversion the other skips. Each solves one matrix of the size first (the engine's
 * warm-up), then the median of three runs, taken in turn, is compared.
 */
export function assignmentRace(n: number, runs = 3): AssignmentRace {
  const warm = denseMatrix(n, 2 + n);
  solveAssignment({ rows: n, columns: n, cost: warm });
  munkres(Array.from({ length: n }, (_, r) => warm.subarray(r * n, (r + 1) * n)));
  const cost = denseMatrix(n, 3 + n);
  const rows = Array.from({ length: n }, (_, r) => cost.subarray(r * n, (r + 1) * n));
  const ours: Timed<ReturnType<typeof solveAssignment>>[] = [];
  const theirs: Timed<[number, number][]>[] = [];
  for (let k = 0; k < runs; k += 1) {
    ours.push(timed(() => solveAssignment({ rows: n, columns: n, cost })));
    theirs.push(timed(() => munkres(rows)));
  }
  const mid = (all: Timed<unknown>[]) => {
    const byWall = [...all].sort((a, b) => a.wall - b.wall);
    const byCpu = [...all].sort((a, b) => a.cpu - b.cpu);
    return { wall: byWall[Math.floor(all.length / 2)].wall, cpu: byCpu[Math.floor(all.length / 2)].cpu };
  };
  const a = mid(ours);
  const b = mid(theirs);
  const theirCost = theirs[0].result.reduce((sum, [r, c]) => sum + cost[r * n + c], 0);
  const equalCost = ours.every(({ result }) => result.matched === n && result.totalCost === theirCost);
  const ratio = (x: number, y: number): number => Math.round((x / y) * 100) / 100;
  return { n, oursMs: Math.round(a.wall), munkresMs: Math.round(b.wall), ratio: ratio(b.wall, a.wall), cpuRatio: ratio(b.cpu, a.cpu), equalCost };
}

export interface PlanAtScale { rows: number; units: number; movers: number; placed: number; ms: number; cpuMs: number }

function checked(rows: number, units: number, dueShare: number, seed: number): CheckResult {
  const { values, formats } = generateRoster({ rows, units, dueShare, seed });
  return checkRoster(readRoster([{ name: '花名册', values, formats, firstRow: 1, firstColumn: 1 }]), settings, AS_OF);
}

/** planSwaps alone on a generated roster (relatives, wishes and history included). */
export function planAtScale(rows: number, units: number, dueShare: number): PlanAtScale {
  const check = checked(rows, units, dueShare, 7);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const plan = planSwaps(check, [], settings);
  const { user, system } = process.cpuUsage(cpu);
  return { rows, units, movers: plan.movers.length, placed: plan.assignments.length, ms: Math.round(ms(start)), cpuMs: Math.round((user + system) / 1000) };
}

export interface ExactGap { rosters: number; withRelativesMoving: number; placedGap: number; costGap: number }

const UNITS = ['办公室', '财务科', '审计科', '宣传科'];
const NAMES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];

/** Small random rosters, dense with relatives: the planner against brute force. Both gaps must be 0. */
export function exactGap(rosters: number): ExactGap {
  const random = seeded(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const header = ['姓名', '单位', '职务', '职级', '任现职时间', '亲属关系', '意向岗位', '曾任单位'];
  let placedGap = 0;
  let costGap = 0;
  let withRelativesMoving = 0;
  for (let k = 0; k < rosters; k += 1) {
    const size = 3 + Math.floor(random() * 5);
    const rows = Array.from({ length: size }, () => [
      pick(NAMES), pick(UNITS), '科员', '科员', `${2010 + Math.floor(random() * 14)}.03`,
      random() < 0.6 ? `${pick(NAMES)}(配偶)` : null, random() < 0.2 ? pick(UNITS) : null,
      random() < 0.2 ? `${pick(UNITS)}(2015.01-2023.06)` : null,
    ]);
    const check = checkRoster(readRoster([{ name: '花名册', values: [header, ...rows], firstRow: 1, firstColumn: 1 }]), settings, AS_OF);
    const input = { check, vacancies: [], includeSuggested: false, noReturnYears: 5, keyVacancy: () => false };
    const plan = planSwaps(check, [], settings);
    const best = bestPlan(input);
    const got = scoreOf(input, plan);
    placedGap = Math.max(placedGap, best.placed - got.placed);
    if (got.placed === best.placed) costGap = Math.max(costGap, got.cost - best.cost);
    const movers = new Set(plan.movers.map((m) => m.cadre.name));
    if (plan.movers.some((m) => m.cadre.relatives.some((r) => movers.has(r.name)))) withRelativesMoving += 1;
  }
  return { rosters, withRelativesMoving, placedGap, costGap };
}
