import { Refusal, findingLines, refusalText } from '../../src/core/refusalWords';
import { findings } from './refusalWords.findings';

/** One refusal of every kind: a kind added without a sample fails to compile. */
const SAMPLES: { [K in Refusal['kind']]: Extract<Refusal, { kind: K }> } = {
  noSuchSheet: { kind: 'noSuchSheet', role: 'vacancies', sheet: '空缺岗位', existing: ['花名册', '说明'] },
  noRosterHeader: { kind: 'noRosterHeader', sheet: '花名册' },
  noRoster: { kind: 'noRoster' },
  noUnitColumn: { kind: 'noUnitColumn', sheet: '花名册' },
  noVacancyHeader: { kind: 'noVacancyHeader', sheet: '空缺' },
  noQuotaHeader: { kind: 'noQuotaHeader', sheet: '职数' },
  noPlanHeader: { kind: 'noPlanHeader', sheet: '轮岗方案' },
  noCadreRows: { kind: 'noCadreRows', sheet: '花名册', headerRow: 3, skipped: [['分组标题', 2], ['不在册', 5]] },
  tooFewCadres: { kind: 'tooFewCadres', sheet: '花名册', count: 1 },
  nobodyDue: { kind: 'nobodyDue', sheet: '花名册', count: 40, suggestedLeftOut: 3 },
  lockedMovesClash: { kind: 'lockedMovesClash' },
  lockedRowsBroken: { kind: 'lockedRowsBroken', sheet: '轮岗方案', findings },
  planBreaksRules: { kind: 'planBreaksRules', sheet: '轮岗方案', findings },
  noSuchBatch: { kind: 'noSuchBatch', sheet: '轮岗方案', batch: 3, batches: [1, 2] },
  badForecastYears: { kind: 'badForecastYears' },
  badDate: { kind: 'badDate', text: '2026-13-01' },
  stillStarting: { kind: 'stillStarting' },
};

const CJK = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/u;
const unquoted = (text: string) => text.replace(/"[^"\n]*"/gu, '');
/** Names that stay as they are in either language. */
const FIXED = new Set(['Excel', 'WPS', 'YYYY-MM-DD', 'columnMap']);

describe('refusals in both languages', () => {
  it.each(Object.values(SAMPLES).map((refusal) => [refusal.kind, refusal] as const))('%s: English with the workbook\'s words only in quotes, Chinese with no English word', (_kind, refusal) => {
    const en = refusalText(refusal, 'en-US');
    const zh = refusalText(refusal, 'zh-CN');
    expect(unquoted(en)).not.toMatch(CJK);
    expect((unquoted(zh).match(/[A-Za-z][A-Za-z-]*/gu) ?? []).filter((word) => !FIXED.has(word))).toEqual([]);
    expect(zh).toMatch(CJK);
  });

  it('keeps the CLI\'s Chinese words, counts and names', () => {
    expect(refusalText(SAMPLES.tooFewCadres)).toBe('花名册"花名册"只有1名干部,无法编排交流方案。');
    expect(refusalText(SAMPLES.nobodyDue)).toBe('花名册"花名册"共40人,截至方案日期没有应轮岗人员,未生成方案;另有3名建议轮岗人员,可勾选"建议轮岗人员也纳入方案"后再生成。');
    expect(refusalText({ ...SAMPLES.nobodyDue, suggestedLeftOut: 0 })).toBe('花名册"花名册"共40人,截至方案日期没有应轮岗人员,未生成方案。');
    expect(refusalText(SAMPLES.noCadreRows)).toBe('工作表"花名册"的表头(第3行)下没有干部数据。其下7行均未纳入:分组标题2行、不在册5行。');
    expect(refusalText(SAMPLES.noCadreRows, 'en-US')).toBe('No cadres under the header (row 3) of the sheet "花名册". All 7 rows below it are left out: Section title 2, No longer on the roster 5.');
    expect(refusalText(SAMPLES.noSuchSheet)).toBe('工作簿中没有名为"空缺岗位"的空缺岗位表。现有工作表:花名册、说明');
    expect(refusalText(SAMPLES.noSuchSheet, 'en-US')).toBe('The workbook has no vacancy sheet named "空缺岗位". Sheets: "花名册", "说明"');
    expect(refusalText(SAMPLES.noSuchBatch, 'en-US')).toBe('The plan "轮岗方案" has nobody in batch 3 (batches: 1, 2); the publicity list was not updated.');
  });

  it('lists each finding on its row, the locked ones said to be locked', () => {
    expect(findingLines(findings)).toEqual(['第7行 拟任单位:张三的拟任单位为空', '第9行 李四:亲属王五(夫妻)交流后也在财务科,须回避']);
    expect(findingLines(findings, 'en-US', true)).toEqual([
      'Row 7, "拟任单位": "张三" has no target unit',
      'Row 9, "李四" (locked): A relative, "王五" ("夫妻"), is also in "财务科" after the moves (avoidance)',
    ]);
    expect(refusalText(SAMPLES.planBreaksRules)).toMatch(/^方案"轮岗方案"有2处不符合规则或无法读取,未更新公示名单。请修改后先"校验方案":\n第7行/u);
    expect(refusalText(SAMPLES.lockedRowsBroken, 'en-US')).toMatch(/^The plan "轮岗方案" needs 2 fixes first; nothing was re-planned:\nRow 7/u);
  });
});
