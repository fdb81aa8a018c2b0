import { CellValue } from '../../../src/core/grid';
import { readRoster } from '../../../src/core/roster/readRoster';
import { sectionUnit, skipKindOf } from '../../../src/core/roster/rowKind';
import { grid } from '../../helpers';

// 序号 | 姓名 | 性别 | 出生年月 | 科室 | 职务 | 任现职时间 | 备注
const COLUMNS = { name: 1, gender: 2, birth: 3, unit: 4, post: 5, postStart: 6, remarks: 7 };
const spanning = (text: string): CellValue[] => new Array(8).fill(text);

describe('skipKindOf', () => {
  it.each([
    [['一、局机关科室'], '分组标题'],
    [['（二）直属事业单位'], '分组标题'],
    [[null, '局机关'], '分组标题'],
    [spanning('局机关'), '分组标题'],
    [['一', '局机关'], '分组标题'],
    [['合计', '18人'], '合计行'],
    [['合 计', null, null, null, null, null, null, null], '合计行'],
    [[null, '小计', null, null, null, null, null, 5], '合计行'],
    [['合计', '18人', '男10人', '1980.01'], '合计行'],
    [['注：任现职时间以文件为准'], '表注'],
    [['填表人：王某'], '表注'],
    [['制表日期：2026年10月'], '表注'],
    [['1.该表格中所有的单元格格式要求为文本格式'], '表注'],
    [spanning('导入说明：1.该表格中所有的单元格格式要求为文本；2.日期按yyyymmdd填写'), '表注'],
    [[null, '该表格中所有的单元格格式要求为文本,日期按年月日填写', '男', '1980.01'], '表注'],
    [[3, null, null, null, '信息中心', '副主任', null, '空岗'], '空岗'],
    [[3, '空缺', null, null, '信息中心', '副主任', null, null], '空岗'],
  ])('%j is a %s', (cells, kind) => {
    expect(skipKindOf(cells as CellValue[], COLUMNS)).toBe(kind);
  });

  it.each([
    [[1, '张三', '男', '1980.01', '财务科', '科长', '2019.03', null]],
    [[null, '张三']],
    [[null, null, null, null, null, null, '2019.03', null]],
    [[2, null, '女', '1985.04', '办公室', '科员', '2020.01', null]],
    [[1, '欧阳 明', '男', '1980.01', '合计科', '科长', '2019.03', null]],
  ])('%j is a cadre', (cells) => {
    expect(skipKindOf(cells as CellValue[], COLUMNS)).toBeUndefined();
  });

  it('reads the unit a section title names', () => {
    expect(sectionUnit('一、局机关科室')).toBe('局机关科室');
    expect(sectionUnit('（二）直属事业单位（12人）')).toBe('直属事业单位');
    expect(sectionUnit('第三部分 下属单位')).toBe('下属单位');
  });
});

describe('a roster without a unit column, grouped under section titles', () => {
  const sheet = grid('花名册', [
    ['姓名', '性别', '出生年月', '职务', '任现职时间'],
    ['一、办公室'],
    ['张三', '男', '1980.01', '主任', '2015.01'],
    ['二、财务科'],
    ['李四', '女', '1985.01', '科长', '2019.01'],
  ]);

  it('takes each cadre\'s unit from the title above', () => {
    const roster = readRoster([sheet]);
    expect(roster.cadres.map((c) => [c.name, c.unit])).toEqual([['张三', '办公室'], ['李四', '财务科']]);
    expect(roster.skipped.map((s) => [s.row, s.kind])).toEqual([[2, '分组标题'], [4, '分组标题']]);
  });

  it('takes the unit from a title beside its number or its head count, not from the count', () => {
    const counted = grid('花名册', [
      ['姓名', '性别', '出生年月', '职务', '任现职时间'],
      ['一、办公室', null, null, null, '(3人)'],
      ['张三', '男', '1980.01', '主任', '2015.01'],
      ['二、财务科', '2人'],
      ['李四', '女', '1985.01', '科长', '2019.01'],
    ]);
    const roster = readRoster([counted]);
    expect(roster.cadres.map((c) => [c.name, c.unit])).toEqual([['张三', '办公室'], ['李四', '财务科']]);
    expect(roster.skipped.map((s) => [s.row, s.kind, s.text])).toEqual([[2, '分组标题', '一、办公室 (3人)'], [4, '分组标题', '二、财务科 2人']]);
  });

  it('refuses a roster with neither a unit column nor a unit-naming title, saying what to do', () => {
    expect(() => readRoster([grid('花名册', [sheet.values[0], sheet.values[2], sheet.values[4]])])).toThrow(/没有"单位\/部门\/科室"列.*columnMap/u);
  });

  it('lists hidden rows by default and reads them when asked', () => {
    const hidden = { ...sheet, hiddenRows: [5] };
    expect(readRoster([hidden]).skipped.map((s) => [s.row, s.kind])).toEqual([[2, '分组标题'], [4, '分组标题'], [5, '隐藏行']]);
    expect(readRoster([hidden], { includeHiddenRows: true }).cadres.map((c) => c.row)).toEqual([3, 5]);
  });
});

describe('a merged note block', () => {
  const note = '导入说明:1.所有单元格格式为文本;2.日期按yyyymmdd填写。';
  const header = ['姓名', '性别', '单位', '任现职时间'];
  const cadre = ['张三', '男', '办公室', '2019.01'];

  it('is listed once, with its last row, where the host shows its text in every row it spans', () => {
    const spread = readRoster([grid('x', [header, cadre, [note, note, note, note], [note, note, note, note], [note, note, note, note]])]);
    expect(spread.skipped).toEqual([{ sheet: 'x', row: 3, kind: '表注', text: note, through: 5 }]);
  });

  it('is listed once, without a last row, where the host shows it in its top-left cell only', () => {
    const topLeft = readRoster([grid('x', [header, cadre, [note], [], []])]);
    expect(topLeft.skipped).toEqual([{ sheet: 'x', row: 3, kind: '表注', text: note }]);
  });

  it('never joins a different note, nor hidden rows, to the block above', () => {
    const rows = readRoster([{ ...grid('x', [header, cadre, ['填表人:王某'], ['填表人:王某'], ['审核人:李某'], ['审核人:李某']]), hiddenRows: [6] }]);
    expect(rows.skipped.map((s) => [s.row, s.kind, s.through])).toEqual([[3, '表注', 4], [5, '表注', undefined], [6, '隐藏行', undefined]]);
  });
});
