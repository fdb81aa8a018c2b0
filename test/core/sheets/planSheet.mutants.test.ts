/**
 * The 轮岗方案 sheet as docs/rules.md (打印) and the README describe it: a header block, the short tables
 * 提示 / 竞争上岗岗位 / 未能安排人员 each on its own (left out when empty), the batches, and the moves last,
 * whose header row alone repeats on every printed page; A4 landscape at full size, page numbers in the
 * footer; 编号 as 花名册!23 (the bare row for a one-sheet roster), 锁定 written 是.
 */
import { CheckResult } from '../../../src/core/check';
import { planSwaps } from '../../../src/core/plan/planner';
import { Plan } from '../../../src/core/plan/planTypes';
import { PLAN_COLUMNS, planSheet, rulesLine } from '../../../src/core/sheets/planSheet';
import { A4_WIDTH_UNITS, CellStyle, SheetSpec } from '../../../src/core/sheets/sheetSpec';
import { checkOf, settings } from '../../helpers';
import { BODY_STYLE, HEADER_STYLE, emptyBlocks, rowOf, shown, styleAt } from './specCells';

// 甲 ↔ 丙 (正科) and 乙 ↔ 丁 (副科) swap, in two batches (办公室 has two leaders, so one leaves at a time);
// 己 is the only 科员 due, and the one vacancy (审计科 科员) is marked for competition: 己 stays.
let check: CheckResult;
let plan: Plan;
beforeEach(() => {
  check = checkOf([
    { name: '甲', unit: '办公室', post: '主任', rank: '正科', postStart: '2010.01', birth: '1975-05-17' },
    { name: '乙', unit: '办公室', post: '副主任', rank: '副科', postStart: '2010.01', birth: '' },
    { name: '丙', unit: '财务科', post: '科长', rank: '正科', postStart: '2010.01' },
    { name: '丁', unit: '财务科', post: '副科长', rank: '副科', postStart: '2010.01' },
    { name: '戊', unit: '财务科', post: '副科长', rank: '副科', postStart: '2025.01' },
    { name: '己', unit: '宣传科', post: '科员', rank: '科员', postStart: '2010.01' },
  ]);
  plan = planSwaps(check, [{ row: 2, unit: '审计科', post: '科员', rank: '科员' }], settings());
});

const TITLE_STYLE: CellStyle = { bold: true, fontSize: 12 };

describe('the header block', () => {
  it('names the organization, the plan date, the rules and the counts', () => {
    const sheet = planSheet({ ...plan, rankGroups: [{ rank: '正科', movers: 2, slots: 2 }, { rank: '科员', movers: 1, slots: 0 }] }, settings({ organization: '某某局' }));
    expect(sheet.rows.slice(0, 4)).toEqual([
      ['某某局干部轮岗交流方案'],
      ['方案日期:2026年11月22日'],
      ['规则:重点岗位满5年、同一职位满10年、同一单位满10年应轮岗;不含建议轮岗人员;距退休不足2年暂缓;竞争上岗不少于空缺岗位的50%'],
      ['交流人员5人,已安排4人,未能安排1人;竞争上岗岗位1个;按职级分组:正科(2人/2岗)、科员(1人/0岗)'],
    ]);
    expect(styleAt(sheet, 0, 0)).toEqual({ bold: true, fontSize: 16, align: 'center' });
    for (const row of [1, 2, 3]) expect(styleAt(sheet, row, 0)).toEqual({ wrap: true, verticalAlign: 'top' });
    expect(styleAt(sheet, 4, 0)).toEqual({});
    for (const row of [0, 1, 2, 3]) expect(sheet.merges).toContainEqual({ row, column: 0, columns: 14 });
  });

  it('has no organization where none is set, and says 无 where no rank has movers', () => {
    const sheet = planSheet({ ...plan, rankGroups: [] }, settings());
    expect(sheet.rows[0]).toEqual(['干部轮岗交流方案']);
    expect(sheet.rows[3][0]).toMatch(/;按职级分组:无$/u);
  });

  it('states the rules as set: the suggested in, other years, a share rounded to a whole per cent', () => {
    expect(rulesLine(settings({ includeSuggested: true, keyPostYears: 3, samePostYears: 8, sameUnitYears: 12, exemptYearsBeforeRetirement: 3, competitionShare: 1 / 3 })))
      .toBe('重点岗位满3年、同一职位满8年、同一单位满12年应轮岗;含建议轮岗人员;距退休不足3年暂缓;竞争上岗不少于空缺岗位的33%');
  });
});

