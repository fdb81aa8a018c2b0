/**
 * Reads the vacancies (空缺岗位) a workbook lists on a sheet of their own, and marks the share of them
 * that goes to open competition (竞争上岗).
 */
import { SheetGrid, cellText, isBlank } from '../grid';
import { Problem } from '../roster/cadre';
import { Field, matchHeader } from '../roster/columns';
import { problemAt } from '../roster/problemWords';
import { normalizeCompact, normalizeText } from '../text';
import { Refused } from '../refusalWords';

/** The vacancy sheet the user named is not in the workbook. */
export class VacancySheetNotFound extends Refused {}

export interface Vacancy {
  /** The row of the vacancy sheet it came from. */
  row: number;
  unit: string;
  post: string;
  rank: string;
}

const COUNT_WORDS = ['数量', '职数', '空缺数', '人数', '名额', '空缺职数'];
const HEADER_SEARCH_ROWS = 10;

interface VacancyHeader { index: number; unit: number; post: number; rank: number; count?: number }

function vacancyHeader(grid: SheetGrid): VacancyHeader | undefined {
  for (let index = 0; index < Math.min(grid.values.length, HEADER_SEARCH_ROWS); index += 1) {
    const found: Partial<Record<Field | 'count', number>> = {};
    grid.values[index].forEach((cell, column) => {
      const text = normalizeCompact(cellText(cell));
      if (COUNT_WORDS.includes(text)) found.count ??= column;
      const match = matchHeader(text);
      if (match) found[match.field] ??= column;
    });
    if (found.name === undefined && found.unit !== undefined && found.post !== undefined && found.rank !== undefined) {
      return { index, unit: found.unit, post: found.post, rank: found.rank, count: found.count };
    }
  }
  return undefined;
}

/**
 * The vacancies of the named sheet, or of the first sheet (other than the roster and the tool's own)
 * whose header has 单位, 职务 and 职级 and no 姓名. A 数量 column repeats a row; a bad count is a problem.
 */
export function readVacancies(sheets: readonly SheetGrid[], skip: readonly string[], sheetName?: string): { sheet?: string; vacancies: Vacancy[]; problems: Problem[] } {
  if (sheetName !== undefined && !sheets.some((s) => s.name === sheetName)) {
    throw new VacancySheetNotFound({ kind: 'noSuchSheet', role: 'vacancies', sheet: sheetName, existing: sheets.map((s) => s.name) });
  }
  const candidates = sheetName !== undefined ? sheets.filter((s) => s.name === sheetName) : sheets.filter((s) => !skip.some((name) => s.name.startsWith(name)));
  for (const grid of candidates) {
    const header = vacancyHeader(grid);
    if (!header) continue;
    const vacancies: Vacancy[] = [];
    const problems: Problem[] = [];
    for (let index = header.index + 1; index < grid.values.length; index += 1) {
      const cells = grid.values[index];
      if (cells.every(isBlank)) continue;
      const row = grid.firstRow + index;
      const countCell = header.count === undefined ? 1 : cells[header.count];
      const count = isBlank(countCell) ? 1 : Number(normalizeCompact(cellText(countCell)));
      const unit = normalizeText(cellText(cells[header.unit]));
      if (!Number.isInteger(count) || count < 0 || count > 1000) {
        problems.push(problemAt({ row, column: '数量' }, { kind: 'badVacancyCount', text: cellText(countCell) }));
        continue;
      }
      if (!unit) {
        problems.push(problemAt({ row, column: '单位' }, { kind: 'vacancyNoUnit' }));
        continue;
      }
      const vacancy = { row, unit, post: normalizeText(cellText(cells[header.post])), rank: normalizeCompact(cellText(cells[header.rank])) };
      for (let k = 0; k < count; k += 1) vacancies.push(vacancy);
    }
    return { sheet: grid.name, vacancies, problems };
  }
  if (sheetName !== undefined) throw new VacancySheetNotFound({ kind: 'noVacancyHeader', sheet: sheetName });
  return { vacancies: [], problems: [] };
}

/**
 * Splits the vacancies: at least `share` of them (rounded up) for open competition, the rest to be
 * filled by assignment. Which ones is stable: every other vacancy in sheet order, starting with the first,
 * so each unit's list is shared out evenly, then more from the front if the share asks for more than half.
 */
export function splitForCompetition<T>(vacancies: readonly T[], share: number): { competition: T[]; assignable: T[] } {
  const wanted = Math.ceil(vacancies.length * share - 1e-9);
  const picked = new Set<number>();
  for (let i = 0; i < vacancies.length && picked.size < wanted; i += 2) picked.add(i);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: settings keep the share within 0 to 1, so this loop has picked what it wants before it runs out of elements, and a phantom index past the end is never filtered in
  for (let i = 0; i < vacancies.length && picked.size < wanted; i += 1) picked.add(i);
  return {
    competition: vacancies.filter((_, i) => picked.has(i)),
    assignable: vacancies.filter((_, i) => !picked.has(i)),
  };
}
