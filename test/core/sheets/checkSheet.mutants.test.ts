/**
 * The 轮岗检查 sheet as the README and docs/rules.md (打印) describe it: a title, the date, the roster and
 * the count, the counts per status, the legend of the roster's fills, every flagged cadre (due, due soon,
 * suggested, on hold, each in roster order) with the reasons, the data problems, and how the roster was
 * read; A4 landscape at full size, the table's header repeated on every page, page numbers in the footer.
 */
import { highlightsOf } from '../../../src/app/runCheck';
import { CheckResult, checkRoster } from '../../../src/core/check';
import { CellValue } from '../../../src/core/grid';
import { readRoster } from '../../../src/core/roster/readRoster';
import { checkSheet, columnsRead, summaryLine } from '../../../src/core/sheets/checkSheet';
import { A4_WIDTH_UNITS, CellStyle } from '../../../src/core/sheets/sheetSpec';
import { grid, settings } from '../../helpers';
import { BODY_STYLE, HEADER_STYLE, emptyBlocks, mergeList, styleAt } from './specCells';

const asOf = '2026-11-22';
const WRAP: CellStyle = { wrap: true, verticalAlign: 'top' };
const NUMBER_STYLE: CellStyle = { ...BODY_STYLE, align: 'center' };

// On 2026-11-22, by DOMAIN.md's defaults: 乙 holds a key post (财务科) 7 years 8 months, due; 丁 a key post
// since 2022-03, due on 2027-03-01, within 6 months, due soon; 丙, 36, 4 years 10 months in post, suggested;
// 戊, a man born 1967-06, is within 2 years of 60, on hold although due; 己, 16 years 10 months in one
// post, due; 甲 (twice: two people of one name) ok, the second's post start in the future set aside.
const values: CellValue[][] = [
  ['姓名', '性别', '出生年月', '单位', '职务', '职级', '任现职时间', '入职日期', '座右铭'],
  ['一、局机关'],
  ['甲', '男', '1980.01', '办公室', '科员', '科员', '2024.01', '', ''],
  ['乙', '男', '1980.01', '财务科', '科长', '正科', '2019.03', '', ''],
  ['丙', '女', '1990.01', '办公室', '科员', '科员', '2022.01', '', ''],
  ['丁', '男', '1980.01', '财务科', '副科长', '副科', '2022.03', '', ''],
  ['戊', '男', '1967.06', '审计科', '科长', '正科', '2015.01', '', ''],
  ['己', '男', '1980.01', '宣传科', '科员', '科员', '2010.01', '', ''],
  ['甲', '男', '1985.01', '宣传科', '科员', '科员', '2099.01', '', ''],
  ['注:本表由人事科填写'],
  ['辛', '男', '1980.01', '办公室', '科员', '科员', '2024.01', '', ''],
];
let result: CheckResult;
beforeEach(() => {
  result = checkRoster(readRoster([{ ...grid('花名册', values), hiddenRows: [11] }]), settings(), asOf);
});
const reasonsIn = (check: CheckResult, name: string): string => check.checked.filter((entry) => entry.cadre.name === name)[0].reasons.join(';');
const reasonsOf = (name: string) => reasonsIn(result, name);

describe('the head of the sheet', () => {
  it('gives the title, the date, the roster sheet with its header row, the count and the counts per status', () => {
    const sheet = checkSheet(result);
    expect(sheet.name).toBe('轮岗检查');
    expect(sheet.rows.slice(0, 6)).toEqual([
      ['轮岗检查结果'],
      ['检查日期:2026年11月22日  花名册:"花名册"(表头第1行)  共7人'],
      ['应轮岗 2 / 即将到期 1 / 建议轮岗 1 / 暂缓 1 / 正常 2'],
      ['图例(花名册行底色)', null, null, '应轮岗', '即将到期', '建议轮岗', '暂缓'],
      [],
      ['序号', '行号', '姓名', '单位', '职务', '职级', '状态', '原因'],
    ]);
    expect(summaryLine({ due: 12, warning: 3, suggested: 5, exempt: 4, ok: 170 })).toBe('应轮岗 12 / 即将到期 3 / 建议轮岗 5 / 暂缓 4 / 正常 170');
  });

  it('styles the title, the legend in the fills the roster rows get, and the header', () => {
    const sheet = checkSheet(result);
    expect(styleAt(sheet, 0, 0)).toEqual({ bold: true, fontSize: 14 });
    expect(styleAt(sheet, 1, 0)).toEqual({});
    expect(styleAt(sheet, 3, 0)).toEqual({ bold: true });
    // The roster's own fills, by the rows highlighted for each status: 乙 (row 4) due, 丁 (6) due soon, 丙 (5) suggested, 戊 (7) on hold.
    const fillOf = new Map(highlightsOf(result).flatMap((block) => block.rows.map(({ row, color }) => [row, color])));
    [4, 6, 5, 7].forEach((row, index) => expect(styleAt(sheet, 3, 3 + index)).toEqual({ fill: fillOf.get(row), border: true, align: 'center' }));
    expect(new Set([4, 6, 5, 7].map((row) => fillOf.get(row))).size).toBe(4);
    expect(styleAt(sheet, 3, 2)).toEqual({});
    expect(styleAt(sheet, 3, 7)).toEqual({});
    for (let column = 0; column < 8; column += 1) expect(styleAt(sheet, 5, column)).toEqual(HEADER_STYLE);
    expect(styleAt(sheet, 5, 8)).toEqual({});
  });
});

