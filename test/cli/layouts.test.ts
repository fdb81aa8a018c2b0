/**
 * The layout fixtures through the `rotation` command, as a user runs it on the .xlsx files: every cadre
 * and problem with its sheet and row, every row left out listed, fills on the right sheet.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { LAYOUTS } from '../fixtures/layouts';
import { expectLayout, expectedLayout, skippedOf } from '../fixtures/expectLayout';

const run = promisify(execFile);
const CLI = join(__dirname, '../../build/src/cli/main.js');
const FIXTURES = join(__dirname, '../fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'rotation-layouts-'));

async function checkJson(file: string, ...args: string[]): Promise<Record<string, never>> {
  const { stdout } = await run(process.execPath, [CLI, 'check', join(FIXTURES, `${file}.xlsx`), ...args, '--json']);
  return JSON.parse(stdout);
}

describe.each(LAYOUTS.map((layout) => [layout.file] as const))('rotation check on the %s layout', (file) => {
  const want = expectedLayout(file);

  it('gives every cadre the status worked out by hand and lists every row left out', async () => {
    expectLayout(await checkJson(file, ...want.args) as never, want, 'spread');
  });

  if (want.fills) {
    it('fills each flagged row on the sheet the cadre is on', async () => {
      const out = join(tmp, `${file}.xlsx`);
      await run(process.execPath, [CLI, 'check', join(FIXTURES, `${file}.xlsx`), ...want.args, '--out', out]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      for (const [where, color] of Object.entries(want.fills!)) {
        const [sheet, address] = where.split('!');
        const fill = workbook.getWorksheet(sheet)!.getCell(address).fill as ExcelJS.FillPattern | undefined;
        expect(fill?.fgColor?.argb ?? null).toBe(color);
      }
    });
  }

  if (want.withHiddenRows) {
    it('reads the hidden rows too when the settings file says so', async () => {
      const config = join(tmp, `${file}-hidden.json`);
      writeFileSync(config, JSON.stringify({ includeHiddenRows: true }));
      const got = await checkJson(file, ...want.args, '--config', config) as never as { cadres: { sheet: string; row: number; status: string }[]; skipped: unknown[] };
      for (const [key, value] of Object.entries(want.withHiddenRows!.cadres)) {
        expect(got.cadres.find((c) => `${c.sheet}!${c.row}` === key)?.status).toBe(value.status);
      }
      expect(got.skipped).toEqual(skippedOf('spread', want.withHiddenRows!.skipped));
    });
  }

  if (want.withColumnMap) {
    it('reads a column as the field the columnMap setting names', async () => {
      const config = join(tmp, `${file}-map.json`);
      writeFileSync(config, JSON.stringify(want.withColumnMap!.settings));
      const got = await checkJson(file, ...want.args, '--config', config) as never as { cadres: { sheet: string; row: number; status: string; reasons: string[] }[] };
      for (const [key, value] of Object.entries(want.withColumnMap!.cadres)) {
        const cadre = got.cadres.find((c) => `${c.sheet}!${c.row}` === key);
        expect(cadre?.status).toBe(value.status);
        expect(cadre?.reasons).toEqual(want.withColumnMap!.reasons[key]);
      }
    });
  }
});

describe('rotation plan on a roster of one sheet per unit', () => {
  it('gives each move and each cadre left unplaced the sheet and row the cadre is on', async () => {
    const check = await checkJson('per-unit', '--as-of', '2026-11-22') as never as { cadres: { sheet: string; row: number; name: string }[] };
    const { stdout } = await run(process.execPath, [CLI, 'plan', join(FIXTURES, 'per-unit.xlsx'), '--as-of', '2026-11-22', '--out', join(tmp, 'per-unit-plan.xlsx'), '--json']);
    const plan = JSON.parse(stdout) as { assignments: { sheet: string; row: number; name: string }[]; unplaced: { sheet: string; row: number; name: string }[] };
    const moved = [...plan.assignments, ...plan.unplaced];
    expect(moved.length).toBeGreaterThan(0);
    expect(new Set(moved.map((m) => m.sheet)).size).toBeGreaterThan(1);
    for (const { sheet, row, name } of moved) expect(check.cadres.find((c) => c.sheet === sheet && c.row === row)?.name).toBe(name);
  });
});

describe('the readable summary', () => {
  it('says which sheet was taken and why, which rows were left out, and the names borne twice', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'check', join(FIXTURES, 'hidden-and-backup.xlsx'), '--as-of', '2026-11-22']);
    expect(stdout).toContain('未选"花名册(2024年备份)":隐藏的工作表');
    expect(stdout).toContain('第5、6行已隐藏,未纳入');
    expect(stdout).toContain('第4行 不在册:郑三(备注:已调出)');
    expect(stdout).toContain('吴二:第3行、第9行');
  });
});
