/**
 * An edited plan's findings for the refusal tests: one problem (row 7) and one violation (row 9). The
 * workbook's words they carry may stay Chinese in English, inside quotes.
 */
import { Violation } from '../../src/core/plan/validatePlan';
import { violationText } from '../../src/core/plan/violationWords';
import { problemAt } from '../../src/core/roster/problemWords';

export const problem = problemAt({ row: 7, column: '拟任单位' }, { kind: 'planBlankUnit', name: '张三' });
export const violation: Violation = {
  planRow: 9, row: 12, sheet: '花名册', name: '李四', rule: 'relative',
  message: violationText({ rule: 'relative', unit: '财务科', relative: '王五', relation: '夫妻' }),
  messageEn: violationText({ rule: 'relative', unit: '财务科', relative: '王五', relation: '夫妻' }, 'en-US'),
};
export const findings = { problems: [problem], violations: [violation] };
