/**
 * The edges of the rules that a mutation run showed untested, each worked out by hand from DOMAIN.md:
 * the status words and colours, the exemption's holds, where the key-post clock starts, the reasons in
 * English, 聘期 as written and the day a term ends.
 */
import { classify } from '../../../src/core/rules/classify';
import { remarkHoldEnds, retirementAge } from '../../../src/core/rules/exemption';
import { keyPostClockStart } from '../../../src/core/rules/keyPostClock';
import { dateRangeOf } from '../../../src/core/rules/posting';
import { Reason, reasonText, reasonsIn } from '../../../src/core/rules/reasonWords';
import { FLAGGED_STATUSES, STATUSES, STATUS_FILLS, STATUS_LABELS, STATUS_LABELS_EN } from '../../../src/core/rules/status';
import { FLAGGED_TERM_STATES, termOf, termStateLabel, termText, termYearsOf } from '../../../src/core/rules/term';
import { Cadre } from '../../../src/core/roster/cadre';
import { settings } from '../../helpers';

const cadre = (overrides: Partial<Cadre>): Cadre => ({
  sheet: '花名册', row: 2, name: '张三', gender: 'male', birth: { date: '1975-06-01', precision: 'month' }, unit: '办公室', post: '科员', rank: '科员',
  category: '', postStart: { date: '2024-01-01', precision: 'month' }, ethnicity: '', birthplace: '', politics: '',
  education: '', remarks: '', relatives: [], wish: '', history: [], ...overrides,
});
const month = (date: string) => ({ date, precision: 'month' as const });
const day = (date: string) => ({ date, precision: 'day' as const });
const NO_COLUMNS = { hasKeyFlag: false, hasCategory: false };

describe('the statuses', () => {
  it('are named in DOMAIN.md\'s words, and listed due first, as a cadre takes the first that applies', () => {
    expect(STATUS_LABELS).toEqual({ due: '应轮岗', warning: '即将到期', suggested: '建议轮岗', exempt: '暂缓', ok: '正常' });
    expect(FLAGGED_STATUSES).toEqual(['due', 'warning', 'suggested', 'exempt']);
    expect(STATUSES).toEqual([...FLAGGED_STATUSES, 'ok']);
  });

  it('are named in English in DOMAIN.md\'s glosses, one word each, no Chinese', () => {
    expect(STATUS_LABELS_EN).toEqual({ due: 'Due', warning: 'Due soon', suggested: 'Suggested', exempt: 'On hold', ok: 'OK' });
  });

  it('colour the roster with four light fills that black text reads on, grey for 暂缓', () => {
    const fills = Object.values(STATUS_FILLS);
    expect(new Set(fills).size).toBe(4);
    for (const fill of fills) {
      expect(fill).toMatch(/^[0-9A-F]{6}$/u);
      const [r, g, b] = [0, 2, 4].map((at) => parseInt(fill.slice(at, at + 2), 16) / 255);
      // Relative luminance (sRGB weights): black text needs a light ground.
      expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeGreaterThan(0.6);
    }
    const [r, g, b] = [0, 2, 4].map((at) => STATUS_FILLS.exempt.slice(at, at + 2));
    expect(r === g && g === b).toBe(true);
  });
});

describe('the exemption', () => {
  it('has no retirement age for a cadre whose gender is not known', () => {
    expect(retirementAge(cadre({ gender: 'male' }), settings())).toBe(60);
    expect(retirementAge(cadre({ gender: 'female' }), settings())).toBe(55);
    expect(retirementAge(cadre({ gender: undefined }), settings())).toBeUndefined();
  });

  it('says a posting ends soon when its last day is the last day of the warning window, and not the day after', () => {
    const onPosting = (until: string) => classify(cadre({ unit: '财务科', postStart: month('2019-03-01'), remarks: `挂职(2025.09.01-${until})` }), settings(), '2026-11-22', NO_COLUMNS);
    // 2026-11-22 and 6 months: 2027-05-22.
    expect(onPosting('2027.05.22').reasons[1]).toBe('暂缓:备注注明"挂职"(2027年5月22日期满,挂职即将期满)');
    expect(onPosting('2027.05.23').reasons[1]).toBe('暂缓:备注注明"挂职"(至2027年5月23日)');
  });

  it('ends the hold of the remarks with a posting only when the posting is the only hold they name', () => {
    const s = settings();
    expect(remarkHoldEnds(cadre({ remarks: '挂职(2025.09-2027.08)' }), s)).toBe('2027-08-31');
    // 借调 has no end of its own, so the hold has none.
    expect(remarkHoldEnds(cadre({ remarks: '挂职(2025.09-2027.08),借调' }), s)).toBeUndefined();
    // A posting that no hold word names holds nothing.
    expect(remarkHoldEnds(cadre({ remarks: '挂职(2025.09-2027.08)' }), settings({ exemptRemarkWords: ['借调'] }))).toBeUndefined();
  });
});

