/**
 * The readable summaries the command line prints, in Chinese.
 */
import { CheckResult } from '../core/check';
import { formatDayCn } from '../core/dates';
import { FLAGGED_STATUSES, STATUS_LABELS } from '../core/rules/status';
import { summaryLine } from '../core/sheets/checkSheet';

/** How many data problems the summary lists before it counts the rest. */
const PROBLEMS_SHOWN = 50;

/** The check as a person reads it: counts, the flagged cadres with reasons, the data problems. */
export function checkReport(result: CheckResult): string {
  const lines = [
    `花名册:"${result.roster.sheet}",表头第${result.roster.headerRow}行,共${result.checked.length}人;检查日期 ${formatDayCn(result.asOf)}`,
    summaryLine(result.summary),
  ];
  for (const status of FLAGGED_STATUSES) {
    const entries = result.checked.filter((entry) => entry.status === status);
    if (entries.length === 0) continue;
    lines.push('', `【${STATUS_LABELS[status]}】${entries.length}人`);
    for (const { cadre, reasons } of entries) {
      lines.push(`  第${cadre.row}行 ${cadre.name} ${cadre.unit} ${cadre.post}:${reasons.join(';')}`);
    }
  }
  if (result.problems.length > 0) {
    lines.push('', `【数据问题】${result.problems.length}处`);
    for (const problem of result.problems.slice(0, PROBLEMS_SHOWN)) {
      lines.push(`  第${problem.row}行 ${problem.cell ?? ''}「${problem.column}」:${problem.message}`);
    }
    if (result.problems.length > PROBLEMS_SHOWN) lines.push(`  …另有${result.problems.length - PROBLEMS_SHOWN}处,详见 --json 或输出文件的"轮岗检查"表`);
  }
  return lines.join('\n');
}
