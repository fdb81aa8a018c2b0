/**
 * `rotation forecast` run as a user runs it, on a roster made here with the days worked out by hand.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';

const tmp = mkdtempSync(join(tmpdir(), 'rotation-forecast-'));

const rotation = (...args: string[]) => runCli(args);

async function roster(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRows([
    ['姓名', '性别', '出生年月', '单位', '职务', '任现职时间', '进入本单位时间'],
    ['甲', '男', '1985.03', '财务科', '科员', '2023.03', '2023.03'], // key post: due 2028-03-01
    ['乙', '女', '1972.03', '办公室', '科员', '2018.06', '2018.06'], // retires 2027-03-01 before due
    ['丙', '男', '1980.05', '办公室', '科员', '2014.01', '2014.01'], // due already
  ]);
  const path = join(tmp, 'roster.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('rotation forecast', () => {
  it('prints the contract JSON with the days the rules give', async () => {
    const { code, stdout } = await rotation('forecast', await roster(), '--as-of', '2026-12-01', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      asOf: '2026-12-01',
      until: '2029-12-01',
      cadres: [{ row: 2, name: '甲', unit: '财务科', dueOn: '2028-03-01', rule: 'keyPost' }],
      byYear: { 2028: 1 },
      byQuarter: { '2028Q1': 1 },
      byUnit: { 财务科: 1 },
      byRank: { 科员: 1 },
      heldWhenDue: [],
      retirements: [{ row: 3, name: '乙', on: '2027-03-01' }],
      termEnds: [],
    });
  });

  it('writes the 轮岗预测 sheet to --out, leaving the input as it was', async () => {
    const input = await roster();
    const before = readFileSync(input);
    const out = join(tmp, 'forecast.xlsx');
    const { code, stdout } = await rotation('forecast', input, '--as-of', '2026-12-01', '--years', '1', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('期内到期0人');
    expect(stdout).toContain('2027年3月1日 第3行 乙');
    expect(readFileSync(input).equals(before)).toBe(true);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.worksheets.map((sheet) => sheet.name)).toEqual(['花名册', '轮岗预测']);
  });

  it('refuses a horizon it cannot use with exit 2 and one line', async () => {
    const { code, stderr } = await rotation('forecast', await roster(), '--years', 'three');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('--years');
  });
});
