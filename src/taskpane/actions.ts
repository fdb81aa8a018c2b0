/**
 * The actions (check, plan, validate the edited plan, write its notice, plan again keeping its locks, clear), run the same way from the pane's buttons and from the ribbon's commands: one use
 * case on the host's workbook, and what came of it in one line of the user's language.
 */
import { runCheck } from '../app/runCheck';
import { PlanOptions, PlanOutcome, runPlan } from '../app/runPlan';
import { NoticeOutcome, runNotice } from '../app/runNotice';
import { ValidateOutcome, runValidate } from '../app/runValidate';
import { runForecast } from '../app/runForecast';
import { Forecast } from '../core/forecast/forecast';
import { CheckResult } from '../core/check';
import { PLAN_SHEET_NAME } from '../core/sheets/planSheet';
import { noticeWarning } from '../core/publicity/noticeWarning';
import { findingLines } from '../core/refusalWords';
import { SettingsError } from '../core/settings';
import { AppError, WrittenChanges } from '../workbook/port';
import { Locale, STRINGS } from './strings';
import { TaskpaneHost } from './taskpaneHost';

export type ActionKind = 'check' | 'plan' | 'validate' | 'notice' | 'replan' | 'forecast' | 'clear';

export type ActionResult =
  | { kind: 'check'; result: CheckResult; written: WrittenChanges; note?: string }
  | { kind: 'plan' | 'replan'; outcome: PlanOutcome }
  | { kind: 'validate'; outcome: ValidateOutcome }
  | { kind: 'notice'; outcome: NoticeOutcome }
  | { kind: 'forecast'; outcome: { forecast: Forecast; written: WrittenChanges } }
  | { kind: 'clear'; rows: number };

/** Runs one action on the host's workbook. */
export async function runAction(kind: ActionKind, host: TaskpaneHost, options: PlanOptions): Promise<ActionResult> {
  if (kind === 'check') return { kind, ...(await host.run((port) => runCheck(port, options))) };
  if (kind === 'plan') return { kind, outcome: await host.run((port) => runPlan(port, options)) };
  if (kind === 'replan') return { kind, outcome: await host.run((port) => runPlan(port, { ...options, keep: PLAN_SHEET_NAME })) };
  if (kind === 'validate') return { kind, outcome: await host.run((port) => runValidate(port, options)) };
  if (kind === 'notice') return { kind, outcome: await host.run((port) => runNotice(port, options)) };
  if (kind === 'forecast') return { kind, outcome: await host.run((port) => runForecast(port, options)) };
  await options.onProgress?.('write', 0.5);
  const rows = await host.run((port) => port.clearHighlights());
  await options.onProgress?.('done', 1);
  return { kind, rows };
}

/** Earlier sheets of ours that staff edited, kept beside the new ones (the port says which, where it can). */
export function keptSheets(written: WrittenChanges): string[] {
  return written.kept ?? [];
}

/** The lines to tell beside the result: sheets kept, what the notice lacks. */
export function actionNotes(result: ActionResult, locale: Locale): string[] {
  const t = STRINGS[locale];
  const notes: string[] = [];
  if (result.kind === 'clear') return notes;
  const written = result.kind === 'check' ? result.written : result.outcome.written;
  const kept = keptSheets(written);
  if (kept.length > 0) notes.push(t.kept(kept));
  notes.push(...(written.notes ?? []).map((note) => note[locale]));
  if (result.kind === 'plan' || result.kind === 'replan' || result.kind === 'notice') {
    const warning = noticeWarning(result.outcome.notice, locale);
    if (warning) notes.push(warning);
  }
  return notes;
}

/** The workbook's values the notes quote (sheet names, cadres' names), to be shown as data. */
export function noteValues(result: ActionResult): string[] {
  if (result.kind === 'clear') return [];
  const written = result.kind === 'check' ? result.written : result.outcome.written;
  return [...keptSheets(written), ...written.sheets, ...(result.kind === 'plan' ? result.outcome.notice.blanks.map((blank) => blank.name) : [])];
}

/** What came of an action, in one line, for a message where there is no pane. */
export function actionSummary(result: ActionResult, locale: Locale): string {
  const t = STRINGS[locale];
  let line: string;
  if (result.kind === 'clear') line = result.rows > 0 ? t.cleared(result.rows) : t.nothingToClear;
  else if (result.kind === 'check') {
    const { summary, checked } = result.result;
    line = result.note ? t.nothingFlagged(checked.length) : t.checked(summary.due, summary.warning, result.written.sheets);
  } else if (result.kind === 'validate') {
    const { validation, plan, holds } = result.outcome;
    const found = findingLines({ problems: plan.problems, violations: validation.violations }, locale);
    line = holds ? t.planHolds(validation.moves, validation.warnings.length) : t.planBreaks(plan.sheet, found);
  } else if (result.kind === 'forecast') {
    const { forecast, written } = result.outcome;
    line = t.forecastDone(forecast.cadres.length, forecast.until, written.sheets);
  } else if (result.kind === 'notice') {
    line = t.noticeDone(result.outcome.batch, result.outcome.notice.rows.length, result.outcome.written.sheets);
  } else {
    const { plan, written } = result.outcome;
    line = t.planDone(plan.assignments.length, plan.unplaced.length, written.sheets);
  }
  return [line, ...actionNotes(result, locale)].join(' ');
}

/** An error in the user's words: ours in their language, anything else as it came (and to the log). */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof SettingsError || error instanceof AppError) return error.describe(locale);
  console.error(error);
  return String((error as Error)?.message ?? error);
}
