/**
 * The check: every cadre of a roster with a status and reasons, the data problems, and the counts.
 */
import { IsoDate } from './dates';
import { Cadre, Problem } from './roster/cadre';
import { HEADER_WORDS } from './roster/columns';
import { Locate, setAsideImplausible } from './roster/plausible';
import { ProblemLocale, hiddenRowsText, problemAt } from './roster/problemWords';
import { Roster } from './roster/readRoster';
import { Classification, classify } from './rules/classify';
import { STATUSES, Status } from './rules/status';
import { Term, termOf, termText } from './rules/term';
import { QuotaLine, quotaCounts } from './quota/quota';
import { Quota } from './quota/quotaSheet';
import { Settings } from './settings';

export interface CheckedCadre extends Classification {
  /** The cadre as checked: dates that cannot be right are set aside (and listed among the problems). */
  cadre: Cadre;
  /** The appointment term (聘期), where the roster gives one. */
  term?: Term;
}

export interface CheckResult {
  asOf: IsoDate;
  roster: Roster;
  checked: CheckedCadre[];
  problems: Problem[];
  summary: Record<Status, number>;
  /** The post quotas (职数) read, with today's count of each; empty without a quota sheet. */
  quotas: QuotaLine[];
  /** The sheet the quotas come from. */
  quotaSheet?: string;
}

/** Where a field's cell is on a cadre's row. */
function locator(roster: Roster): Locate {
  const sheets = new Map(roster.sheets.map((sheet) => [sheet.name, sheet]));
  return (cadre, field) => {
    const letter = sheets.get(cadre.sheet)?.letters[field];
    return { column: roster.columns[field] ?? HEADER_WORDS[field][0], ...(letter ? { cell: `${letter}${cadre.row}` } : {}) };
  };
}

/** The quotas of a workbook, as read: `{ sheet, quotas, problems }` (see readQuotas). */
export interface QuotaInput {
  sheet?: string;
  quotas: readonly Quota[];
  problems: readonly Problem[];
}

/** Classifies every cadre of the roster on `asOf`, and counts them against the quotas. The roster is not changed. */
export function checkRoster(roster: Roster, settings: Settings, asOf: IsoDate, quotaInput?: QuotaInput): CheckResult {
  const columns = { hasKeyFlag: roster.columns.keyFlag !== undefined, hasCategory: roster.columns.category !== undefined };
  const summary = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  const problems = [...roster.problems, ...(quotaInput?.problems ?? [])];
  const locate = locator(roster);
  const checked = roster.cadres.map((read) => {
    const { cadre, problems: implausible } = setAsideImplausible(read, asOf, locate);
    problems.push(...implausible);
    const result = classify(cadre, settings, asOf, columns);
    summary[result.status] += 1;
    const { term, problem } = termOf(cadre, settings, asOf);
    if (problem) problems.push(problemAt({ sheet: cadre.sheet, row: cadre.row, ...locate(cadre, problem.field) }, problem.issue));
    return { cadre, ...result, ...(term ? { term } : {}) };
  });
  const order = new Map(roster.sheets.map((sheet, index) => [sheet.name, index]));
  const at = (problem: Problem) => order.get(problem.sheet ?? roster.sheet) ?? roster.sheets.length;
  problems.sort((a, b) => at(a) - at(b) || a.row - b.row);
  const quotas = quotaCounts(checked.map((entry) => entry.cadre), [], quotaInput?.quotas ?? []);
  return { asOf, roster, checked, problems, summary, quotas, ...(quotaInput?.sheet ? { quotaSheet: quotaInput.sheet } : {}) };
}

/** The cadres whose term has ended or ends within the warning window, ended first, each in roster order. */
export function termFlagged(result: CheckResult): (CheckedCadre & { term: Term })[] {
  // Stryker disable next-line ConditionalExpression: the two lists below take only ended and ending terms, so letting running ones through changes nothing
  const flagged = result.checked.filter((entry): entry is CheckedCadre & { term: Term } => entry.term !== undefined && entry.term.state !== 'running');
  return [...flagged.filter((entry) => entry.term.state === 'ended'), ...flagged.filter((entry) => entry.term.state === 'endingSoon')];
}

/** '第12、15行已隐藏,未纳入' per sheet, one line per sheet with hidden rows, for every listing of a check. */
export function hiddenRowsNotes(roster: Roster, locale: ProblemLocale = 'zh-CN'): string[] {
  const bySheet = new Map<string, number[]>();
  for (const { kind, sheet, row } of roster.skipped) {
    if (kind !== '隐藏行') continue;
    const rows = bySheet.get(sheet) ?? [];
    rows.push(row);
    bySheet.set(sheet, rows);
  }
  const several = roster.sheets.length > 1;
  return [...bySheet].map(([sheet, rows]) => hiddenRowsText(several ? sheet : undefined, rows, locale));
}

/** The check as the CLI's --json prints it (the shape of the issue's contract). */
export function checkJson(result: CheckResult): object {
  const { roster } = result;
  return {
    asOf: result.asOf,
    sheet: roster.sheet,
    headerRow: roster.headerRow,
    sheets: roster.sheets.map(({ name, headerRow }) => ({ name, headerRow })),
    choice: roster.choice,
    columns: roster.columns,
    unusedColumns: roster.unused,
    cadres: result.checked.map(({ cadre, status, reasons, keyPost, term }) => ({
      sheet: cadre.sheet,
      row: cadre.row,
      name: cadre.name,
      unit: cadre.unit,
      post: cadre.post,
      status,
      reasons,
      keyPost: keyPost.key,
      term: term ? { start: term.start.date, end: term.end, state: term.state, ...(term.years ? { years: term.years } : {}), text: termText(term) } : null,
    })),
    problems: result.problems,
    skipped: roster.skipped,
    hidden: hiddenRowsNotes(roster),
    duplicateNames: roster.duplicates,
    summary: result.summary,
    quotaSheet: result.quotaSheet ?? null,
    quotas: result.quotas.map(({ quota, count, over, under }) => ({ row: quota.row, unit: quota.unit, rank: quota.rank || quota.post, quota: quota.quota, count, over, under })),
  };
}
