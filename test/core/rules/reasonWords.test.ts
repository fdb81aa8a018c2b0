import { classify } from '../../../src/core/rules/classify';
import { reasonsIn } from '../../../src/core/rules/reasonWords';
import { Cadre } from '../../../src/core/roster/cadre';
import { settings } from '../../helpers';

const NO_COLUMNS = { hasKeyFlag: false, hasCategory: false };
const cadre = (overrides: Partial<Cadre>): Cadre => ({
  sheet: '花名册', row: 2, name: '张三', gender: 'male', birth: { date: '1975-06-01', precision: 'month' }, unit: '办公室', post: '科员', rank: '科员',
  category: '', postStart: { date: '2024-01-01', precision: 'month' }, ethnicity: '', birthplace: '', politics: '',
  education: '', remarks: '', relatives: [], wish: '', history: [], ...overrides,
});
const run = (c: Cadre, asOf: string) => classify(c, settings(), asOf, NO_COLUMNS);

describe('the reasons in both languages, from one table', () => {
  it('writes each reason in zh-CN exactly as the reasons the check gives', () => {
    const c = cadre({ unit: '财务科', postStart: { date: '2019-03-01', precision: 'month' }, birth: { date: '1965-01-01', precision: 'month' }, remarks: '借调市局' });
    const result = run(c, '2026-11-22');
    expect(result.status).toBe('exempt');
    expect(reasonsIn(result.details, 'zh-CN')).toEqual(result.reasons);
    expect(result.reasons).toEqual([
      '重点岗位(财务)任现职满5年(2019年3月起,已7年8个月)',
      '暂缓:距退休年龄不足2年(1965年1月出生,男,60岁退休)',
      '暂缓:备注注明"借调"(未注明期满时间)',
    ]);
  });

  it('writes the same reasons in English, with ISO dates', () => {
    const c = cadre({ unit: '财务科', postStart: { date: '2019-03-01', precision: 'month' }, birth: { date: '1965-01-01', precision: 'month' }, remarks: '借调市局' });
    expect(reasonsIn(run(c, '2026-11-22').details, 'en-US')).toEqual([
      'Key post (财务): 5 years in the post reached (since 2019-03, 7 years 8 months)',
      'On hold: Within 2 years of retirement age (born 1965-01, male, retires at 60)',
      'On hold: The remarks say "借调" (no end date recorded)',
    ]);
  });

  it('writes due soon and suggested in English', () => {
    const soon = run(cadre({ postStart: { date: '2017-03-15', precision: 'day' } }), '2026-11-22');
    expect(soon.status).toBe('warning');
    expect(reasonsIn(soon.details, 'en-US')).toEqual(['Same post: 10 years reaches on 2027-03-15 (since 2017-03-15)']);
    expect(soon.reasons).toEqual(['同一职位任职将满10年(2017年3月15日起,2027年3月15日届满)']);
    const young = run(cadre({ birth: { date: '1990-05-01', precision: 'month' }, postStart: { date: '2022-01-01', precision: 'month' } }), '2026-11-22');
    expect(young.status).toBe('suggested');
    expect(reasonsIn(young.details, 'en-US')).toEqual(['Aged 36 (under 40), 3 years in the post reached (since 2022-01, 4 years 10 months)']);
  });
});
