import { Roster, readRoster } from '../../../src/core/roster/readRoster';
import { readHistory, readRelatives } from '../../../src/core/roster/relatives';
import { grid } from '../../helpers';

const sheet = grid('花名册', [
  ['某局干部花名册'],
  ['姓名', '性别', '出生年月', '科室', '职务', '任现职时间', '身份证号', '亲属关系'],
  ['张 三', '男', 1985.03, '财务科', '科长', 1990.1, '110105198503150011', '李四(配偶)、王五（父子）'],
  [null, null, null, null, null, null, null, null],
  ['张 三', '女', '1986.3', '办公室', '科员', '待定', null, null],
  ['李四', '女', '1987年5月', '审计科', '科员', null, null, '无'],
  [null, null, null, null, null, '2019', null, null],
  ['王五', '男', { error: '#REF!' }, '  ', '科员', '2019.03', null, null],
]);

describe('readRoster', () => {
  // Built in each test, so that a mutation run counts the code they reach as covered by that test.
  let roster: Roster;
  beforeEach(() => {
    roster = readRoster([sheet]);
  });

  it('gives one cadre per non-blank row, with its sheet row, blank rows skipped', () => {
    expect(roster.headerRow).toBe(2);
    expect(roster.cadres.map((c) => c.row)).toEqual([3, 5, 6, 7, 8]);
  });

  it('keeps two cadres of one name apart and trims names', () => {
    expect(roster.cadres.filter((c) => c.name === '张三')).toHaveLength(2);
  });

  it('reads 1990.1 as October where the column writes 03', () => {
    expect(roster.cadres[0].postStart).toEqual({ date: '1990-10-01', precision: 'month' });
  });

  it('lists each unreadable or missing cell with its row and column and reads the rest', () => {
    const problems = roster.problems.map((p) => `${p.row}|${p.column}|${p.cell ?? ''}|${p.message}`);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^5\|任现职时间\|F5\|无法识别的日期"待定"/u),
      expect.stringMatching(/^6\|任现职时间\|F6\|任现职时间为空/u),
      expect.stringMatching(/^7\|姓名\|A7\|姓名为空/u),
      expect.stringMatching(/^7\|任现职时间\|F7\|只有年份/u),
      expect.stringMatching(/^8\|出生年月\|C8\|单元格为错误值#REF!/u),
      expect.stringMatching(/^8\|科室\|D8\|单位为空/u),
      expect.stringMatching(/^2\|职级\|\|未找到"职级"列/u),
    ]));
    expect(roster.cadres[1].birth).toEqual({ date: '1986-03-01', precision: 'month' });
  });

  it('reads relatives with either kind of bracket', () => {
    expect(roster.cadres[0].relatives).toEqual([{ name: '李四', relation: '配偶' }, { name: '王五', relation: '父子' }]);
    expect(roster.cadres[2].relatives).toEqual([]);
  });

  it('does not change the sheet it reads', () => {
    const before = JSON.stringify(sheet);
    readRoster([sheet]);
    expect(JSON.stringify(sheet)).toBe(before);
  });
});

describe('who has left, in an export', () => {
  const sheet = grid('sheet1', [
    ['姓名', '人员状态', '部门', '职务', '任现职时间', '调出日期'],
    ['甲', '在职', '财务科', '科长', '2019.03', null],
    ['乙', '已退休', '办公室', '科员', '2019.03', null],
    ['丙', '在职', '办公室', '/', '2019.03', '2026.01'],
    ['丁', '试用', '／', '无', '2019.03', '／'],
  ]);
  // Built in each test, so that a mutation run counts the code they reach as covered by that test.
  let roster: Roster;
  beforeEach(() => {
    roster = readRoster([sheet]);
  });

  it('lists a status or a leaving date that says so as no longer on the roster', () => {
    expect(roster.cadres.map((c) => c.name)).toEqual(['甲', '丁']);
    expect(roster.skipped).toEqual([
      { sheet: 'sheet1', row: 3, kind: '不在册', text: '乙(人员状态:已退休)' },
      { sheet: 'sheet1', row: 4, kind: '不在册', text: '丙(调出日期:2026.01)' },
    ]);
  });

  it("reads '/' and '无' as nothing written", () => {
    expect(roster.cadres[1]).toMatchObject({ unit: '', post: '' });
    expect(roster.problems.map((p) => `${p.row}|${p.cell}|${p.message}`)).toContain('5|C5|单位为空');
  });
});

describe('free-text columns', () => {
  it('reads relatives in the forms clerks write', () => {
    expect(readRelatives('配偶:张三;李 四(兄妹)')).toEqual([{ name: '张三', relation: '配偶' }, { name: '李四', relation: '兄妹' }]);
  });

  it('reads past units with the month each was left', () => {
    expect(readHistory('办公室(2015.03-2019.06)、财务科 2019年6月-2021年2月、档案室')).toEqual([
      { unit: '办公室', left: '2019-06-01' },
      { unit: '财务科', left: '2021-02-01' },
      { unit: '档案室' },
    ]);
  });
});
