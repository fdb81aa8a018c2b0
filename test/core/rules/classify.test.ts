import { classify } from '../../../src/core/rules/classify';
import { keyPostOf } from '../../../src/core/rules/keyPost';
import { Cadre } from '../../../src/core/roster/cadre';
import { checkRoster } from '../../../src/core/check';
import { rosterOf, settings } from '../../helpers';

const NO_COLUMNS = { hasKeyFlag: false, hasCategory: false };

const cadre = (overrides: Partial<Cadre>): Cadre => ({
  sheet: '花名册', row: 2, name: '张三', gender: 'male', birth: { date: '1975-06-01', precision: 'month' }, unit: '办公室', post: '科员', rank: '科员',
  category: '', postStart: { date: '2024-01-01', precision: 'month' }, ethnicity: '汉族', birthplace: '', politics: '中共党员',
  education: '大学', remarks: '', relatives: [], wish: '', history: [], ...overrides,
});
const day = (date: string) => ({ date, precision: 'day' as const });
const run = (c: Cadre, asOf: string, overrides = {}) => classify(c, settings(overrides), asOf, NO_COLUMNS);

describe('due (应轮岗)', () => {
  it('is due on the day a key post reaches 5 years, not the day before', () => {
    const c = cadre({ unit: '财务科', postStart: day('2021-11-22') });
    expect(run(c, '2026-11-21').status).toBe('warning');
    const due = run(c, '2026-11-22');
    expect(due.status).toBe('due');
    expect(due.reasons).toEqual(['重点岗位(财务)任现职满5年(2021年11月22日起,已5年)']);
  });

  it('is due on the day the same post reaches 10 years', () => {
    const c = cadre({ postStart: day('2016-11-22') });
    expect(run(c, '2026-11-21').status).toBe('warning');
    expect(run(c, '2026-11-22')).toMatchObject({ status: 'due', reasons: ['同一职位任职满10年(2016年11月22日起,已10年)'] });
  });

  it('is due on the day the same unit reaches 10 years, where the roster has the unit date', () => {
    const c = cadre({ unitStart: day('2016-11-22') });
    expect(run(c, '2026-11-21').status).toBe('warning');
    expect(run(c, '2026-11-22')).toMatchObject({ status: 'due', reasons: ['同一单位工作满10年(2016年11月22日起,已10年)'] });
  });

  it('lists every rule met, in words with the month the post began and the time held', () => {
    const c = cadre({ unit: '财务科', postStart: { date: '2019-03-01', precision: 'month' }, unitStart: { date: '2010-01-01', precision: 'month' } });
    expect(run(c, '2026-11-22').reasons).toEqual([
      '重点岗位(财务)任现职满5年(2019年3月起,已7年8个月)',
      '同一单位工作满10年(2010年1月起,已16年10个月)',
    ]);
  });

  it('uses the thresholds of the settings', () => {
    const c = cadre({ unit: '财务科', postStart: day('2023-11-22') });
    expect(run(c, '2026-11-22', { keyPostYears: 3 }).status).toBe('due');
  });
});

describe('due soon (即将到期)', () => {
  it('warns when a rule is met on or before the day 6 months ahead', () => {
    const c = cadre({ unit: '财务科', postStart: day('2022-05-22') });
    expect(run(c, '2026-11-21').status).toBe('ok');
    const soon = run(c, '2026-11-22');
    expect(soon.status).toBe('warning');
    expect(soon.reasons).toEqual(['重点岗位(财务)任现职将满5年(2022年5月22日起,2027年5月22日届满)']);
  });
});

describe('suggested (建议轮岗)', () => {
  it('suggests a cadre under 40 with 3 years in post, until the 40th birthday', () => {
    const c = cadre({ birth: day('1986-11-22'), postStart: day('2023-01-01') });
    expect(run(c, '2026-11-21')).toMatchObject({ status: 'suggested', reasons: ['39岁(未满40岁),任现职满3年(2023年1月起,已3年10个月)'] });
    expect(run(c, '2026-11-22').status).toBe('ok');
  });

  it('needs 3 full years in the post', () => {
    const c = cadre({ birth: day('1990-01-01'), postStart: day('2023-11-22') });
    expect(run(c, '2026-11-21').status).toBe('ok');
    expect(run(c, '2026-11-22').status).toBe('suggested');
  });

  it('gives way to due and to due soon', () => {
    const c = cadre({ birth: day('1990-01-01'), unit: '财务科', postStart: day('2021-01-01') });
    expect(run(c, '2026-11-22').status).toBe('due');
  });
});