describe('where the key-post clock starts, under keyPostClock: leadership', () => {
  const leadership = settings({ keyPostClock: 'leadership' });
  const chief = (overrides: Partial<Cadre>) => cadre({ unit: '财务科', post: '科长', rank: '正科', postStart: month('2021-03-01'), unitStart: month('2016-03-01'), ...overrides });

  it('takes the earlier of 任本单位正副职时间 and 任现职时间, the first when both name one day', () => {
    expect(keyPostClockStart(chief({ leadershipStart: month('2019-03-01'), postStart: day('2019-03-01') }), leadership)).toEqual({ start: month('2019-03-01'), basis: 'leadershipColumn' });
    expect(keyPostClockStart(chief({ leadershipStart: month('2019-03-01'), postStart: day('2018-03-01') }), leadership)).toEqual({ start: day('2018-03-01'), basis: 'leadershipColumn' });
  });

  it('counts from joining the unit only for a 正职 who was 副职 in the same unit', () => {
    const promoted = { start: month('2016-03-01'), basis: 'promotion' };
    const post = { start: month('2021-03-01'), basis: 'post' };
    expect(keyPostClockStart(chief({ history: [{ unit: '财务科副科长' }] }), leadership)).toEqual(promoted);
    // 副职 in another unit, or in this unit but not 副职: the current post.
    expect(keyPostClockStart(chief({ history: [{ unit: '办公室副主任' }] }), leadership)).toEqual(post);
    expect(keyPostClockStart(chief({ history: [{ unit: '财务科科员' }] }), leadership)).toEqual(post);
    // A 副职 now is no 正职, whatever the remarks say of a step.
    expect(keyPostClockStart(chief({ post: '副科长', rank: '副科', remarks: '由副主任科员提任' }), leadership)).toEqual(post);
    // A unit whose own name holds 副 (副食品科) says nothing of a 副职 in it.
    expect(keyPostClockStart(chief({ unit: '副食品科', history: [{ unit: '副食品科科员' }] }), leadership)).toEqual(post);
    expect(keyPostClockStart(chief({ unit: '副食品科', history: [{ unit: '副食品科副科长' }] }), leadership)).toEqual(promoted);
    // Without a unit there is no same unit.
    expect(keyPostClockStart(chief({ unit: '', history: [{ unit: '财务科副科长' }] }), leadership)).toEqual(post);
  });

  it('needs both dates, the unit joined before the post', () => {
    const history = [{ unit: '财务科副科长' }];
    expect(keyPostClockStart(chief({ history, unitStart: month('2021-03-01') }), leadership)).toEqual({ start: month('2021-03-01'), basis: 'post' });
    expect(keyPostClockStart(chief({ history, unitStart: undefined }), leadership)).toEqual({ start: month('2021-03-01'), basis: 'post' });
    expect(keyPostClockStart(chief({ history, postStart: undefined }), leadership)).toEqual({ start: undefined, basis: 'post' });
  });
});

describe('the reasons in English', () => {
  const due = (rule: 'samePost' | 'sameUnit', held: { years: number; months: number }, clock?: 'leadershipColumn'): Reason => ({ kind: 'tenureDue', rule, years: 10, start: month('2015-01-01'), held, ...(clock ? { clock } : {}) });

  it('count one year and one month in the singular, and leave out a zero', () => {
    expect(reasonText(due('samePost', { years: 1, months: 1 }), 'en-US')).toBe('Same post: 10 years reached (since 2015-01, 1 year 1 month)');
    expect(reasonText(due('samePost', { years: 0, months: 5 }), 'en-US')).toBe('Same post: 10 years reached (since 2015-01, 5 months)');
    expect(reasonText(due('samePost', { years: 11, months: 0 }), 'en-US')).toBe('Same post: 10 years reached (since 2015-01, 11 years)');
    expect(reasonText(due('samePost', { years: 2, months: 3 }), 'en-US')).toBe('Same post: 10 years reached (since 2015-01, 2 years 3 months)');
  });

  it('tell the same unit from the same post, and say where the leadership clock started', () => {
    expect(reasonText(due('sameUnit', { years: 11, months: 10 }), 'en-US')).toBe('Same unit: 10 years reached (since 2015-01, 11 years 10 months)');
    expect(reasonText(due('samePost', { years: 11, months: 10 }, 'leadershipColumn'), 'en-US')).toBe('Same post: 10 years reached (in the unit\'s leadership since 2015-01, 11 years 10 months)');
  });

  it('name a key post without a label as such, in both languages', () => {
    const keyPost: Reason = { kind: 'tenureDue', rule: 'keyPost', years: 5, start: month('2019-03-01'), held: { years: 7, months: 8 } };
    expect(reasonText(keyPost)).toBe('重点岗位任现职满5年(2019年3月起,已7年8个月)');
    expect(reasonText(keyPost, 'en-US')).toBe('Key post: 5 years in the post reached (since 2019-03, 7 years 8 months)');
    const soon: Reason = { kind: 'remark', word: '挂职', posting: { word: '挂职', until: '2027-05-22', endingSoon: true } };
    expect(reasonText(soon, 'en-US', true)).toBe('On hold: The remarks say "挂职" (ends 2027-05-22, ending soon)');
  });

  it('give a posting\'s end where the remarks write one', () => {
    const result = classify(cadre({ unit: '财务科', postStart: month('2019-03-01'), remarks: '挂职(2025.09-2027.08)' }), settings(), '2026-11-22', NO_COLUMNS);
    expect(reasonsIn(result.details, 'en-US')[1]).toBe('On hold: The remarks say "挂职" (until 2027-08-31)');
  });
});

