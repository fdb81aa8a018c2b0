/**
 * The 校验方案 use case: read the roster and the edited 轮岗方案 sheet, check every move against the
 * hard rules, and mark the plan rows that break one (or cannot be read) and those with a warning.
 */
import { CheckResult } from '../core/check';
import { SheetGrid } from '../core/grid';
import { PlanSheetRead, PlanSheetUnreadable, readPlanSheet } from '../core/plan/readPlanSheet';
import { PlanValidation, validatePlan } from '../core/plan/validatePlan';
import { Problem } from '../core/roster/cadre';
import { PLAN_SHEET_NAME } from '../core/sheets/planSheet';
import { AppError, Highlight, WorkbookPort, WrittenChanges } from '../workbook/port';
import { CheckOptions, readAndCheck, writeChanges } from './runCheck';
import { findVacancies } from './runPlan';

export interface ValidateOptions extends CheckOptions {
  /** The plan sheet; 轮岗方案 by default. */
  planSheet?: string;
  vacancySheet?: string;
}

export interface ValidateOutcome {
  check: CheckResult;
  plan: PlanSheetRead;
  validation: PlanValidation;
  vacancyProblems: Problem[];
  /** Whether the plan keeps every hard rule and every row could be read. */
  holds: boolean;
  written: WrittenChanges;
}

/** Fills of the marked plan rows: a broken rule or an unreadable row red, a warning yellow. */
export const PLAN_MARKS = { violation: 'FFC7CE', warning: 'FFEB9C' } as const;

/** Reads the roster, the plan sheet and the vacancies, and checks the plan; nothing is written. */
export async function loadPlan(port: WorkbookPort, options: ValidateOptions): Promise<Omit<ValidateOutcome, 'written'> & { grid: SheetGrid }> {
  const planSheet = options.planSheet ?? PLAN_SHEET_NAME;
  const infos = await port.listSheets();
  if (!infos.some((info) => info.name === planSheet)) {
    throw new AppError({ kind: 'noSuchSheet', role: 'plan', sheet: planSheet, existing: infos.map((info) => info.name) });
  }
  const { sheets, check } = await readAndCheck(port, { ...options, planSheet });
  const grid = sheets.find((sheet) => sheet.name === planSheet) as SheetGrid;
  let plan: PlanSheetRead;
  try {
    plan = readPlanSheet(grid, { cadres: check.checked.map((entry) => entry.cadre), sheets: check.roster.sheets });
  } catch (error) {
    if (error instanceof PlanSheetUnreadable) throw AppError.from(error);
    throw error;
  }
  const { vacancies, problems: vacancyProblems } = findVacancies(sheets, check, options.vacancySheet);
  const validation = validatePlan(check, plan.moves, vacancies, options.settings);
  const holds = validation.violations.length === 0 && plan.problems.length === 0;
  return { check, plan, validation, vacancyProblems, holds, grid };
}

/** The marks for the plan rows: every row with a broken rule or a problem, then those with only a warning. */
function marksOf(grid: SheetGrid, plan: PlanSheetRead, validation: PlanValidation): Highlight {
  const bad = new Set([...validation.violations.map((v) => v.planRow), ...plan.problems.map((p) => p.row)]);
  const warned = new Set(validation.warnings.map((w) => w.planRow).filter((row) => !bad.has(row)));
  const width = Math.max(1, ...grid.values.map((row) => row.length));
  const rows = [...[...bad].map((row) => ({ row, color: PLAN_MARKS.violation })), ...[...warned].map((row) => ({ row, color: PLAN_MARKS.warning }))];
  return { sheet: grid.name, firstColumn: grid.firstColumn, lastColumn: grid.firstColumn + width - 1, rows: rows.sort((a, b) => a.row - b.row) };
}

/** Checks the edited plan and marks its rows; a plan that holds is marked nowhere. */
export async function runValidate(port: WorkbookPort, options: ValidateOptions): Promise<ValidateOutcome> {
  const { grid, ...loaded } = await loadPlan(port, options);
  await options.onProgress?.('plan', 0.6);
  const written = await writeChanges(port, { highlights: [marksOf(grid, loaded.plan, loaded.validation)], sheets: [] }, options.onProgress);
  return { ...loaded, written };
}
