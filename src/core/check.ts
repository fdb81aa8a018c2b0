/**
 * The check: every cadre of a roster with a status and reasons, the data problems, and the counts.
 */
import { IsoDate } from './dates';
import { Cadre, Problem } from './roster/cadre';
import { Roster } from './roster/readRoster';
import { Classification, classify } from './rules/classify';
import { STATUSES, Status } from './rules/status';
import { Settings } from './settings';

export interface CheckedCadre extends Classification {
  cadre: Cadre;
}

export interface CheckResult {
  asOf: IsoDate;
  roster: Roster;
  checked: CheckedCadre[];
  problems: Problem[];
  summary: Record<Status, number>;
}

/** Classifies every cadre of the roster on `asOf`. The roster is not changed. */
export function checkRoster(roster: Roster, settings: Settings, asOf: IsoDate): CheckResult {
  const columns = { hasKeyFlag: roster.columns.keyFlag !== undefined, hasCategory: roster.columns.category !== undefined };
  const summary = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  const checked = roster.cadres.map((cadre) => {
    const result = classify(cadre, settings, asOf, columns);
    summary[result.status] += 1;
    return { cadre, ...result };
  });
  return { asOf, roster, checked, problems: roster.problems, summary };
}

/** The check as the CLI's --json prints it (the shape of the contract). */
export function checkJson(result: CheckResult): object {
  return {
    asOf: result.asOf,
    sheet: result.roster.sheet,
    headerRow: result.roster.headerRow,
    cadres: result.checked.map(({ cadre, status, reasons, keyPost }) => ({
      row: cadre.row,
      name: cadre.name,
      unit: cadre.unit,
      post: cadre.post,
      status,
      reasons,
      keyPost: keyPost.key,
    })),
    problems: result.problems,
    summary: result.summary,
  };
}
