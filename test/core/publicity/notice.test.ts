import { buildNotice } from '../../../src/core/publicity/notice';
import { planSwaps } from '../../../src/core/plan/planner';
import { publicityPeriod } from '../../../src/core/publicity/period';
import { readRoster } from '../../../src/core/roster/readRoster';
import { checkRoster } from '../../../src/core/check';
import { noticeSheet } from '../../../src/core/sheets/noticeSheet';
import { grid, settings } from '../../helpers';

const header = ['姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '单位', '职务', '职级', '任现职时间', '身份证号', '联系电话', '家庭住址', '年度考核', '备注'];
const rows = [
  ['张三', '男', '1980.05', '汉族', '中共党员', '大学', '2002.07', '财务科', '科长', '正科', '2015.03', '110105198005010011', '13800000001', '北京市某路1号', '优秀', '群众反映良好'],
  ['李四', '女', '1982.06', '回族', '中共党员', '研究生', '2006.07', '审计科', '科长', '正科', '2016.03', '110105198206010022', '13800000002', '北京市某路2号', '称职', '无'],
];

describe('the publicity notice', () => {
  const check = checkRoster(readRoster([grid('名册', [header, ...rows])]), settings(), '2026-09-28');
  const plan = planSwaps(check, [], settings());
  const period = publicityPeriod('2026-09-28', settings());
  const notice = buildNotice(plan, period, settings({ organization: '某某市某某局', decidingBody: '局党组' }), '2026-09-28', true);

  it('is titled with the first name and the count', () => {
    expect(notice.title).toBe('关于张三等2名同志轮岗交流的公示');
  });

  it('says who decided, the period in Chinese dates, and where to send comments', () => {
    const text = notice.body.join('\n');
    expect(text).toContain('经局党组研究');
    expect(text).toContain('公示时间:2026年9月28日至2026年10月9日(5个工作日)');
    expect(text).toContain('12380');
    expect(text).toContain('联系电话:〔联系电话〕');
    expect(notice.issuer).toBe('某某市某某局');
  });

  it('has only the allowed columns, whatever the roster holds', () => {
    expect(notice.columns).toEqual(['序号', '姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '现任职务', '拟任职务']);
    expect(notice.rows[0]).toEqual([1, '张三', '男', '1980.05', '汉族', '中共党员', '大学', '2002.07', '财务科科长', '审计科科长']);
    const sheet = JSON.stringify(noticeSheet(notice));
    for (const secret of ['110105', '1380000', '某路', '优秀', '称职', '群众反映']) expect(sheet).not.toContain(secret);
  });

  it('shows placeholders for settings left empty', () => {
    const bare = buildNotice(plan, period, settings(), '2026-09-28', false);
    expect(bare.body[0]).toContain('经〔决定机关,如局党组〕研究');
    expect(bare.issuer).toBe('〔单位名称〕');
    expect(bare.columns).not.toContain('参加工作时间');
  });

  it('says when the period runs in a year without a published holiday schedule', () => {
    const later = buildNotice(plan, publicityPeriod('2031-03-03', settings()), settings(), '2031-03-03', true);
    expect(later.body.join('')).toContain('2031年国务院节假日安排尚未公布');
  });
});
