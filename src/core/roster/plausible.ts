/**
 * Dates that cannot be right on the check date: in the future, a birth that makes a cadre under 18 or
 * over 70, work begun before 16, a post or unit entered before work began or before 16. Each is a problem
 * on its row and is set aside; the cadre is still checked on the dates that are sound.
 */
import { IsoDate, RosterDate, addYears, ageOn } from '../dates';
import { Cadre, Problem } from './cadre';
import { Field } from './columns';
import { Implausible, problemAt } from './problemWords';

const YOUNGEST = 18;
const OLDEST = 70;
const WORKING_AGE = 16;

type Checked = 'birth' | 'workStart' | 'postStart' | 'unitStart' | 'joined';
const FIELDS: Checked[] = ['birth', 'workStart', 'postStart', 'unitStart', 'joined'];

/** Where a field's cell is, for the problem: its header and the cell address. */
export type Locate = (cadre: Cadre, field: Field) => { column: string; cell?: string };

function birthProblem(date: RosterDate, asOf: IsoDate): Implausible | undefined {
  if (date.date > asOf) return { kind: 'future' };
  const age = ageOn(date.date, asOf);
  if (age < YOUNGEST) return { kind: 'under', age: YOUNGEST };
  if (age > OLDEST) return { kind: 'over', age, limit: OLDEST };
  return undefined;
}

/** Why a date other than the birth cannot be right; `workingAge` is the day of 16 by a sound birth, if any. */
function why(cadre: Cadre, field: Checked, date: RosterDate, asOf: IsoDate, workingAge: IsoDate | undefined): Implausible | undefined {
  if (date.date > asOf) return { kind: 'future' };
  if (workingAge && date.date < workingAge) return { kind: 'beforeAge', age: WORKING_AGE };
  if ((field === 'postStart' || field === 'unitStart') && cadre.workStart && cadre.workStart.date <= asOf && date.date < cadre.workStart.date) {
    return { kind: 'beforeWork', workStart: cadre.workStart.date };
  }
  return undefined;
}

/**
 * The cadre with every implausible date set aside, and a problem for each. Pure: the cadre given is not changed.
 * A birth of 1900.01 on 2026-11-22 gives '出生年月"1900年1月"按此计算已126岁,超过70岁,此日期未采用'.
 */
export function setAsideImplausible(cadre: Cadre, asOf: IsoDate, locate: Locate): { cadre: Cadre; problems: Problem[] } {
  const problems: Problem[] = [];
  const birthReason = cadre.birth && birthProblem(cadre.birth, asOf);
  // Other dates are measured against a birth only where the birth itself is sound.
  const workingAge = cadre.birth && !birthReason ? addYears(cadre.birth.date, WORKING_AGE) : undefined;
  const reasons: { field: Checked; date: RosterDate; reason: Implausible }[] = [];
  for (const field of FIELDS) {
    const date = cadre[field];
    const reason = !date ? undefined : field === 'birth' ? birthReason : why(cadre, field, date, asOf, workingAge);
    if (reason) reasons.push({ field, date: date as RosterDate, reason });
  }
  if (reasons.length === 0) return { cadre, problems };
  const sound: Cadre = { ...cadre };
  for (const { field, date, reason } of reasons) {
    delete sound[field];
    const where = locate(cadre, field);
    problems.push(problemAt({ sheet: cadre.sheet, row: cadre.row, ...where }, { kind: 'implausible', title: where.column, date: date.date, why: reason }));
  }
  return { cadre: sound, problems };
}
