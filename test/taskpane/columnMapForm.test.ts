import { FIELDS } from '../../src/core/roster/columns';
import { readRoster } from '../../src/core/roster/readRoster';
import { columnMapOf, fieldLabel } from '../../src/taskpane/columnMapForm';
import { grid } from '../helpers';

describe('the columnMap the 列对应 choices make', () => {
  const roster = readRoster([grid('花名册', [
    ['姓名', '科室', '职务', '任现职时间', '入职日期', '身份证号'],
    ['张三', '财务科', '科长', '2019.03', '2010.07', '110101198001010011'],
  ])]);

  it('is empty while every choice is the column read', () => {
    expect(columnMapOf(roster.columns, roster.columns, {})).toEqual({});
  });

  it('maps a field to the header the user chose instead', () => {
    expect(columnMapOf({ ...roster.columns, unitStart: '入职日期' }, roster.columns, {})).toEqual({ unitStart: '入职日期' });
    expect(columnMapOf({ ...roster.columns, postStart: '入职日期' }, roster.columns, {})).toEqual({ postStart: '入职日期' });
  });

  it('keeps what was mapped before, and drops a mapping whose column is gone', () => {
    const mapped = readRoster([grid('花名册', [['姓名', '科室', '职务', '任现职时间', '入职日期'], ['张三', '财务科', '科长', '2019.03', '2010.07']])], { columnMap: { unitStart: '入职日期' } });
    expect(mapped.columns.unitStart).toBe('入职日期');
    expect(columnMapOf(mapped.columns, mapped.columns, { unitStart: '入职日期' })).toEqual({ unitStart: '入职日期' });
    expect(columnMapOf({ ...mapped.columns, unitStart: '' }, mapped.columns, { unitStart: '入职日期' })).toEqual({});
  });

  it('is read back by the reader as the user chose', () => {
    const map = columnMapOf({ ...roster.columns, unitStart: '入职日期' }, roster.columns, {});
    const again = readRoster([grid('花名册', [['姓名', '科室', '职务', '任现职时间', '入职日期'], ['张三', '财务科', '科长', '2019.03', '2010.07']])], { columnMap: map });
    expect(again.columns).toMatchObject({ unitStart: '入职日期', postStart: '任现职时间' });
    expect(again.cadres[0].unitStart).toEqual({ date: '2010-07-01', precision: 'month' });
  });

  it('offers the header cells as written, and names every field in both languages', () => {
    expect(roster.headers).toEqual(['姓名', '科室', '职务', '任现职时间', '入职日期', '身份证号']);
    for (const field of FIELDS) {
      expect(fieldLabel(field, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/u);
      expect(fieldLabel(field, 'en-US')).toMatch(/^[A-Z][a-z ?]+$/u);
    }
  });
});
