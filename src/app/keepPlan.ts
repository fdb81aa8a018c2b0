/**
 * What a new plan keeps of an edited one (plan --keep): the locked moves, each checked first against the
 * rules that do not depend on the rest of the plan, and who may move at all (every cadre still on the sheet).
 */
import { CheckResult } from '../core/check';
import { SheetGrid } from '../core/grid';
import { KeepPlan } from '../core/plan/planner';
import { PlanSheetUnreadable, readPlanSheet } from '../core/plan/readPlanSheet';
import { validatePlan } from '../core/plan/validatePlan';
import { Vacancy } from '../core/plan/vacancies';
import { Cadre } from '../core/roster/cadre';
import { Settings } from '../core/settings';
import { cadreId } from '../core/sheets/planSheet';
import { AppError } from '../workbook/port';

/**
 * Rules a locked move is refused for before planning. Avoidance is left to the planner, which moves the
 * unlocked relatives out of the way where it can (and says so when it cannot).
 */
const BLOCKING = new Set(['same-unit', 'rank', 'post-taken', 'post-not-free', 'return', 'exempt', 'not-on-roster']);

/** The locked moves and the movable cadres of the sheet `name` among the sheets read. */
export function keepOf(sheets: readonly SheetGrid[], name: string, check: CheckResult, vacancies: readonly Vacancy[], settings: Settings): KeepPlan {
  const grid = sheets.find((sheet) => sheet.name === name);
  if (!grid) throw new AppError({ kind: 'noSuchSheet', role: 'keptPlan', sheet: name, existing: sheets.map((sheet) => sheet.name) });
  let read;
  try {
    read = readPlanSheet(grid, { cadres: check.checked.map((entry) => entry.cadre), sheets: check.roster.sheets });
  } catch (error) {
    if (error instanceof PlanSheetUnreadable) throw AppError.from(error);
    throw error;
  }
  const locked = read.moves.filter((move) => move.locked);
  // Locked rows first, so that a post two rows want goes to the locked one.
  const rows = new Set(locked.map((move) => move.planRow));
  const { violations } = validatePlan(check, [...locked, ...read.moves.filter((move) => !move.locked)], vacancies, settings);
  const findings = { problems: read.problems, violations: violations.filter((v) => rows.has(v.planRow) && BLOCKING.has(v.rule)) };
  if (findings.problems.length + findings.violations.length > 0) throw new AppError({ kind: 'lockedRowsBroken', sheet: name, findings });
  return {
    locked: locked.map((move) => ({ cadre: move.cadre as Cadre, to: move.to })),
    movable: new Set([...read.moves.flatMap((move) => (move.cadre ? [cadreId(move.cadre)] : [])), ...read.held.map(cadreId)]),
  };
}
