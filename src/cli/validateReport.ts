/**
 * The check of an edited plan as a person reads it on the command line.
 */
import { ValidateOutcome } from '../app/runValidate';
import { RuleCode, WarningCode } from '../core/plan/violationWords';
import { Violation } from '../core/plan/validatePlan';

/** Each rule's short name, as staff would head a list with it. */
export const RULE_LABELS: Readonly<Record<RuleCode | WarningCode, string>> = {
  'same-unit': '未离开本单位', rank: '职级不同', 'post-taken': '岗位重复安排', 'post-not-free': '岗位未空出', relative: '亲属回避',
  return: '回原单位', exempt: '暂缓人员', 'not-on-roster': '不在花名册', 'over-quota': '超职数', 'batch-order': '早于原任者到任', 'batch-leaders': '同批领导干部过多', 'not-due': '未到轮岗年限', 'key-to-key': '重点岗位之间交流',
};

const line = (v: Violation<RuleCode | WarningCode>): string =>
  `  第${v.planRow}行 ${v.name}${v.row !== undefined ? `(花名册${v.sheet}第${v.row}行)` : ''}【${RULE_LABELS[v.rule]}】${v.message}`;

export function validateReport({ plan, validation, holds, vacancyProblems }: Omit<ValidateOutcome, 'written'>): string {
  const lines = [`【校验方案】工作表"${plan.sheet}"共${validation.moves}项交流,${holds ? '符合各项规则' : `${validation.violations.length}项不符合规则`}`];
  if (plan.problems.length > 0) lines.push('', '【无法读取的行】', ...plan.problems.map((p) => `  第${p.row}行 ${p.column}:${p.message}`));
  if (validation.violations.length > 0) lines.push('', '【不符合规则】', ...validation.violations.map(line));
  if (validation.warnings.length > 0) lines.push('', '【提示】', ...validation.warnings.map(line));
  if (vacancyProblems.length > 0) lines.push('', '【空缺岗位表】', ...vacancyProblems.map((p) => `  第${p.row}行 ${p.column}:${p.message}`));
  return lines.join('\n');
}
