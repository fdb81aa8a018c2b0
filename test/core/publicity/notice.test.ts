import { Notice, buildNotice } from '../../../src/core/publicity/notice';
import { planSwaps } from '../../../src/core/plan/planner';
import { publicityPeriod } from '../../../src/core/publicity/period';
import { Roster, readRoster } from '../../../src/core/roster/readRoster';
import { CheckResult, checkRoster } from '../../../src/core/check';
import { noticeSheet } from '../../../src/core/sheets/noticeSheet';
import { noticeWarning } from '../../../src/core/publicity/noticeWarning';
import { grid, settings } from '../../helpers';
import { WorkingPeriod } from '../../../src/core/publicity/calendar';
import { Plan } from '../../../src/core/plan/planTypes';

const header = ['姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '单位', '职务', '职级', '任现职时间', '身份证号', '联系电话', '家庭住址', '年度考核', '备注'];
const rows = [
  ['张三', '男', '1980.05', '汉族', '中共党员', '大学', '2002.07', '财务科', '科长', '正科', '2015.03', '110105198005010011', '13800000001', '北京市某路1号', '优秀', '群众反映良好'],
  ['李四', '女', '1982.06', '回族', '中共党员', '研究生', '2006.07', '审计科', '科长', '正科', '2016.03', '110105198206010022', '13800000002', '北京市某路2号', '称职', '无'],
];

describe('the publicity notice', () => {
  // Built in each test, so that a mutation run counts the code they reach as covered by that test.
  let roster: Roster;
  let check: CheckResult;
  let plan: Plan;
  let period: WorkingPeriod;
  let notice: Notice;
  beforeEach(() => {
    roster = readRoster([grid('名册', [header, ...rows])]);
    check = checkRoster(roster, settings(), '2026-09-28');
    plan = planSwaps(check, [], settings());
    period = publicityPeriod('2026-09-28', settings());
    notice = buildNotice(plan, period, settings({ organization: '某某市某某局', decidingBody: '局党组' }), '2026-09-28', roster.columns);
  });

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
    expect(notice.missing).toEqual(['contactPhone', 'contactAddress']);
    expect(noticeWarning(notice)).toBe('公示名单尚缺联系电话、通讯地址(表中以红色标出),请在设置中填写后重新生成');
    expect(noticeWarning(notice, 'en-US')).toContain('lacks the phone, address');
  });

  it('is ready, with no gap and no warning, when every field is given', () => {
    const full = settings({ organization: '某某市某某局', decidingBody: '局党组', contactPhone: '0571-12345678', contactAddress: '某某路1号', noticeDate: '2026-09-25' });
    const ready = buildNotice(plan, period, full, '2026-09-28', roster.columns);
    expect(JSON.stringify(noticeSheet(ready))).not.toContain('〔');
    expect(noticeWarning(ready)).toBeUndefined();
    expect(ready.issuedOn).toBe('2026年9月25日');
  });

  it('marks each gap red on the sheet, and only those cells', () => {
    const sheet = noticeSheet(notice);
    const red = new Set((sheet.styles ?? []).filter((s) => s.style.color === 'C00000').map((s) => s.row));
    const gapRows = sheet.rows.flatMap((row, index) => (String(row[0] ?? '').includes('〔') ? [index] : []));
    expect(gapRows.length).toBeGreaterThan(0);
    expect([...red].sort()).toEqual(gapRows.sort());
  });

  it('has only the allowed columns, whatever the roster holds', () => {
    expect(notice.columns).toEqual(['序号', '姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '现任职务', '拟任职务']);
    expect(notice.rows[0]).toEqual([1, '张三', '男', '1980.05', '汉族', '中共党员', '大学', '2002.07', '财务科科长', '审计科科长']);
    const sheet = JSON.stringify(noticeSheet(notice));
    for (const secret of ['110105', '1380000', '某路', '优秀', '称职', '群众反映']) expect(sheet).not.toContain(secret);
  });

  it('shows placeholders for settings left empty', () => {
    const { workStart, ...withoutWorkStart } = roster.columns;
    expect(workStart).toBeDefined();
    const bare = buildNotice(plan, period, settings(), '2026-09-28', withoutWorkStart);
    expect(bare.body[0]).toContain('经〔决定机关〕研究');
    expect(bare.issuer).toBe('〔单位名称〕');
    expect(bare.columns).not.toContain('参加工作时间');
    expect(bare.missing).toEqual(['decidingBody', 'organization', 'contactPhone', 'contactAddress']);
  });

  it('leaves out the columns the roster lacks and names movers with blank or unreadable cells', () => {
    const lean = ['姓名', '性别', '出生年月', '单位', '职务', '职级', '任现职时间'];
    const leanRows = [['王五', '男', '不详', '财务科', '科长', '正科', '2015.03'], ['赵六', '女', '1982.06', '审计科', '科长', '正科', '2016.03']];
    const leanRoster = readRoster([grid('名册', [lean, ...leanRows])]);
    const leanPlan = planSwaps(checkRoster(leanRoster, settings(), '2026-09-28'), [], settings());
    const leanNotice = buildNotice(leanPlan, period, settings(), '2026-09-28', leanRoster.columns);
    expect(leanNotice.columns).toEqual(['序号', '姓名', '性别', '出生年月', '现任职务', '拟任职务']);
    expect(leanNotice.blanks).toEqual([{ name: '王五', row: 2, columns: ['出生年月'] }]);
    expect(noticeWarning(leanNotice)).toContain('以下人员的公示信息空缺或无法识别,请核对花名册:王五(第2行,出生年月)');
    const sheet = noticeSheet(leanNotice);
    const headerRow = sheet.rows.findIndex((row) => row[0] === '序号');
    const blankCells = (sheet.styles ?? []).filter((s) => s.style.fill === 'FFC7CE').map((s) => [s.row - headerRow, s.column]);
    expect(blankCells).toEqual([[1, 3]]);
  });

  it('says when the period runs in a year without a published holiday schedule', () => {
    const later = buildNotice(plan, publicityPeriod('2031-03-03', settings()), settings(), '2031-03-03', roster.columns);
    expect(later.body.join('')).toContain('2031年国务院节假日安排尚未公布');
  });
});