describe('date ranges of remarks and 聘期起止', () => {
  it.each([
    ['2023.09-2026.08', { from: '2023-09-01', until: '2026-08-31' }],
    ['2023年9月至2026年8月', { from: '2023-09-01', until: '2026-08-31' }],
    ['2023.09.15~2026.09.14', { from: '2023-09-15', until: '2026-09-14' }],
    ['2026.01.05—2026.01.05', { from: '2026-01-05', until: '2026-01-05' }],
  ])('reads %s', (text, range) => {
    expect(dateRangeOf(text)).toEqual(range);
  });

  it.each(['2026.08-2023.09', '2023.09', '长期'])('reads no range in %s', (text) => {
    expect(dateRangeOf(text)).toBeUndefined();
  });
});

describe('聘期 as written', () => {
  it.each([['一聘三年', 3], ['36月', 3], ['12年', 12], ['1', 1], ['20', 20], ['48个月', 4]])('reads %s', (text, years) => {
    expect(termYearsOf(text)).toBe(years);
  });

  // 一聘 only before or after the length: 三一聘年 is no way of writing it.
  it.each(['约36个月', '36个月左右', '0个月', '21', '三年左右', '第3年', '0年', '三一聘年'])('does not guess %s', (text) => {
    expect(termYearsOf(text)).toBeUndefined();
  });
});

describe('the term', () => {
  // Appointed 2024-05-23 for three years: the last day is 2027-05-22, which is 2026-11-22 and 6 months.
  it('ends soon when its last day is the last day of the warning window, and runs when it is a day later', () => {
    expect(termOf(cadre({ termStart: day('2024-05-23') }), settings(), '2026-11-22').term).toMatchObject({ end: '2027-05-22', state: 'endingSoon' });
    expect(termOf(cadre({ termStart: day('2024-05-24') }), settings(), '2026-11-22').term).toMatchObject({ end: '2027-05-23', state: 'running' });
  });

  it('is nothing without its dates, and a problem only where a length or a range is written and unreadable', () => {
    expect(termOf(cadre({}), settings(), '2026-11-22')).toEqual({});
    expect(termOf(cadre({ termRange: '待定' }), settings(), '2026-11-22')).toEqual({ problem: { field: 'termRange', issue: { kind: 'badTermRange', text: '待定' } } });
    expect(termOf(cadre({ termStart: day('2024-05-23'), termLength: '五年' }), settings(), '2026-11-22')).toEqual({ term: expect.objectContaining({ end: '2029-05-22', years: 5 }) });
    const appointed = termOf(cadre({ termStart: day('2024-05-23') }), settings(), '2026-11-22');
    expect(appointed.problem).toBeUndefined();
    expect(termOf(cadre({ termStart: day('2024-05-23'), termRange: '待定' }), settings(), '2026-11-22')).toEqual({
      term: appointed.term, problem: { field: 'termRange', issue: { kind: 'badTermRange', text: '待定' } },
    });
  });

  it('is flagged ended first, then ending soon, and said in both languages', () => {
    expect(FLAGGED_TERM_STATES).toEqual(['ended', 'endingSoon']);
    expect(['ended', 'endingSoon', 'running'].map((state) => termStateLabel(state as 'ended'))).toEqual(['聘期届满', '聘期即将届满', '聘期内']);
    expect(['ended', 'endingSoon', 'running'].map((state) => termStateLabel(state as 'ended', 'en-US'))).toEqual(['Appointment term ended', 'Appointment term ends soon', 'Within the appointment term']);
    const running = termOf(cadre({ termStart: month('2026-01-01') }), settings(), '2026-11-22').term!;
    expect(termText(running)).toBe('聘期内(2026年1月聘任,聘期3年,2028年12月31日届满)');
    expect(termText(running, 'en-US')).toBe('Within the appointment term (appointed 2026-01, 3-year term, ends 2028-12-31)');
    const ended = termOf(cadre({ termStart: day('2023-06-15') }), settings(), '2026-11-22').term!;
    expect(termText(ended, 'en-US')).toBe('Appointment term ended (appointed 2023-06-15, 3-year term, ended 2026-06-14)');
    const ranged = termOf(cadre({ termRange: '2024.01-2026.12' }), settings(), '2026-11-22').term!;
    expect(termText(ranged, 'en-US')).toBe('Appointment term ends soon (term 2024-01-01 to 2026-12-31)');
  });
});
