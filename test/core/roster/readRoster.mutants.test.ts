import { CellValue, NO_RESULT, SheetGrid } from '../../../src/core/grid';
import { RosterNotFound, readRoster } from '../../../src/core/roster/readRoster';
import { grid } from '../../helpers';

// What DOMAIN.md asks of reading a roster, one rule at a time: remarks and export states that say a person
// left take the row off the roster (listed, never silently); a sheet without a unit column names the unit
// unless its name is a generic one; rows are listed in sheet and row order, a merged note once.
const HEADER = ['姓名', '性别', '出生年月', '科室', '职务', '职级', '任现职时间', '备注'];
const person = (name: string, remarks: CellValue = null): CellValue[] => [name, '男', '1980.01', '财务科', '科员', '科员', '2020.01', remarks];

describe('who is no longer on the roster', () => {
  it.each(['已调出', '调离', '已退休', '离职', '去世', '已故', '2025年已 退休'])('lists a cadre whose remarks say %j as gone, with the remark', (remark) => {
    const roster = readRoster([grid('花名册', [HEADER, person('甲'), person('乙', remark)])]);
    expect(roster.cadres.map((c) => c.name)).toEqual(['甲']);
    expect(roster.skipped).toEqual([{ sheet: '花名册', row: 3, kind: '不在册', text: `乙(备注:${remark})` }]);
  });

  it.each(['离职', '退休', '调出', '调离', '去世', '已故', '辞职', '辞退', '解聘', '死亡', '已退休'])('lists a cadre whose state column says %j as gone', (state) => {
    const roster = readRoster([grid('x', [['姓名', '部门', '员工状态'], ['甲', '财务科', '在职'], ['乙', '办公室', state]])]);
    expect(roster.cadres.map((c) => c.name)).toEqual(['甲']);
    expect(roster.skipped).toEqual([{ sheet: 'x', row: 3, kind: '不在册', text: `乙(员工状态:${state})` }]);
  });

  it('drops the problems of a row that is not on the roster, and keeps those of the rows around it', () => {
    const roster = readRoster([grid('花名册', [HEADER, [...person('甲').slice(0, 6), '待定', null], [...person('乙').slice(0, 6), '待定', '已退休'], [...person('丙').slice(0, 6), '待定', null]])]);
    expect(roster.problems.filter((p) => p.column === '任现职时间').map((p) => p.row)).toEqual([2, 4]);
  });
});

describe('the columns a roster lacks', () => {
  it('lists 任现职时间, 出生年月, 性别 and 职级 when missing, at the header row, in that order', () => {
    const roster = readRoster([grid('x', [['某局名册'], ['姓名', '科室', '职务'], ['甲', '财务科', '科员']])]);
    expect(roster.problems.map((p) => [p.row, p.column, p.cell, p.issue.kind])).toEqual([
      [2, '任现职时间', undefined, 'missingColumn'],
      [2, '出生年月', undefined, 'missingColumn'],
      [2, '性别', undefined, 'missingColumn'],
      [2, '职级', undefined, 'missingColumn'],
    ]);
  });

  it('lists none of them when all are there', () => {
    expect(readRoster([grid('花名册', [HEADER, person('甲')])]).problems).toEqual([]);
  });
});

