import { findHeader } from '../../../src/core/roster/header';
import { grid } from '../../helpers';

// Each expected value below is worked out by hand from the header words of columns.ts: an exact word
// scores 100 or more (the coarse 单位 exactly 100, a finer unit word 110 less 0.01 per place in its list),
// a word contained in a longer header scores its length; a field chosen on an exact word counts 2 in the
// header's score, one chosen on a contained word 1.
describe('findHeader, scored and chosen', () => {
  it('counts 2 for a field named exactly (the coarse 单位 too) and 1 for a word found inside a longer header', () => {
    // 姓名 exact (2) + 单位 exact at 100 (2) + 职务名称 contains 职务 (1).
    expect(findHeader(grid('x', [['姓名', '单位', '职务名称'], ['张三', '财务科', '科长']]))?.score).toBe(5);
  });

  it('lists no blank header cell among the unused ones', () => {
    const header = findHeader(grid('x', [['姓名', null, '单位', '身份证号'], ['张三', null, '财务科', '110101198001010011']]));
    expect(header?.columns).toEqual({ name: 0, unit: 2 });
    expect(header?.unused).toEqual(['身份证号']);
  });

  it('quotes header cells without the spaces around them', () => {
    const header = findHeader(grid('x', [[' 姓名 ', ' 科室 ', ' 身份证号 ']]));
    expect(header?.titles).toEqual({ name: '姓名', unit: '科室' });
    expect(header?.unused).toEqual(['身份证号']);
  });

  it('takes the header row itself, not the title row above it, as the header when the title adds nothing', () => {
    const header = findHeader(grid('x', [['某局干部名册'], ['姓名', '科室', '职务'], ['张三', '财务科', '科长']]));
    expect(header).toMatchObject({ index: 1, row: 2, depth: 1 });
  });

  it('reads the column a two-row header has only in its upper row, where the lower row is shorter', () => {
    const header = findHeader(grid('x', [
      ['姓名', '科室', '任职情况', null, '备注'],
      [null, null, '任现职时间', '进入本单位时间'],
      ['张三', '财务科', '2019.03', '2015.01', null],
    ]));
    expect(header).toMatchObject({ depth: 2, columns: { name: 0, unit: 1, postStart: 2, unitStart: 3, remarks: 4 } });
  });

  it('takes the fullest of several header rows: a line of header words above the real header', () => {
    const header = findHeader(grid('x', [['姓名', '单位'], ['姓名', '单位', '职务', '任现职时间'], ['张三', '财务科', '科长', '2019.03']]));
    expect(header).toMatchObject({ index: 1, columns: { name: 0, unit: 1, post: 2, postStart: 3 } });
  });

  it('keeps the first header where a printed roster repeats it, or a weaker one follows, further down', () => {
    const full = ['姓名', '单位', '职务', '任现职时间'];
    const data = ['张三', '财务科', '科长', '2019.03'];
    expect(findHeader(grid('x', [full, data, full, data]))?.index).toBe(0);
    expect(findHeader(grid('x', [full, data, ['姓名', '单位'], data]))?.index).toBe(0);
  });
});

describe('findHeader, a filled column before a blank one', () => {
  const HEADER = ['姓名', '部门', '职务', '职位'];

  it('counts a column filled in any data row, not only in the last or in every one', () => {
    expect(findHeader(grid('x', [HEADER, ['张三', '财务科', null, '科长'], ['李四', '办公室', null, null]]))?.columns.post).toBe(3);
  });

  it('counts a cell that shows nothing (an invalid date, an error of blank text) as blank', () => {
    expect(findHeader(grid('x', [HEADER, ['张三', '财务科', new Date(NaN), '科长']]))?.columns.post).toBe(3);
    expect(findHeader(grid('x', [HEADER, ['张三', '财务科', { error: ' ' }, '科长']]))?.columns.post).toBe(3);
  });

  it('moves every field whose best column is blank, even when each field moves', () => {
    // 姓名 (110) beats 名字 (109.99) and 部门 (109.99) beats the coarse 单位 (100); both winners are blank.
    const header = findHeader(grid('x', [['姓名', '名字', '单位', '部门'], [null, '张三', '财务科', null], [null, '李四', '办公室', null]]));
    expect(header?.columns).toEqual({ name: 1, unit: 2 });
    expect(header?.unused).toEqual(['姓名(未用,"姓名"取"名字")', '部门(未用,"单位"取"单位")']);
  });
});
