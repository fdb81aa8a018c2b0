/**
 * `npm run bench`: speed and memory, measured side by side in one run as the targets ask.
 * Prints a table; with `-- --json`, one JSON line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { checkRoster } from '../src/core/check';
import { readRoster } from '../src/core/roster/readRoster';
import { planSwaps } from '../src/core/plan/planner';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { runCheck } from '../src/app/runCheck';
import { runPlan } from '../src/app/runPlan';
import { OfficeWorkbook } from '../src/workbook/office/officeWorkbook';
import { FakeWorkbook } from '../test/workbook/fakeExcel';
import { ROSTER_HEADER, generateRoster } from './rosters';
import { CLI_CASES, cliBench } from './cli';
import { PlanAtScale, assignmentRace, exactGap, planAtScale } from './plannerBench';

const ROOT = resolve(__dirname, '../..');
const AS_OF = '2026-11-23';
const settings = { ...DEFAULT_SETTINGS };

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, work: () => void): number {
  work(); // warm-up
  return median(Array.from({ length: runs }, () => {
    const start = process.hrtime.bigint();
    work();
    return Number(process.hrtime.bigint() - start) / 1e6;
  }));
}

function check10k(): number {
  const { values, formats } = generateRoster({ rows: 10_000, units: 60, dueShare: 0.25, seed: 1 });
  return time(7, () => checkRoster(readRoster([{ name: '花名册', values, formats, firstRow: 1, firstColumn: 1 }]), settings, AS_OF));
}

/** 2,000 movers: a roster where every cadre is due, across 80 units and four ranks, with relatives, wishes, history. */
function plan2000(): { ms: number; groups: number } {
  const { values, formats } = generateRoster({ rows: 2_000, units: 80, dueShare: 1, seed: 2 });
  const check = checkRoster(readRoster([{ name: '花名册', values, formats, firstRow: 1, firstColumn: 1 }]), settings, AS_OF);
  let groups = 0;
  const ms = time(5, () => {
    groups = planSwaps(check, [], settings).rankGroups.length;
  });
  return { ms, groups };
}

async function syncsAt10k(): Promise<number> {
  const { values } = generateRoster({ rows: 10_000, units: 60, dueShare: 0.25, seed: 4 });
  const workbook = new FakeWorkbook([{ name: '花名册', values: values.map((row) => row.map((v) => (v instanceof Date || (typeof v === 'object' && v !== null) ? null : v))) }]);
  const support = { freezePanes: true, rangeAreas: true, mergedAreas: false };
  const counts: number[] = [];
  for (const action of [(p: OfficeWorkbook) => runCheck(p, { asOf: AS_OF, settings }), (p: OfficeWorkbook) => runPlan(p, { asOf: AS_OF, settings }), (p: OfficeWorkbook) => p.clearHighlights()]) {
    const port = new OfficeWorkbook(workbook.context(), support);
    await action(port);
    counts.push(port.syncs);
  }
  return Math.max(...counts);
}

function taskpaneGzipKb(): number {
  const file = join(ROOT, 'dist/taskpane.js');
  if (!existsSync(file)) execFileSync('npm', ['run', 'build:taskpane'], { cwd: ROOT, stdio: 'ignore' });
  return gzipSync(readFileSync(file)).length / 1024;
}