describe('the short tables', () => {
  let sheet: SheetSpec;
  beforeEach(() => {
    sheet = planSheet({ ...plan, warnings: ['提示一', '提示二'] }, settings({ competitionShare: 2 / 3 }));
  });

  it('come in order, each after an empty row, titled, headed and numbered', () => {
    const titles = ['提示', '竞争上岗岗位(1个,不少于空缺岗位的67%)', '未能安排人员(1人)', '分批实施(2批,间隔3个月)', '交流人员名单(4人)'];
    const rows = titles.map((title) => rowOf(sheet, title));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows[0]).toBe(5);
    for (const row of rows) {
      expect(sheet.rows[row - 1]).toEqual([]);
      expect(styleAt(sheet, row, 0)).toEqual(TITLE_STYLE);
      expect(sheet.merges).toContainEqual({ row, column: 0, columns: 14 });
    }
    expect(shown(sheet, rows[0] + 1)).toEqual(['序号', '内容']);
    expect(shown(sheet, rows[0] + 2)).toEqual([1, '提示一']);
    expect(shown(sheet, rows[0] + 3)).toEqual([2, '提示二']);
    expect(shown(sheet, rows[1] + 1)).toEqual(['序号', '单位', '职务', '职级', '空缺表行号']);
    expect(shown(sheet, rows[1] + 2)).toEqual([1, '审计科', '科员', '科员', 2]);
    expect(shown(sheet, rows[2] + 1)).toEqual(['序号', '编号', '姓名', '单位', '职务', '职级', '轮岗依据', '原因']);
    expect(shown(sheet, rows[2] + 2)).toEqual([1, '花名册!7', '己', '宣传科', '科员', '科员', '同一职位任职满10年(2010年1月起,已16年10个月)', '本单位外无同职级空出岗位']);
  });

  it('style the header and the body, centre the 序号 and, where there is one, the 编号', () => {
    for (const title of ['提示', '竞争上岗岗位(1个,不少于空缺岗位的67%)', '未能安排人员(1人)']) {
      const row = rowOf(sheet, title);
      for (let column = 0; column < 14; column += 1) expect(styleAt(sheet, row + 1, column)).toEqual(HEADER_STYLE);
      expect(styleAt(sheet, row + 2, 0)).toEqual({ ...BODY_STYLE, align: 'center' });
      expect(styleAt(sheet, row + 2, 2)).toEqual(BODY_STYLE);
      expect(styleAt(sheet, row + 2, 13)).toEqual(BODY_STYLE);
    }
    expect(styleAt(sheet, rowOf(sheet, '未能安排人员(1人)') + 2, 1)).toEqual({ ...BODY_STYLE, align: 'center' });
    expect(styleAt(sheet, rowOf(sheet, '竞争上岗岗位(1个,不少于空缺岗位的67%)') + 2, 1)).toEqual(BODY_STYLE);
    const tips = rowOf(sheet, '提示');
    expect(styleAt(sheet, tips + 3, 0)).toEqual({ ...BODY_STYLE, align: 'center' });
    expect(styleAt(sheet, tips + 4, 0)).toEqual({});
  });

  it('spread each table\'s columns over all 14 of the page, each value at the start of its span', () => {
    for (const title of ['提示', '竞争上岗岗位(1个,不少于空缺岗位的67%)', '未能安排人员(1人)', '分批实施(2批,间隔3个月)']) {
      const header = rowOf(sheet, title) + 1;
      for (let row = header; sheet.rows[row].length > 0; row += 1) {
        // Every value opens a span: merged over the columns up to the next value, or the page's end.
        const starts = sheet.rows[row].flatMap((value, column) => (value === undefined ? [] : [column]));
        const widths = starts.map((start, i) => (starts[i + 1] ?? 14) - start);
        expect(starts[0]).toBe(0);
        const merged = (sheet.merges ?? []).filter((merge) => merge.row === row);
        expect(merged).toEqual(starts.flatMap((column, i) => (widths[i] > 1 ? [{ row, column, columns: widths[i] }] : [])));
        expect(merged.length).toBeGreaterThan(0);
      }
    }
  });

  it('are left out when empty, and the batches when nothing is assigned', () => {
    const bare = planSheet({ ...plan, warnings: [], competition: [], unplaced: [], assignments: [], batchStarts: [] }, settings());
    expect(bare.rows.slice(4)).toEqual([[], ['交流人员名单(0人)'], PLAN_COLUMNS.map((c) => (c === '任现职时间' ? '任现职\n时间' : c))]);
    // No style reaches past the sheet's last row.
    for (const block of bare.styles ?? []) expect(block.row + (block.rows ?? 1)).toBeLessThanOrEqual(bare.rows.length);
  });
});

