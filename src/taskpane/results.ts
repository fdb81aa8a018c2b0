/**
 * The pane's account of what a check or a plan found: counts, the flagged cadres with reasons (a click
 * selects the row), the data problems with row and column, and for a plan the placed, the unplaced and
 * links to the new sheets.
 */
import { CheckResult, hiddenRowsNotes, termFlagged } from '../core/check';
import { STATUSES, Status } from '../core/rules/status';
import { ReasonDetail, reasonsIn } from '../core/rules/reasonWords';
import { Problem } from '../core/roster/cadre';
import { Skipped } from '../core/roster/rowKind';
import { problemText, skipKindText } from '../core/roster/problemWords';
import { termText } from '../core/rules/term';
import { quotaFlagged, quotaLineText, quotaLineTextEn } from '../core/quota/quota';
import { PlanOutcome } from '../app/runPlan';
import { el, value, withValues } from './dom';
import { Locale, STATUS_WORDS, STRINGS, planText, planValues } from './strings';

/** How many flagged cadres and problems the pane lists before it says how many more there are. */
const LIST_LIMIT = 200;

export type Select = (sheet: string, row?: number) => void;

function more(total: number): HTMLElement | null {
  return total > LIST_LIMIT ? el('p', { class: 'muted' }, `… +${total - LIST_LIMIT}`) : null;
}

/**
 * One data problem as the pane lists it, in the pane's language. What it quotes from the workbook (the
 * sheet's name, a header or a cell's text, in quotes) stays as written.
 */
export function problemLine(p: Problem, locale: Locale, several: boolean): string {
  const t = STRINGS[locale];
  return `${p.sheet && several ? `${p.sheet} ` : ''}${t.rowCol(p.row, p.column)}${p.cell ? ` (${p.cell})` : ''}${t.colon}${problemText(p, locale)}`;
}

/** One row left out as the pane lists it: the sheet, the row, its kind in the pane's language, and the row's own text quoted. */
export function skippedLine(s: Skipped, locale: Locale): string {
  const t = STRINGS[locale];
  return `${s.sheet} ${t.skippedRow(s.row, skipKindText(s.kind, locale))}${t.colon}${t.quoted(s.text)}`;
}

/** The roster's own words a reason quotes (the key-post word, the remark): data in either language. */
const reasonValues = (details: readonly ReasonDetail[]): string[] => details.flatMap(({ reason }) =>
  reason.kind === 'remark' ? [reason.word, reason.posting?.word ?? ''] : 'label' in reason && reason.label ? [reason.label] : []);

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
  const terms = termFlagged(result);
  const termList = el('ol', { class: 'terms' }, ...terms.slice(0, LIST_LIMIT).map(({ cadre, status, term }) =>
    el('li', { class: `term-${term.state}` },
      el('button', { type: 'button', class: 'link', 'data-sheet': cadre.sheet, 'data-row': String(cadre.row), 'data-value': true }, cadre.name),
      ' ', value(cadre.unit), ' ', value(cadre.post), ` · ${words[status as Status]}`,
      el('div', { class: 'reasons' }, termText(term, locale)))));
  for (const listing of [list, termList]) listing.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (button?.dataset.row) select(button.dataset.sheet ?? result.roster.sheet, Number(button.dataset.row));
  });
  const quotas = quotaFlagged(result.quotas);
  const quotaList = el('ul', { class: 'quotas' }, ...quotas.map((line) => el('li', { class: line.over > 0 ? 'quota-over' : 'quota-under' }, (locale === 'zh-CN' ? quotaLineText : quotaLineTextEn)(line) ?? '')));
  const problems = result.problems.length === 0
    ? el('p', { class: 'muted' }, t.noProblems)
    : el('ol', { class: 'problems' }, ...result.problems.slice(0, LIST_LIMIT).map((p) => el('li', {}, problemLine(p, locale, result.roster.sheets.length > 1))));
  const { skipped } = result.roster;
  const skippedList = el('ol', { class: 'skipped' }, ...skipped.slice(0, LIST_LIMIT).map((s) => el('li', {}, ...withValues(skippedLine(s, locale), [s.sheet, s.text]))));
  return el('div', { class: 'check-result' },
    el('h2', {}, t.counts), counts,
    el('h2', {}, `${t.flagged} (${flagged.length})`), el('p', { class: 'muted' }, t.flaggedHint), list, more(flagged.length),
    terms.length > 0 ? el('h2', {}, `${t.terms} (${terms.length})`) : null, terms.length > 0 ? termList : null, more(terms.length),
    result.quotas.length > 0 ? el('h2', {}, `${t.quotas} (${quotas.length})`) : null, result.quotas.length > 0 ? quotaList : null,
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
