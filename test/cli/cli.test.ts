/**
 * The `rotation` command run as a user runs it, on the fixture workbooks beside the results they must give.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';

const FIXTURES = join(__dirname, '../fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'rotation-cli-'));

const rotation = (...args: string[]) => runCli(args);

const expected = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));

/** Every cell's value of every sheet, to compare a workbook before and after. */
async function valuesOf(path: string, sheets?: string[]): Promise<Record<string, unknown[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const out: Record<string, unknown[]> = {};
  for (const sheet of workbook.worksheets) {
    if (sheets && !sheets.includes(sheet.name)) continue;
    const values: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => values.push([r, c, cell.value])));
    out[sheet.name] = values;
  }
  return out;
}

describe('rotation check', () => {
  it('gives the rules\' status of every cadre of the title-rows fixture', async () => {
    const want = expected('title-rows');
    const { code, stdout } = await rotation('check', join(FIXTURES, 'title-rows.xlsx'), ...want.args, '--json');
    expect(code).toBe(0);
    const got = JSON.parse(stdout);
    expect(got.sheet).toBe(want.sheet);
    expect(got.headerRow).toBe(want.headerRow);
    expect(Object.fromEntries(got.cadres.map((c: { row: number; status: string }) => [c.row, c.status]))).toEqual(want.statuses);
    for (const [row, reasons] of Object.entries(want.reasons)) {
      expect(got.cadres.find((c: { row: number }) => c.row === Number(row)).reasons).toEqual(reasons);
    }
    for (const cadre of got.cadres) expect(cadre.status === 'ok' ? cadre.reasons.length === 0 : cadre.reasons.length > 0).toBe(true);
    expect(got.problems.map((p: { row: number; column: string }) => ({ row: p.row, column: p.column }))).toEqual(want.problems);
    expect(got.summary).toEqual({ due: 3, warning: 1, suggested: 1, exempt: 2, ok: 3 });
    expect(got.cadres.filter((c: { name: string }) => c.name === '赵一')).toHaveLength(2);
  });

  it('prints a readable summary in Chinese', async () => {
    const { code, stdout } = await rotation('check', join(FIXTURES, 'title-rows.xlsx'), '--as-of', '2026-11-22');
    expect(code).toBe(0);
    expect(stdout).toContain('应轮岗 3 / 即将到期 1 / 建议轮岗 1 / 暂缓 2 / 正常 3');
    expect(stdout).toContain('第12行 G12「任职时间」:无法识别的日期"待定"');
  });

  it('writes a highlighted copy with every original value unchanged and a 轮岗检查 sheet', async () => {
    const input = join(FIXTURES, 'title-rows.xlsx');
    const out = join(tmp, 'checked.xlsx');
    const { code } = await rotation('check', input, '--as-of', '2026-11-22', '--out', out);
    expect(code).toBe(0);
    const before = await valuesOf(input);
    const after = await valuesOf(out);
    expect(Object.keys(after)).toEqual([...Object.keys(before), '轮岗检查']);
    for (const name of Object.keys(before)) expect(after[name]).toEqual(before[name]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const roster = workbook.getWorksheet('Sheet1')!;
    expect((roster.getCell('A4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF8CBAD');
    expect((roster.getCell('K5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE699');
    expect(roster.getCell('A12').fill).toBeUndefined();
    // G4 and G5 share one cell style in the file (a date format); each must get its own row's fill.
    expect((roster.getCell('G4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF8CBAD');
    expect((roster.getCell('G5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE699');
    expect(roster.getCell('G4').numFmt).toBe('yyyy-mm-dd');
  });
});

describe('rotation plan', () => {
  it('plans the cover-and-plan fixture within the rules and writes the three sheets', async () => {
    const want = expected('cover-and-plan');
    const input = join(FIXTURES, 'cover-and-plan.xlsx');
    const out = join(tmp, 'plan.xlsx');
    const { code, stdout, stderr } = await rotation('plan', input, '--out', out, ...want.args, '--json');
    expect(stderr).toBe('注意:公示名单尚缺决定机关、单位名称、联系电话、通讯地址(表中以红色标出),请在设置中填写后重新生成\n');
    expect(code).toBe(0);
    const got = JSON.parse(stdout);
    expect(got.assignments).toHaveLength(want.placed);
    for (const a of got.assignments) {
      expect(want.forbidden[a.name]).not.toContain(a.to.unit);
      expect(a.reasons.length).toBeGreaterThan(0);
    }
    expect(new Set(got.assignments.map((a: { to: object }) => JSON.stringify(a.to))).size).toBe(want.placed);
    expect(got.competition.map((c: { unit: string; post: string }) => ({ unit: c.unit, post: c.post }))).toEqual(want.competition);
    expect(got.vacancySheet).toBe('空缺岗位');
    expect(got.publicity).toMatchObject(want.publicity);
    expect(got.sheets).toEqual(want.sheets);
    const before = await valuesOf(input);
    const after = await valuesOf(out);
    for (const name of Object.keys(before)) expect(after[name]).toEqual(before[name]);
    const notice = JSON.stringify((await valuesOf(out, ['公示名单']))['公示名单']);
    for (const secret of want.neverInNotice) expect(notice).not.toContain(`"${secret}"`);
    expect(notice).toContain('2026年9月28日至2026年10月9日');
    expect(notice).toContain('12380');
  });

  it('fills the notice from --org, --deciding-body, --phone and --address, with no gap and no warning', async () => {
    const out = join(tmp, 'flags.xlsx');
    const flags = ['--org', '某某市某某局', '--deciding-body', '局党组', '--phone', '0571-87654321', '--address', '某某路1号'];
    const { code, stderr } = await rotation('plan', join(FIXTURES, 'cover-and-plan.xlsx'), '--out', out, '--as-of', '2026-11-22', ...flags);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const notice = JSON.stringify((await valuesOf(out, ['公示名单']))['公示名单']);
    expect(notice).not.toContain('〔');
    for (const given of ['经局党组研究', '0571-87654321', '某某路1号', '"某某市某某局"']) expect(notice).toContain(given);
  });

  it('gives the same plan for the same roster', async () => {
    const args = ['plan', join(FIXTURES, 'cover-and-plan.xlsx'), '--as-of', '2026-11-22', '--json'];
    const first = await rotation(...args, '--out', join(tmp, 'a.xlsx'));
    const second = await rotation(...args, '--out', join(tmp, 'b.xlsx'));
    expect(JSON.parse(first.stdout).assignments).toEqual(JSON.parse(second.stdout).assignments);
  });
});

describe('input the CLI cannot use', () => {
  it.each([
    [['check', join(FIXTURES, 'no-roster.xlsx')], /未找到干部花名册/u],
    [['check', join(tmp, 'missing.xlsx')], /找不到文件/u],
    [['check', join(FIXTURES, 'title-rows.expected.json')], /只支持 \.xlsx/u],
    [['check', join(FIXTURES, 'title-rows.xlsx'), '--sheet', '名单'], /没有名为"名单"的工作表/u],
    [['check', join(FIXTURES, 'title-rows.xlsx'), '--as-of', '2026-13-01'], /日期"2026-13-01"无效/u],
    [['plan', join(FIXTURES, 'title-rows.xlsx')], /plan 需要 --out/u],
    [['plan', join(FIXTURES, 'cover-and-plan.xlsx'), '--out', join(tmp, 'v.xlsx'), '--vacancy-sheet', '空缺'], /没有名为"空缺"的空缺岗位表/u],
    [['move', 'x.xlsx'], /未知命令"move"/u],
  ])('%j exits 2 with one line saying what is wrong', async (args, message) => {
    const { code, stderr, stdout } = await rotation(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /u);
    expect(stdout).toBe('');
  });

  it('says so when the file is not a workbook at all', async () => {
    const fake = join(tmp, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    const { code, stderr } = await rotation('check', fake);
    expect(code).toBe(2);
    expect(stderr).toMatch(/不是有效的 \.xlsx 文件/u);
  });

  it('reports bad settings in words', async () => {
    const config = join(tmp, 'settings.json');
    writeFileSync(config, JSON.stringify({ publicityWorkingDays: 3 }));
    const { code, stderr } = await rotation('check', join(FIXTURES, 'title-rows.xlsx'), '--config', config);
    expect(code).toBe(2);
    expect(stderr).toMatch(/公示期\(publicityWorkingDays\)不少于5个工作日/u);
  });
});
