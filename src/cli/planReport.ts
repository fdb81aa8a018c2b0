/**
 * The plan as a person reads it on the command line.
 */
import { formatDayCn } from '../core/dates';
import { PlanOutcome } from '../app/runPlan';
import { checkReport } from './report';

export function planReport({ check, plan, notice, written }: PlanOutcome): string {
  const lines = [
    checkReport(check),
    '',
    `【轮岗方案】交流${plan.movers.length}人,已安排${plan.assignments.length}人,未能安排${plan.unplaced.length}人`,
    ...plan.assignments.map(({ mover: { cadre }, to, batch }) => `  ${cadre.name}:${cadre.unit}${cadre.post} → ${to.unit}${to.post}(第${batch}批)`),
    `【分批实施】${plan.batchStarts.map((start, i) => `第${i + 1}批${formatDayCn(start)}起`).join(';')}`,
  ];
  if (plan.unplaced.length > 0) {
    lines.push('', '【未能安排】', ...plan.unplaced.map(({ mover: { cadre }, reason }) => `  第${cadre.row}行 ${cadre.name}(${cadre.unit}${cadre.post}):${reason}`));
  }
  if (plan.competition.length > 0) {
    lines.push('', `【竞争上岗岗位】${plan.competition.length}个`, ...plan.competition.map((v) => `  ${v.unit}${v.post}(${v.rank})`));
  }
  if (plan.warnings.length > 0) lines.push('', '【提示】', ...plan.warnings.map((warning) => `  ${warning}`));
  lines.push('', `【公示】${notice.title}`, `  公示期:${formatDayCn(notice.period.start)}至${formatDayCn(notice.period.end)}(${notice.period.workingDays}个工作日)`);
  lines.push(`  新工作表:${written.sheets.join('、')}`);
  return lines.join('\n');
}
