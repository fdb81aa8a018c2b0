/**
 * The pane's lines for data problems and rows left out, in both languages. The rule under en-US: no
 * Chinese but what the line quotes from the workbook — the sheet's name that opens it, and a header or a
 * cell's text in double quotes (the usual word of a missing column is quoted too).
 */
import { loadAndCheck } from '../../src/app/runCheck';
import { CheckResult, checkRoster, hiddenRowsNotes } from '../../src/core/check';
import { readVacancies } from '../../src/core/plan/vacancies';
import { readRoster } from '../../src/core/roster/readRoster';
import { problemLine, skippedLine } from '../../src/taskpane/results';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { LAYOUTS, excelValues } from '../fixtures/layouts';
import { grid, settings } from '../helpers';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
/** The line with what it quotes taken out: the leading sheet name, and every "…". */
const unquoted = (line: string, sheet?: string): string => (sheet && line.startsWith(`${sheet} `) ? line.slice(sheet.length + 1) : line).replace(/"[^"]*"/gu, '');

/** A roster with a wrong cell of every kind the reader knows, and dates that cannot be right. */
const messy = grid('花名册', [
  ['姓名', '性别', '出生年月', '科室', '职务', '是否重点岗位', '任现职时间', '进入本单位时间', '参加工作时间'],
  ['甲', '男', 1985.03, '财务科', '科长', '是', 1990.1, '2010.03', '2005.07'],
  ['乙', '未知', '1986.3', '办公室', '科员', '也许', '待定', '2019.13', '2008.07'],
  [null, null, '85.03', '审计科', '科员', '否', '2019', '2019.02.30', '2008.07'],
  ['丁', '女', { error: '#REF!' }, { error: '#N/A' }, '科员', null, 1990.1, '2099.01', '2010.07'],
  ['戊', '男', '1900.01', '审计科', '科员', null, null, '1999.01', '2010.07'],
  ['己', null, '2015.01', '档案室', '科员', null, 2019.3, '2001.01', '2010.07'],
  ['庚', '男', 1990.05, '档案室', '科员', null, 1990.1, '1995.01', 20001301],
]);
const asOf = '2026-11-22';

async function results(): Promise<CheckResult[]> {
  const layouts = await Promise.all(LAYOUTS.map((layout) => loadAndCheck(
    new MemoryWorkbook(layout.sheets.map((sheet) => ({ name: sheet.name, values: excelValues(sheet), hidden: sheet.hidden, hiddenRows: sheet.hiddenRows }))),
    { asOf, settings: settings() },
  )));
  return [...layouts, checkRoster(readRoster([messy]), settings(), asOf)];
}

describe('the data problems in the pane', () => {
  it('are written in English under en-US, quoting only what the workbook says', async () => {
    const all = await results();
    const kinds = new Set<string>();
    for (const result of all) {
      const several = result.roster.sheets.length > 1;
      for (const problem of result.problems) {
        kinds.add(problem.issue.kind);
        const line = problemLine(problem, 'en-US', several);
        expect([line, unquoted(line, problem.sheet)]).toEqual([line, expect.not.stringMatching(CJK)]);
      }
    }
    // The messy roster and the fixtures between them give most kinds the reader knows.
    expect(kinds.size).toBeGreaterThanOrEqual(14);
  });

  it('keep the Chinese line as it was under zh-CN, word for word', async () => {
    for (const result of await results()) {
      for (const p of result.problems) {
        expect(problemLine(p, 'zh-CN', false)).toBe(`第${p.row}行「${p.column}」${p.cell ? ` (${p.cell})` : ''}:${p.message}`);
      }
    }
  });

  it('include the vacancy sheet\'s problems', () => {
    const { problems } = readVacancies([grid('空缺岗位', [['单位', '职务', '职级', '数量'], ['财务科', '科员', '科员', '两'], [null, '科员', '科员', 1]])], []);
    expect(problems.map((p) => problemLine(p, 'en-US', false))).toEqual(['Row 2, "数量": Vacancy count "两" is not valid', 'Row 3, "单位": The vacancy has no unit']);
  });

  it('say a date set aside in English with the header quoted', async () => {
    const [messyResult] = (await results()).slice(-1);
    const lines = messyResult.problems.filter((p) => p.issue.kind === 'implausible').map((p) => problemLine(p, 'en-US', false));
    expect(lines).toContain('Row 5, "进入本单位时间" (H5): "进入本单位时间" 2099-01 is after the check date: the date is set aside and the rest is checked');
    expect(lines).toContain('Row 6, "出生年月" (C6): "出生年月" 1900-01 makes the cadre 126, older than 70: the date is set aside and the rest is checked');
  });
});

describe('the rows left out in the pane', () => {
  it('name their kind in English under en-US and quote the row\'s text', async () => {
    let seen = 0;
    for (const result of await results()) {
      for (const s of result.roster.skipped) {
        seen += 1;
        const line = skippedLine(s, 'en-US');
        expect([line, unquoted(line, s.sheet)]).toEqual([line, expect.not.stringMatching(CJK)]);
      }
      for (const note of hiddenRowsNotes(result.roster, 'en-US')) expect(unquoted(note)).not.toMatch(CJK);
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('read as before under zh-CN', async () => {
    const [, hidden] = await results();
    expect(hidden.roster.skipped.map((s) => skippedLine(s, 'zh-CN'))).toContain('干部花名册 第4行「不在册」:郑三(备注:已调出)');
    expect(hiddenRowsNotes(hidden.roster, 'zh-CN')).toEqual(['第5、6行已隐藏,未纳入']);
    expect(hiddenRowsNotes(hidden.roster, 'en-US')).toEqual(['Rows 5, 6 are hidden and left out']);
  });
});
