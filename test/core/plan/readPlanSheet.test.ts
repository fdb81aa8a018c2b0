import { CellValue } from '../../../src/core/grid';
import { planSwaps } from '../../../src/core/plan/planner';
import { PlanSheetUnreadable, readPlanSheet } from '../../../src/core/plan/readPlanSheet';
import { planSheet } from '../../../src/core/sheets/planSheet';
import { checkOf, grid, settings } from '../../helpers';
import { CheckResult } from '../../../src/core/check';
import { Roster } from '../../../src/core/roster/readRoster';
import { Plan } from '../../../src/core/plan/planTypes';

// Two cadres named 张三 in different units, both due; four more due so that everyone has a post to go to.
// Built in each test, so that a mutation run counts the code they reach as covered by that test.
let check: CheckResult;
let roster: Roster;
let plan: Plan;
beforeEach(() => {
  check = checkOf([
    { name: '张三', unit: '办公室', postStart: '2010.01' },
    { name: '张三', unit: '财务科', postStart: '2010.01' },
    { name: '李四', unit: '审计科', postStart: '2010.01' },
    { name: '王五', unit: '宣传科', postStart: '2010.01' },
    { name: '赵六', unit: '人事科', postStart: '2010.01' },
    { name: '钱七', unit: '人事科', postStart: '2025.01' },
  ]);
  roster = check.roster;
  plan = planSwaps(check, [], settings());
});
const values = (): CellValue[][] => planSheet(plan, settings()).rows.map((row) => Array.from(row, (cell) => cell ?? null));
const headerOf = (rows: CellValue[][]) => rows.findIndex((row) => row.includes('拟任单位'));

