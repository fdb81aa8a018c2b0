/**
 * `rotation check` on a roster with appointment terms and a quota sheet, made here as an office keeps
 * them in Excel; every expected day and count is worked out by hand in the comments.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';

const tmp = mkdtempSync(join(tmpdir(), 'rotation-year-'));

async function book(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const roster = workbook.addWorksheet('中层干部花名册');
  roster.addRows([
    ['某局中层干部花名册(统计截至2026年11月)'],
    ['序号', '姓名', '性别', '出生年月', '科室', '职务', '职级', '任现职时间', '聘任时间', '聘期'],
    [1, '张三', '男', '1980.05', '财务科', '科长', '正科', '2022.09', '2023.09', '三年一聘'], // term ends 2026-08-31: ended
    [2, '李四', '女', '1986.02', '财务科', '副科长', '副科', '2024.03', '2024.03', '3年'], // 2027-02-28: within 6 months
    [3, '王五', '男', '1983.07', '财务科', '副科长', '副科', '2021.01', '2024.12', ''], // 2027-11-30: running
    [4, '赵六', '男', '1979.10', '办公室', '主任', '正科', '2020.06', '', ''], // no term data
  ]);
  const quotas = workbook.addWorksheet('职数核定');
  quotas.addRows([
    ['内设机构领导职数核定表'],
    ['单位', '职级', '核定职数'],
    ['财务科', '正科', 1], // 张三: at quota
    ['财务科', '副科', 1], // 李四, 王五: 超职数1
    ['办公室', '正科', 1], // 赵六: at quota
    ['办公室', '副科', 1], // nobody: 空缺1
  ]);
  const path = join(tmp, 'year.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('rotation check with terms and quotas', () => {
  it('prints the terms and the quota check in the JSON', async () => {
    const { code, stdout } = await runCli(['check', await book(), '--as-of', '2026-11-22', '--quota-sheet', '职数核定', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.cadres.map((c: { name: string; term: { state: string; end: string } | null }) => [c.name, c.term && [c.term.state, c.term.end]])).toEqual([
      ['张三', ['ended', '2026-08-31']], ['李四', ['endingSoon', '2027-02-28']], ['王五', ['running', '2027-11-30']], ['赵六', null],
    ]);
    expect(json.quotaSheet).toBe('职数核定');
    expect(json.quotas.map((q: { unit: string; rank: string; over: number; under: number }) => [q.unit, q.rank, q.over, q.under])).toEqual([
      ['财务科', '正科', 0, 0], ['财务科', '副科', 1, 0], ['办公室', '正科', 0, 0], ['办公室', '副科', 0, 1],
    ]);
  });

  it('says so in the summary a person reads, and finds the quota sheet unnamed', async () => {
    const { code, stdout } = await runCli(['check', await book(), '--as-of', '2026-11-22']);
    expect(code).toBe(0);
    expect(stdout).toContain('【聘期提醒】2人');
    expect(stdout).toContain('聘期届满(2023年9月聘任,聘期3年,2026年8月31日届满)');
    expect(stdout).toContain('【职数核对】职数表"职数核定",2处与核定职数不符');
    expect(stdout).toContain('  财务科 副科:核定1,实有2,超职数1');
    expect(stdout).toContain('  办公室 副科:核定1,实有0,空缺1');
  });
});
