import { checkRoster } from '../../../src/core/check';
import { readRoster } from '../../../src/core/roster/readRoster';
import { reasonsIn } from '../../../src/core/rules/reasonWords';
import { checkOf, grid, settings } from '../../helpers';

const AS_OF = '2026-11-22';

describe('the key-post clock', () => {
  // 张三 took 财务科科长 in 2023.03 after 副科长 there from 2019.03 (he joined the unit then).
  const row = { name: '张三', unit: '财务科', post: '科长', rank: '正科', postStart: '2023.03', unitStart: '2019.03', history: '财务科副科长(2019.03-2023.03)' };

  it('starts at the current post by default: 3 years 8 months, not due', () => {
    expect(checkOf([row], AS_OF).checked[0].status).toBe('ok');
  });
  it('counts 副职 then 正职 in the unit together under leadership: from 2019-03-01, 5 years on 2024-03-01', () => {
    const [entry] = checkOf([row], AS_OF, { keyPostClock: 'leadership' }).checked;
    expect(entry.status).toBe('due');
    expect(entry.reasons).toEqual(['重点岗位(财务)在本单位连续任正副职满5年(由副职任正职,按进入本单位时间2019年3月起,已7年8个月)']);
    expect(reasonsIn(entry.details, 'en-US')).toEqual(['Key post (财务): 5 years of continuous 正副职 service in the unit reached (deputy then chief, from joining the unit since 2019-03, 7 years 8 months)']);
  });
  it('reads the step from the remarks too', () => {
    const written = { ...row, history: '', remarks: '2023年3月由副科长提任' };
    expect(checkOf([written], AS_OF, { keyPostClock: 'leadership' }).checked[0].status).toBe('due');
    expect(checkOf([{ ...written, remarks: '2023年3月由科员提任' }], AS_OF, { keyPostClock: 'leadership' }).checked[0].status).toBe('ok');
  });
  it('keeps the current post for a 正职 never 副职 in the unit, and for a 副职', () => {
    const other = { ...row, history: '办公室副主任(2019.03-2023.03)' };
    expect(checkOf([other], AS_OF, { keyPostClock: 'leadership' }).checked[0].status).toBe('ok');
    const deputy = { ...row, post: '副科长', rank: '副科', history: '财务科科员(2019.03-2023.03)' };
    expect(checkOf([deputy], AS_OF, { keyPostClock: 'leadership' }).checked[0].status).toBe('ok');
  });
  it('takes 任本单位正副职时间 where the roster has it', () => {
    const sheet = grid('花名册', [
      ['姓名', '性别', '出生年月', '科室', '职务', '职级', '任现职时间', '任本单位正副职时间'],
      ['李四', '女', '1980.04', '审计科', '科长', '正科', '2024.06', '2021.06'],
    ]);
    const roster = readRoster([sheet]);
    expect(roster.columns.leadershipStart).toBe('任本单位正副职时间');
    // 2021-06-01 + 5 years = 2026-06-01, before the plan date.
    expect(checkRoster(roster, settings({ keyPostClock: 'leadership' }), AS_OF).checked[0].reasons).toEqual(['重点岗位(审计)在本单位连续任正副职满5年(任本单位正副职2021年6月起,已5年5个月)']);
    // By the default clock, from the current post: 2024-06 + 5 years = 2029-06, not due.
    expect(checkRoster(roster, settings(), AS_OF).checked[0].status).toBe('ok');
  });
});

describe('key units (keyUnits)', () => {
  const rows = [{ name: '王五', unit: '政务服务窗口', post: '科员', postStart: '2020.05' }];
  it('puts a cadre of a key unit on the key-post rule: 2020-05 + 5 years = 2025-05, due', () => {
    expect(checkOf(rows, AS_OF).checked[0].status).toBe('ok');
    const [entry] = checkOf(rows, AS_OF, { keyUnits: ['窗口', '服务大厅'] }).checked;
    expect(entry.status).toBe('due');
    expect(entry.reasons).toEqual(['重点岗位(窗口)任现职满5年(2020年5月起,已6年6个月)']);
  });
  it('yields to the roster flag saying 否', () => {
    const sheet = grid('花名册', [['姓名', '单位', '职务', '任现职时间', '是否重点岗位'], ['王五', '服务大厅', '科员', '2020.05', '否']]);
    expect(checkRoster(readRoster([sheet]), settings({ keyUnits: ['服务大厅'] }), AS_OF).checked[0].status).toBe('ok');
  });
});
