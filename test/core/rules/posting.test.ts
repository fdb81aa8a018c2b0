import { classify } from '../../../src/core/rules/classify';
import { postingOf } from '../../../src/core/rules/posting';
import { Cadre } from '../../../src/core/roster/cadre';
import { settings } from '../../helpers';

const cadre = (remarks: string): Cadre => ({
  sheet: '花名册', row: 2, name: '张三', gender: 'male', birth: { date: '1985-06-01', precision: 'month' }, unit: '财务科', post: '科员', rank: '科员',
  category: '', postStart: { date: '2019-03-01', precision: 'month' }, ethnicity: '', birthplace: '', politics: '',
  education: '', remarks, relatives: [], wish: '', history: [],
});
const run = (remarks: string, asOf = '2026-12-01') => classify(cadre(remarks), settings(), asOf, { hasKeyFlag: false, hasCategory: false });

describe('postingOf', () => {
  it.each([
    ['挂职(2025.09-2026.08)', { word: '挂职', from: '2025-09-01', until: '2026-08-31' }],
    ['挂职锻炼2025年9月至2026年8月', { word: '挂职', from: '2025-09-01', until: '2026-08-31' }],
    ['借调 2025.9.1—2026.2.15', { word: '借调', from: '2025-09-01', until: '2026-02-15' }],
    ['借调（２０２５－０９～２０２７－０２）', { word: '借调', from: '2025-09-01', until: '2027-02-28' }],
    ['挂职', { word: '挂职' }],
    ['挂职(2026.09-2025.08)', { word: '挂职' }],
    ['病休', undefined],
  ])('reads %s', (remarks, expected) => {
    expect(postingOf(remarks)).toEqual(expected);
  });
});

describe('a dated posting holds only until it ends', () => {
  it('holds, saying until when', () => {
    expect(run('挂职(2025.09-2027.08)')).toMatchObject({ status: 'exempt', heldFrom: 'due' });
    expect(run('挂职(2025.09-2027.08)').reasons).toContain('暂缓:备注注明"挂职"(至2027年8月31日)');
  });
  it('says when it ends within the warning window', () => {
    expect(run('挂职(2025.09-2027.05)').reasons).toContain('暂缓:备注注明"挂职"(2027年5月31日期满,挂职即将期满)');
  });
  it('holds on its last day and not the day after', () => {
    expect(run('借调(2025.09-2026.11)', '2026-11-30').status).toBe('exempt');
    expect(run('借调(2025.09-2026.11)', '2026-12-01').status).toBe('due');
  });
  it('holds without an end date, saying none is recorded', () => {
    expect(run('挂职').reasons).toContain('暂缓:备注注明"挂职"(未注明期满时间)');
  });
  it('leaves another hold in the remarks in force after the posting ends', () => {
    expect(run('借调(2025.09-2026.08),病休').reasons).toContain('暂缓:备注注明"病休"');
  });
});
