/**
 * Why an action stopped before writing anything, as data, with its words in zh-CN and en-US: the pane
 * shows the user's language, the CLI and the logs the Chinese.
 */
import type { Violation } from './plan/validatePlan';
import type { Problem } from './roster/cadre';
import { ProblemLocale, problemText, skipKindText } from './roster/problemWords';
import type { SkipKind } from './roster/rowKind';

export type RefusalLocale = ProblemLocale;

/** The sheets a refusal can be about. */
export type SheetRole = 'roster' | 'vacancies' | 'quota' | 'plan' | 'keptPlan';

/** An edited plan's findings, each in both languages already (problems by `issue`, violations by `messageEn`). */
export interface PlanFindings {
  problems: readonly Problem[];
  violations: readonly Violation<string>[];
}

export type Refusal =
  | { kind: 'noSuchSheet'; role: SheetRole; sheet: string; existing: readonly string[] }
  | { kind: 'noRosterHeader'; sheet: string }
  | { kind: 'noRoster' }
  | { kind: 'noUnitColumn'; sheet: string }
  | { kind: 'noVacancyHeader'; sheet: string }
  | { kind: 'noQuotaHeader'; sheet: string }
  | { kind: 'noPlanHeader'; sheet: string }
  | { kind: 'noCadreRows'; sheet: string; headerRow: number; skipped: readonly (readonly [SkipKind, number])[] }
  | { kind: 'tooFewCadres'; sheet: string; count: number }
  | { kind: 'nobodyDue'; sheet: string; count: number; suggestedLeftOut: number }
  | { kind: 'lockedMovesClash' }
  | { kind: 'lockedRowsBroken'; sheet: string; findings: PlanFindings }
  | { kind: 'planBreaksRules'; sheet: string; findings: PlanFindings }
  | { kind: 'noSuchBatch'; sheet: string; batch: number; batches: readonly number[] }
  | { kind: 'badForecastYears' }
  | { kind: 'badDate'; text: string }
  | { kind: 'stillStarting' };

type Words = { [K in Refusal['kind']]: (r: Extract<Refusal, { kind: K }>) => string };

const SHEET_ROLE: Record<RefusalLocale, Record<SheetRole, string>> = {
  'zh-CN': { roster: '工作表', vacancies: '空缺岗位表', quota: '职数表', plan: '方案工作表', keptPlan: '方案工作表' },
  'en-US': { roster: 'sheet', vacancies: 'vacancy sheet', quota: 'post-quota sheet', plan: 'plan sheet', keptPlan: 'plan sheet' },
};

/** One line per finding: '第3行 张三:…' / 'Row 3, 张三: …'; a locked row says so. */
export function findingLines({ problems, violations }: PlanFindings, locale: RefusalLocale = 'zh-CN', locked = false): string[] {
  if (locale === 'zh-CN') {
    return [
      ...problems.map((problem) => `第${problem.row}行 ${problem.column}:${problem.message}`),
      ...violations.map((v) => `第${v.planRow}行 ${v.name}${locked ? '(锁定)' : ''}:${v.message}`),
    ];
  }
  return [
    ...problems.map((problem) => `Row ${problem.row}, "${problem.column}": ${problemText(problem, locale)}`),
    ...violations.map((v) => `Row ${v.planRow}, "${v.name}"${locked ? ' (locked)' : ''}: ${v.messageEn}`),
  ];
}

const count = ({ problems, violations }: PlanFindings) => problems.length + violations.length;

