/**
 * The edges of the rules that a plausible slip would move: who is exempt for age by gender, which
 * categories make a post key, the words and colours of each status. Expected values are DOMAIN.md's.
 */
import { classify } from '../../../src/core/rules/classify';
import { exemptionReasons as reasonsOf } from '../../../src/core/rules/exemption';
import { reasonText } from '../../../src/core/rules/reasonWords';
import { keyPostOf } from '../../../src/core/rules/keyPost';
import { FLAGGED_STATUSES, STATUSES, STATUS_FILLS, STATUS_LABELS } from '../../../src/core/rules/status';
import { Cadre } from '../../../src/core/roster/cadre';
import { settings } from '../../helpers';

const cadre = (overrides: Partial<Cadre>): Cadre => ({
  sheet: '花名册', row: 2, name: '张三', gender: 'male', birth: { date: '1985-06-01', precision: 'month' }, unit: '办公室', post: '科员', rank: '科员',
  category: '', postStart: { date: '2024-01-01', precision: 'month' }, ethnicity: '', birthplace: '', politics: '',
  education: '', remarks: '', relatives: [], wish: '', history: [], ...overrides,
});
const month = (date: string) => ({ date, precision: 'month' as const });

const exemptionReasons = (...args: Parameters<typeof reasonsOf>) => reasonsOf(...args).map((reason) => reasonText(reason));

describe('near retirement, by gender', () => {
  // On 2026-12-01 someone born 1970-06 is 56: past a woman's hold (53, from 2023-06-01), short of a man's (58, from 2028-06-01).
  const born = month('1970-06-01');
  it('holds a woman of 56 and names her gender and age of retirement', () => {
    expect(exemptionReasons(cadre({ gender: 'female', birth: born }), settings(), '2026-12-01')).toEqual(['距退休年龄不足2年(1970年6月出生,女,55岁退休)']);
  });
  it('does not hold a man of 56', () => {
    expect(exemptionReasons(cadre({ gender: 'male', birth: born }), settings(), '2026-12-01')).toEqual([]);
  });
  it('holds a man from the birthday two years before 60, and names him', () => {
    expect(exemptionReasons(cadre({ gender: 'male', birth: born }), settings(), '2028-05-31')).toEqual([]);
    expect(exemptionReasons(cadre({ gender: 'male', birth: born }), settings(), '2028-06-01')).toEqual(['距退休年龄不足2年(1970年6月出生,男,60岁退休)']);
  });
  it('holds nobody for age whose gender is unknown', () => {
    expect(exemptionReasons(cadre({ gender: undefined, birth: month('1960-01-01') }), settings(), '2026-12-01')).toEqual([]);
  });
});

describe('a category column says which posts are key', () => {
  const withCategory = { hasKeyFlag: false, hasCategory: true };
  const key = (category: string) => keyPostOf(cadre({ category, unit: '财务科' }), settings(), withCategory).key;
  it('takes a category naming key work, or saying 重点, as key', () => {
    expect(key('财务管理')).toBe(true);
    expect(key('重点')).toBe(true);
    expect(key('重点岗位')).toBe(true);
  });
  it('takes 非重点 and 一般, and any other category, as not key, whatever the unit is called', () => {
    expect(key('非重点')).toBe(false);
    expect(key('一般')).toBe(false);
    expect(key('一般(财务辅助)')).toBe(false);
    expect(key('非重点岗位(审批窗口)')).toBe(false);
    expect(key('综合')).toBe(false);
    expect(key('')).toBe(false);
  });
});

describe('an ok cadre', () => {
  it('has no reasons', () => {
    const result = classify(cadre({}), settings(), '2026-12-01', { hasKeyFlag: false, hasCategory: false });
    expect(result).toEqual({ status: 'ok', reasons: [], details: [], keyPost: { key: false } });
  });
});

describe('the statuses', () => {
  it('carry the words of DOMAIN.md, in the order the rules try them', () => {
    expect(STATUSES.map((status) => STATUS_LABELS[status])).toEqual(['应轮岗', '即将到期', '建议轮岗', '暂缓', '正常']);
    expect(FLAGGED_STATUSES).toEqual(['due', 'warning', 'suggested', 'exempt']);
  });
  it('each mark the roster with a colour of its own', () => {
    const fills = FLAGGED_STATUSES.map((status) => STATUS_FILLS[status]);
    for (const fill of fills) expect(fill).toMatch(/^[0-9A-F]{6}$/u);
    expect(new Set(fills).size).toBe(fills.length);
    expect(fills).not.toContain('FFFFFF');
  });
});
