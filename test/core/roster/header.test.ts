import { HEADER_WORDS, Field, matchHeader } from '../../../src/core/roster/columns';
import { findHeader } from '../../../src/core/roster/header';
import { chooseRoster } from '../../../src/core/roster/sheetChoice';
import { grid } from '../../helpers';

describe('matchHeader', () => {
  const cases = (Object.entries(HEADER_WORDS) as [Field, readonly string[]][]).flatMap(([field, words]) => words.map((word) => [word, field] as const));
  it.each(cases)('knows %s as %s', (word, field) => {
    expect(matchHeader(word)?.field).toBe(field);
  });

  it('reads headers with spaces, full-width forms and notes in brackets', () => {
    expect(matchHeader(' 姓  名 ')?.field).toBe('name');
    expect(matchHeader('出生年月（年.月）')?.field).toBe('birth');
    expect(matchHeader('任现职时间\n(年月)')?.field).toBe('postStart');
  });

  it('prefers the longest word, so dates of the unit are not the unit', () => {
    expect(matchHeader('进入本单位时间')?.field).toBe('unitStart');
    expect(matchHeader('是否重点岗位')?.field).toBe('keyFlag');
    expect(matchHeader('岗位类别')?.field).toBe('category');
  });

  it('knows nothing of columns it does not read', () => {
    expect(matchHeader('身份证号')).toBeUndefined();
    expect(matchHeader('联系电话')).toBeUndefined();
  });
});

describe('findHeader', () => {
  it('finds the header below merged title rows', () => {
    const sheet = grid('花名册', [
      ['××局中层干部花名册', null, null, null],
      ['统计截至2026年10月31日', null, null, null],
      ['序号', '姓名', '所在科室', '现任职务'],
      [1, '张三', '财务科', '科长'],
    ]);
    const header = findHeader(sheet);
    expect(header?.row).toBe(3);
    expect(header?.columns).toEqual({ name: 1, unit: 2, post: 3 });
    expect(header?.titles.unit).toBe('所在科室');
  });

  it('needs a name and a unit column, or a name and three other known columns', () => {
    expect(findHeader(grid('x', [['姓名', '职务'], ['张三', '科长']]))).toBeUndefined();
    expect(findHeader(grid('x', [['姓名', '职务', '性别'], ['张三', '科长', '男']]))).toBeUndefined();
    expect(findHeader(grid('x', [['姓名', '职务', '性别', '任现职时间'], ['张三', '科长', '男', '2019.03']]))?.columns).toEqual({ name: 0, post: 1, gender: 2, postStart: 3 });
  });
});

describe('chooseRoster', () => {
  const roster = grid('干部名册', [['姓名', '性别', '单位', '职务', '任现职时间'], ['张三', '男', '财务科', '科长', '2019.03']]);
  const cover = grid('说明', [['本表由人事科填写,单位:人事科'], ['姓名请写全名']]);
  const lastPlan = grid('轮岗方案', [['序号', '姓名', '性别', '出生年月', '原单位', '原职务', '职级', '任现职时间', '拟任单位'], [1, '李四', '女', '1980.01', '办公室', '科员', '科员', '2010.01', '财务科']]);

  it('picks the roster over a cover note and last run\'s plan', () => {
    expect(chooseRoster([cover, lastPlan, roster]).parts[0].grid.name).toBe('干部名册');
  });

  it('takes the sheet the user names', () => {
    expect(chooseRoster([roster, lastPlan], '轮岗方案').parts[0].grid.name).toBe('轮岗方案');
  });

  it('says which sheets there are when the named one is missing', () => {
    expect(() => chooseRoster([roster], '名册')).toThrow(/没有名为"名册"的工作表.*干部名册/u);
  });

  it('says what is missing when no sheet is a roster', () => {
    expect(() => chooseRoster([cover])).toThrow(/未找到干部花名册/u);
  });
});

describe('a roster with both 单位 and 科室', () => {
  it('takes the finer one as the unit cadres rotate between', () => {
    const header = findHeader(grid('名册', [['姓名', '单位', '科室', '职务'], ['张三', '某局', '财务科', '科长']]));
    expect(header?.titles.unit).toBe('科室');
    expect(findHeader(grid('名册', [['姓名', '工作单位', '职务'], ['张三', '财务科', '科长']]))?.titles.unit).toBe('工作单位');
  });
});

describe('a column blank in every row', () => {
  const sheet = grid('sheet1', [
    ['姓名', '部门', '职位', '职务', '职级', '岗位级别'],
    ['张三', '财务科', '科长', null, null, '正科'],
    ['李四', '办公室', '科员', null, null, '科员'],
  ]);

  it('gives way to a filled column for the same field', () => {
    const header = findHeader(sheet);
    expect(header?.columns).toMatchObject({ post: 2, rank: 5 });
    expect(header?.unused).toEqual(['职务(未用,"职务"取"职位")', '职级(未用,"职级"取"岗位级别")']);
  });

  it('stays where the user mapped the field to it', () => {
    expect(findHeader(sheet, { post: '职务' })?.columns.post).toBe(3);
  });

  it('stays where no other column is filled', () => {
    const blank = grid('sheet1', [['姓名', '部门', '职务', '职位'], ['张三', '财务科', null, null]]);
    expect(findHeader(blank)?.columns.post).toBe(2);
  });
});
