/**
 * The forecast as the command line prints it, in Chinese.
 */
import { formatDayCn } from '../core/dates';
import { Forecast } from '../core/forecast/forecast';
import { Settings } from '../core/settings';
import { forecastRuleLabel } from '../core/sheets/forecastSheet';

/** Counts per year, then every cadre by the day they fall due, then the retirements. */
export function forecastReport(result: Forecast, settings: Settings): string {
  const years = Object.keys(result.byYear).sort().map((year) => `${year}年 ${result.byYear[year]}人`);
  const lines = [
    `轮岗预测:${formatDayCn(result.asOf)}至${formatDayCn(result.until)},期内到期${result.cadres.length}人${years.length > 0 ? `(${years.join(',')})` : ''},退休${result.retirements.length}人`,
  ];
  if (result.cadres.length > 0) lines.push('', '【期内到期】');
  for (const entry of result.cadres) {
    lines.push(`  ${formatDayCn(entry.dueOn)} 第${entry.row}行 ${entry.name} ${entry.unit} ${entry.post}:${forecastRuleLabel(entry, settings)}`);
  }
  if (result.heldWhenDue.length > 0) lines.push('', '【到期时处于暂缓情形】');
  for (const entry of result.heldWhenDue) lines.push(`  ${formatDayCn(entry.dueOn)} 第${entry.row}行 ${entry.name} ${entry.unit}`);
  if (result.retirements.length > 0) lines.push('', '【期内退休】');
  for (const entry of result.retirements) lines.push(`  ${formatDayCn(entry.on)} 第${entry.row}行 ${entry.name} ${entry.unit} ${entry.post}`);
  if (result.termEnds.length > 0) lines.push('', '【期内聘期届满】');
  for (const entry of result.termEnds) lines.push(`  ${formatDayCn(entry.endsOn)} 第${entry.row}行 ${entry.name} ${entry.unit} ${entry.post}`);
  return lines.join('\n');
}
