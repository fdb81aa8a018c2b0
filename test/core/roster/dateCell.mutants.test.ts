// Date cells at the edges of every form a roster writes them in, each expected value worked out by hand:
// the first and last days the reader accepts, a number one past them, the separators and anchors of each
// text form, the exact words of each problem, and the month style a column's other cells give.
import { CellValue } from '../../../src/core/grid';
import { MonthStyle, isDateFormat, monthStyleOf, readDateCell } from '../../../src/core/roster/dateCell';

const read = (value: CellValue, format: string | null = null, style: MonthStyle = 'unknown') => readDateCell(value, format, style);
const month = (date: string) => ({ ok: true, value: { date, precision: 'month' } });
const day = (date: string) => ({ ok: true, value: { date, precision: 'day' } });
const problem = (value: CellValue, format: string | null = null, style: MonthStyle = 'unknown') => {
  const result = read(value, format, style);
  return result.ok ? 'read as a date' : { issue: result.issue, message: result.message };
};

describe('isDateFormat', () => {
  it.each<[string | null | undefined, boolean]>([
    [undefined, false],
    ['', false],
    ['General', false],
    ['@', false],
    ['d', true],
    ['m', true],
    ['YYYY', true],
    ['yyyy"年"', true],
    ['0"年"', false],
    ['0"日"', false],
    ['\\d0', false],
    ['0\\m', false],
    ['[Red]0', false],
    ['[$-804]0.00', false],
    ['[Red]yyyy', true],
    ['#,##0', false],
    ['0%', false],
    ['0 ', false],
    ['年', true],
    ['月', true],
    ['日', true],
    ['0年', true],
    ['"a"\\bd', true],
    ['0"年度"', false],
    ['0_);(0)', false],
    ['[h]:mm', true],
    ['@', false],
    ['General', false],
  ])('%j shows a date: %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe('monthStyleOf', () => {
  it.each<[CellValue[], MonthStyle]>([
    [[], 'unknown'],
    [['1985.03'], 'two-digit'],
    [['1985.09'], 'two-digit'],
    [['1985.00'], 'unknown'],
    [[1985.3], 'one-digit'],
    [['1985.2'], 'one-digit'],
    [['1985.9'], 'one-digit'],
    [['1985.1'], 'one-digit'],
    // A number 1985.1 is what Excel keeps of 1985.10 as well: it says nothing.
    [[1985.1], 'unknown'],
    [['1985.10'], 'unknown'],
    [['1985.25'], 'unknown'],
    [['1985.11', 1985.12], 'unknown'],
    [[' 1985 . 03 '], 'two-digit'],
    [['１９８５．０３'], 'two-digit'],
    [['x1985.03'], 'unknown'],
    [['1985.03x'], 'unknown'],
    [['85.03'], 'unknown'],
    [['1985.003'], 'unknown'],
    [['1985-03'], 'unknown'],
    [[true, null, { error: '#N/A' }, '1985.03'], 'two-digit'],
    [['1985.03', '1985.3'], 'mixed'],
    [['1985.3', '1985.03'], 'mixed'],
    [['1985.1', '1985.03'], 'mixed'],
  ])('%j is %s', (values, expected) => {
    expect(monthStyleOf(values)).toBe(expected);
  });
});

describe('numbers', () => {
  it.each<[number, string | null, object]>([
    // yyyymmdd and yyyymm typed as whole numbers, at the first and last of each range.
    [19000101, null, day('1900-01-01')],
    [21001231, null, day('2100-12-31')],
    [190001, null, month('1900-01-01')],
    [210012, null, month('2100-12-01')],
    [20160229, null, day('2016-02-29')],
    [201609, 'General', month('2016-09-01')],
    // Serial days, with a date format or past the year 2100.
    [43831, 'yyyy/m/d', day('2020-01-01')],
    [43831.99, 'yyyy/m/d', day('2020-01-01')],
    [2101, null, day('1905-10-01')],
    [73415, null, day('2100-12-31')],
    [73415, 'yyyy-mm-dd', day('2100-12-31')],
    [1, 'yyyy-mm-dd', day('1900-01-01')],
    [2, 'yyyy-mm-dd', day('1900-01-02')],
    // Years and months typed as a number.
    [1900.01, null, month('1900-01-01')],
    [2100.12, null, month('2100-12-01')],
    [2100.5, null, month('2100-05-01')],
    [2101.5, null, day('1905-10-01')],
    [1985.2, null, month('1985-02-01')],
    [1985.09, null, month('1985-09-01')],
  ])('%j (format %j) is read', (value, format, expected) => {
    expect(read(value, format)).toEqual(expected);
  });

  it('reads 1985.1 as October only in a column of two-digit months', () => {
    expect(read(1985.1, null, 'two-digit')).toEqual(month('1985-10-01'));
    expect(read(1985.1, 'General', 'two-digit')).toEqual(month('1985-10-01'));
    for (const style of ['one-digit', 'mixed', 'unknown'] as const) {
      expect(problem(1985.1, null, style)).toEqual({
        issue: { kind: 'octoberOrJanuary', value: '1985.1', year: 1985 },
        message: '"1985.1"可能是1985年10月,也可能是1985年1月,请改为文本格式或写成1985.10 / 1985.01',
      });
    }
  });

  it.each<[number, string | null, object]>([
    [Number.NaN, null, { kind: 'notADate' }],
    [Number.POSITIVE_INFINITY, 'yyyy-mm-dd', { kind: 'notADate' }],
    [Number.NEGATIVE_INFINITY, null, { kind: 'notADate' }],
    // One past each end of the serial days.
    [73416, null, { kind: 'outOfRange' }],
    [73416, 'yyyy-mm-dd', { kind: 'outOfRange' }],
    [0, 'yyyy-mm-dd', { kind: 'outOfRange' }],
    [0.5, 'yyyy-mm-dd', { kind: 'outOfRange' }],
    [-1, 'yyyy-mm-dd', { kind: 'outOfRange' }],
    // Eight digits with a date format are a serial day, far past 2100.
    [20160101, 'yyyy-mm-dd', { kind: 'outOfRange' }],
    // Eight or six digits with a fraction are no date typed as digits: a serial day, far past 2100.
    [20160101.5, null, { kind: 'outOfRange' }],
    [201601.5, null, { kind: 'outOfRange' }],
    // One past each end of the eight and six digits: serial days past 2100.
    [19000100, null, { kind: 'outOfRange' }],
    [21001232, null, { kind: 'outOfRange' }],
    [190000, null, { kind: 'outOfRange' }],
    [210013, null, { kind: 'outOfRange' }],
    // Inside the ranges, but no such day or month.
    [20160230, null, { kind: 'badDay' }],
    [20150229, null, { kind: 'badDay' }],
    [20161301, null, { kind: 'badDay' }],
    [201613, null, { kind: 'badMonth' }],
    [201600, null, { kind: 'badMonth' }],
    // A whole year, and the last year before serial days begin.
    [1985, null, { kind: 'yearOnly' }],
    [2100, null, { kind: 'yearOnly' }],
    [100, null, { kind: 'yearOnly' }],
    [0, null, { kind: 'yearOnly' }],
    // Two-digit years typed as a number; 100.5 has three digits and no such year on a roster.
    [85.3, null, { kind: 'twoDigitYear', text: '85.3' }],
    [0.5, null, { kind: 'twoDigitYear', text: '0.5' }],
    [99.99, null, { kind: 'twoDigitYear', text: '99.99' }],
    [100.5, null, { kind: 'badMonth' }],
    [-3.5, null, { kind: 'badMonth' }],
    [1899.12, null, { kind: 'badMonth' }],
    [1985.13, null, { kind: 'badMonth' }],
    [1985.123, null, { kind: 'badYearMonth' }],
    [1985.001, null, { kind: 'badYearMonth' }],
    [1985.0049, null, { kind: 'badYearMonth' }],
  ])('%j (format %j) is a problem', (value, format, issue) => {
    const result = read(value, format);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issue).toEqual(issue);
  });

  it('writes each problem in words', () => {
    expect(problem(Number.NaN)).toEqual({ issue: { kind: 'notADate' }, message: '不是有效日期' });
    expect(problem(73416)).toEqual({ issue: { kind: 'outOfRange' }, message: '日期超出范围' });
    expect(problem(20160230)).toEqual({ issue: { kind: 'badDay' }, message: '日期不存在或超出范围' });
    expect(problem(201613)).toEqual({ issue: { kind: 'badMonth' }, message: '日期超出范围或月份无效' });
    expect(problem(1985)).toEqual({ issue: { kind: 'yearOnly' }, message: '只有年份,缺少月份' });
    expect(problem(1985.123)).toEqual({ issue: { kind: 'badYearMonth' }, message: '不是有效的年.月' });
  });
});