describe('a sheet with no unit column', () => {
  const rows = [['姓名', '性别', '职务', '任现职时间'], ['甲', '男', '科员', '2020.01']];

  it('takes the sheet name, trimmed, as the unit', () => {
    expect(readRoster([grid(' 财务科 ', rows)]).cadres[0].unit).toBe('财务科');
    expect(readRoster([grid('Sheet1备份', rows)]).cadres[0].unit).toBe('Sheet1备份');
    expect(readRoster([grid('财务科工作表', rows)]).cadres[0].unit).toBe('财务科工作表');
  });

  it('reads a sheet of no one, a header alone, as a roster of no one rather than refusing it', () => {
    const roster = readRoster([grid('Sheet1', [rows[0]])]);
    expect(roster.cadres).toEqual([]);
    expect(roster.problems.map((p) => p.issue.kind)).toEqual(['missingColumn', 'missingColumn']);
  });

  it.each(['Sheet1', 'sheet 2', 'SHEET', '工作表3', '花名册', '2026年干部名册', '科级名单', '干部信息', '人员', '员工', '基本信息表', '汇总', '统计'])(
    'refuses %j, which names no unit, when no row names one either', (name) => {
      expect(() => readRoster([grid(name, rows)])).toThrow(RosterNotFound);
      expect(() => readRoster([grid(name, rows)])).toThrow(/没有"单位\/部门\/科室"列/u);
    },
  );

  it('takes the unit from the section rows, the last word of a numbered one', () => {
    const roster = readRoster([grid('花名册', [['序号', ...rows[0]], ['一', '局机关'], [1, '甲', '男', '科员', '2020.01'], ['二、财务科'], [2, '乙', '女', '科员', '2020.01']])]);
    expect(roster.cadres.map((c) => c.unit)).toEqual(['局机关', '财务科']);
  });

  it('keeps a section row\'s unit past another row left out under it, a total', () => {
    const roster = readRoster([grid('花名册', [['序号', ...rows[0]], ['一、财务科'], [1, '甲', '男', '科员', '2020.01'], ['小计', '1人'], [2, '乙', '女', '科员', '2020.01']])]);
    expect(roster.skipped.map((r) => r.kind)).toEqual(['分组标题', '合计行']);
    expect(roster.cadres.map((c) => c.unit)).toEqual(['财务科', '财务科']);
  });

  it('lists a cadre above the first section row, with no unit column to point at, as of blank 单位', () => {
    const roster = readRoster([grid('花名册', [['序号', ...rows[0]], [1, '甲', '男', '科员', '2020.01'], ['一、财务科'], [2, '乙', '女', '科员', '2020.01']])]);
    expect(roster.cadres.map((c) => c.unit)).toEqual(['', '财务科']);
    expect(roster.problems.filter((p) => p.issue.kind === 'blankUnit').map((p) => [p.row, p.column, p.cell])).toEqual([[2, '单位', undefined]]);
  });

  it('lists a blank unit cell under a unit column as blank, never guessed from the sheet name or a section row', () => {
    const header = ['姓名', '科室', '职务', '任现职时间'];
    const roster = readRoster([grid('办公室', [header, ['甲', null, '科员', '2020.01'], ['一、财务科'], ['乙', null, '科员', '2020.01'], ['丙', '审计科', '科员', '2020.01']])]);
    expect(roster.cadres.map((c) => c.unit)).toEqual(['', '', '审计科']);
    expect(roster.problems.filter((p) => p.issue.kind === 'blankUnit').map((p) => [p.row, p.column])).toEqual([[2, '科室'], [4, '科室']]);
    const combined = readRoster([grid('办公室', [['姓名', '单位职务', '任现职时间'], ['甲', '科长', '2020.01'], ['一、财务科'], ['乙', '科员', '2020.01']])]);
    expect(combined.cadres.map((c) => [c.unit, c.post])).toEqual([['', '科长'], ['', '科员']]);
  });

  it('reads a combined 单位职务 column that holds only titles, blank units listed, without refusing the roster', () => {
    const roster = readRoster([grid('Sheet1', [['姓名', '单位职务', '任现职时间'], ['甲', '科长', '2020.01'], ['乙', '科员', '2020.01']])]);
    expect(roster.cadres.map((c) => c.unit)).toEqual(['', '']);
    expect(roster.problems.filter((p) => p.issue.kind === 'blankUnit').map((p) => [p.row, p.column])).toEqual([[2, '单位职务'], [3, '单位职务']]);
  });

  it('reads a roster whose unit column is blank in every row without refusing it', () => {
    const roster = readRoster([grid('花名册', [['姓名', '科室', '职务'], ['甲', null, '科员']])]);
    expect(roster.cadres.map((c) => c.unit)).toEqual(['']);
  });
});

