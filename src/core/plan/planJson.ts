/**
 * The plan as the CLI's --json prints it (the shape of the contract, with a few more keys).
 */
import { Plan } from './planTypes';
import { Notice } from '../publicity/notice';
import { Problem } from '../roster/cadre';

export interface PlanJsonInput {
  plan: Plan;
  notice: Notice;
  written: { sheets: string[] };
  vacancySheet?: string;
  vacancyProblems: Problem[];
  check: { problems: Problem[]; roster: { sheet: string } };
}

export function planJson({ plan, notice, written, vacancySheet, vacancyProblems, check }: PlanJsonInput): object {
  return {
    asOf: plan.asOf,
    sheet: check.roster.sheet,
    assignments: plan.assignments.map(({ mover: { cadre, basis, status }, to, notes, batch }) => ({
      sheet: cadre.sheet,
      row: cadre.row,
      name: cadre.name,
      status,
      from: { unit: cadre.unit, post: cadre.post },
      to: { unit: to.unit, post: to.post },
      rank: cadre.rank,
      reasons: basis,
      notes,
      batch,
    })),
    batches: plan.batchStarts.map((start, i) => ({ batch: i + 1, start, moves: plan.assignments.filter((a) => a.batch === i + 1).length })),
    unplaced: plan.unplaced.map(({ mover: { cadre }, reason }) => ({ sheet: cadre.sheet, row: cadre.row, name: cadre.name, reason })),
    competition: plan.competition.map(({ unit, post, rank, row }) => ({ unit, post, rank, row })),
    openPosts: plan.openSlots.map(({ unit, post, rank }) => ({ unit, post, rank })),
    publicity: {
      start: notice.period.start,
      end: notice.period.end,
      workingDays: notice.period.workingDays,
      unscheduledYears: notice.period.unscheduledYears,
      title: notice.title,
    },
    sheets: written.sheets,
    warnings: plan.warnings,
    rankGroups: plan.rankGroups,
    vacancySheet: vacancySheet ?? null,
    problems: [...check.problems, ...vacancyProblems],
  };
}