const WORDS: Record<RefusalLocale, Words> = {
  'zh-CN': {
    noSuchSheet: (r) => `工作簿中没有名为"${r.sheet}"的${SHEET_ROLE['zh-CN'][r.role]}${{
      roster: '', vacancies: '', quota: '', plan: ',请先生成方案,或指定方案所在的工作表', keptPlan: ',无法按锁定重新编排',
    }[r.role]}。${r.role === 'keptPlan' ? '' : `现有工作表:${r.existing.join('、')}`}`,
    noRosterHeader: (r) => `工作表"${r.sheet}"中找不到含"姓名"和"单位/部门/科室"等列的表头行,请检查表头。`,
    noRoster: () => '未找到干部花名册:没有哪个工作表的表头同时含"姓名"和"单位/部门/科室"等列。请确认花名册的表头,或指定花名册所在的工作表。',
    noUnitColumn: (r) => `工作表"${r.sheet}"没有"单位/部门/科室"列,也没有注明单位的分组标题行,无法判断干部所在单位。请加一列单位,或在"列对应"(设置 columnMap)中指定单位列。`,
    noVacancyHeader: (r) => `工作表"${r.sheet}"中找不到含"单位""职务""职级"的表头,无法读取空缺岗位。`,
    noQuotaHeader: (r) => `工作表"${r.sheet}"中找不到含"单位""职级(或职务)""核定职数"的表头,无法读取职数。`,
    noPlanHeader: (r) => `工作表"${r.sheet}"中找不到交流人员名单(含"姓名""拟任单位""拟任职务"的表头),无法读取方案。`,
    noCadreRows: (r) => `工作表"${r.sheet}"的表头(第${r.headerRow}行)下没有干部数据。${r.skipped.length === 0 ? ''
      : `其下${r.skipped.reduce((sum, [, n]) => sum + n, 0)}行均未纳入:${r.skipped.map(([kind, n]) => `${kind}${n}行`).join('、')}。`}`,
    tooFewCadres: (r) => `花名册"${r.sheet}"只有${r.count}名干部,无法编排交流方案。`,
    nobodyDue: (r) => `花名册"${r.sheet}"共${r.count}人,截至方案日期没有应轮岗人员,未生成方案${r.suggestedLeftOut > 0
      ? `;另有${r.suggestedLeftOut}名建议轮岗人员,可勾选"建议轮岗人员也纳入方案"后再生成` : ''}。`,
    lockedMovesClash: () => '锁定的交流无法同时保留:所需岗位的原任者无处可去,或与亲属回避冲突。请核对锁定的各行。',
    lockedRowsBroken: (r) => `方案"${r.sheet}"有${count(r.findings)}处须先修改,未重新编排:\n${findingLines(r.findings, 'zh-CN', true).join('\n')}`,
    planBreaksRules: (r) => `方案"${r.sheet}"有${count(r.findings)}处不符合规则或无法读取,未更新公示名单。请修改后先"校验方案":\n${findingLines(r.findings).join('\n')}`,
    noSuchBatch: (r) => `方案"${r.sheet}"中没有第${r.batch}批的交流人员(现有:${r.batches.map((b) => `第${b}批`).join('、') || '无'}),未更新公示名单。`,
    badForecastYears: () => '预测年数应为1到10之间的整数。',
    badDate: (r) => `方案日期"${r.text}"无效,请写成 YYYY-MM-DD,例如 2026-12-01`,
    stillStarting: () => '加载项仍在启动,请稍候再点击。',
  },
  'en-US': {
    noSuchSheet: (r) => `The workbook has no ${SHEET_ROLE['en-US'][r.role]} named "${r.sheet}"${{
      roster: '', vacancies: '', quota: '', plan: ': make a plan first, or name the sheet the plan is on', keptPlan: ', so the locked rows cannot be kept',
    }[r.role]}.${r.role === 'keptPlan' ? '' : ` Sheets: ${r.existing.map((name) => `"${name}"`).join(', ')}`}`,
    noRosterHeader: (r) => `No header row with "姓名" (name) and a unit column ("单位/部门/科室") on the sheet "${r.sheet}": please check the header.`,
    noRoster: () => 'No cadre roster found: no sheet has a header with both "姓名" (name) and a unit column ("单位/部门/科室"). Check the roster\'s header, or choose the sheet the roster is on.',
    noUnitColumn: (r) => `The sheet "${r.sheet}" has no unit column ("单位/部门/科室") and no section rows naming units, so nobody's unit is known. Add a unit column, or map it under "Column mapping" (the setting columnMap).`,
    noVacancyHeader: (r) => `No header with "单位" (unit), "职务" (post) and "职级" (rank) on the sheet "${r.sheet}": the vacancies cannot be read.`,
    noQuotaHeader: (r) => `No header with "单位" (unit), "职级" (rank, or "职务") and "核定职数" (quota) on the sheet "${r.sheet}": the post quotas cannot be read.`,
    noPlanHeader: (r) => `No list of moves (a header with "姓名", "拟任单位" and "拟任职务") on the sheet "${r.sheet}": the plan cannot be read.`,
    noCadreRows: (r) => `No cadres under the header (row ${r.headerRow}) of the sheet "${r.sheet}".${r.skipped.length === 0 ? ''
      : ` All ${r.skipped.reduce((sum, [, n]) => sum + n, 0)} rows below it are left out: ${r.skipped.map(([kind, n]) => `${skipKindText(kind, 'en-US')} ${n}`).join(', ')}.`}`,
    tooFewCadres: (r) => `The roster "${r.sheet}" has ${r.count} ${r.count === 1 ? 'cadre' : 'cadres'}: too few to plan rotations.`,
    nobodyDue: (r) => `Nobody of the ${r.count} on the roster "${r.sheet}" is due for rotation by the plan date; no plan was made${r.suggestedLeftOut > 0
      ? `. ${r.suggestedLeftOut} more are suggested for rotation: tick "Move the suggested too" and plan again` : ''}.`,
    lockedMovesClash: () => 'The locked moves cannot all be kept: a post they need has a holder with nowhere to go, or relatives would meet. Please check the locked rows.',
    lockedRowsBroken: (r) => `The plan "${r.sheet}" needs ${count(r.findings)} ${count(r.findings) === 1 ? 'fix' : 'fixes'} first; nothing was re-planned:\n${findingLines(r.findings, 'en-US', true).join('\n')}`,
    planBreaksRules: (r) => `The plan "${r.sheet}" has ${count(r.findings)} ${count(r.findings) === 1 ? 'row that breaks a rule or cannot be read' : 'rows that break a rule or cannot be read'}; the publicity list was not updated. Fix them, then run "Check plan":\n${findingLines(r.findings, 'en-US').join('\n')}`,
    noSuchBatch: (r) => `The plan "${r.sheet}" has nobody in batch ${r.batch} (batches: ${r.batches.join(', ') || 'none'}); the publicity list was not updated.`,
    badForecastYears: () => 'The number of years to forecast must be a whole number from 1 to 10.',
    badDate: (r) => `The plan date "${r.text}" is not valid: write it as YYYY-MM-DD, e.g. 2026-12-01`,
    stillStarting: () => 'The add-in is still starting; please try again in a moment.',
  },
};

/** A refusal in words: `refusalText({ kind: 'badForecastYears' }, 'en-US')`. */
export function refusalText(refusal: Refusal, locale: RefusalLocale = 'zh-CN'): string {
  return (WORDS[locale][refusal.kind] as (r: Refusal) => string)(refusal);
}

/** An error of the rules that stops an action, carrying its refusal; its message is the Chinese. */
export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusalText(refusal));
    this.name = 'Refused';
  }
}