describe('rows left out', () => {
  it('passes over a row of formulas without results, as blank, and lists a row of other errors', () => {
    const roster = readRoster([grid('花名册', [HEADER, person('甲'), new Array(8).fill({ error: NO_RESULT }), [{ error: '#N/A' }, null, null, null, null, null, null, null]])]);
    expect(roster.cadres.map((c) => c.row)).toEqual([2, 4]);
    expect(roster.skipped).toEqual([]);
  });

  it('lists hidden rows one by one, even two alike, and reads them when asked', () => {
    const sheet: SheetGrid = { ...grid('花名册', [HEADER, person('甲'), person('乙'), person('乙'), person('丙')]), hiddenRows: [3, 4] };
    const roster = readRoster([sheet]);
    expect(roster.cadres.map((c) => c.name)).toEqual(['甲', '丙']);
    expect(roster.skipped.map((s) => [s.row, s.kind, s.through])).toEqual([[3, '隐藏行', undefined], [4, '隐藏行', undefined]]);
    expect(readRoster([sheet], { includeHiddenRows: true }).cadres.map((c) => c.name)).toEqual(['甲', '乙', '乙', '丙']);
  });

  it('lists a note repeated over adjacent rows once, and the same note after a gap or of another kind again', () => {
    const note = '注:以上人员不含工勤人员';
    const roster = readRoster([grid('花名册', [HEADER, person('甲'), [note], [note], [note], [null], [note], ['合计'], ['合计']])]);
    expect(roster.skipped.map((s) => [s.row, s.through, s.kind])).toEqual([[3, 5, '表注'], [7, undefined, '表注'], [8, 9, '合计行']]);
  });

  it('lists the same note on two sheets once on each', () => {
    const first = grid('一科', [['姓名', '性别', '职务', '任现职时间'], ['甲', '男', '科员', '2020.01'], ['注:本表由人事科填写']]);
    const second: SheetGrid = { ...grid('二科', [['姓名', '性别', '职务', '任现职时间'], ['注:本表由人事科填写'], ['乙', '男', '科员', '2020.01']]), firstRow: 3 };
    const roster = readRoster([first, second]);
    expect(roster.skipped.map((s) => [s.sheet, s.row, s.through])).toEqual([['一科', 3, undefined], ['二科', 4, undefined]]);
  });
});

describe('what the roster says of its sheets', () => {
  it('gives each sheet its header row, its columns as letters and its width, from where the sheet starts', () => {
    const sheet: SheetGrid = { name: '花名册', values: [['某局'], ['姓名', '科室', '职务'], ['甲', '财务科', '科员', null, '多']], firstRow: 3, firstColumn: 2 };
    const roster = readRoster([sheet]);
    expect(roster).toMatchObject({ sheet: '花名册', headerRow: 4, firstColumn: 2, lastColumn: 6 });
    expect(roster.sheets).toEqual([{ name: '花名册', headerRow: 4, firstColumn: 2, lastColumn: 6, letters: { name: 'B', unit: 'C', post: 'D' } }]);
    expect(roster.columns).toEqual({ name: '姓名', unit: '科室', post: '职务' });
  });

  it('gives the header cells as written, blank ones left out', () => {
    const roster = readRoster([grid('花名册', [['姓名', null, '科室', '身份证号'], ['甲', null, '财务科', '1']])]);
    expect(roster.headers).toEqual(['姓名', '科室', '身份证号']);
    expect(roster.unused).toEqual(['身份证号']);
  });

  it('lists names borne by several rows, with every row, and no blank name', () => {
    const roster = readRoster([grid('花名册', [HEADER, person('甲'), person('乙'), person('甲'), [null, '男', '1980.01', '财务科'], [null, '女', '1981.01', '财务科'], person('甲')])]);
    expect(roster.duplicates).toEqual([{ name: '甲', rows: [{ sheet: '花名册', row: 2 }, { sheet: '花名册', row: 4 }, { sheet: '花名册', row: 7 }] }]);
  });
});
