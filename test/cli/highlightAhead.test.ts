/**
 * The fills laid on the roster sheets ahead, in a thread of their own while the plan is worked out, as the
 * built command does: the package written is the same, part by part and byte by byte, as when the writer
 * lays them in turn (the sources, run uncompiled here, have no thread to start). Over the layout
 * fixtures (rosters over several sheets among them) and packages with styles of their own and prefixed
 * XML; and a write that carries other fills than those announced is laid in turn, not from the thread.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PackageWorkbook } from '../../src/workbook/xlsx/packageWorkbook';
import { highlightsOf, readAndCheck } from '../../src/app/runCheck';
import { checkSheet } from '../../src/core/sheets/checkSheet';
import { Highlight } from '../../src/workbook/port';
import { LAYOUTS } from '../fixtures/layouts';
import { kitchenSink, prefixed, zip } from '../../scripts/packageFixtures';
import { settings } from '../helpers';

const BUILT = join(__dirname, '../../build/src/workbook/xlsx/packageWorkbook.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Built = (require(BUILT) as { PackageWorkbook: typeof PackageWorkbook }).PackageWorkbook;
const tmp = mkdtempSync(join(tmpdir(), 'rotation-ahead-'));
const options = { asOf: '2026-11-22', settings: settings() };

/** The job willWrite started, read from the workbook's private field. */
const aheadOf = (workbook: PackageWorkbook) => (workbook as unknown as { ahead?: { job: { result: Promise<unknown> } } }).ahead;

/** Checks the file, writes its fills and 轮岗检查 and saves; `announce` gives the fills told beforehand (willWrite). */
async function written(open: (path: string) => Promise<PackageWorkbook>, path: string, out: string, announce?: (highlights: Highlight[]) => Highlight[]): Promise<{ parts: Record<string, Uint8Array>; ahead: boolean; rows: number }> {
  const workbook = await open(path);
  try {
    const { check } = await readAndCheck(workbook, options);
    const highlights = highlightsOf(check);
    if (announce) workbook.willWrite(announce(highlights));
    await workbook.write({ highlights, sheets: [checkSheet(check)] });
    await workbook.save(out);
    const job = aheadOf(workbook);
    const ahead = job ? (await job.job.result) !== undefined : false;
    return { parts: unzipSync(readFileSync(out)), ahead, rows: highlights.reduce((sum, h) => sum + h.rows.length, 0) };
  } finally {
    workbook.close();
  }
}

const files: [string, string][] = [
  ...LAYOUTS.map((layout): [string, string] => [layout.file, join(__dirname, '../fixtures', `${layout.file}.xlsx`)]),
  ...([['kitchen-sink', kitchenSink], ['prefixed', prefixed]] as const).map(([name, make]): [string, string] => {
    const path = join(tmp, `${name}.xlsx`);
    writeFileSync(path, zip(make()));
    return [name, path];
  }),
];

describe.each(files)('the fills on %s', (name, path) => {
  it('are written the same laid ahead in a thread as laid in turn', async () => {
    const inTurn = await written((p) => PackageWorkbook.open(p), path, join(tmp, `${name}-in-turn.xlsx`));
    const ahead = await written((p) => Built.open(p), path, join(tmp, `${name}-ahead.xlsx`), (highlights) => highlights);
    // A roster with nobody to highlight has nothing to lay ahead.
    expect([inTurn.ahead, ahead.ahead]).toEqual([false, inTurn.rows > 0]);
    expect(Object.keys(ahead.parts)).toEqual(Object.keys(inTurn.parts));
    for (const part of Object.keys(inTurn.parts)) expect([part, Buffer.from(ahead.parts[part]).equals(Buffer.from(inTurn.parts[part]))]).toEqual([part, true]);
  });
});

describe('fills announced and then changed', () => {
  it('are laid in turn as the write carries them', async () => {
    const [name, path] = files.find(([file]) => file === 'per-unit')!;
    const inTurn = await written((p) => PackageWorkbook.open(p), path, join(tmp, `${name}-changed-in-turn.xlsx`));
    // Announced: every highlighted row red; written: the statuses' own colours.
    const changed = await written((p) => Built.open(p), path, join(tmp, `${name}-changed.xlsx`), (highlights) => highlights.map((h) => ({ ...h, rows: h.rows.map((row) => ({ ...row, color: 'FF0000' })) })));
    expect([inTurn.rows > 0, changed.ahead]).toEqual([true, true]);
    for (const part of Object.keys(inTurn.parts)) expect([part, Buffer.from(changed.parts[part]).equals(Buffer.from(inTurn.parts[part]))]).toEqual([part, true]);
  });
});
