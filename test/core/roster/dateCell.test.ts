import { readDateCell, monthStyleOf, isDateFormat } from '../../../src/core/roster/dateCell';

const read = (value: Parameters<typeof readDateCell>[0], format: string | null = null, style: Parameters<typeof readDateCell>[2] = 'unknown') =>
  readDateCell(value, format, style);
const month = (date: string) => ({ ok: true, value: { date, precision: 'month' } });
const day = (date: string) => ({ ok: true, value: { date, precision: 'day' } });

describe('readDateCell', () => {
  it.each([
    ['1985.03', month('1985-03-01')],
    ['1985.3', month('1985-03-01')],
    ['1985年3月', month('1985-03-01')],
    ['1985年03月15日', day('1985-03-15')],
    ['1985-03-15', day('1985-03-15')],
    ['1985/3/15', day('1985-03-15')],
    ['１９８５．０３', month('1985-03-01')],
    [' 1985 . 03 ', month('1985-03-01')],
    ['\u30001985年3月\u3000', month('1985-03-01')],
    ['19850315', day('1985-03-15')],
    ['1985.1', month('1985-01-01')],
    ['1985.12', month('1985-12-01')],
  ])('reads the text %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads real dates and date serials', () => {
    expect(read(new Date(Date.UTC(1985, 2, 15)))).toEqual(day('1985-03-15'));
    expect(read(31121, 'yyyy-mm-dd')).toEqual(day('1985-03-15'));
    expect(read(31121, 'General')).toEqual(day('1985-03-15'));
    expect(read(31121.5, 'yyyy"年"m"月"d"日"')).toEqual(day('1985-03-15'));
  });

  it('reads numbers typed as year.month', () => {
    expect(read(1985.03)).toEqual(month('1985-03-01'));
    expect(read(1985.3)).toEqual(month('1985-03-01'));
    expect(read(1985.12)).toEqual(month('1985-12-01'));
    expect(read(1985.11)).toEqual(month('1985-11-01'));
  });

  it('reads 1985.1 as October where the column writes two-digit months', () => {
    expect(read(1985.1, null, 'two-digit')).toEqual(month('1985-10-01'));
  });

  it.each(['one-digit', 'mixed', 'unknown'] as const)('reports 1985.1 as ambiguous in a %s column', (style) => {
    const result = read(1985.1, null, style);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/10月.*1月/u);
  });

  it.each([
    ['1985', /只有年份/u],
    [1985, /只有年份/u],
    ['1985年', /只有年份/u],
    ['待定', /无法识别/u],
    ['1985.13', /月份无效/u],
    ['1985-02-30', /不存在/u],
    ['1850.03', /范围/u],
    [{ error: '#N/A' }, /#N\/A/u],
    [true, /无法识别/u],
  ])('reports %j as a problem', (value, message) => {
    const result = read(value as never);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe('monthStyleOf', () => {
  it('tells two-digit columns from one-digit ones', () => {
    expect(monthStyleOf([1985.03, 1990.1, '1992.11'])).toBe('two-digit');
    expect(monthStyleOf(['1985.03', 1990.1])).toBe('two-digit');
    expect(monthStyleOf([1985.3, 1990.1])).toBe('one-digit');
    expect(monthStyleOf(['1985.1'])).toBe('one-digit');
    expect(monthStyleOf([1985.03, 1985.3])).toBe('mixed');
    expect(monthStyleOf([1990.1, 1992.11, null])).toBe('unknown');
  });
});

describe('isDateFormat', () => {
  it('knows date formats from number formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"')).toBe(true);
    expect(isDateFormat('[$-804]yyyy.mm')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('0.00')).toBe(false);
    expect(isDateFormat(null)).toBe(false);
  });
});

describe('dates as eight or six digits', () => {
  it.each([
    [20160101, '2016-01-01', 'day'],
    ['20160101', '2016-01-01', 'day'],
    [201601, '2016-01-01', 'month'],
    ['201611', '2016-11-01', 'month'],
    [19851231, '1985-12-31', 'day'],
  ])('reads %j as %s', (value, date, precision) => {
    expect(read(value as never)).toEqual({ ok: true, value: { date, precision } });
  });

  it.each([
    ['16.01'], ['85.3'], ['85年3月'], [85.03], [16.1],
  ])('reports the two-digit year of %j as a problem, not a guess', (value) => {
    const result = read(value as never);
    expect(!result.ok && result.message).toMatch(/只有两位年份/u);
  });

  it('never reads digits typed as text as a serial day: 19850 is no date', () => {
    const result = read('19850');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/无法识别的日期"19850"/u);
    expect(read(20161399 as never).ok).toBe(false);
  });
});
