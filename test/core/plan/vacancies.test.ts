/**
 * Reading the vacancy sheet (空缺岗位): which sheet, which header, what a 数量 cell means, and what is
 * refused; every expected vacancy and problem read off the rows below by hand.
 */
import { CellValue, SheetGrid } from '../../../src/core/grid';
import { VacancySheetNotFound, readVacancies, splitForCompetition } from '../../../src/core/plan/vacancies';
import { grid } from '../../helpers';

const problemsOf = (result: ReturnType<typeof readVacancies>) => result.problems.map((p) => [p.row, p.column, p.message]);
const at = (firstRow: number, name: string, values: CellValue[][]): SheetGrid => ({ name, values, firstRow, firstColumn: 1 });

describe('readVacancies', () => {
  it('repeats a row by its 数量, reads a blank count as one, and refuses a count it cannot take', () => {
    const sheet = grid('空缺岗位', [
      ['2026年空缺岗位'], //                          row 1, a title
      ['单位', '职务', '职级', '数量'], //             row 2, the header
      [' 财务科 ', '科员', '科员', 2], //              row 3: two
      [null, null, null, null], //                     row 4, blank: skipped
      ['审计科', '副科长', '副 科', null], //          row 5: one, the rank folded to 副科
      ['办公室', '科员', '科员', 'x'], //              row 6: no count
      ['', '科员', '科员', 1], //                      row 7: no unit
      ['宣传科', '科员', '科员', 0], //                row 8: none, and nothing wrong
      ['档案室', '科员', '科员', 1.5], //              row 9: not whole
      ['档案室', '科员', '科员', -1], //               row 10: below zero
      ['档案室', '科员', '科员', 1001], //             row 11: more than a thousand
      ['信息科', '科员', '科员', '１'], //             row 12: a full-width 1
    ]);
    const result = readVacancies([sheet], []);
    expect(result.sheet).toBe('空缺岗位');
    const fin = { row: 3, unit: '财务科', post: '科员', rank: '科员' };
    expect(result.vacancies).toEqual([fin, fin, { row: 5, unit: '审计科', post: '副科长', rank: '副科' }, { row: 12, unit: '信息科', post: '科员', rank: '科员' }]);
    expect(problemsOf(result)).toEqual([
      [6, '数量', '空缺数量"x"无效'],
      [7, '单位', '空缺岗位的单位为空'],
      [9, '数量', '空缺数量"1.5"无效'],
      [10, '数量', '空缺数量"-1"无效'],
      [11, '数量', '空缺数量"1001"无效'],
    ]);
  });

  it('takes a thousand at most, and rows as Excel numbers them where the sheet starts lower', () => {
    const result = readVacancies([at(5, '空缺', [['单位', '职务', '职级', '数量'], ['财务科', '科员', '科员', 1000]])], []);
    expect(result.vacancies).toHaveLength(1000);
    expect(result.vacancies[999]).toEqual({ row: 6, unit: '财务科', post: '科员', rank: '科员' });
    expect(result.problems).toEqual([]);
  });

  it('reads one vacancy a row without a 数量 column, and the first of two columns of one name', () => {
    const result = readVacancies([grid('空缺', [['单位', '职务', '职级', '单位', '数量', '人数'], ['财务科', '科员', '科员', '办公室', 2, 5], ['审计科', '科员', '科员', '办公室', null, 3]])], []);
    expect(result.vacancies.map((v) => [v.row, v.unit])).toEqual([[2, '财务科'], [2, '财务科'], [3, '审计科']]);
    const plain = readVacancies([grid('空缺', [['单位', '职务', '职级'], ['财务科', '科员', '科员', 4]])], []);
    expect(plain.vacancies).toEqual([{ row: 2, unit: '财务科', post: '科员', rank: '科员' }]);
  });

  it('takes each word of a count column: 数量, 职数, 空缺数, 人数, 名额, 空缺职数', () => {
    for (const word of ['数量', '职数', '空缺数', '人数', '名额', '空缺职数']) {
      expect(readVacancies([grid('空缺', [['单位', '职务', '职级', word], ['财务科', '科员', '科员', 3]])], []).vacancies).toHaveLength(3);
    }
  });

  it('finds the sheet itself: not the roster (it has 姓名), not a sheet of the tool, not past the tenth row', () => {
    const header = ['单位', '职务', '职级'];
    const sheets = [
      grid('花名册', [['姓名', '单位', '职务', '职级'], ['张三', '财务科', '科员', '科员']]),
      grid('轮岗方案(2)', [header, ['办公室', '科员', '科员']]),
      grid('说明', [...Array.from({ length: 10 }, () => ['说明文字']), header, ['宣传科', '科员', '科员']]),
      grid('空缺', [['说明'], header, ['审计科', '科员', '科员']]),
      grid('空缺二', [header, ['档案室', '科员', '科员']]),
    ];
    const result = readVacancies(sheets, ['轮岗方案']);
    expect(result.sheet).toBe('空缺');
    expect(result.vacancies).toEqual([{ row: 3, unit: '审计科', post: '科员', rank: '科员' }]);
    // The header on the tenth row is still found.
    const tenth = readVacancies([grid('空缺', [...Array.from({ length: 9 }, () => ['说明文字']), header, ['宣传科', '科员', '科员']])], []);
    expect(tenth.vacancies).toEqual([{ row: 11, unit: '宣传科', post: '科员', rank: '科员' }]);
  });

  it('reads the sheet named even where another comes first, and none at all when no sheet has the header', () => {
    const header = ['单位', '职务', '职级'];
    const sheets = [grid('空缺一', [header, ['办公室', '科员', '科员']]), grid('空缺二', [header, ['档案室', '科员', '科员']])];
    expect(readVacancies(sheets, [], '空缺二').vacancies.map((v) => v.unit)).toEqual(['档案室']);
    expect(readVacancies([grid('说明', [['说明文字']])], [])).toEqual({ vacancies: [], problems: [] });
  });

  it('says which sheets there are when the one named is missing, and what it lacks when it has no header', () => {
    const sheets = [grid('花名册', [['姓名']]), grid('说明', [['说明文字']])];
    expect(() => readVacancies(sheets, [], '空缺')).toThrow(VacancySheetNotFound);
    expect(() => readVacancies(sheets, [], '空缺')).toThrow('工作簿中没有名为"空缺"的空缺岗位表。现有工作表:花名册、说明');
    expect(() => readVacancies(sheets, [], '说明')).toThrow(VacancySheetNotFound);
    expect(() => readVacancies(sheets, [], '说明')).toThrow('工作表"说明"中找不到含"单位""职务""职级"的表头,无法读取空缺岗位。');
  });

  it('marks every vacancy for competition at a share of one, an even count too', () => {
    expect(splitForCompetition(['a', 'b', 'c', 'd'], 1)).toEqual({ competition: ['a', 'b', 'c', 'd'], assignable: [] });
  });

  it('rounds the share up to whole vacancies, and not past a product that is whole but for floating point', () => {
    // 100 × 0.07 is 7.000000000000001 in floating point: seven vacancies, not eight.
    const hundred = Array.from({ length: 100 }, (_, i) => i);
    expect(splitForCompetition(hundred, 0.07).competition).toEqual([0, 2, 4, 6, 8, 10, 12]);
    // 5 × 0.2 is one; 3 × 0.5 is one and a half, so two.
    expect(splitForCompetition(['a', 'b', 'c', 'd', 'e'], 0.2)).toEqual({ competition: ['a'], assignable: ['b', 'c', 'd', 'e'] });
    expect(splitForCompetition(['a', 'b', 'c'], 0.5)).toEqual({ competition: ['a', 'c'], assignable: ['b'] });
    // More than half (6 × 0.7 is 4.2, so five): every other one first (a, c, e), then more from the front (b, d).
    expect(splitForCompetition(['a', 'b', 'c', 'd', 'e', 'f'], 0.7)).toEqual({ competition: ['a', 'b', 'c', 'd', 'e'], assignable: ['f'] });
  });
});
