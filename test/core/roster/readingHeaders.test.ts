import { matchHeader } from '../../../src/core/roster/columns';
import { findHeader } from '../../../src/core/roster/header';
import { readRoster } from '../../../src/core/roster/readRoster';
import { splitUnitPost } from '../../../src/core/roster/unitPost';
import { resolveSettings } from '../../../src/core/settings';
import { grid } from '../../helpers';

describe('header words of cadre and HR systems', () => {
  it.each([
    ['所在单位及职务', 'unitPost'], ['工作单位及职务', 'unitPost'],
    ['职务级别', 'rank'], ['岗位级别', 'rank'], ['干部级别', 'rank'], ['人员级别', 'rank'], ['职位层级', 'rank'],
    ['现职务始任时间', 'postStart'], ['现任职务始任日期', 'postStart'], ['任职始任日期', 'postStart'], ['任职日期（主职）', 'postStart'], ['起始时间', 'postStart'],
    ['现职级始任时间', 'rankStart'],
    ['到本单位时间', 'unitStart'], ['进入本部门时间', 'unitStart'],
    ['入职日期', 'joined'], ['入职时间', 'joined'], ['来校时间', 'joined'],
    ['行政职务', 'post'], ['最高学历', 'education'],
  ])('reads %s as %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    ['原因说明'], ['拟任职务'], ['拟任单位'], ['序号'], ['员工编号'],
    // A cadre system's own arithmetic, a second unit, a professional title, what kind of post: no column of ours.
    ['现职务始任年限'], ['任现职级年限'], ['任职年限'], ['双肩挑单位1'], ['是否双肩挑'], ['专业技术职务'], ['专业技术\n职务'], ['职称'],
    ['职务属性（主职）'], ['职务类别'],
  ])('reads %s as no field', (header) => {
    expect(matchHeader(header)).toBeUndefined();
  });

  it('prefers 行政职务 over 岗位 and 最高学历 over 全日制学历, and says which was taken', () => {
    const header = findHeader(grid('x', [['姓名', '岗位', '单位', '全日制学历', '行政职务', '最高学历']]));
    expect(header?.titles).toMatchObject({ post: '行政职务', education: '最高学历' });
    expect(header?.unused).toEqual(['岗位(未用,"职务"取"行政职务")', '全日制学历(未用,"学历"取"最高学历")']);
  });

  it('maps a field to a header by the columnMap setting, by key or by its usual word', () => {
    const sheet = grid('x', [['姓名', '单位', '入职日期', '任职时间'], ['甲', '办公室', '2010.01', '2020.01']]);
    expect(findHeader(sheet, { unitStart: '入职日期' })?.titles).toMatchObject({ unitStart: '入职日期' });
    expect(findHeader(sheet, { 进入本单位时间: '入职日期' })?.columns).toEqual({ name: 0, unit: 1, unitStart: 2, postStart: 3 });
  });
});

describe('headers over two rows and header cells with breaks', () => {
  it('reads a merged group header above its columns, as Excel hands it', () => {
    const sheet = grid('x', [
      ['某局干部名册'],
      ['姓 名', '科室', '任职情况', null, '备注'],
      [null, null, '任现职\n时间', '进入本单位时间', null],
      ['张三', '财务科', '2019.03', '2015.01', null],
    ]);
    const header = findHeader(sheet);
    expect(header).toMatchObject({ row: 3, depth: 2, columns: { name: 0, unit: 1, postStart: 2, unitStart: 3, remarks: 4 } });
    expect(readRoster([sheet]).cadres.map((c) => [c.row, c.postStart?.date])).toEqual([[4, '2019-03-01']]);
  });
});

describe('a combined 所在单位及职务 column', () => {
  it.each([
    ['财务处处长', '财务处', '处长'],
    ['办公室副主任', '办公室', '副主任'],
    ['行政审批科 科员', '行政审批科', '科员'],
    ['信息中心', '信息中心', ''],
  ])('splits %s into %s and %s', (text, unit, post) => {
    expect(splitUnitPost(text)).toEqual({ unit, post });
  });

  it.each([
    ['党委办公室主任、校长办公室主任', '党委办公室', '主任、校长办公室主任'],
    ['校长办公室副主任,法律事务室主任', '校长办公室', '副主任,法律事务室主任'],
    ['信息中心、档案馆', '信息中心', ''],
  ])('puts a cadre of two offices (%s) in the unit of the first', (text, unit, post) => {
    expect(splitUnitPost(text)).toEqual({ unit, post });
  });

  it('takes the post from what follows the unit where the roster has a unit column too, and no post column', () => {
    const roster = readRoster([grid('x', [
      ['姓名', '所在单位及职务', '所在单位', '职务属性（主职）', '双肩挑单位', '任职日期（主职）'],
      ['张三', '院（党）办公室主任、巡察办公室主任', '院（党）办公室', '机关正职', '马克思主义学院', '2020.06'],
      ['李四', '审计处副处长', '纪委办公室', '机关副职', null, '2021.03'],
    ])]);
    expect(roster.cadres.map((cadre) => [cadre.unit, cadre.post])).toEqual([['院(党)办公室', '主任、巡察办公室主任'], ['纪委办公室', '副处长']]);
    expect(roster.unused).toEqual(['职务属性（主职）', '双肩挑单位']);
  });

  it('counts the years in a post from the first appointment (始任) where a roster has it beside the latest', () => {
    const roster = readRoster([grid('x', [['姓名', '任职单位', '职务', '任职日期', '任职始任日期'], ['王五', '党委组织部', '副部长', '2019.02.05', '2015.01.05']])]);
    expect(roster.cadres[0].postStart?.date).toBe('2015-01-05');
    expect(roster.unused).toEqual(['任职日期(未用,"任现职时间"取"任职始任日期")']);
  });

  it('quotes a header broken over lines as one word', () => {
    const header = findHeader(grid('x', [['姓 名', '科室', '任现职\n时间', '专业技术\r\n职务']]));
    expect(header?.titles.postStart).toBe('任现职时间');
    expect(header?.unused).toEqual(['专业技术职务']);
  });

  it('gives the unit and post where the roster has no columns of their own', () => {
    const roster = readRoster([grid('x', [['姓名', '性别', '所在单位及职务', '任现职时间'], ['张三', '男', '审计处副处长', '2019.03']])]);
    expect(roster.cadres[0]).toMatchObject({ unit: '审计处', post: '副处长' });
  });
});

describe('the reading settings', () => {
  it('take a columnMap of known fields to header texts and a flag for hidden rows', () => {
    expect(resolveSettings({ columnMap: { unitStart: '入职日期', 任现职时间: '起始时间' }, includeHiddenRows: true })).toMatchObject({
      columnMap: { unitStart: '入职日期', 任现职时间: '起始时间' },
      includeHiddenRows: true,
    });
    expect(resolveSettings({}).includeHiddenRows).toBe(false);
  });

  it('refuse unknown fields, empty headers and a flag that is not one', () => {
    expect(() => resolveSettings({ columnMap: { 工资: '应发工资' } })).toThrow(/"工资"不是可识别的字段/u);
    expect(() => resolveSettings({ columnMap: { unitStart: ' ' } })).toThrow(/表头应为非空文字/u);
    expect(() => resolveSettings({ columnMap: ['入职日期'] })).toThrow(/列对应关系/u);
    expect(() => resolveSettings({ includeHiddenRows: 'yes' })).toThrow(/包含隐藏行/u);
  });
});
