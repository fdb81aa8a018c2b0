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

/** A dense n×n matrix of costs 0–999: ours (solveAssignment) and munkres@2, side by side. */
export function assignmentRace(n: number): AssignmentRace {
  const random = seeded(3 + n);
  const matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => Math.floor(random() * 1000)));
  solveAssignment({ rows: 50, columns: 50, cost: (r, c) => matrix[r][c] }); // warm-up
  const cpuOf = (since: NodeJS.CpuUsage): number => { const { user, system } = process.cpuUsage(since); return (user + system) / 1000; };
  let start = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  const ours = solveAssignment({ rows: n, columns: n, cost: (r, c) => matrix[r][c] });
  const oursMs = ms(start);
  const oursCpu = cpuOf(cpu);
  start = process.hrtime.bigint();
  cpu = process.cpuUsage();
  const pairs = munkres(matrix);
  const munkresMs = ms(start);
  const munkresCpu = cpuOf(cpu);
  const theirCost = pairs.reduce((sum, [r, c]) => sum + matrix[r][c], 0);
  const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
  return { n, oursMs: Math.round(oursMs), munkresMs: Math.round(munkresMs), ratio: ratio(munkresMs, oursMs), cpuRatio: ratio(munkresCpu, oursCpu), equalCost: ours.matched === n && ours.totalCost === theirCost };
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

export interface PlannerFigures {
  assignment: AssignmentRace[];
  plan20kIn80: PlanAtScale;
  plan50kIn300: PlanAtScale;
  cityWide50kIn8200: PlanAtScale;
  exact: ExactGap;
}

/** All of the planner's figures, in one run. */
export function plannerFigures(): PlannerFigures {
  return {
    assignment: [assignmentRace(1000), assignmentRace(2000)],
    // About 75% of generated rows are movers when all are due (the rest exempt or otherwise held).
    plan20kIn80: planAtScale(27_000, 80, 1),
    plan50kIn300: planAtScale(67_500, 300, 1),
    cityWide50kIn8200: planAtScale(50_000, 8_200, 0.25),
    exact: exactGap(300),
  };
}
