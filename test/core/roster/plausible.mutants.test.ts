import { RosterDate } from '../../../src/core/dates';
import { Cadre } from '../../../src/core/roster/cadre';
import { Field } from '../../../src/core/roster/columns';
import { setAsideImplausible } from '../../../src/core/roster/plausible';

// The limits of the module's doc comment, checked at their edges by hand: a cadre is 18 to 70 on the check
// date (ages in whole calendar years), work begins at 16 or later, a post or unit is entered no earlier than
// work began, and no date lies after the check date.
const asOf = '2026-11-22';
const day = (date: string): RosterDate => ({ date, precision: 'day' });
const cadreWith = (dates: Partial<Record<'birth' | 'workStart' | 'postStart' | 'unitStart' | 'joined', string>>): Cadre => ({
  sheet: '花名册', row: 7, name: '张三', unit: '财务科', post: '科员', rank: '科员', category: '', ethnicity: '', birthplace: '',
  politics: '', education: '', remarks: '', relatives: [], wish: '', history: [],
  ...Object.fromEntries(Object.entries(dates).map(([field, date]) => [field, day(date as string)])),
});
const TITLES: Partial<Record<Field, string>> = { birth: '出生年月', workStart: '参加工作时间', postStart: '任现职时间', unitStart: '进入本单位时间', joined: '入职日期' };
const LETTERS: Partial<Record<Field, string>> = { birth: 'C', workStart: 'D', postStart: 'E', unitStart: 'F', joined: 'G' };
const locate = (cadre: Cadre, field: Field) => ({ column: TITLES[field] as string, cell: `${LETTERS[field]}${cadre.row}` });
const setAside = (dates: Parameters<typeof cadreWith>[0]) => {
  const { cadre, problems } = setAsideImplausible(cadreWith(dates), asOf, locate);
  return { kept: (['birth', 'workStart', 'postStart', 'unitStart', 'joined'] as const).filter((field) => cadre[field] !== undefined), problems: problems.map((p) => `${p.cell}|${p.message}`) };
};

describe('a birth date', () => {
  it('is kept from exactly 18 to 70 years before the check date', () => {
    expect(setAside({ birth: '2008-11-22' })).toEqual({ kept: ['birth'], problems: [] });
    expect(setAside({ birth: '1955-11-23' })).toEqual({ kept: ['birth'], problems: [] });
  });

  it('is set aside a day short of 18, and past 71', () => {
    expect(setAside({ birth: '2008-11-23' })).toEqual({ kept: [], problems: ['C7|出生年月"2008年11月"按此计算未满18岁,此日期未采用,按其余数据检查'] });
    expect(setAside({ birth: '1955-11-22' })).toEqual({ kept: [], problems: ['C7|出生年月"1955年11月"按此计算已71岁,超过70岁,此日期未采用,按其余数据检查'] });
  });

  it('is set aside as in the future a day after the check date, and as under 18 on the check date itself', () => {
    expect(setAside({ birth: '2026-11-23' }).problems).toEqual(['C7|出生年月"2026年11月"晚于检查日期,此日期未采用,按其余数据检查']);
    expect(setAside({ birth: '2026-11-22' }).problems).toEqual(['C7|出生年月"2026年11月"按此计算未满18岁,此日期未采用,按其余数据检查']);
  });
});

describe('the other dates', () => {
  it('are set aside a day after the check date, and kept on it', () => {
    expect(setAside({ postStart: '2026-11-23', unitStart: '2026-11-22', joined: '2026-11-23' })).toEqual({
      kept: ['unitStart'],
      problems: ['E7|任现职时间"2026年11月"晚于检查日期,此日期未采用,按其余数据检查', 'G7|入职日期"2026年11月"晚于检查日期,此日期未采用,按其余数据检查'],
    });
  });

  it('are set aside a day before the cadre turned 16, and kept on that birthday', () => {
    expect(setAside({ birth: '1980-03-15', workStart: '1996-03-14', joined: '1996-03-15' })).toEqual({
      kept: ['birth', 'joined'],
      problems: ['D7|参加工作时间"1996年3月"早于本人16岁,此日期未采用,按其余数据检查'],
    });
  });

  it('are not measured against a birth that is itself set aside', () => {
    expect(setAside({ birth: '1900-01-01', workStart: '1910-01-01' })).toEqual({ kept: ['workStart'], problems: ['C7|出生年月"1900年1月"按此计算已126岁,超过70岁,此日期未采用,按其余数据检查'] });
  });

  it('set the post and unit aside a day before work began, and keep them from that day; the joining date is not compared', () => {
    expect(setAside({ workStart: '2000-07-01', postStart: '2000-06-30', unitStart: '2000-07-01', joined: '2000-06-30' })).toEqual({
      kept: ['workStart', 'unitStart', 'joined'],
      problems: ['E7|任现职时间"2000年6月"早于参加工作时间(2000年7月),此日期未采用,按其余数据检查'],
    });
    expect(setAside({ workStart: '2000-07-01', unitStart: '2000-06-30' }).problems).toEqual(['F7|进入本单位时间"2000年6月"早于参加工作时间(2000年7月),此日期未采用,按其余数据检查']);
  });

  it('are compared with a start of work on the check date itself', () => {
    expect(setAside({ workStart: '2026-11-22', postStart: '2026-11-21' })).toEqual({
      kept: ['workStart'],
      problems: ['E7|任现职时间"2026年11月"早于参加工作时间(2026年11月),此日期未采用,按其余数据检查'],
    });
  });

  it('are not compared with a start of work after the check date', () => {
    expect(setAside({ workStart: '2027-01-01', postStart: '2020-01-01' })).toEqual({ kept: ['postStart'], problems: ['D7|参加工作时间"2027年1月"晚于检查日期,此日期未采用,按其余数据检查'] });
  });
});

describe('setting aside', () => {
  it('leaves the cadre given as it was and gives the same cadre back when every date is sound', () => {
    const sound = cadreWith({ birth: '1980-01-01', postStart: '2020-01-01' });
    expect(setAsideImplausible(sound, asOf, locate).cadre).toBe(sound);
    const unsound = cadreWith({ birth: '1980-01-01', postStart: '2027-01-01' });
    const before = JSON.stringify(unsound);
    const { cadre, problems } = setAsideImplausible(unsound, asOf, locate);
    expect(JSON.stringify(unsound)).toBe(before);
    expect(cadre).toEqual({ ...JSON.parse(before), postStart: undefined });
    expect('postStart' in cadre).toBe(false);
    expect(problems[0]).toMatchObject({ sheet: '花名册', row: 7, column: '任现职时间', cell: 'E7', issue: { kind: 'implausible', title: '任现职时间', date: '2027-01-01', why: { kind: 'future' } } });
  });
});
