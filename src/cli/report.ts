/**
 * The readable summaries the command line prints, in Chinese.
 */
import { CheckResult, hiddenRowsNotes, termFlagged } from '../core/check';
import { formatDayCn } from '../core/dates';
import { FLAGGED_STATUSES, STATUS_LABELS } from '../core/rules/status';
import { skippedRows } from '../core/roster/rowKind';
import { termText } from '../core/rules/term';
import { quotaFlagged, quotaLineText } from '../core/quota/quota';
import { columnsRead, summaryLine } from '../core/sheets/checkSheet';

/** How many data problems the summary lists before it counts the rest. */
const PROBLEMS_SHOWN = 50;

/** The check as a person reads it: counts, the flagged cadres with reasons, the data problems. */
export function checkReport(result: CheckResult): string {
  const lines = [
    `花名册:"${result.roster.sheet}",表头第${result.roster.headerRow}行,共${result.checked.length}人;检查日期 ${formatDayCn(result.asOf)}`,
    `选用:${result.roster.choice.reason}`,
    ...result.roster.choice.others.map((other) => `未选"${other.sheet}":${other.reason}`),
    `各列的识别:${columnsRead(result.roster.columns)}`,
    ...(result.roster.unused.length > 0 ? [`未使用的列:${result.roster.unused.join('、')}`] : []),
    summaryLine(result.summary),
  ];
  const several = result.roster.sheets.length > 1;
  const at = (sheet: string | undefined, row: number) => `${several && sheet ? `"${sheet}"` : ''}第${row}行`;
  for (const status of FLAGGED_STATUSES) {
    const entries = result.checked.filter((entry) => entry.status === status);
    if (entries.length === 0) continue;
    lines.push('', `【${STATUS_LABELS[status]}】${entries.length}人`);
    for (const { cadre, reasons } of entries) {
      lines.push(`  ${at(cadre.sheet, cadre.row)} ${cadre.name} ${cadre.unit} ${cadre.post}:${reasons.join(';')}`);
    }
  }
  const terms = termFlagged(result);
  if (terms.length > 0) {
    lines.push('', `【聘期提醒】${terms.length}人`);
    for (const { cadre, status, term } of terms) lines.push(`  ${at(cadre.sheet, cadre.row)} ${cadre.name} ${cadre.unit} ${cadre.post}(${STATUS_LABELS[status]}):${termText(term)}`);
  }
  if (result.quotas.length > 0) {
    const flagged = quotaFlagged(result.quotas);
    lines.push('', `【职数核对】职数表"${result.quotaSheet ?? ''}",${flagged.length}处与核定职数不符`, ...flagged.map((line) => `  ${quotaLineText(line)}`));
  }
  if (result.problems.length > 0) {
    lines.push('', `【数据问题】${result.problems.length}处`);
    for (const problem of result.problems.slice(0, PROBLEMS_SHOWN)) {
      lines.push(`  ${at(problem.sheet, problem.row)} ${problem.cell ?? ''}「${problem.column}」:${problem.message}`);
    }
    if (result.problems.length > PROBLEMS_SHOWN) lines.push(`  …另有${result.problems.length - PROBLEMS_SHOWN}处,详见 --json 或输出文件的"轮岗检查"表`);
  }
  const { skipped, duplicates } = result.roster;
  if (skipped.length > 0) {
    lines.push('', `【未纳入检查的行】${skipped.length}行`, ...hiddenRowsNotes(result.roster).map((note) => `  ${note}`));
    for (const row of skipped.slice(0, PROBLEMS_SHOWN)) lines.push(`  ${several ? `"${row.sheet}"` : ''}第${skippedRows(row)}行 ${row.kind}:${row.text}`);
    if (skipped.length > PROBLEMS_SHOWN) lines.push(`  …另有${skipped.length - PROBLEMS_SHOWN}行,详见 --json 或输出文件的"轮岗检查"表`);
  }
  if (duplicates.length > 0) {
    lines.push('', `【同名人员】${duplicates.length}组(可能是不同的人,已分别检查)`);
    for (const { name, rows } of duplicates) lines.push(`  ${name}:${rows.map((where) => at(where.sheet, where.row)).join('、')}`);
  }
  return lines.join('\n');
}