async function cli50k(): Promise<{ peakMb: number; seconds: number; placed: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'rotation-bench-'));
  const input = join(dir, 'roster-50k.xlsx');
  const { values } = generateRoster({ rows: 50_000, units: 300, dueShare: 0.25, seed: 5 });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  for (const row of values) sheet.addRow(row as ExcelJS.CellValue[]);
  sheet.getColumn(ROSTER_HEADER.indexOf('任现职时间') + 1).numFmt = 'yyyy-mm-dd';
  await workbook.xlsx.writeFile(input);
  const start = Date.now();
  const run = spawnSync(process.execPath, ['--require', join(ROOT, 'bench/peak.js'), join(ROOT, 'build/src/cli/main.js'), 'plan', input, '--out', join(dir, 'out.xlsx'), '--as-of', AS_OF, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (Date.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`rotation plan on 50,000 rows failed: ${run.stderr}`);
  const peak = Number(/PEAK_RSS_KB=(\d+)/u.exec(run.stderr)?.[1]);
  return { peakMb: peak / 1024, seconds, placed: JSON.parse(run.stdout).assignments.length };
}

type Row = [string, string, string];

/** One measure of the bench: its figures and the table rows that show them. */
interface BenchCase { name: string; run: (log: (line: string) => void) => Promise<{ figures: object; rows: Row[] }> }

const atScale = (what: string, run: PlanAtScale, target: string): Row => [`${what} (${run.movers} movers, ${run.placed} placed)`, `${run.ms} ms (CPU ${run.cpuMs})`, target];

const CASES: BenchCase[] = [
  { name: 'check10k', run: async () => { const ms = Math.round(check10k()); return { figures: { check10k_ms: ms }, rows: [['check, 10,000 rows in memory (median of 7)', `${ms} ms`, '≤ 1000 ms']] }; } },
  { name: 'plan2000', run: async () => {
    const plan = plan2000();
    return { figures: { plan2000_ms: Math.round(plan.ms) }, rows: [[`plan, 2,000 movers, ${plan.groups} ranks (median of 5)`, `${Math.round(plan.ms)} ms`, '≤ 2000 ms']] };
  } },
  { name: 'assignment', run: async () => {
    const assignment = [assignmentRace(1000), assignmentRace(2000)];
    return { figures: { planner: { assignment } }, rows: assignment.map((race): Row => [
      `assignment ${race.n}×${race.n}, same dense matrix: ours / munkres@2 (median of 3; equal cost: ${race.equalCost})`, `${race.oursMs} / ${race.munkresMs} ms`, `ratio ${race.ratio} (CPU ${race.cpuRatio}), ≥ 1`]) };
  } },
  // About 75% of generated rows are movers when all are due (the rest exempt or otherwise held).
  { name: 'plan20k', run: async () => { const run = planAtScale(27_000, 80, 1); return { figures: { planner: { plan20kIn80: run } }, rows: [atScale('plan only, ~20,000 movers in 80 units', run, '≤ 3000 ms')] }; } },
  { name: 'plan50k', run: async () => { const run = planAtScale(67_500, 300, 1); return { figures: { planner: { plan50kIn300: run } }, rows: [atScale('plan only, ~50,000 movers in 300 units', run, '≤ 10000 ms')] }; } },
  { name: 'city-plan', run: async () => { const run = planAtScale(50_000, 8_200, 0.25); return { figures: { planner: { cityWide50kIn8200: run } }, rows: [atScale('plan only, 50,000 rows in 8,200 units', run, '')] }; } },
  { name: 'exact', run: async () => {
    const exact = exactGap(300);
    return { figures: { planner: { exact } }, rows: [[`gap to brute force, ${exact.rosters} small rosters (${exact.withRelativesMoving} with relatives who both move): placed / cost`, `${exact.placedGap} / ${exact.costGap}`, '0 / 0']] };
  } },
  { name: 'syncs', run: async () => { const syncs = await syncsAt10k(); return { figures: { syncs_per_action_max: syncs }, rows: [['syncs per action at 10,000 rows (most)', `${syncs}`, '≤ 4']] }; } },
  { name: 'gzip', run: async () => {
    const kb = Math.round(taskpaneGzipKb() * 10) / 10;
    return { figures: { taskpane_js_gzip_kb: kb }, rows: [['task pane JavaScript, gzipped', `${kb} KB`, '≤ 250 KB']] };
  } },
  { name: 'cli50k', run: async () => {
    const big = await cli50k();
    const figures = { cli50k_peak_mb: Math.round(big.peakMb), cli50k_seconds: Math.round(big.seconds * 10) / 10 };
    return { figures, rows: [[`rotation plan on 50,000 rows (${big.placed} placed, ${figures.cli50k_seconds} s): peak memory`, `${figures.cli50k_peak_mb} MB`, '≤ 1024 MB']] };
  } },
  ...CLI_CASES.map((name): BenchCase => ({ name, run: async (log) => ({ figures: await cliBench(log, [name]), rows: [] }) })),
];

/** Merges b into a, nested objects included (the planner's figures come from several cases). */
function merge(a: Record<string, unknown>, b: object): void {
  for (const [key, value] of Object.entries(b)) {
    const into = a[key];
    if (into && typeof into === 'object' && typeof value === 'object' && !Array.isArray(value)) merge(into as Record<string, unknown>, value);
    else a[key] = value;
  }
}

/**
 * Every case in one run, or those named with `--only a,b` (node build/bench/main.js --only assignment,cli-city):
 * check10k, plan2000, assignment, plan20k, plan50k, city-plan, exact, syncs, gzip, cli50k, and the
 * command-line cases of bench/cli.ts.
 */
async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set(process.argv[onlyAt + 1]?.split(',')) : undefined;
  const unknown = [...(only ?? [])].filter((name) => !CASES.some((c) => c.name === name));
  if (unknown.length > 0) throw new Error(`no bench case ${unknown.join(', ')}; cases: ${CASES.map((c) => c.name).join(', ')}`);
  const log = (line: string) => { if (!json) process.stdout.write(`${line}\n`); };
  log('measuring… (the planner at scale and the brute-force references take a minute or two)');
  const figures: Record<string, unknown> = {};
  const rows: Row[] = [];
  const cliLines: string[] = [];
  for (const c of CASES.filter((candidate) => !only || only.has(candidate.name))) {
    const result = await c.run((line) => cliLines.push(line));
    merge(figures, result.figures);
    rows.push(...result.rows);
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [what, value, target] of rows) log(`${what.padEnd(width)}  ${value.padStart(22)}  ${target}`);
  for (const line of cliLines) log(line);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