describe('the moves', () => {
  const moveRows = (sheet: SheetSpec) => {
    const header = sheet.rows.findIndex((row) => row[0] === '序号' && row[1] === '编号' && row.includes('拟任单位'));
    return { header, moves: sheet.rows.slice(header + 1) };
  };

  it('give each cadre\'s row as the roster has it, the 编号 bare for a one-sheet roster, and a locked move 是', () => {
    const locked: Plan = { ...plan, assignments: plan.assignments.map((a, i) => (i === 1 ? { ...a, locked: true } : a)) };
    const { header, moves } = moveRows(planSheet(locked, settings(), true));
    expect(header).toBeGreaterThan(0);
    const col = (name: string) => PLAN_COLUMNS.indexOf(name as (typeof PLAN_COLUMNS)[number]);
    expect(moves.map((row) => [row[col('序号')], row[col('编号')], row[col('姓名')], row[col('出生年月')], row[col('任现职时间')], row[col('分批')], row[col('锁定')]])).toEqual([
      [1, 2, '甲', '1975.05', '2010.01', '第1批', ''],
      [2, 3, '乙', '', '2010.01', '第2批', '是'],
      [3, 4, '丙', '1980.01', '2010.01', '第1批', ''],
      [4, 5, '丁', '1980.01', '2010.01', '第2批', ''],
    ]);
    // 丙 holds a key post (财务科) and moves into 办公室: two reasons, two notes, each joined by ;.
    expect(moves[2][col('轮岗依据')]).toBe('应轮岗:重点岗位(财务)任现职满5年(2010年1月起,已16年10个月);同一职位任职满10年(2010年1月起,已16年10个月)');
    expect(moves[2][col('安排说明')]).toBe('接替甲(办公室主任);由重点岗位交流到一般岗位');
    expect(planSheet(plan, settings()).rows.find((row) => row[2] === '甲')?.[1]).toBe('花名册!2');
  });

  it('style the header and the body, the 序号 and 编号 centred', () => {
    const sheet = planSheet(plan, settings());
    const { header } = moveRows(sheet);
    for (let column = 0; column < 14; column += 1) expect(styleAt(sheet, header, column)).toEqual(HEADER_STYLE);
    for (const row of [header + 1, header + 4]) {
      expect(styleAt(sheet, row, 0)).toEqual({ ...BODY_STYLE, align: 'center' });
      expect(styleAt(sheet, row, 1)).toEqual({ ...BODY_STYLE, align: 'center' });
      expect(styleAt(sheet, row, 2)).toEqual(BODY_STYLE);
      expect(styleAt(sheet, row, 13)).toEqual(BODY_STYLE);
    }
    expect(sheet.rows).toHaveLength(header + 5);
  });
});