describe('the flagged cadres', () => {
  it('come by status (due, due soon, suggested, on hold), each status in roster order, with their reasons', () => {
    const sheet = checkSheet(result);
    expect(sheet.rows.slice(6, 11)).toEqual([
      [1, 4, '乙', '财务科', '科长', '正科', '应轮岗', reasonsOf('乙')],
      [2, 8, '己', '宣传科', '科员', '科员', '应轮岗', reasonsOf('己')],
      [3, 6, '丁', '财务科', '副科长', '副科', '即将到期', reasonsOf('丁')],
      [4, 5, '丙', '办公室', '科员', '科员', '建议轮岗', reasonsOf('丙')],
      [5, 7, '戊', '审计科', '科长', '正科', '暂缓', reasonsOf('戊')],
    ]);
    // 戊 keeps the reasons for being due and for the exemption: two, joined by ;.
    expect(reasonsOf('戊').split(';').length).toBeGreaterThan(1);
    expect(sheet.rows[11]).toEqual([]);
  });

  it('are bordered and wrapped, 序号 and 行号 centred, nothing styled past them', () => {
    const sheet = checkSheet(result);
    for (const row of [6, 10]) {
      expect(styleAt(sheet, row, 0)).toEqual(NUMBER_STYLE);
      expect(styleAt(sheet, row, 1)).toEqual(NUMBER_STYLE);
      expect(styleAt(sheet, row, 2)).toEqual(BODY_STYLE);
      expect(styleAt(sheet, row, 7)).toEqual(BODY_STYLE);
      expect(styleAt(sheet, row, 8)).toEqual({});
    }
    expect(styleAt(sheet, 11, 0)).toEqual({});
  });

  it('leave the table empty, unstyled, when nobody is flagged', () => {
    const calm = checkRoster(readRoster([grid('花名册', [values[0], values[2]])]), settings(), asOf);
    const sheet = checkSheet(calm);
    expect(sheet.rows.slice(5, 8)).toEqual([['序号', '行号', '姓名', '单位', '职务', '职级', '状态', '原因'], [], ['数据问题(0处)']]);
    expect(styleAt(sheet, 6, 0)).toEqual({});
    expect(styleAt(sheet, 7, 0)).toEqual({ bold: true });
    expect(emptyBlocks(sheet)).toEqual([]);
  });
});

