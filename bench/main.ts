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
import { munkres } from 'munkres';
import { checkRoster } from '../src/core/check';
import { readRoster } from '../src/core/roster/readRoster';
import { solveAssignment } from '../src/core/plan/assignment';
import { planSwaps } from '../src/core/plan/planner';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { runCheck } from '../src/app/runCheck';
import { runPlan } from '../src/app/runPlan';
import { OfficeWorkbook } from '../src/workbook/office/officeWorkbook';
import { FakeWorkbook } from '../test/workbook/fakeExcel';
import { ROSTER_HEADER, generateRoster, seeded } from './rosters';
import { cliBench } from './cli';

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

function versusMunkres(): { ours: number; theirs: number; equal: boolean } {
  const random = seeded(3);
  const n = 1000;
  const matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => Math.floor(random() * 1000)));
  let start = process.hrtime.bigint();
  const result = solveAssignment({ rows: n, columns: n, cost: (r, c) => matrix[r][c] });
  const ours = Number(process.hrtime.bigint() - start) / 1e6;
  start = process.hrtime.bigint();
  const pairs = munkres(matrix.map((row) => [...row]));
  const theirs = Number(process.hrtime.bigint() - start) / 1e6;
  const theirCost = pairs.reduce((sum, [r, c]) => sum + matrix[r][c], 0);
  return { ours, theirs, equal: result.matched === n && result.totalCost === theirCost };
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

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const log = (line: string) => { if (!json) process.stdout.write(`${line}\n`); };
  log('measuring… (the Munkres reference alone takes about half a minute)');
  const check = check10k();
  const plan = plan2000();
  const race = versusMunkres();
  const syncs = await syncsAt10k();
  const gzipKb = taskpaneGzipKb();
  const big = await cli50k();
  const figures = {
    check10k_ms: Math.round(check),
    plan2000_ms: Math.round(plan.ms),
    plan_vs_munkres_speedup: Math.round((race.theirs / race.ours) * 10) / 10,
    plan_cost_equal: race.equal,
    syncs_per_action_max: syncs,
    taskpane_js_gzip_kb: Math.round(gzipKb * 10) / 10,
    cli50k_peak_mb: Math.round(big.peakMb),
    cli50k_seconds: Math.round(big.seconds * 10) / 10,
    assignment1000_ms: Math.round(race.ours),
    munkres1000_ms: Math.round(race.theirs),
  };
  Object.assign(figures, await cliBench(log));
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  const rows: [string, string, string][] = [
    ['check, 10,000 rows in memory (median of 7)', `${figures.check10k_ms} ms`, '≤ 1000 ms'],
    [`plan, 2,000 movers, ${plan.groups} ranks (median of 5)`, `${figures.plan2000_ms} ms`, '≤ 2000 ms'],
    ['assignment 1000×1000: ours / munkres-js', `${figures.assignment1000_ms} / ${figures.munkres1000_ms} ms`, ''],
    ['  speed-up, equal total cost', `${figures.plan_vs_munkres_speedup}×, ${figures.plan_cost_equal}`, '≥ 5×, true'],
    ['syncs per action at 10,000 rows (most)', `${figures.syncs_per_action_max}`, '≤ 4'],
    ['task pane JavaScript, gzipped', `${figures.taskpane_js_gzip_kb} KB`, '≤ 250 KB'],
    [`rotation plan on 50,000 rows (${big.placed} placed, ${figures.cli50k_seconds} s): peak memory`, `${figures.cli50k_peak_mb} MB`, '≤ 1024 MB'],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [what, value, target] of rows) log(`${what.padEnd(width)}  ${value.padStart(22)}  ${target}`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