describe('text', () => {
  it.each<[string, object]>([
    ['1900年1月', month('1900-01-01')],
    ['2100年12月31日', day('2100-12-31')],
    ['1985年3月5日', day('1985-03-05')],
    ['1985年12月', month('1985-12-01')],
    ['1985.3.', month('1985-03-01')],
    ['1985-3-5', day('1985-03-05')],
    ['1985/03/05/', day('1985-03-05')],
    ['1985.3/5', day('1985-03-05')],
    ['1985-12', month('1985-12-01')],
    ['19000101', day('1900-01-01')],
    ['21001231', day('2100-12-31')],
    ['190001', month('1900-01-01')],
    ['210012', month('2100-12-01')],
    // A serial day with its time, typed as text.
    ['43831.5', day('2020-01-01')],
    ['2101.123', day('1905-10-01')],
    ['2101.000', day('1905-10-01')],
    ['2100.5', month('2100-05-01')],
    ['1985年 3月', month('1985-03-01')],
  ])('%j is read', (text, expected) => {
    expect(read(text)).toEqual(expected);
    expect(read(text, 'yyyy-mm-dd', 'two-digit')).toEqual(expected);
  });

  it.each<[string, object]>([
    ['1899年12月', { kind: 'badMonth' }],
    ['2101年1月', { kind: 'badMonth' }],
    ['1985年0月', { kind: 'badMonth' }],
    ['1985年2月29日', { kind: 'badDay' }],
    ['1899.12.31', { kind: 'badDay' }],
    ['2101.1.1', { kind: 'badDay' }],
    ['1985.00', { kind: 'badMonth' }],
    ['198500', { kind: 'badMonth' }],
    ['18991231', { kind: 'badDay' }],
    ['21010101', { kind: 'badDay' }],
    ['189912', { kind: 'badMonth' }],
    ['1985', { kind: 'yearOnly' }],
    ['1985年', { kind: 'yearOnly' }],
    ['85.3', { kind: 'twoDigitYear', text: '85.3' }],
    ['85-3-15', { kind: 'twoDigitYear', text: '85-3-15' }],
    ['85/03', { kind: 'twoDigitYear', text: '85/03' }],
    ['85年3月', { kind: 'twoDigitYear', text: '85年3月' }],
    ['85年3月15日', { kind: 'twoDigitYear', text: '85年3月15日' }],
    ['85年12月', { kind: 'twoDigitYear', text: '85年12月' }],
    ['85.12.31', { kind: 'twoDigitYear', text: '85.12.31' }],
    [' 85 . 3 ', { kind: 'twoDigitYear', text: '85.3' }],
    // Not one of the forms: the cell is quoted as written.
    ['x1985.3', { kind: 'unknownDate', text: 'x1985.3' }],
    ['1985.3x', { kind: 'unknownDate', text: '1985.3x' }],
    ['1985年3月x', { kind: 'unknownDate', text: '1985年3月x' }],
    ['x1985年3月', { kind: 'unknownDate', text: 'x1985年3月' }],
    ['1985年3月5', { kind: 'unknownDate', text: '1985年3月5' }],
    ['1985年123月', { kind: 'unknownDate', text: '1985年123月' }],
    ['1985.123', { kind: 'unknownDate', text: '1985.123' }],
    ['1985..3', { kind: 'unknownDate', text: '1985..3' }],
    ['1985.3.5.7', { kind: 'unknownDate', text: '1985.3.5.7' }],
    ['1985_3', { kind: 'unknownDate', text: '1985_3' }],
    ['1985030', { kind: 'unknownDate', text: '1985030' }],
    ['198503151', { kind: 'unknownDate', text: '198503151' }],
    ['19850', { kind: 'unknownDate', text: '19850' }],
    ['19850.', { kind: 'unknownDate', text: '19850.' }],
    ['.5', { kind: 'unknownDate', text: '.5' }],
    ['2101.5', { kind: 'badMonth' }],
    ['2100.123', { kind: 'unknownDate', text: '2100.123' }],
    ['x85.3', { kind: 'unknownDate', text: 'x85.3' }],
    ['85.3x', { kind: 'unknownDate', text: '85.3x' }],
    ['85.123', { kind: 'unknownDate', text: '85.123' }],
    ['85年3', { kind: 'unknownDate', text: '85年3' }],
    ['x1985', { kind: 'unknownDate', text: 'x1985' }],
    ['1985年年', { kind: 'unknownDate', text: '1985年年' }],
    ['x19850315', { kind: 'unknownDate', text: 'x19850315' }],
    ['x198503', { kind: 'unknownDate', text: 'x198503' }],
    ['', { kind: 'unknownDate', text: '' }],
  ])('%j is a problem', (text, issue) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issue).toEqual(issue);
  });

  it('quotes a long cell to its first 40 characters', () => {
    const forty = '任职时间见干部任免审批表'.repeat(4).slice(0, 40);
    expect(forty).toHaveLength(40);
    expect(problem(forty)).toEqual({ issue: { kind: 'unknownDate', text: forty }, message: `无法识别的日期"${forty}"` });
    expect(problem(`${forty}表`)).toEqual({ issue: { kind: 'unknownDate', text: `${forty}…` }, message: `无法识别的日期"${forty}…"` });
  });

  it('quotes a cell as written, spaces and all', () => {
    expect(problem(' 待 定 ')).toEqual({ issue: { kind: 'unknownDate', text: ' 待 定 ' }, message: '无法识别的日期" 待 定 "' });
  });
});