describe('the data problems and the reading', () => {
  it('list each problem with its row, cell and column, the text over four columns', () => {
    const sheet = checkSheet(result);
    const problem = result.problems[0];
    expect(result.problems).toHaveLength(1);
    expect(sheet.rows.slice(11, 15)).toEqual([[], ['数据问题(1处)'], ['序号', '行号', '单元格', '列', '问题'], [1, 9, 'G9', '任现职时间', problem.message]]);
    expect(problem.message).toContain('2099年1月');
    expect(styleAt(sheet, 12, 0)).toEqual({ bold: true });
    for (let column = 0; column < 8; column += 1) expect(styleAt(sheet, 13, column)).toEqual(HEADER_STYLE);
    expect(styleAt(sheet, 14, 0)).toEqual(NUMBER_STYLE);
    expect(styleAt(sheet, 14, 1)).toEqual(NUMBER_STYLE);
    expect(styleAt(sheet, 14, 2)).toEqual(BODY_STYLE);
    expect(styleAt(sheet, 14, 7)).toEqual(BODY_STYLE);
    expect(styleAt(sheet, 15, 0)).toEqual({});
  });

  it('then the rows left out, the names borne twice and how the roster was read, each line across the page', () => {
    const sheet = checkSheet(result);
    const skipped = result.roster.skipped;
    expect(skipped.map((s) => [s.row, s.kind])).toEqual([[2, '分组标题'], [10, '表注'], [11, '隐藏行']]);
    expect(sheet.rows.slice(15)).toEqual([
      [],
      ['未纳入检查的行(3行)'],
      ['第11行已隐藏,未纳入'],
      ['序号', '行号', '工作表', null, '类型', '内容'],
      ...skipped.map((s, i) => [i + 1, s.row, '花名册', null, s.kind, s.text]),
      [],
      ['同名人员(1组,可能是不同的人,已分别检查)'],
      ['甲:第3行、第9行'],
      [],
      ['花名册的读取'],
      [`选用:${result.roster.choice.reason}`],
      ['各列的识别:姓名←"姓名";性别←"性别";出生年月←"出生年月";单位←"单位";职务←"职务";职级←"职级";任现职时间←"任现职时间";' +
        '入职日期←"入职日期"(仅显示,不计入本单位年限;如需计入,在设置 columnMap 中将其指定为进入本单位时间)'],
      ['未使用的列:座右铭'],
    ]);
    for (const row of [16, 23, 26]) expect(styleAt(sheet, row, 0)).toEqual({ bold: true, ...WRAP });
    for (const row of [17, 24, 27, 28, 29]) expect(styleAt(sheet, row, 0)).toEqual(WRAP);
    for (let column = 0; column < 8; column += 1) expect(styleAt(sheet, 18, column)).toEqual(HEADER_STYLE);
    for (const row of [19, 21]) {
      expect(styleAt(sheet, row, 0)).toEqual({ border: true, ...WRAP, align: 'center' });
      expect(styleAt(sheet, row, 1)).toEqual({ border: true, ...WRAP, align: 'center' });
      expect(styleAt(sheet, row, 2)).toEqual({ border: true, ...WRAP });
      expect(styleAt(sheet, row, 7)).toEqual({ border: true, ...WRAP });
    }
    expect(styleAt(sheet, 22, 0)).toEqual({});
    expect(styleAt(sheet, 19, 8)).toEqual({});
  });

  it('merge the head\'s lines, the legend\'s label, each problem\'s text, each reading line, and the skipped rows\' sheet and text', () => {
    const across = (row: number) => `${row}:0+8`;
    const skippedSpans = [18, 19, 20, 21].flatMap((row) => [`${row}:2+2`, `${row}:5+3`]);
    expect(mergeList(checkSheet(result))).toEqual([
      across(0), across(1), across(2), '3:0+3', '13:4+4', '14:4+4',
      ...[16, 17, 23, 24, 26, 27, 28, 29].map(across), ...skippedSpans,
    ].sort());
  });

  it('number a merged block of left-out rows as its first and last row, and leave out what is absent', () => {
    const roster = readRoster([grid('花名册', [values[0], values[2]])]);
    const bare = checkRoster({ ...roster, skipped: [{ sheet: '花名册', row: 5, through: 7, kind: '表注', text: '注:…' }], unused: [], duplicates: [] }, settings(), asOf);
    const rows = checkSheet(bare).rows;
    const at = rows.findIndex((row) => row[0] === '未纳入检查的行(1行)');
    expect(rows.slice(at + 1, at + 3)).toEqual([['序号', '行号', '工作表', null, '类型', '内容'], [1, '5-7', '花名册', null, '表注', '注:…']]);
    expect(rows.some((row) => String(row[0]).startsWith('同名人员'))).toBe(false);
    expect(rows.some((row) => String(row[0]).startsWith('未使用的列'))).toBe(false);
    expect(rows[rows.length - 1][0]).toMatch(/^各列的识别:/u);
  });

  it('says nothing of skipped rows but their count where there are none', () => {
    const roster = readRoster([grid('花名册', [values[0], values[2]])]);
    const sheet = checkSheet(checkRoster(roster, settings(), asOf));
    const at = sheet.rows.findIndex((row) => row[0] === '未纳入检查的行(0行)');
    expect(sheet.rows[at + 1]).toEqual([]);
    expect(sheet.rows[at + 2]).toEqual(['花名册的读取']);
  });

  it('names each column read by its first word, the joining date marked as not counted', () => {
    expect(columnsRead({ name: '姓 名', postStart: '现职务始任时间' })).toBe('姓名←"姓 名";任现职时间←"现职务始任时间"');
  });
});

