/**
 * What each refusal must tell the person whose action stopped, in either language: the sheet and the
 * names and numbers it is about, the kind of sheet in the workbook's words, what to do where there is a
 * next step, counts with their plural, and nothing left over where a part does not apply. Facts are
 * checked, not sentences: the same facts must appear in the Chinese and in the English.
 */
import { Refusal, Refused, findingLines, refusalText } from '../../src/core/refusalWords';
import { findings as both, violation } from './refusalWords.findings';

const one = { problems: [], violations: [violation] };
const zh = (refusal: Refusal) => refusalText(refusal);
const en = (refusal: Refusal) => refusalText(refusal, 'en-US');
/** English words outside quotes, in a Chinese text (the settings key columnMap and the date pattern aside). */
const latinIn = (text: string) => (text.replace(/"[^"\n]*"/gu, '').match(/[A-Za-z][A-Za-z-]*/gu) ?? []).filter((word) => !['columnMap', 'YYYY-MM-DD'].includes(word));
const CJK = /[\u2e80-\u9fff\uff00-\uffef]/u;
/** An English sentence: a capital first, CJK only inside quotes, a stop at the end. */
const isSentence = (text: string) => /^[A-Z]/u.test(text) && !CJK.test(text.replace(/"[^"\n]*"/gu, '')) && /[.:]$|\d$|"$/u.test(text);

describe('a sheet that is not there', () => {
  const ROLES = ['roster', 'vacancies', 'quota', 'plan', 'keptPlan'] as const;
  const missing = (role: (typeof ROLES)[number]): Refusal => ({ kind: 'noSuchSheet', role, sheet: '某表', existing: ['花名册', '说明'] });

  it('names the kind of sheet in the workbook\'s words, the name asked for and, but for a kept plan, the sheets there are', () => {
    const nouns = { roster: '工作表', vacancies: '空缺岗位表', quota: '职数表', plan: '方案工作表', keptPlan: '方案工作表' };
    for (const role of ROLES) {
      const text = zh(missing(role));
      expect(text).toContain(`没有名为"某表"的${nouns[role]}`);
      expect(latinIn(text)).toEqual([]);
      expect(text.includes('现有工作表:花名册、说明')).toBe(role !== 'keptPlan');
      expect(en(missing(role))).toContain('"某表"');
      expect(isSentence(en(missing(role)))).toBe(true);
      expect(en(missing(role)).includes('"花名册", "说明"')).toBe(role !== 'keptPlan');
    }
    // Each kind of sheet has its own name in English, the two plan roles one.
    const named = ROLES.map((role) => /has no (.+?) named/u.exec(en(missing(role)))?.[1]);
    expect(named.every((noun) => noun !== undefined && /sheet$/u.test(noun))).toBe(true);
    expect(new Set(named).size).toBe(4);
    expect(named[3]).toBe(named[4]);
  });

  it('says what to do for a plan (make one first) and a kept plan (the locks cannot be kept), and nothing more for the others', () => {
    expect(zh(missing('plan'))).toContain('请先生成方案');
    expect(zh(missing('keptPlan'))).toContain('锁定');
    for (const role of ['roster', 'vacancies', 'quota'] as const) {
      expect(zh(missing(role))).toMatch(/^工作簿中没有名为"某表"的[^,。]+。现有工作表:花名册、说明$/u);
      expect(en(missing(role))).toMatch(/^The workbook has no [a-z -]+ named "某表"\. Sheets: "花名册", "说明"$/u);
    }
    // The next step sits between the name and the full stop.
    expect(en(missing('plan'))).toMatch(/named "某表"[:,] [^.]+\. Sheets: /u);
    expect(en(missing('keptPlan'))).toMatch(/named "某表", [^.]+\.$/u);
  });
});

describe('refusals about the roster and its rows', () => {
  it('each names the sheet, in both languages', () => {
    const kinds: Refusal[] = [
      { kind: 'noRosterHeader', sheet: '某表' }, { kind: 'noUnitColumn', sheet: '某表' }, { kind: 'noVacancyHeader', sheet: '某表' },
      { kind: 'noQuotaHeader', sheet: '某表' }, { kind: 'noPlanHeader', sheet: '某表' }, { kind: 'tooFewCadres', sheet: '某表', count: 1 },
    ];
    for (const refusal of kinds) {
      expect(zh(refusal)).toContain('"某表"');
      expect(en(refusal)).toContain('"某表"');
      expect(isSentence(en(refusal))).toBe(true);
    }
  });

  it('give the sentences without a sheet in full', () => {
    for (const kind of ['noRoster', 'lockedMovesClash', 'badForecastYears', 'stillStarting'] as const) {
      expect(zh({ kind })).toMatch(/。$/u);
      expect(isSentence(en({ kind }))).toBe(true);
    }
  });

  it('say nothing of rows left out under a header where there are none', () => {
    const bare: Refusal = { kind: 'noCadreRows', sheet: '花名册', headerRow: 3, skipped: [] };
    expect(zh(bare)).toBe('工作表"花名册"的表头(第3行)下没有干部数据。');
    expect(en(bare)).toMatch(/^[^.]*\(row 3\)[^.]*"花名册"\.$/u);
  });

  it('count one cadre and several, the suggested left out only where there are some', () => {
    expect(en({ kind: 'tooFewCadres', sheet: '花名册', count: 1 })).toMatch(/ 1 cadre:/u);
    expect(en({ kind: 'tooFewCadres', sheet: '花名册', count: 0 })).toMatch(/ 0 cadres:/u);
    const none = en({ kind: 'nobodyDue', sheet: '花名册', count: 40, suggestedLeftOut: 0 });
    const some = en({ kind: 'nobodyDue', sheet: '花名册', count: 40, suggestedLeftOut: 3 });
    expect(none).toMatch(/40[^.]*"花名册"[^.]*\.$/u);
    expect(some.startsWith(none.slice(0, -1))).toBe(true);
    expect(some.slice(none.length - 1)).toMatch(/^\. 3 [^.]+\.$/u);
  });
});

describe('refusals about an edited plan', () => {
  it('list each finding on a line of its own, after the count, the locked ones marked in both languages', () => {
    const locked = zh({ kind: 'lockedRowsBroken', sheet: '轮岗方案', findings: both }).split('\n');
    expect(locked).toEqual([expect.stringContaining('"轮岗方案"有2处'), ...findingLines(both, 'zh-CN', true)]);
    expect(locked[2]).toContain('(锁定)');
    expect(latinIn(locked.join('\n'))).toEqual([]);
    const broken = zh({ kind: 'planBreaksRules', sheet: '轮岗方案', findings: both }).split('\n');
    expect(broken).toEqual([expect.stringContaining('"轮岗方案"有2处'), ...findingLines(both)]);
    expect(findingLines(both)[1]).not.toContain('锁定');
    const lockedEn = en({ kind: 'lockedRowsBroken', sheet: '轮岗方案', findings: both }).split('\n');
    expect(lockedEn).toEqual([expect.stringMatching(/^[^\n]*"轮岗方案"[^\n]* 2 fixes /u), ...findingLines(both, 'en-US', true)]);
    const brokenEn = en({ kind: 'planBreaksRules', sheet: '轮岗方案', findings: both }).split('\n');
    expect(brokenEn).toEqual([expect.stringMatching(/^[^\n]*"轮岗方案"[^\n]* 2 rows /u), ...findingLines(both, 'en-US')]);
    expect(findingLines(both, 'en-US')).toEqual(['Row 7, "拟任单位": "张三" has no target unit', 'Row 9, "李四": A relative, "王五" ("夫妻"), is also in "财务科" after the moves (avoidance)']);
    expect(findingLines(both, 'zh-CN', true)[0]).toBe('第7行 拟任单位:张三的拟任单位为空');
  });

  it('count one finding as one', () => {
    expect(zh({ kind: 'lockedRowsBroken', sheet: '轮岗方案', findings: one })).toContain('有1处');
    expect(en({ kind: 'lockedRowsBroken', sheet: '轮岗方案', findings: one })).toMatch(/ 1 fix /u);
    expect(en({ kind: 'planBreaksRules', sheet: '轮岗方案', findings: one })).toMatch(/ 1 row /u);
  });

  it('name the batch asked for and the batches there are, or say there are none', () => {
    const batch = (batches: number[]): Refusal => ({ kind: 'noSuchBatch', sheet: '轮岗方案', batch: 3, batches });
    expect(zh(batch([1, 2]))).toContain('没有第3批');
    expect(zh(batch([1, 2]))).toContain('(现有:第1批、第2批)');
    expect(zh(batch([]))).toContain('(现有:无)');
    expect(en(batch([]))).toMatch(/batch 3 \(batches: [a-z]+\)/u);
  });

  it('quote the date that could not be read', () => {
    expect(zh({ kind: 'badDate', text: '2026-13-01' })).toContain('"2026-13-01"');
    expect(en({ kind: 'badDate', text: '2026-13-01' })).toContain('"2026-13-01"');
  });
});

describe('Refused', () => {
  it('is an error named Refused, its message the Chinese, the refusal kept as data', () => {
    const refusal: Refusal = { kind: 'tooFewCadres', sheet: '花名册', count: 1 };
    const error = new Refused(refusal);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('Refused');
    expect(error.message).toBe(zh(refusal));
    expect(error.refusal).toBe(refusal);
  });
});