describe('exempt (暂缓)', () => {
  const due = { unit: '财务科', postStart: day('2015-01-01') };

  it('holds a man from the birthday 2 years before 60', () => {
    const c = cadre({ ...due, gender: 'male', birth: day('1968-11-22') });
    expect(run(c, '2026-11-21').status).toBe('due');
    const held = run(c, '2026-11-22');
    expect(held.status).toBe('exempt');
    expect(held.heldFrom).toBe('due');
    expect(held.reasons[0]).toMatch(/^重点岗位\(财务\)任现职满5年/u);
    expect(held.reasons).toContain('暂缓:距退休年龄不足2年(1968年11月出生,男,60岁退休)');
  });

  it('holds a woman from the birthday 2 years before 55', () => {
    const c = cadre({ ...due, gender: 'female', birth: day('1973-11-22') });
    expect(run(c, '2026-11-21').status).toBe('due');
    expect(run(c, '2026-11-22').status).toBe('exempt');
  });

  it('uses the retirement ages and margin of the settings', () => {
    const c = cadre({ ...due, gender: 'female', birth: day('1970-06-01') });
    expect(run(c, '2026-11-22', { retirementAgeFemale: 60 }).status).toBe('due');
    expect(run(c, '2026-11-22', { retirementAgeFemale: 60, exemptYearsBeforeRetirement: 5 }).status).toBe('exempt');
  });

  it.each(['试用期', '挂职', '借调', '病休', '长期病假', '暂缓', '立案', '审查'])('holds a cadre whose remarks say %s', (word) => {
    const held = run(cadre({ ...due, remarks: `2025年起${word}` }), '2026-11-22');
    expect(held.status).toBe('exempt');
    const dated = word === "挂职" || word === "借调" ? "(未注明期满时间)" : "";
    expect(held.reasons).toContain(`暂缓:备注注明"${word}"${dated}`);
  });

  it('holds the due soon and the suggested too, but never an ok cadre', () => {
    expect(run(cadre({ unit: '财务科', postStart: day('2022-02-01'), remarks: '借调' }), '2026-11-22')).toMatchObject({ status: 'exempt', heldFrom: 'warning' });
    expect(run(cadre({ birth: day('1990-01-01'), postStart: day('2022-01-01'), remarks: '借调' }), '2026-11-22')).toMatchObject({ status: 'exempt', heldFrom: 'suggested' });
    expect(run(cadre({ remarks: '借调' }), '2026-11-22')).toMatchObject({ status: 'ok', reasons: [] });
  });
});

describe('key posts (重点岗位)', () => {
  it('reads the unit or post name where the roster has no key-post column', () => {
    const s = settings();
    expect(keyPostOf(cadre({ unit: '行政审批科' }), s, NO_COLUMNS)).toEqual({ key: true, label: '审批' });
    expect(keyPostOf(cadre({ unit: '综合执法大队' }), s, NO_COLUMNS)).toEqual({ key: true, label: '执法' });
    expect(keyPostOf(cadre({ unit: '办公室' }), s, NO_COLUMNS)).toEqual({ key: false });
  });

  it('follows the roster where it flags key posts, and then not the names', () => {
    const s = settings();
    const flagged = { hasKeyFlag: true, hasCategory: false };
    expect(keyPostOf(cadre({ unit: '办公室', keyFlag: true }), s, flagged).key).toBe(true);
    expect(keyPostOf(cadre({ unit: '财务科', keyFlag: false }), s, flagged).key).toBe(false);
  });

  it('follows a category column that names key work', () => {
    const s = settings();
    const withCategory = { hasKeyFlag: false, hasCategory: true };
    expect(keyPostOf(cadre({ unit: '办公室', category: '资金管理' }), s, withCategory)).toEqual({ key: true, label: '资金' });
    expect(keyPostOf(cadre({ unit: '财务科', category: '一般岗位' }), s, withCategory).key).toBe(false);
  });
});

describe('checkRoster', () => {
  it('counts every status and leaves the cadres as they were', () => {
    const rows = [
      { name: '甲', unit: '财务科', postStart: '2019.03' },
      { name: '乙', unit: '办公室', postStart: '2025.01' },
      { name: '丙', unit: '办公室', postStart: '2019.03', birth: '1995.01' },
    ];
    const roster = rosterOf(rows);
    const before = JSON.stringify(roster);
    const result = checkRoster(roster, settings(), '2026-11-22');
    expect(result.summary).toEqual({ due: 1, warning: 0, suggested: 1, exempt: 0, ok: 1 });
    expect(result.roster).toBe(roster);
    expect(JSON.stringify(roster)).toBe(before);
  });
});