describe('a roster over several sheets', () => {
  const header = ['姓名', '性别', '出生年月', '职务', '职级', '任现职时间', '聘任时间'];
  let several: CheckResult;
  beforeEach(() => {
    several = checkRoster(readRoster([
      grid('办公室', [header, ['甲', '男', '1980.01', '科员', '科员', '2010.01', ''], ['乙', '男', '1980.01', '科员', '科员', '2024.01', '2023.09'], ['戊', '男', '1980.01', '科员', '科员', '2024.01', '']]),
      grid('财务科', [[null], header, ['甲', '男', '1980.01', '科员', '科员', '2099.01', ''], ['丙', '女', '1980.01', '科员', '科员', '2024.01', ''], ['丁', '女', '1980.01', '科员', '科员', '2024.01', '']]),
    ]), settings(), asOf);
  });

  it('names the sheet beside each row: the flagged, the terms, the problems, the names borne twice', () => {
    const sheet = checkSheet(several);
    expect(sheet.rows[1]).toEqual(['检查日期:2026年11月22日  花名册:"办公室"(表头第1行)、"财务科"(表头第2行)  共6人']);
    expect(sheet.rows[6]).toEqual([1, '办公室 2', '甲', '办公室', '科员', '科员', '应轮岗', reasonsIn(several, '甲')]);
    const text = sheet.rows.map((row) => row.map((value) => (value === null ? '' : value)).join('|'));
    // 乙's term: appointed 2023-09, three years (三年一聘), ended 2026-08-31.
    const terms = text.indexOf('聘期提醒(1人)');
    expect(text.slice(terms - 1, terms + 3)).toEqual([
      '', '聘期提醒(1人)', '序号|行号|姓名|单位|职务|职级|轮岗状态|聘期', '1|办公室 3|乙|办公室|科员|科员|正常|聘期届满(2023年9月聘任,聘期3年,2026年8月31日届满)',
    ]);
    expect(styleAt(sheet, terms, 0)).toEqual({ bold: true });
    for (let column = 0; column < 8; column += 1) expect(styleAt(sheet, terms + 1, column)).toEqual(HEADER_STYLE);
    expect(styleAt(sheet, terms + 2, 7)).toEqual(BODY_STYLE);
    expect(styleAt(sheet, terms + 2, 8)).toEqual({});
    expect(styleAt(sheet, terms + 3, 0)).toEqual({});
    const problems = text.indexOf('数据问题(1处)');
    expect(text[problems + 2]).toMatch(/^1\|财务科 3\|F3\|任现职时间\|/u);
    expect(text).toContain('甲:办公室第2行、财务科第3行');
  });

  it('says why a sheet was not taken: a copy of the roster', () => {
    const copy = checkRoster(readRoster([grid('办公室', [header, ['甲', '男', '1980.01', '科员', '科员', '2010.01', ''], ['乙', '男', '1980.01', '科员', '科员', '2024.01', '']]), grid('办公室备份', [header, ['甲', '男', '1980.01', '科员', '科员', '2010.01', '']])]), settings(), asOf);
    const rows = checkSheet(copy).rows.map((row) => row[0]);
    const at = rows.indexOf(`选用:${copy.roster.choice.reason}`);
    expect(rows[at + 1]).toBe('未选"办公室备份":人员与"办公室"大多重复,是副本');
    expect(rows[at + 2]).toMatch(/^各列的识别:/u);
  });
});

