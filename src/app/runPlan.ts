/**
 * The plan use case: one read, the check, the plan and the notice, then one write of the fills and the
 * three sheets 轮岗检查, 轮岗方案, 公示名单.
 */
import { CheckResult } from '../core/check';
import { IsoDate } from '../core/dates';
import { SheetGrid } from '../core/grid';
import { Problem } from '../core/roster/cadre';
import { OUTPUT_SHEET_PREFIXES } from '../core/roster/header';
import { LockedMovesClash, planSwaps } from '../core/plan/planner';
import { keepOf } from './keepPlan';
import { Plan } from '../core/plan/planTypes';
import { VacancySheetNotFound, readVacancies } from '../core/plan/vacancies';
import { publicityPeriod } from '../core/publicity/period';
import { Notice, buildNotice } from '../core/publicity/notice';
import { checkSheet } from '../core/sheets/checkSheet';
import { noticeSheet } from '../core/sheets/noticeSheet';
import { planSheet } from '../core/sheets/planSheet';
import { AppError, WorkbookPort, WrittenChanges } from '../workbook/port';
import { CheckOptions, highlightsOf, readAndCheck, writeChanges } from './runCheck';

export interface PlanOptions extends CheckOptions {
  /** The first day of the publicity period; by default the plan date (moved to a working day). */
  publicityStart?: IsoDate;
  /** The sheet of vacancies, when the user names it; otherwise one is looked for. */
  vacancySheet?: string;
  /** An edited plan sheet: plan again keeping its locked moves, moving only the cadres still on it. */
  keep?: string;
}

export interface PlanOutcome {
  check: CheckResult;
  plan: Plan;
  notice: Notice;
  vacancySheet?: string;
  vacancyProblems: Problem[];
  written: WrittenChanges;
}

/** A plan needs at least two cadres and someone to move; otherwise the user is told why, and nothing is written. */
function refuseEmptyPlan(check: CheckResult, includeSuggested: boolean): void {
  if (check.checked.length < 2) {
    throw new AppError({ kind: 'tooFewCadres', sheet: check.roster.sheet, count: check.checked.length });
  }
  const movers = check.summary.due + (includeSuggested ? check.summary.suggested : 0);
  if (movers === 0) {
    const suggestedLeftOut = includeSuggested ? 0 : check.summary.suggested;
    throw new AppError({ kind: 'nobodyDue', sheet: check.roster.sheet, count: check.checked.length, suggestedLeftOut });
  }
}

/** The vacancies among the sheets read: the named sheet, or the first that lists them, never the roster or ours. */
export function findVacancies(sheets: readonly SheetGrid[], check: CheckResult, vacancySheet?: string): ReturnType<typeof readVacancies> {
  const skip = [...check.roster.sheets.map((sheet) => sheet.name), ...OUTPUT_SHEET_PREFIXES, ...(check.quotaSheet ? [check.quotaSheet] : [])];
  try {
    return readVacancies(sheets, skip, vacancySheet);
  } catch (error) {
    if (error instanceof VacancySheetNotFound) throw AppError.from(error);
    throw error;
  }
}

/**
 * The roster checked, the vacancies and the moves kept, read from the sheets; the sheets themselves are
 * not kept (on a roster of 50,000 rows their values are tens of megabytes the plan does not need).
 */
async function readForPlan(port: WorkbookPort, options: PlanOptions) {
  const { sheets, check } = await readAndCheck(port, { ...options, planSheet: options.keep });
  refuseEmptyPlan(check, options.settings.includeSuggested);
  const { sheet: vacancySheet, vacancies, problems: vacancyProblems } = findVacancies(sheets, check, options.vacancySheet);
  const keep = options.keep === undefined ? undefined : keepOf(sheets, options.keep, check, vacancies, options.settings);
  return { check, vacancySheet, vacancies, vacancyProblems, keep };
}

/** Checks, plans and writes the notice; everything the user sees is written in one go. */
export async function runPlan(port: WorkbookPort, options: PlanOptions): Promise<PlanOutcome> {
  const { check, vacancySheet, vacancies, vacancyProblems, keep } = await readForPlan(port, options);
  const highlights = highlightsOf(check);
  port.willWrite?.(highlights);
  await options.onProgress?.('plan', 0.5);
  let plan: Plan;
  try {
    plan = planSwaps(check, vacancies, options.settings, check.quotas.map((line) => line.quota), keep);
  } catch (error) {
    if (error instanceof LockedMovesClash) throw AppError.from(error);
    throw error;
  }
  const period = publicityPeriod(options.asOf, options.settings, options.publicityStart);
  const notice = buildNotice(plan, period, options.settings, options.asOf, check.roster.columns);
  const written = await writeChanges(
    port,
    { highlights, sheets: [checkSheet(check), planSheet(plan, options.settings, check.roster.sheets.length === 1), noticeSheet(notice)] },
    options.onProgress,
  );
  return { check, plan, notice, vacancySheet, vacancyProblems, written };
}
