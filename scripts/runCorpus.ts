/**
 * Runs `rotation plan` over folders of workbooks from elsewhere (public test files), each with a roster
 * sheet added, and checks each copy part by part (see corpusCheck). Each file runs in its own process,
 * timed and bounded: past 60 s it counts as a hang. Prints one line per file that is not ok, then the
 * tally by form, the times and the peak memory; the files stay where they are.
 *
 * Run: npm run corpus -- <folder> [<folder> …] [--json results.json]
 *      node build/scripts/runCorpus.js --with-roster <file> <out>   (writes the file with the roster added, to try by hand)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CorpusResult, checkOne, officeDocument, withRoster } from './corpusCheck';

const HANG_MS = 60_000;

function* files(folder: string): Generator<string> {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.xls[xm]$/iu.test(name)) yield path;
  }
}

interface Row extends CorpusResult {
  file: string;
  wallMs: number;
  peakMb?: number;
}

/** One file in a child process: its result, wall time and peak resident memory. */
function runChild(file: string): Row {
  const start = Date.now();
  const child = spawnSync(process.execPath, [__filename, '--one', file], { encoding: 'utf8', timeout: HANG_MS, maxBuffer: 1 << 24 });
  const wallMs = Date.now() - start;
  const last = child.stdout?.trim().split('\n').pop() ?? '';
  if (child.error || child.signal) {
    const form = wallMs >= HANG_MS ? 'hang (> 60 s)' : `crash (${child.signal ?? child.error?.message})`;
    return { file, wallMs, outcome: 'fail', form, detail: child.stderr?.trim().split('\n')[0] };
  }
  try {
    return { file, wallMs, ...(JSON.parse(last) as CorpusResult & { peakMb: number }) };
  } catch {
    return { file, wallMs, outcome: 'fail', form: `crash (exit ${child.status})`, detail: child.stderr?.trim().split('\n')[0] };
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

function summary(folder: string, rows: Row[]): string {
  const tally = new Map<string, number>();
  for (const row of rows) {
    const key = row.outcome === 'fail' ? `fail: ${row.form}` : row.outcome;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const times = rows.map((row) => row.wallMs).sort((a, b) => a - b);
  const peaks = rows.map((row) => row.peakMb ?? 0).sort((a, b) => a - b);
  const slowest = rows.reduce((a, b) => (b.wallMs > a.wallMs ? b : a), rows[0]);
  return [
    `== ${folder}: ${rows.length} files`,
    ...[...tally].sort((a, b) => b[1] - a[1]).map(([key, n]) => `  ${key}: ${n}`),
    `  time per file (process, wall): median ${percentile(times, 0.5)} ms, p95 ${percentile(times, 0.95)} ms, max ${slowest?.wallMs} ms (${slowest ? relative(folder, slowest.file) : ''})`,
    `  peak memory per file: median ${percentile(peaks, 0.5)} MB, max ${peaks[peaks.length - 1]} MB`,
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one') {
    const result = await checkOne(args[1], join(tmpdir(), `rotation-corpus-${process.pid}`));
    process.stdout.write(`\n${JSON.stringify({ ...result, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
    return;
  }
  if (args[0] === '--with-roster') {
    const parts = unzipSync(readFileSync(args[1]));
    writeFileSync(args[2], zipSync(withRoster(parts, officeDocument(parts)!).parts));
    return;
  }
  const jsonAt = args.indexOf('--json');
  const jsonPath = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
  const all: Row[] = [];
  const summaries: string[] = [];
  for (const folder of args) {
    const rows: Row[] = [];
    for (const file of files(folder)) {
      const row = runChild(file);
      rows.push(row);
      if (row.outcome === 'fail') process.stdout.write(`${relative(folder, file)}: ${row.form}: ${row.detail ?? ''}\n`);
    }
    summaries.push(summary(folder, rows));
    all.push(...rows);
  }
  process.stdout.write(`${summaries.join('\n')}\n`);
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify(all, null, 1));
  if (all.some((row) => row.outcome === 'fail')) process.exitCode = 1;
}

main();