describe('post quotas', () => {
  const roster = () => readRoster([grid('花名册', [values[0], values[3], values[5]])]);
  const quota = (row: number, unit: string, rank: string, post: string, count: number) => ({ row, unit, rank, post, quota: count });

  it('list each unit and rank over, then under, its quota, the rank or else the post', () => {
    // 财务科 has one 正科 (乙) of a quota of none, and one 副科 (丁) of two; 办公室's 科长 none of one.
    const result = checkRoster(roster(), settings(), asOf, { sheet: '职数', quotas: [quota(2, '办公室', '', '科长', 1), quota(3, '财务科', '副科', '', 2), quota(4, '财务科', '正科', '', 0)], problems: [] });
    const sheet = checkSheet(result);
    const at = sheet.rows.findIndex((row) => row[0] === '职数核对(职数表"职数",3处与核定职数不符)');
    expect(at).toBeGreaterThan(0);
    expect(sheet.rows[at - 1]).toEqual([]);
    expect(sheet.rows.slice(at + 1, at + 5)).toEqual([
      ['序号', '行号', '单位', '职级或职务', '核定职数', '实有人数', '情况'],
      [1, 4, '财务科', '正科', 0, 1, '超职数1'],
      [2, 2, '办公室', '科长', 1, 0, '空缺1'],
      [3, 3, '财务科', '副科', 2, 1, '空缺1'],
    ]);
    expect(styleAt(sheet, at, 0)).toEqual({ bold: true });
    for (let column = 0; column < 7; column += 1) expect(styleAt(sheet, at + 1, column)).toEqual(HEADER_STYLE);
    expect(styleAt(sheet, at + 1, 7)).toEqual({});
    expect(styleAt(sheet, at + 2, 0)).toEqual(BODY_STYLE);
    expect(styleAt(sheet, at + 4, 6)).toEqual(BODY_STYLE);
    expect(styleAt(sheet, at + 4, 7)).toEqual({});
    expect(styleAt(sheet, at + 5, 0)).toEqual({});
  });

  it('say only that all agree when none is off, and nothing without a quota sheet', () => {
    const agreed = checkSheet(checkRoster(roster(), settings(), asOf, { quotas: [quota(2, '财务科', '正科', '', 1)], problems: [] })).rows;
    const at = agreed.findIndex((row) => row[0] === '职数核对(职数表"",0处与核定职数不符)');
    expect(at).toBeGreaterThan(0);
    expect(agreed[at + 1]).toEqual([]);
    expect(agreed[at + 2]).toEqual(['数据问题(0处)']);
    expect(checkSheet(checkRoster(roster(), settings(), asOf)).rows.some((row) => String(row[0]).startsWith('职数核对'))).toBe(false);
  });
});

describe('the page', () => {
  it('is A4 landscape at full size, numbered, the header row frozen and repeated, 8 columns as wide as the page', () => {
    const sheet = checkSheet(result);
    expect(sheet.freezeRows).toBe(6);
    expect(sheet.print).toEqual({ orientation: 'landscape', fitToWidth: false, repeatRows: [6, 6], margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7 }, pageNumbers: true });
    expect(sheet.columnWidths).toHaveLength(8);
    expect((sheet.columnWidths ?? []).reduce((a, b) => a + b, 0)).toBe(A4_WIDTH_UNITS.landscape);
    // Wrapped rows are as tall as their text: the reading line of the columns runs over two lines, a flagged row fits one.
    const heights = sheet.rowHeights ?? {};
    expect(heights[28]).toBeGreaterThan(heights[6]);
  });
});

describe('the reading, at its edges', () => {
  it('lists every column not used, and leaves the cell of a problem of no one cell blank', () => {
    const header = [...values[0], '爱好'];
    const read = checkSheet(checkRoster(readRoster([grid('花名册', [header, [...values[2], '']])]), settings(), asOf)).rows.map((row) => row[0]);
    expect(read).toContain('未使用的列:座右铭、爱好');
    // Without a 职级 column the problem is the column's, not a cell's.
    const lean = ['姓名', '性别', '出生年月', '职务', '任现职时间'];
    const several = checkRoster(readRoster([
      grid('办公室', [lean, ['甲', '男', '1980.01', '科员', '2024.01'], ['乙', '男', '1980.01', '科员', '2024.01'], ['戊', '男', '1980.01', '科员', '2024.01']]),
      grid('财务科', [lean, ['丙', '男', '1980.01', '科员', '2024.01'], ['丁', '男', '1980.01', '科员', '2024.01'], ['己', '男', '1980.01', '科员', '2024.01']]),
    ]), settings(), asOf, { quotas: [], problems: [{ row: 4, column: '核定职数', message: '核定职数无法识别', issue: result.problems[0].issue }] });
    const rows = checkSheet(several).rows;
    const problems = rows.findIndex((row) => String(row[0]).startsWith('数据问题('));
    const listed = rows.slice(problems + 2, problems + 2 + several.problems.length);
    const noCell = listed.find((row) => row[3] === '职级');
    expect(noCell?.[2]).toBe('');
    // A problem on no roster sheet (the quota sheet's) shows its bare row.
    const quotaRow = listed.find((row) => row[3] === '核定职数');
    expect(String(quotaRow?.[1]).trim()).toBe('4');
  });
});
