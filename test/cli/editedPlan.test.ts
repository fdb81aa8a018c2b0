/**
 * The edited plan through the `rotation` command: plan, edit the 轮岗方案 sheet as staff do in Excel,
 * then validate and write the notice from it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { HEADER, Row, rowValues } from '../helpers';
import { runCli } from './runCli';

const tmp = mkdtempSync(join(tmpdir(), 'rotation-edited-'));
const AS_OF = ['--as-of', '2026-11-22'];

const ROWS: Row[] = [
  { name: '甲', unit: '办公室', postStart: '2010.01' },
  { name: '乙', unit: '财务科', postStart: '2010.01' },
  { name: '丙', unit: '审计科', postStart: '2010.01' },
  { name: '丁', unit: '宣传科', postStart: '2010.01' },
  { name: '戊', unit: '人事科', postStart: '2010.01' },
  { name: '辛', unit: '办公室', postStart: '2010.01', remarks: '借调' },
];

async function rosterFile(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(HEADER);
  for (const row of ROWS) sheet.addRow(rowValues(row).map((value) => value ?? undefined));
  const path = join(tmp, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

interface PlanRows { sheet: ExcelJS.Worksheet; header: number; col: (name: string) => number; moves: number[] }

/** Opens a planned copy, lets `edit` change its 轮岗方案 sheet, and saves it under a new name. */
async function edited(planned: string, name: string, edit: (plan: PlanRows) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(planned);
  const sheet = workbook.getWorksheet('轮岗方案')!;
  let header = 0;
  sheet.eachRow((row, r) => { if (row.values && (row.values as unknown[]).includes('拟任单位')) header = r; });
  const titles = sheet.getRow(header).values as unknown[];
  const moves: number[] = [];
  for (let r = header + 1; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(1).value !== null) moves.push(r);
  edit({ sheet, header, col: (title) => titles.indexOf(title), moves });
  const path = join(tmp, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const json = (stdout: string) => JSON.parse(stdout);

describe('rotation validate and rotation notice on an edited plan', () => {
  let planned: string;
  beforeAll(async () => {
    const roster = await rosterFile('roster.xlsx');
    planned = join(tmp, 'planned.xlsx');
    const { code } = await runCli(['plan', roster, '--out', planned, ...AS_OF]);
    expect(code).toBe(0);
  });

  it('passes the untouched plan: exit 0, no violation', async () => {
    const { code, stdout } = await runCli(['validate', planned, ...AS_OF, '--json']);
    expect(code).toBe(0);
    const result = json(stdout);
    expect(result).toMatchObject({ moves: 5, violations: [], problems: [] });
    // Only the soft rule the planner notes itself: a key post to a key post.
    for (const warning of result.warnings) expect(warning.rule).toBe('key-to-key');
  });

  it('reports a planted violation by row and rule, exit 1, marks the row, and refuses the notice', async () => {
    let planRow = 0;
    const path = await edited(planned, 'same-unit.xlsx', ({ sheet, col, moves }) => {
      planRow = moves.find((r) => sheet.getRow(r).getCell(col('姓名')).value === '乙')!;
      sheet.getRow(planRow).getCell(col('拟任单位')).value = '财务科';
    });
    const { code, stdout } = await runCli(['validate', path, ...AS_OF, '--json']);
    expect(code).toBe(1);
    expect(json(stdout).violations.map((v: object) => ({ ...v, message: undefined }))).toEqual([{ planRow, row: 3, name: '乙', rule: 'same-unit', message: undefined }]);
    const text = await runCli(['validate', path, ...AS_OF, '--out', join(tmp, 'marked.xlsx')]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`第${planRow}行 乙(花名册花名册第3行)【未离开本单位】拟任单位"财务科"就是本人现在的单位`);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.readFile(join(tmp, 'marked.xlsx'));
    const fill = (r: number) => (marked.getWorksheet('轮岗方案')!.getRow(r).getCell(2).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill(planRow)).toMatch(/FFC7CE$/u);
    expect(fill(planRow + (planRow > 10 ? -1 : 1)) ?? '').not.toMatch(/FFC7CE$/u);
    const notice = await runCli(['notice', path, '--out', join(tmp, 'refused.xlsx'), ...AS_OF]);
    expect(notice.code).toBe(1);
    expect(notice.stderr).toContain('未更新公示名单');
    expect(notice.stderr).toContain(`第${planRow}行 乙:拟任单位"财务科"就是本人现在的单位`);
  });

  it('writes the notice from the plan as edited: a row deleted, targets changed by hand', async () => {
    // Everyone moves round one cycle; the edit closes it without 戊: 丁 takes 戊's place and 戊 stays.
    const want = new Map<string, string>();
    const path = await edited(planned, 'swapped.xlsx', ({ sheet, col, moves }) => {
      const cell = (r: number, title: string) => sheet.getRow(r).getCell(col(title));
      const wu = moves.find((r) => cell(r, '姓名').value === '戊')!;
      // Who took 戊's post now takes the post 戊 was to take.
      const toWu = moves.find((r) => cell(r, '拟任单位').value === '人事科')!;
      cell(toWu, '拟任单位').value = cell(wu, '拟任单位').value;
      for (const r of moves) if (r !== wu) want.set(String(cell(r, '姓名').value), String(cell(r, '拟任单位').value));
      sheet.spliceRows(wu, 1);
    });
    const check = await runCli(['validate', path, ...AS_OF, '--json']);
    expect(json(check.stdout).violations).toEqual([]);
    const out = join(tmp, 'notice.xlsx');
    const { code, stdout } = await runCli(['notice', path, '--out', out, ...AS_OF, '--json']);
    expect(code).toBe(0);
    expect(json(stdout)).toMatchObject({ batch: 1, people: 4 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet(json(stdout).sheets[0])!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    const header = rows.findIndex((row) => row[0] === '序号');
    const got = new Map(rows.slice(header + 1).filter((row) => /^\d+$/u.test(row[0])).map((row) => [row[1], row[row.length - 1]]));
    expect(got).toEqual(new Map([...want].map(([name, unit]) => [name, expect.stringContaining(unit)])));
    expect(got.has('戊')).toBe(false);
  });

  it('plans again keeping a locked move as edited and leaving out a deleted row, and the new plan validates clean', async () => {
    let lockedName = '';
    let lockedUnit = '';
    const path = await edited(planned, 'locked.xlsx', ({ sheet, col, moves }) => {
      const cell = (r: number, title: string) => sheet.getRow(r).getCell(col(title));
      const wu = moves.find((r) => cell(r, '姓名').value === '戊')!;
      const toWu = moves.find((r) => cell(r, '拟任单位').value === '人事科')!;
      cell(toWu, '拟任单位').value = cell(wu, '拟任单位').value;
      cell(toWu, '锁定').value = '√';
      lockedName = String(cell(toWu, '姓名').value);
      lockedUnit = String(cell(toWu, '拟任单位').value);
      sheet.spliceRows(wu, 1);
    });
    const out = join(tmp, 'replanned.xlsx');
    const { code, stdout, stderr } = await runCli(['plan', path, '--out', out, '--keep', '轮岗方案', ...AS_OF, '--json']);
    expect([code, stderr]).toEqual([0, expect.not.stringContaining('错误')]);
    const plan = json(stdout);
    expect(plan.assignments.find((a: { name: string }) => a.name === lockedName).to.unit).toBe(lockedUnit);
    expect(plan.assignments.map((a: { name: string }) => a.name)).not.toContain('戊');
    // Four movers in four units, one locked: the other three can still all be placed.
    expect(plan.assignments).toHaveLength(4);
    const again = await runCli(['validate', out, '--plan-sheet', plan.sheets[1], ...AS_OF, '--json']);
    expect(again.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet(plan.sheets[1])!;
    let marks = 0;
    sheet.eachRow((row) => { if ((row.values as unknown[]).includes(lockedName) && (row.values as unknown[]).includes('是')) marks += 1; });
    expect(marks).toBe(1);
  });

  it('refuses to plan again around a locked move that breaks a rule, saying which row', async () => {
    let planRow = 0;
    const path = await edited(planned, 'bad-lock.xlsx', ({ sheet, col, moves }) => {
      planRow = moves.find((r) => sheet.getRow(r).getCell(col('姓名')).value === '乙')!;
      sheet.getRow(planRow).getCell(col('拟任单位')).value = '财务科';
      sheet.getRow(planRow).getCell(col('锁定')).value = '是';
    });
    const { code, stderr } = await runCli(['plan', path, '--out', join(tmp, 'never.xlsx'), '--keep', '轮岗方案', ...AS_OF]);
    expect(code).toBe(2);
    expect(stderr).toContain(`第${planRow}行 乙(锁定):拟任单位"财务科"就是本人现在的单位`);
  });

  it('is exit 2 for a workbook without the plan sheet', async () => {
    const roster = await rosterFile('bare.xlsx');
    const { code, stderr } = await runCli(['validate', roster, ...AS_OF]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/没有名为"轮岗方案"的方案工作表/u);
  });
});
