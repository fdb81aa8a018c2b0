/**
 * The notice's words, sentence by sentence, and the warning of what it lacks in both languages: each
 * expected text written out by hand from the notice a clerk would post.
 */
import { buildNotice } from '../../../src/core/publicity/notice';
import { noticeWarning } from '../../../src/core/publicity/noticeWarning';
import { publicityPeriod } from '../../../src/core/publicity/period';
import { planSwaps } from '../../../src/core/plan/planner';
import { Plan } from '../../../src/core/plan/planTypes';
import { Roster, readRoster } from '../../../src/core/roster/readRoster';
import { checkRoster } from '../../../src/core/check';
import { grid, settings } from '../../helpers';
import { WorkingPeriod } from '../../../src/core/publicity/calendar';

const header = ['姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '单位', '职务', '职级', '任现职时间'];
const rows = [
  ['张三', '男', '1980.05', '汉族', '中共党员', '大学', '2002.07', '财务科', '科长', '正科', '2015.03'],
  ['李四', '女', '1982.06', '回族', '中共党员', '研究生', '2006.07', '审计科', '科长', '正科', '2016.03'],
];
// Built in each test, so that a mutation run counts the code they reach as covered by that test.
let roster: Roster;
let plan: Plan;
let period: WorkingPeriod;
beforeEach(() => {
  roster = readRoster([grid('名册', [header, ...rows])]);
  plan = planSwaps(checkRoster(roster, settings(), '2026-09-28'), [], settings());
  period = publicityPeriod('2026-09-28', settings());
});
const given = settings({ organization: '某某市某某局', decidingBody: '局党组', contactPhone: '0571-12345678', contactAddress: '某某路1号' });
/** The same two moves, each in the batch given. */
const inBatches = (first: number, second: number): Plan => ({ ...plan, assignments: plan.assignments.map((a, i) => ({ ...a, batch: i === 0 ? first : second })) });
const noticeOf = (p: Plan, s = given, start = period) => buildNotice(p, start, s, '2026-09-28', roster.columns);

describe('the notice in words', () => {
  it('has two moves, 张三 then 李四, in batch 1 as planned', () => {
    expect(plan.assignments.map((a) => [a.mover.cadre.name, a.batch])).toEqual([['张三', 1], ['李四', 1]]);
  });

  it('says who decided and how many move now, and nothing of later batches when there are none', () => {
    expect(noticeOf(plan).body[0]).toBe('根据《党政领导干部选拔任用工作条例》《公务员转任规定》等有关规定,经局党组研究,拟对以下2名同志进行轮岗交流。为广泛听取意见,现予以公示。');
  });

  it('names the one mover of batch 1 alone and counts those of later batches', () => {
    const notice = noticeOf(inBatches(1, 2));
    expect(notice.title).toBe('关于张三同志轮岗交流的公示');
    expect(notice.body[0]).toBe('根据《党政领导干部选拔任用工作条例》《公务员转任规定》等有关规定,经局党组研究,拟对以下1名同志进行轮岗交流(第1批;另有1名同志列入后续批次,届时另行公示)。为广泛听取意见,现予以公示。');
    expect(notice.rows.map((row) => row[1])).toEqual(['张三']);
  });

  it('has a title without a name when nobody moves in batch 1', () => {
    expect(noticeOf(inBatches(2, 2)).title).toBe('关于轮岗交流的公示');
  });

  it('says where comments go, and no note on the calendar in a year whose schedule is published', () => {
    const { body } = noticeOf(plan);
    expect(body[2]).toBe('公示期间,对公示对象有不同意见或反映问题的,可通过来电、来信、来访等方式向某某市某某局组织人事部门反映,也可通过12380举报电话反映。反映问题要实事求是,以个人名义反映的请提供真实姓名和联系方式。');
    expect(body[3]).toBe('联系电话:0571-12345678;通讯地址:某某路1号;举报电话:12380。');
    expect(body).toHaveLength(4);
  });

  it('notes each year without a published schedule, in order', () => {
    // 2031-12-29 (Monday) on: five working days by weekends alone run to 2032-01-02.
    const across = noticeOf(plan, given, publicityPeriod('2031-12-29', settings()));
    expect(across.period.end).toBe('2032-01-02');
    expect(across.body[4]).toBe('注:2031、2032年国务院节假日安排尚未公布,公示期暂按周末休息计算工作日,公布后请核对。');
  });

  it('takes a field of spaces as empty and trims the rest', () => {
    const notice = noticeOf(plan, settings({ ...given, decidingBody: '  局党组 ', organization: '   ' }));
    expect(notice.missing).toEqual(['organization']);
    expect(notice.body[0]).toContain(',经局党组研究,');
    expect(notice.body[2]).toContain('方式向〔单位名称〕组织人事部门反映');
    expect(notice.issuer).toBe('〔单位名称〕');
  });

  it('writes 男 and 女, and leaves a gender it cannot read blank and named', () => {
    expect(noticeOf(plan).rows.map((row) => row[2])).toEqual(['男', '女']);
    const unread = readRoster([grid('名册', [header, ['王五', '', ...rows[0].slice(2)], rows[1]])]);
    const unreadPlan = planSwaps(checkRoster(unread, settings(), '2026-09-28'), [], settings());
    const notice = buildNotice(unreadPlan, period, given, '2026-09-28', unread.columns);
    expect(notice.rows.map((row) => [row[1], row[2]])).toEqual([['王五', ''], ['李四', '女']]);
    expect(notice.blanks).toEqual([{ name: '王五', row: 2, columns: ['性别'] }]);
  });
});

describe('the warning of what the notice lacks', () => {
  const blanks = [{ name: '王五', row: 2, columns: ['出生年月', '性别'] as const }, { name: '赵六', row: 3, columns: ['学历'] as const }].map((b) => ({ ...b, columns: [...b.columns] }));

  it('names every field, in the order a clerk fills them in, in either language', () => {
    const all = noticeOf(plan, settings({ reportLine: '' }));
    expect(all.missing).toEqual(['decidingBody', 'organization', 'contactPhone', 'contactAddress', 'reportLine']);
    expect(noticeWarning(all)).toBe('公示名单尚缺决定机关、单位名称、联系电话、通讯地址、举报电话(表中以红色标出),请在设置中填写后重新生成');
    expect(noticeWarning(all, 'en-US')).toBe('The notice lacks the deciding body, organization, phone, address, reporting line (marked in red on the sheet); fill them in the settings and plan again');
  });

  it('names the movers with blank cells and which, after the fields', () => {
    expect(noticeWarning({ missing: ['decidingBody'], blanks })).toBe('公示名单尚缺决定机关(表中以红色标出),请在设置中填写后重新生成;以下人员的公示信息空缺或无法识别,请核对花名册:王五(第2行,出生年月、性别)、赵六(第3行,学历)');
    expect(noticeWarning({ missing: ['decidingBody'], blanks }, 'en-US')).toBe('The notice lacks the deciding body (marked in red on the sheet); fill them in the settings and plan again. Notice details blank or unreadable, check the roster: 王五 (row 2: date of birth, gender); 赵六 (row 3: education)');
  });

  it('gives every column its English word', () => {
    const columns = ['姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间'] as const;
    expect(noticeWarning({ missing: [], blanks: [{ name: '王五', row: 2, columns: [...columns] }] }, 'en-US')).toBe('Notice details blank or unreadable, check the roster: 王五 (row 2: name, gender, date of birth, ethnicity, political status, education, start of work)');
    expect(noticeWarning({ missing: [], blanks: [] }, 'en-US')).toBeUndefined();
  });
});