describe('the page', () => {
  it('is A4 landscape at full size, numbered, the moves\' header repeated, 14 columns as wide as the page', () => {
    const sheet = planSheet(plan, settings());
    const header = sheet.rows.findIndex((row) => row[1] === '编号' && row.includes('拟任单位'));
    expect(sheet.name).toBe('轮岗方案');
    expect(sheet.print).toEqual({ orientation: 'landscape', fitToWidth: false, repeatRows: [header + 1, header + 1], margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7 }, pageNumbers: true });
    expect(sheet.columnWidths).toHaveLength(14);
    expect((sheet.columnWidths ?? []).reduce((a, b) => a + b, 0)).toBe(A4_WIDTH_UNITS.landscape);
    // Wrapped rows are as tall as their text: the moves' two-reason rows need more than one line.
    const heights = sheet.rowHeights ?? {};
    expect(heights[header + 3]).toBeGreaterThan(heights[header + 1] ?? 0);
  });

  it('freezes the moves\' header while it is within the first 12 rows, not below', () => {
    const bare: Plan = { ...plan, warnings: [], competition: [], unplaced: [], assignments: [], batchStarts: [] };
    // Header block 4 rows; the 提示 table an empty row, a title, a header and one row per warning; then an empty row and the title.
    const headerWith = (warnings: number) => 4 + (warnings > 0 ? 3 + warnings : 0) + 2;
    expect(planSheet(bare, settings()).freezeRows).toBe(headerWith(0) + 1);
    expect(planSheet({ ...bare, warnings: ['一', '二'] }, settings()).freezeRows).toBe(headerWith(2) + 1);
    expect(headerWith(2)).toBe(11);
    expect(planSheet({ ...bare, warnings: ['一', '二', '三'] }, settings()).freezeRows).toBeUndefined();
  });
});

describe('the edges of the tables', () => {
  it('count the moves of each batch, 第1批 the one published now', () => {
    // 乙 moved into batch 1 by hand: three moves in the first batch, one in the second.
    const edited: Plan = { ...plan, batchStarts: ['2026-11-22', '2027-02-22'], assignments: plan.assignments.map((a) => (a.mover.cadre.name === '乙' ? { ...a, batch: 1 } : a)) };
    const sheet = planSheet(edited, settings());
    const title = rowOf(sheet, '分批实施(2批,间隔3个月)');
    expect(shown(sheet, title + 1)).toEqual(['批次', '计划开始日期', '交流人数']);
    expect(shown(sheet, title + 2)).toEqual(['第1批(本次公示)', '2026年11月22日', 3]);
    expect(shown(sheet, title + 3)).toEqual(['第2批', '2027年2月22日', 1]);
  });

  it('join an unplaced cadre\'s reasons as the moves\' 轮岗依据 joins them, and leave a missing 任现职时间 blank', () => {
    const [first] = plan.unplaced;
    const mover = plan.assignments[0].mover;
    const edited: Plan = {
      ...plan,
      unplaced: [{ ...first, mover: { ...first.mover, basis: ['同一职位任职满10年', '同一单位工作满10年'] } }],
      assignments: [{ ...plan.assignments[0], mover: { ...mover, cadre: { ...mover.cadre, postStart: undefined }, basis: ['同一职位任职满10年', '同一单位工作满10年'] } }],
    };
    const sheet = planSheet(edited, settings());
    expect(shown(sheet, rowOf(sheet, '未能安排人员(1人)') + 2)[6]).toBe('同一职位任职满10年;同一单位工作满10年');
    const move = sheet.rows[sheet.rows.length - 1];
    expect(move[PLAN_COLUMNS.indexOf('轮岗依据')]).toBe('应轮岗:同一职位任职满10年;同一单位工作满10年');
    expect(move[PLAN_COLUMNS.indexOf('任现职时间')]).toBe('');
  });

  it('give no style block and no merge that covers no cell, even for a plan with no batch dates', () => {
    const bare: Plan = { ...plan, warnings: [], competition: [], unplaced: [], assignments: [], batchStarts: [] };
    const undated: Plan = { ...plan, batchStarts: [] };
    for (const sheet of [planSheet(bare, settings()), planSheet(undated, settings()), planSheet(plan, settings())]) expect(emptyBlocks(sheet)).toEqual([]);
  });
});
