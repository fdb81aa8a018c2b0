import { CheckResult, checkJson, checkRoster, termFlagged } from '../../../src/core/check';
import { readRoster } from '../../../src/core/roster/readRoster';
import { termOf, termText, termYearsOf } from '../../../src/core/rules/term';
import { Cadre } from '../../../src/core/roster/cadre';
import { issueText } from '../../../src/core/roster/problemWords';
import { checkSheet } from '../../../src/core/sheets/checkSheet';
import { grid, settings } from '../../helpers';

const cadre = (extra: Partial<Cadre>): Cadre => ({
  sheet: '花名册', row: 2, name: '张三', unit: '办公室', post: '科员', rank: '科员', category: '', ethnicity: '', birthplace: '',
  politics: '', education: '', remarks: '', relatives: [], wish: '', history: [], ...extra,
});
const month = (date: string) => ({ date, precision: 'month' as const });

describe('termYearsOf', () => {
  it.each([['3', 3], ['3年', 3], ['三年', 3], ['三年一聘', 3], ['５年', 5], ['24个月', 2], ['两年', 2]])('reads %s', (text, years) => {
    expect(termYearsOf(text)).toBe(years);
  });
  it.each(['', '长期', '18个月', '0', '30年'])('does not guess %s', (text) => expect(termYearsOf(text)).toBeUndefined());
});

describe('termOf', () => {
  // Appointed 2023-09 for three years: the term's last day is 2026-08-31, counted by hand.
  const appointed = cadre({ termStart: month('2023-09-01') });

  it('ends the day before the anniversary, by the default 三年一聘', () => {
    expect(termOf(appointed, settings(), '2026-06-01').term).toEqual({ start: month('2023-09-01'), end: '2026-08-31', years: 3, state: 'endingSoon' });
  });
  it('has ended the day after its last day, and not on it', () => {
    expect(termOf(appointed, settings(), '2026-08-31').term?.state).toBe('endingSoon');
    expect(termOf(appointed, settings(), '2026-09-01').term?.state).toBe('ended');
  });
  it('is running while its end lies past the warning window (6 months: 2026-02-28 + 6 = 2026-08-28 < 08-31)', () => {
    expect(termOf(appointed, settings(), '2026-02-28').term?.state).toBe('running');
    expect(termOf(appointed, settings(), '2026-03-01').term?.state).toBe('endingSoon');
  });
  it('takes the length the row writes, then the setting', () => {
    expect(termOf(cadre({ termStart: month('2023-09-01'), termLength: '五年' }), settings(), '2026-06-01').term?.end).toBe('2028-08-31');
    expect(termOf(appointed, settings({ termYears: 2 }), '2026-06-01').term).toMatchObject({ end: '2025-08-31', state: 'ended' });
  });
  it('falls back to the setting on an unreadable length, saying so', () => {
    const { term, problem } = termOf(cadre({ termStart: month('2023-09-01'), termLength: '长期' }), settings(), '2026-06-01');
    expect(term?.end).toBe('2026-08-31');
    expect(problem?.issue).toEqual({ kind: 'badTermLength', text: '长期', years: 3 });
    expect(problem && issueText(problem.issue, 'zh-CN')).toBe('无法识别的聘期"长期",按3年计算');
    expect(problem && issueText(problem.issue, 'en-US')).toBe('Term length "长期" not recognised: counted as 3 years');
  });
  it('takes 聘期起止 over the start and length, to the last day of its last month', () => {
    const both = cadre({ termStart: month('2020-01-01'), termRange: '2024.07-2027.06' });
    // 2027-01-01 + 6 months = 2027-07-01, past the last day: ending soon; on 2026-12-01 (+6 = 2027-06-01) still running.
    expect(termOf(both, settings(), '2027-01-01').term).toEqual({ start: { date: '2024-07-01', precision: 'day' }, end: '2027-06-30', state: 'endingSoon' });
    expect(termOf(both, settings(), '2026-12-01').term?.state).toBe('running');
  });
  it('has no term without data', () => {
    expect(termOf(cadre({}), settings(), '2026-06-01')).toEqual({});
  });
  it('writes the words in both languages', () => {
    const ended = termOf(appointed, settings(), '2026-12-01').term!;
    expect(termText(ended)).toBe('聘期届满(2023年9月聘任,聘期3年,2026年8月31日届满)');
    expect(termText(ended, 'en-US')).toBe('Appointment term ended (appointed 2023-09, 3-year term, ended 2026-08-31)');
    const ranged = termOf(cadre({ termRange: '2024.07-2027.06' }), settings(), '2027-01-01').term!;
    expect(termText(ranged)).toBe('聘期即将届满(聘期2024年7月1日至2027年6月30日)');
  });
});

describe('terms on a roster an office would keep', () => {
  // 聘任时间 beside the rotation columns; one row with its own 聘期, one with 聘期起止 instead.
  const sheet = grid('中层干部', [
    ['某局中层干部聘任情况表'],
    ['姓名', '性别', '出生年月', '科室', '职务', '任现职时间', '聘任时间', '聘期', '聘期起止', '备注'],
    ['张三', '男', '1980.05', '财务科', '科长', '2019.03', '2023.09', '', '', ''],
    ['李四', '女', '1985.02', '办公室', '副主任', '2022.04', '2022.04', '五年', '', ''],
    ['王五', '男', '1979.11', '审计科', '科长', '2024.01', '', '', '2024.01-2026.12', ''],
    ['赵六', '男', '1982.07', '宣传科', '科员', '2020.06', '', '', '', ''],
  ]);
  // Built in each test, so that a mutation run counts the code they reach as covered by that test.
  let check: CheckResult;
  beforeEach(() => {
    check = checkRoster(readRoster([sheet]), settings(), '2026-11-22');
  });

  it('flags the ended and the ending, beside the status', () => {
    const flagged = termFlagged(check).map((entry) => [entry.cadre.name, entry.term.state, entry.term.end, entry.status]);
    // 张三: 2023-09 + 3 years − 1 day = 2026-08-31, ended, and due (key post 7 years 8 months).
    // 王五: 2026-12-31, within 6 months. 李四: 2022-04 + 5 years − 1 day = 2027-03-31, within 6 months too.
    expect(flagged).toEqual([
      ['张三', 'ended', '2026-08-31', 'due'],
      ['李四', 'endingSoon', '2027-03-31', 'ok'],
      ['王五', 'endingSoon', '2026-12-31', 'ok'],
    ]);
  });
  it('gives every cadre a term field in the JSON', () => {
    const cadres = (checkJson(check) as { cadres: { name: string; term: unknown }[] }).cadres;
    expect(cadres.find((c) => c.name === '赵六')?.term).toBeNull();
    expect(cadres.find((c) => c.name === '张三')?.term).toEqual({
      start: '2023-09-01', end: '2026-08-31', state: 'ended', years: 3, text: '聘期届满(2023年9月聘任,聘期3年,2026年8月31日届满)',
    });
  });

  it('lists them on the check sheet, the rotation status beside the term', () => {
    const rows = checkSheet(check).rows;
    const title = rows.findIndex((row) => row[0] === '聘期提醒(3人)');
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 1]).toEqual(['序号', '行号', '姓名', '单位', '职务', '职级', '轮岗状态', '聘期']);
    expect(rows[title + 2]).toEqual([1, 3, '张三', '财务科', '科长', '', '应轮岗', '聘期届满(2023年9月聘任,聘期3年,2026年8月31日届满)']);
    expect(rows[title + 4]).toEqual([3, 5, '王五', '审计科', '科长', '', '正常', '聘期即将届满(聘期2024年1月1日至2026年12月31日)']);
  });
});
