import { readRoster } from '../../../src/core/roster/readRoster';
import { postAfterUnit, splitUnitPost } from '../../../src/core/roster/unitPost';
import { grid } from '../../helpers';

// A combined 单位及职务 cell is the unit followed by the post title (DOMAIN.md's 单位 and 职务): the longest
// title that ends the cell is the post, so 副处长 is not read as 处长 of a unit called 财务处副.
describe('splitUnitPost', () => {
  it.each([
    ['财务处副处长', '财务处', '副处长'],
    ['执法大队大队长', '执法大队', '大队长'],
    ['办公室一级主任科员', '办公室', '一级主任科员'],
    ['人事科副主任科员', '人事科', '副主任科员'],
    ['档案馆副馆长', '档案馆', '副馆长'],
  ])('splits %s at the longest post title that ends it: %s | %s', (text, unit, post) => {
    expect(splitUnitPost(text)).toEqual({ unit, post });
  });

  it.each([
    ['党委办公室主任、校长办公室主任', '、'],
    ['党委办公室主任,校长办公室主任', ','],
    ['党委办公室主任;校长办公室主任', ';'],
    ['党委办公室主任，校长办公室主任', ','],
    ['党委办公室主任；校长办公室主任', ';'],
  ])('takes the unit of the first office in %s, and the rest as the post', (text, separator) => {
    expect(splitUnitPost(text)).toEqual({ unit: '党委办公室', post: `主任${separator}校长办公室主任` });
  });

  it('splits at the space between a unit and its post, full-width spaces and forms folded', () => {
    expect(splitUnitPost('  信息中心\u3000副主任 ')).toEqual({ unit: '信息中心', post: '副主任' });
    expect(splitUnitPost('（党）办公室 主任')).toEqual({ unit: '(党)办公室', post: '主任' });
  });

  // The post titles of civil servants and of public institutions' middle posts (职务 and 职级 names), each
  // after a unit: every one is read as the post, none as part of the unit.
  it.each([
    '一级主任科员', '二级主任科员', '三级主任科员', '四级主任科员', '一级调研员', '二级调研员', '三级调研员', '四级调研员',
    '主任科员', '副主任科员', '调研员', '副调研员', '党支部书记', '副书记', '书记', '副处长', '处长', '副科长', '科长',
    '副主任', '主任', '副局长', '局长', '副部长', '部长', '副院长', '院长', '副所长', '所长', '副站长', '站长',
    '副队长', '队长', '大队长', '副馆长', '馆长', '副经理', '经理', '副组长', '组长', '副股长', '股长', '科员', '办事员',
    '干事', '主管', '专员', '负责人', '会计', '出纳',
  ])('reads the title %s after a unit as the post', (title) => {
    expect(splitUnitPost(`信息中心${title}`)).toEqual({ unit: '信息中心', post: title });
  });

  it('keeps the first office without the space before its separator', () => {
    expect(splitUnitPost('信息中心 、档案馆')).toEqual({ unit: '信息中心', post: '' });
  });

  it('keeps a cell of more than two words, or with no title at its end, whole as the unit', () => {
    expect(splitUnitPost('信息中心')).toEqual({ unit: '信息中心', post: '' });
    expect(splitUnitPost('市 信息 中心')).toEqual({ unit: '市 信息 中心', post: '' });
  });
});

// A cell holding only a title (科长) names no unit: a unit called 科长 would gather every such cadre into one
// office that does not exist, and the plan would move them between it and real ones. The post is the
// title, and the row is listed with a blank unit (单位为空) for staff to fill in.
describe('a combined cell holding only a post title', () => {
  it.each(['科长', '副主任', '一级主任科员', ' 科长 ', '科长、办公室主任'])('reads %j as a post with no unit', (text) => {
    expect(splitUnitPost(text)).toEqual({ unit: '', post: text.trim() });
  });

  it('lists the row with a blank unit at the combined cell, and keeps the title as the post', () => {
    const roster = readRoster([grid('x', [['姓名', '所在单位及职务', '任现职时间'], ['张三', '科长', '2019.03'], ['李四', '办公室主任', '2019.03']])]);
    expect(roster.cadres.map((c) => [c.unit, c.post])).toEqual([['', '科长'], ['办公室', '主任']]);
    expect(roster.problems.filter((p) => p.row > 1).map((p) => `${p.row}|${p.column}|${p.cell}|${p.message}`)).toEqual(['2|所在单位及职务|B2|单位为空']);
  });

  it('takes the title as the post beside a unit column of its own', () => {
    const roster = readRoster([grid('x', [['姓名', '科室', '单位及职务'], ['张三', '财务科', '科长']])]);
    expect(roster.cadres[0]).toMatchObject({ unit: '财务科', post: '科长' });
    expect(roster.problems.filter((p) => p.row > 1)).toEqual([]);
  });
});

describe('postAfterUnit', () => {
  it('gives what follows the unit, trimmed, brackets of either width folded', () => {
    expect(postAfterUnit('院（党）办公室 主任、巡察办公室主任', '院(党)办公室')).toBe('主任、巡察办公室主任');
  });

  it('gives nothing where the cell does not start with the unit, is the unit alone, or the unit is blank', () => {
    expect(postAfterUnit('审计处副处长', '纪委办公室')).toBeUndefined();
    expect(postAfterUnit('审计处', '审计处')).toBeUndefined();
    expect(postAfterUnit('审计处副处长', '')).toBeUndefined();
    expect(postAfterUnit('审计处副处长', '  ')).toBeUndefined();
  });
});
