/**
 * The command line on real-sized and awkward files, each run as a user runs it (a fresh process, its
 * wall time and peak memory): `rotation check` on 11,000 rows against ExcelJS merely loading that file;
 * `rotation plan` on 50,000 rows, and on a city-wide 50,000 rows in 8,200 small units against ExcelJS
 * loading that file; whole-column validations on four columns and formats down to row
 * 1,048,576, checked and planned.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { formattedToLastRow, validations, zip } from '../scripts/packageFixtures';
import { ROSTER_HEADER, generateRoster } from './rosters';

const ROOT = resolve(__dirname, '../..');
const CLI_MAIN = join(ROOT, 'build/src/cli/main.js');
const AS_OF = '2026-11-23';

interface Run {
  seconds: number;
  peakMb: number;
}

/** A node process's wall time and peak memory; throws when it fails. */
function measure(args: string[]): Run {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', join(ROOT, 'bench/peak.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return { seconds, peakMb: Number(/PEAK_RSS_KB=(\d+)/u.exec(run.stderr)?.[1]) / 1024 };
}

/** The median run of three (by time). */
function median(args: string[], runs = 3): Run {
  const all = Array.from({ length: runs }, () => measure(args)).sort((a, b) => a.seconds - b.seconds);
  return all[Math.floor(runs / 2)];
}

async function rosterFile(dir: string, rows: number, seed: number, units = Math.max(60, Math.round(rows / 170))): Promise<string> {
  const path = join(dir, `roster-${rows}-${units}.xlsx`);
  const { values } = generateRoster({ rows, units, dueShare: 0.25, seed });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  for (const row of values) sheet.addRow(row as ExcelJS.CellValue[]);
  sheet.getColumn(ROSTER_HEADER.indexOf('任现职时间') + 1).numFmt = 'yyyy-mm-dd';
  await workbook.xlsx.writeFile(path);
  return path;
}

const EXCELJS_LOAD = "const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).then(()=>{})";

export interface CliFigures {
  cli_check11k_s: number;
  exceljs_load11k_s: number;
  cli_check11k_vs_exceljs_load: number;
  cli_plan50k_peak_mb: number;
  cli_plan50k_s: number;
  cli_plan_city50k_s: number;
  exceljs_load_city50k_s: number;
  cli_plan_city50k_vs_exceljs_load: number;
  validations4_check_s: number;
  validations4_plan_s: number;
  validations4_peak_mb: number;
  format1048576_check_s: number;
  format1048576_plan_s: number;
  format1048576_peak_mb: number;
}

type Row = [string, string, string];
const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** One command-line measure in a scratch folder: its figures and its table row. */
type CliCase = (at: (name: string) => string, dir: string) => Promise<{ figures: Partial<CliFigures>; row: Row }>;

/** A roster with awkward parts, checked (median of 3) and planned. */
function awkward(at: (name: string) => string, name: string, parts: ReturnType<typeof validations>) {
  const path = at(`${name}.xlsx`);
  writeFileSync(path, zip(parts));
  const check = median([CLI_MAIN, 'check', path, '--as-of', AS_OF, '--json']);
  rmSync(at(`${name}-out.xlsx`), { force: true });
  const plan = measure([CLI_MAIN, 'plan', path, '--out', at(`${name}-out.xlsx`), '--as-of', AS_OF, '--json']);
  return { check: round(check.seconds), plan: round(plan.seconds), peak: Math.round(Math.max(check.peakMb, plan.peakMb)) };
}