describe('other cells', () => {
  it('reads a date from 1900 to 2100', () => {
    expect(read(new Date(Date.UTC(1900, 0, 1)))).toEqual(day('1900-01-01'));
    expect(read(new Date(Date.UTC(2100, 11, 31)))).toEqual(day('2100-12-31'));
    // A reader's rounding to the last millisecond of the day before.
    expect(read(new Date(Date.UTC(1985, 2, 15) - 1))).toEqual(day('1985-03-15'));
  });

  it.each([
    [new Date(Date.UTC(1899, 11, 31))],
    [new Date(Date.UTC(2101, 0, 1))],
    [new Date(Number.NaN)],
  ])('sets %j aside as out of range', (value) => {
    expect(problem(value)).toEqual({ issue: { kind: 'outOfRange' }, message: '日期超出范围' });
  });

  it('quotes an error value and a flag', () => {
    expect(problem({ error: '#VALUE!' })).toEqual({ issue: { kind: 'errorValue', error: '#VALUE!' }, message: '单元格为错误值#VALUE!' });
    expect(problem(false)).toEqual({ issue: { kind: 'unknownDate', text: 'false' }, message: '无法识别的日期"false"' });
    expect(problem(null)).toEqual({ issue: { kind: 'unknownDate', text: '' }, message: '无法识别的日期""' });
  });
});
