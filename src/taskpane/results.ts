/**
 * The pane's account of what a check or a plan found: counts, the flagged cadres with reasons (a click
 * selects the row), the data problems with row and column, and for a plan the placed, the unplaced and
 * links to the new sheets.
 */
import { CheckResult } from '../core/check';
import { Roster } from '../core/roster/readRoster';
import { STATUSES, Status } from '../core/rules/status';
import { ReasonDetail, reasonsIn } from '../core/rules/reasonWords';
import { PlanOutcome } from '../app/runPlan';
import { el, value, withValues } from './dom';
import { Locale, STATUS_WORDS, STRINGS, planText, planValues } from './strings';

/** How many flagged cadres and problems the pane lists before it says how many more there are. */
const LIST_LIMIT = 200;

export type Select = (sheet: string, row?: number) => void;

function more(total: number): HTMLElement | null {
  return total > LIST_LIMIT ? el('p', { class: 'muted' }, `… +${total - LIST_LIMIT}`) : null;
}

/** The roster's own words a reason quotes (the key-post word, the remark): data in either language. */
const reasonValues = (details: readonly ReasonDetail[]): string[] => details.flatMap(({ reason }) =>
  reason.kind === 'remark' ? [reason.word, reason.posting?.word ?? ''] : 'label' in reason && reason.label ? [reason.label] : []);

/** The hidden rows left out, per sheet, in the pane's language. */
function hiddenRowsNotes(roster: Roster, locale: Locale): string[] {
  const bySheet = new Map<string, number[]>();
  for (const { kind, sheet, row } of roster.skipped) if (kind === '隐藏行') bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), row]);
  return [...bySheet].map(([sheet, rows]) => STRINGS[locale].hiddenRows(roster.sheets.length > 1 ? sheet : undefined, rows));
}

export function renderCheck(result: CheckResult, locale: Locale, select: Select): HTMLElement {
  const t = STRINGS[locale];
  const words = STATUS_WORDS[locale];
  const counts = el('ul', { class: 'counts', 'aria-label': t.counts }, ...STATUSES.map((status) =>
    el('li', { class: `count status-${status}`, 'data-status': status }, el('span', { class: 'count-label' }, words[status]), ' ', el('strong', {}, result.summary[status]))));
  const flagged = result.checked.filter((entry) => entry.status !== 'ok');
  const list = el('ol', { class: 'cadres' }, ...flagged.slice(0, LIST_LIMIT).map(({ cadre, status, details }) =>
    el('li', { class: `status-${status}` },
      el('button', { type: 'button', class: 'link', 'data-sheet': cadre.sheet, 'data-row': String(cadre.row), 'data-value': true }, cadre.name),
      ' ', value(cadre.unit), ' ', value(cadre.post), ` · ${words[status as Status]}`,
      el('div', { class: 'reasons' }, ...withValues(reasonsIn(details, locale).join(t.listSeparator), reasonValues(details))))));
  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (button?.dataset.row) select(button.dataset.sheet ?? result.roster.sheet, Number(button.dataset.row));
  });
  const problems = result.problems.length === 0
    ? el('p', { class: 'muted' }, t.noProblems)
    : el('ol', { class: 'problems' }, ...result.problems.slice(0, LIST_LIMIT).map((p) => el('li', {}, `${p.sheet && result.roster.sheets.length > 1 ? `${p.sheet} ` : ''}${t.rowCol(p.row, p.column)}${p.cell ? ` (${p.cell})` : ''}:${p.message}`)));
  const { skipped } = result.roster;
  const skippedList = el('ol', { class: 'skipped' }, ...skipped.slice(0, LIST_LIMIT).map((s) =>
    el('li', {}, value(s.sheet), ' ', t.skippedRow(s.row, t.skipKinds[s.kind] ?? s.kind), value(s.text))));
  return el('div', { class: 'check-result' },
    el('h2', {}, t.counts), counts,
    el('h2', {}, `${t.flagged} (${flagged.length})`), el('p', { class: 'muted' }, t.flaggedHint), list, more(flagged.length),
    el('h2', {}, `${t.problems} (${result.problems.length})`), problems, more(result.problems.length),
    skipped.length > 0 ? el('h2', {}, `${t.skipped} (${skipped.length})`) : null,
    ...hiddenRowsNotes(result.roster, locale).map((note) => el('p', { class: 'muted' }, ...withValues(note, result.roster.sheets.map((sheet) => sheet.name)))),
    skipped.length > 0 ? skippedList : null, more(skipped.length));
}

export function renderPlan(outcome: PlanOutcome, locale: Locale, select: Select): HTMLElement {
  const t = STRINGS[locale];
  const { plan, notice, written } = outcome;
  const links = el('ul', { class: 'sheet-links' }, ...written.sheets.map((sheet) => el('li', {}, el('button', { type: 'button', class: 'link', 'data-sheet': sheet, 'data-value': true }, sheet))));
  links.addEventListener('click', (event) => {
    const sheet = (event.target as HTMLElement).closest('button')?.dataset.sheet;
    if (sheet) select(sheet);
  });
  return el('div', { class: 'plan-result' },
    el('h2', {}, t.plan),
    el('p', { class: 'plan-counts' }, t.planned(plan.assignments.length, plan.unplaced.length)),
    el('p', {}, t.period(t.day(notice.period.start), t.day(notice.period.end), notice.period.workingDays)),
    plan.batchStarts.length > 1 ? el('p', {}, t.batches(plan.batchStarts)) : null,
    plan.competition.length > 0 ? el('p', {}, t.competition(plan.competition.length)) : null,
    plan.unplaced.length > 0 ? el('h3', {}, t.unplaced) : null,
    plan.unplaced.length > 0 ? el('ol', { class: 'unplaced' }, ...plan.unplaced.map(({ mover: { cadre }, reason }) => el('li', {}, ...withValues(
      t.unplacedLine(cadre.name, `${cadre.unit}${cadre.post}`, planText(reason, locale)), [cadre.name, `${cadre.unit}${cadre.post}`, ...planValues(reason)])))) : null,
    plan.warnings.length > 0 ? el('h3', {}, t.warnings) : null,
    plan.warnings.length > 0 ? el('ul', {}, ...plan.warnings.map((w) => el('li', {}, ...withValues(planText(w, locale), planValues(w))))) : null,
    el('h3', {}, t.newSheets), links,
    renderCheck(outcome.check, locale, select));
}