const CLI: Record<string, CliCase> = {
  'cli-check11k': async (_, dir) => {
    const roster = await rosterFile(dir, 11_000, 6);
    const check = median([CLI_MAIN, 'check', roster, '--as-of', AS_OF, '--json']);
    const load = median(['-e', EXCELJS_LOAD, roster]);
    const figures = { cli_check11k_s: round(check.seconds), exceljs_load11k_s: round(load.seconds), cli_check11k_vs_exceljs_load: round(check.seconds / load.seconds) };
    return { figures, row: ['rotation check, 11,000 rows / ExcelJS loading it (median of 3)', `${figures.cli_check11k_s} / ${figures.exceljs_load11k_s} s = ${figures.cli_check11k_vs_exceljs_load}`, '≤ 1.0'] };
  },
  'cli-plan50k': async (at, dir) => {
    const roster = await rosterFile(dir, 50_000, 5);
    const plan = measure([CLI_MAIN, 'plan', roster, '--out', at('plan50k.xlsx'), '--as-of', AS_OF, '--json']);
    const figures = { cli_plan50k_peak_mb: Math.round(plan.peakMb), cli_plan50k_s: round(plan.seconds, 1) };
    return { figures, row: [`rotation plan, 50,000 rows (${figures.cli_plan50k_s} s): peak memory`, `${figures.cli_plan50k_peak_mb} MB`, '≤ 300 MB'] };
  },
  'cli-city': async (at, dir) => {
    const city = await rosterFile(dir, 50_000, 9, 8_200);
    // Three of each, taken in turn so that both meet the same moments of a shared machine; the medians compared.
    const runs = Array.from({ length: 3 }, () => [measure([CLI_MAIN, 'plan', city, '--out', at('city-out.xlsx'), '--as-of', AS_OF, '--json']), measure(['-e', EXCELJS_LOAD, city])]);
    const middle = (k: number): Run => runs.map((pair) => pair[k]).sort((a, b) => a.seconds - b.seconds)[1];
    const plan = middle(0);
    const load = middle(1);
    const figures = { cli_plan_city50k_s: round(plan.seconds, 1), exceljs_load_city50k_s: round(load.seconds, 1), cli_plan_city50k_vs_exceljs_load: round(plan.seconds / load.seconds) };
    return { figures, row: ['rotation plan --out, 50,000 rows in 8,200 units / ExcelJS loading it (medians of 3, in turn)', `${figures.cli_plan_city50k_s} / ${figures.exceljs_load_city50k_s} s = ${figures.cli_plan_city50k_vs_exceljs_load}`, '≤ 2.0'] };
  },
  'cli-validations': async (at) => {
    const run = awkward(at, 'validations', validations());
    const figures = { validations4_check_s: run.check, validations4_plan_s: run.plan, validations4_peak_mb: run.peak };
    return { figures, row: ['validations on four whole columns: check / plan, peak', `${run.check} / ${run.plan} s, ${run.peak} MB`, '≤ 3 s, ≤ 300 MB'] };
  },
  'cli-format': async (at) => {
    const run = awkward(at, 'format-to-last-row', formattedToLastRow());
    const figures = { format1048576_check_s: run.check, format1048576_plan_s: run.plan, format1048576_peak_mb: run.peak };
    return { figures, row: ['formats on every row to 1,048,576: check / plan, peak', `${run.check} / ${run.plan} s, ${run.peak} MB`, '≤ 3 s, ≤ 300 MB'] };
  },
};

/** The names of the command-line cases, for `--only`. */
export const CLI_CASES = Object.keys(CLI);

/** Measures the command line (every case, or those named); logs a table row per figure and returns the figures. */
export async function cliBench(log: (line: string) => void, names: readonly string[] = CLI_CASES): Promise<Partial<CliFigures>> {
  const dir = mkdtempSync(join(tmpdir(), 'rotation-bench-cli-'));
  const at = (name: string) => join(dir, name);
  const figures: Partial<CliFigures> = {};
  const rows: Row[] = [];
  try {
    for (const name of names) {
      const result = await CLI[name](at, dir);
      Object.assign(figures, result.figures);
      rows.push(result.row);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [what, value, target] of rows) log(`${what.padEnd(width)}  ${value.padStart(28)}  ${target}`);
  return figures;
}

if (require.main === module) {
  cliBench((line) => process.stdout.write(`${line}\n`)).catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
}
