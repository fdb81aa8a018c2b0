import { highlightsOf } from '../../src/app/runCheck';
import { CheckResult, checkRoster } from '../../src/core/check';
import { CellValue } from '../../src/core/grid';
import { readRoster } from '../../src/core/roster/readRoster';
import { checkSheet } from '../../src/core/sheets/checkSheet';
import { HEADER, checkOf, grid, rowValues, settings } from '../helpers';

const asOf = '2026-11-22';
const problemsOf = (rows: Parameters<typeof checkOf>[0]) => checkOf(rows).problems.map((p) => `${p.row}|${p.column}|${p.cell}|${p.message}`);

describe('dates that cannot be right are set aside, the cadre checked on the rest', () => {
  it('a post start in the future', () => {
    const result = checkOf([{ name: '甲', unit: '办公室', postStart: '2099.01', unitStart: '2010.01' }]);
    expect(problemsOf([{ name: '甲', unit: '办公室', postStart: '2099.01' }])).toEqual(['2|任现职时间|G2|任现职时间"2099年1月"晚于检查日期,此日期未采用,按其余数据检查']);
    // Still due on the sound unit start: 2010.01 + 10 years.
    expect(result.checked[0]).toMatchObject({ status: 'due', reasons: ['同一单位工作满10年(2010年1月起,已16年10个月)'] });
    expect(result.checked[0].cadre.postStart).toBeUndefined();
  });

  it('a birth that makes a cadre under 18 or over 70', () => {
    expect(problemsOf([{ name: '甲', unit: '办公室', birth: '2010.05' }])).toEqual(['2|出生年月|C2|出生年月"2010年5月"按此计算未满18岁,此日期未采用,按其余数据检查']);
    expect(problemsOf([{ name: '甲', unit: '办公室', birth: '1950.05' }])).toEqual(['2|出生年月|C2|出生年月"1950年5月"按此计算已76岁,超过70岁,此日期未采用,按其余数据检查']);
  });

  it('a birth of 1954 read from 19850 never exempts anyone: 19850 typed as text is no date', () => {
    const result = checkOf([{ name: '甲', gender: '男', unit: '财务科', birth: '19850', postStart: '2015.01' }]);
    expect(result.checked[0].status).toBe('due');
    expect(result.problems.map((p) => p.message)).toEqual(['无法识别的日期"19850"']);
  });

  it('a post or unit start before age 16', () => {
    expect(problemsOf([{ name: '甲', unit: '办公室', birth: '1990.01', postStart: '2004.01', unitStart: '2005.12' }])).toEqual([
      '2|任现职时间|G2|任现职时间"2004年1月"早于本人16岁,此日期未采用,按其余数据检查',
      '2|进入本单位时间|H2|进入本单位时间"2005年12月"早于本人16岁,此日期未采用,按其余数据检查',
    ]);
  });

  it('a post start before the cadre began work', () => {
    const sheet = grid('花名册', [['姓名', '单位', '出生年月', '参加工作时间', '任现职时间'], ['甲', '办公室', '1980.01', '2005.07', '2003.01']]);
    const result = checkRoster(readRoster([sheet]), settings(), asOf);
    expect(result.problems.map((p) => p.message).filter((m) => m.includes('此日期未采用'))).toEqual(['任现职时间"2003年1月"早于参加工作时间(2005年7月),此日期未采用,按其余数据检查']);
    expect(result.checked[0].status).toBe('ok');
  });

  it('does not change the roster it checks', () => {
    const roster = readRoster([grid('花名册', [HEADER, rowValues({ name: '甲', unit: '办公室', postStart: '2099.01' })])]);
    const before = JSON.stringify(roster);
    checkRoster(roster, settings(), asOf);
    expect(JSON.stringify(roster)).toBe(before);
  });
});

describe('a roster over several sheets', () => {
  const rows = (unit: string, postStart: string): CellValue[][] => [['姓名', '性别', '出生年月', '职务', '任现职时间'], ['甲' + unit, '男', '1980.01', '科员', postStart], ['乙' + unit, '女', '1985.01', '科员', '2025.01']];
  // Built in each test, so that a mutation run counts the code they reach as covered by that test.
  let result: CheckResult;
  beforeEach(() => {
    result = checkRoster(readRoster([grid('办公室', rows('办公室', '2010.01')), grid('财务科', [[null], ...rows('财务科', '2019.01')])]), settings(), asOf);
  });

  it('fills each flagged row on its own sheet', () => {
    expect(highlightsOf(result)).toEqual([
      { sheet: '办公室', firstColumn: 1, lastColumn: 5, rows: [{ row: 2, color: 'F8CBAD' }] },
      { sheet: '财务科', firstColumn: 1, lastColumn: 5, rows: [{ row: 3, color: 'F8CBAD' }] },
    ]);
  });

  it('puts the sheet beside each row on the 轮岗检查 sheet and lists how the roster was read', () => {
    const text = checkSheet(result).rows.map((row) => row.join('|'));
    expect(text).toContain('1|办公室 2|甲办公室|办公室|科员||应轮岗|同一职位任职满10年(2010年1月起,已16年10个月)');
    expect(text).toContain('选用:工作表"办公室"、"财务科"表头相同,合为一份花名册');
    expect(text).toContain('各列的识别:姓名←"姓名";性别←"性别";出生年月←"出生年月";职务←"职务";任现职时间←"任现职时间"');
  });
});

describe('the 轮岗检查 sheet lists every row left out', () => {
  it('with sheet, row, kind and text, and the hidden rows in one line', () => {
    const sheet = { ...grid('花名册', [HEADER, ['一、局机关'], rowValues({ name: '甲', unit: '财务科', postStart: '2010.01' }), rowValues({ name: '乙', unit: '办公室' }), ['注:本表由人事科填写']]), hiddenRows: [4] };
    const spec = checkSheet(checkRoster(readRoster([sheet]), settings(), asOf));
    const text = spec.rows.map((row) => row.join('|'));
    const at = text.indexOf('未纳入检查的行(3行)');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 6)).toEqual([
      '第4行已隐藏,未纳入',
      // 工作表 spans two columns, so a sheet's name such as 中层干部花名册 prints on one line.
      '序号|行号|工作表||类型|内容',
      '1|2|花名册||分组标题|一、局机关',
      '2|4|花名册||隐藏行|乙 男 1980.01 办公室 科员 2024.01',
      '3|5|花名册||表注|注:本表由人事科填写',
    ]);
  });
});
