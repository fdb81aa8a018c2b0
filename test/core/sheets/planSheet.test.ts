import { planSwaps } from '../../../src/core/plan/planner';
import { planJson } from '../../../src/core/plan/planJson';
import { Notice, buildNotice } from '../../../src/core/publicity/notice';
import { publicityPeriod } from '../../../src/core/publicity/period';
import { planSheet } from '../../../src/core/sheets/planSheet';
import { SheetSpec } from '../../../src/core/sheets/sheetSpec';
import { checkOf, settings } from '../../helpers';
import { CheckResult } from '../../../src/core/check';
import { Plan } from '../../../src/core/plan/planTypes';

// 办公室 has 2 leaders and 财务科 3, so each may lose one leader per batch: the swap 甲 ↔ 丙 (正科) goes
// first (first mover first), the swap 乙 ↔ 丁 (副科) three months later.
// Built in each test, so that a mutation run counts the code they reach as covered by that test.
let check: CheckResult;
let plan: Plan;
let notice: Notice;
beforeEach(() => {
  check = checkOf([
    { name: '甲', unit: '办公室', post: '主任', rank: '正科', postStart: '2010.01' },
    { name: '乙', unit: '办公室', post: '副主任', rank: '副科', postStart: '2010.01' },
    { name: '丙', unit: '财务科', post: '科长', rank: '正科', postStart: '2010.01' },
    { name: '丁', unit: '财务科', post: '副科长', rank: '副科', postStart: '2010.01' },
    { name: '戊', unit: '财务科', post: '副科长', rank: '副科', postStart: '2025.01' },
  ]);
  plan = planSwaps(check, [], settings());
  notice = buildNotice(plan, publicityPeriod('2026-11-22', settings()), settings(), '2026-11-22', check.roster.columns);
});

describe('the plan in batches', () => {
  let sheet: SheetSpec;
  let header: number;
  let moves: SheetSpec['rows'];
  beforeEach(() => {
    sheet = planSheet(plan, settings());
    header = sheet.rows.findIndex((row) => row[0] === '序号' && row.includes('拟任单位'));
    moves = sheet.rows.slice(header + 1).filter((row) => row.length > 0);
  });
  const column = (name: string) => sheet.rows[header].indexOf(name);

  it('shows every move’s batch on the 轮岗方案 sheet', () => {
    expect(Object.fromEntries(moves.map((row) => [row[column('姓名')], row[column('分批')]])))
      .toEqual({ 甲: '第1批', 乙: '第2批', 丙: '第1批', 丁: '第2批' });
  });

  it('lists each batch’s planned start and size, three months apart', () => {
    const title = sheet.rows.findIndex((row) => row[0] === '分批实施(2批,间隔3个月)');
    expect(title).toBeGreaterThan(0);
    expect(sheet.rows[title + 1].filter((cell) => cell !== undefined)).toEqual(['批次', '计划开始日期', '交流人数']);
    expect(sheet.rows[title + 2].filter((cell) => cell !== undefined)).toEqual(['第1批(本次公示)', '2026年11月22日', 2]);
    expect(sheet.rows[title + 3].filter((cell) => cell !== undefined)).toEqual(['第2批', '2027年2月22日', 2]);
  });

  it('gives each assignment its batch in the JSON, and the batches their starts', () => {
    const json = planJson({ plan, notice, written: { sheets: [] }, vacancyProblems: [], check }) as {
      assignments: { name: string; batch: number }[]; batches: { batch: number; start: string; moves: number }[];
    };
    expect(json.assignments.map(({ name, batch }) => [name, batch])).toEqual([['甲', 1], ['乙', 2], ['丙', 1], ['丁', 2]]);
    expect(json.batches).toEqual([{ batch: 1, start: '2026-11-22', moves: 2 }, { batch: 2, start: '2027-02-22', moves: 2 }]);
  });

  it('publishes batch 1 only, and says how many follow later', () => {
    expect(notice.title).toBe('关于甲等2名同志轮岗交流的公示');
    expect(notice.rows.map((row) => row[notice.columns.indexOf('姓名')])).toEqual(['甲', '丙']);
    expect(notice.body[0]).toContain('拟对以下2名同志进行轮岗交流(第1批;另有2名同志列入后续批次,届时另行公示)。');
  });
});
