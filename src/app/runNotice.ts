/**
 * The 更新公示 use case: the 公示名单 written from the 轮岗方案 sheet as staff edited it, for batch 1 (the
 * notice now) or a later batch. Never from a plan that breaks a hard rule or has rows that cannot be read:
 * then nothing is written and the error lists what is wrong.
 */
import { IsoDate } from '../core/dates';
import { Notice, buildNotice } from '../core/publicity/notice';
import { publicityPeriod } from '../core/publicity/period';
import { noticeSheet } from '../core/sheets/noticeSheet';
import { Cadre } from '../core/roster/cadre';
import { AppError, WorkbookPort, WrittenChanges } from '../workbook/port';
import { writeChanges } from './runCheck';
import { ValidateOptions, ValidateOutcome, loadPlan } from './runValidate';

export interface NoticeOptions extends ValidateOptions {
  /** The batch to publish; 1 (the notice now) by default. */
  batch?: number;
  publicityStart?: IsoDate;
}

/** A plan that breaks a rule: the notice is refused, with every violation and unreadable row listed. */
export class PlanBreaksRules extends AppError {
  constructor(readonly outcome: Omit<ValidateOutcome, 'written'>) {
    const { validation, plan } = outcome;
    super({ kind: 'planBreaksRules', sheet: plan.sheet, findings: { problems: plan.problems, violations: validation.violations } });
    this.name = 'PlanBreaksRules';
  }
}

export interface NoticeOutcome extends Omit<ValidateOutcome, 'written'> {
  notice: Notice;
  batch: number;
  written: WrittenChanges;
}

/** Writes the notice from the edited plan: a row with a blank 分批 counts in batch 1. */
export async function runNotice(port: WorkbookPort, options: NoticeOptions): Promise<NoticeOutcome> {
  const { grid: _grid, ...loaded } = await loadPlan(port, options);
  if (!loaded.holds) throw new PlanBreaksRules(loaded);
  const batch = options.batch ?? 1;
  const assignments = loaded.plan.moves.map((move) => ({ mover: { cadre: move.cadre as Cadre }, to: move.to, batch: move.batch ?? 1 }));
  if (!assignments.some((assignment) => assignment.batch === batch)) {
    const batches = [...new Set(assignments.map((assignment) => assignment.batch))].sort((a, b) => a - b);
    throw new AppError({ kind: 'noSuchBatch', sheet: loaded.plan.sheet, batch, batches });
  }
  await options.onProgress?.('plan', 0.6);
  const period = publicityPeriod(options.asOf, options.settings, options.publicityStart);
  const notice = buildNotice({ assignments }, period, options.settings, options.asOf, loaded.check.roster.columns, batch);
  const written = await writeChanges(port, { sheets: [noticeSheet(notice)] }, options.onProgress);
  return { ...loaded, notice, batch, written };
}