describe('reading the plan sheet back', () => {
  it('reads the untouched sheet as the plan: every move, its row, target and batch', () => {
    const rows = values();
    const header = headerOf(rows);
    const read = readPlanSheet(grid('轮岗方案', rows), roster);
    expect(read.problems).toEqual([]);
    expect(plan.assignments.length).toBe(5);
    expect(read.moves.map((move) => [move.planRow, move.cadre, move.to, move.locked, move.batch])).toEqual(
      plan.assignments.map((a, i) => [header + 2 + i, a.mover.cadre, { unit: a.to.unit, post: a.to.post }, false, a.batch]),
    );
  });

  it('prints the bare roster row as 编号 where the roster is one sheet, and reads it back as the same cadres', () => {
    const rows: CellValue[][] = planSheet(plan, settings(), true).rows.map((row) => Array.from(row, (cell) => cell ?? null));
    const header = headerOf(rows);
    const id = rows[header].indexOf('编号');
    const moves = rows.slice(header + 1, header + 1 + plan.assignments.length);
    expect(moves.map((row) => row[id])).toEqual(plan.assignments.map((a) => a.mover.cadre.row));
    // Both 张三 are told apart by the bare row alone, the names wiped.
    const name = rows[header].indexOf('姓名');
    const read = readPlanSheet(grid('轮岗方案', [...rows.slice(0, header + 1), ...moves.map((row) => row.map((cell, c) => (c === name ? null : cell)))]), roster);
    expect(read.problems).toEqual([]);
    expect(read.moves.map((move) => move.cadre)).toEqual(plan.assignments.map((a) => a.mover.cadre));
  });

  it('keeps each cadre with its row when staff sort the rows, insert blank rows and move a column', () => {
    const rows = values();
    const header = headerOf(rows);
    const moves = rows.slice(header + 1).reverse();
    // The 编号 column dragged to the end of the table.
    const moved = [rows[header], ...moves].map((row) => [...row.slice(0, 1), ...row.slice(2), row[1]]);
    const edited = [...rows.slice(0, header), moved[0], [], ...moved.slice(1, 3), [null, ''], ...moved.slice(3)];
    const read = readPlanSheet(grid('轮岗方案', edited), roster);
    expect(read.problems).toEqual([]);
    const expected = [...plan.assignments].reverse().map((a) => [a.mover.cadre, a.to.unit]);
    expect(read.moves.map((move) => [move.cadre, move.to.unit])).toEqual(expected);
    expect(read.moves.map((move) => move.planRow)).toEqual([header + 3, header + 4, header + 6, header + 7, header + 8]);
  });

  it('finds a row typed by hand by name, by name and 原单位 when two share it, and says when it cannot tell', () => {
    const rows = values();
    const header = headerOf(rows);
    const col = (name: string) => rows[header].indexOf(name);
    const typed = (name: string, from: string, unit: string): CellValue[] => {
      const row: CellValue[] = new Array(rows[header].length).fill(null);
      row[col('姓名')] = name;
      row[col('原单位')] = from;
      row[col('拟任单位')] = unit;
      row[col('拟任职务')] = '科员';
      return row;
    };
    const edited = [...rows.slice(0, header + 1), typed('钱七', '', '宣传科'), typed('张三', '财务科', '审计科'), typed('张三', '', '审计科'), typed('孙八', '', '办公室')];
    const read = readPlanSheet(grid('轮岗方案', edited), roster);
    expect(read.moves.map((move) => [move.planRow, move.cadre?.name, move.cadre?.unit, move.name])).toEqual([
      [header + 2, '钱七', '人事科', '钱七'],
      [header + 3, '张三', '财务科', '张三'],
      [header + 5, undefined, undefined, '孙八'],
    ]);
    expect(read.problems).toMatchObject([{ sheet: '轮岗方案', row: header + 4, column: '编号', message: '花名册中有2名"张三",请填写编号(花名册!2、花名册!3)' }]);
  });

  it('takes the name over a 编号 that no longer points at it (roster rows inserted since)', () => {
    const rows = values();
    const header = headerOf(rows);
    const li = rows.findIndex((row, i) => i > header && row[2] === '李四');
    rows[li][1] = '花名册!6';
    const read = readPlanSheet(grid('轮岗方案', rows), roster);
    expect(read.moves.find((move) => move.planRow === li + 1)?.cadre).toBe(roster.cadres.find((cadre) => cadre.name === '李四'));
  });

  it('reads 锁定 and 分批 as staff write them, and lists what it cannot read', () => {
    const rows = values();
    const header = headerOf(rows);
    const col = (name: string) => rows[header].indexOf(name);
    const body = (k: number) => rows[header + 1 + k];
    body(0)[col('锁定')] = '√';
    body(1)[col('锁定')] = ' 是 ';
    body(1)[col('分批')] = 2;
    body(2)[col('锁定')] = '待定';
    body(3)[col('拟任单位')] = '';
    body(4)[col('分批')] = '下一批';
    const read = readPlanSheet(grid('轮岗方案', rows), roster);
    expect(read.moves.map((move) => [move.planRow, move.locked, move.batch])).toEqual([[header + 2, true, plan.assignments[0].batch], [header + 3, true, 2]]);
    expect(read.problems.map((problem) => [problem.row, problem.column])).toEqual([[header + 4, '锁定'], [header + 5, '拟任单位'], [header + 6, '分批']]);
  });

  it('refuses a second row for one cadre, and a sheet without the moves table', () => {
    const rows = values();
    const header = headerOf(rows);
    const edited = [...rows, [...rows[header + 1]]];
    const read = readPlanSheet(grid('轮岗方案', edited), roster);
    expect(read.moves).toHaveLength(5);
    expect(read.problems).toMatchObject([{ sheet: '轮岗方案', row: edited.length, column: '姓名', message: `${rows[header + 1][2]}已在第${header + 2}行列出,同一人只能有一行` }]);
    expect(() => readPlanSheet(grid('说明', [['序号', '姓名'], [1, '张三']]), roster)).toThrow(PlanSheetUnreadable);
  });
});
