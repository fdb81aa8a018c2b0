/**
 * Reads the post quotas (职数) a workbook lists on a sheet of their own: 单位, 职级 or 职务, 核定职数.
 */
import { CellValue, SheetGrid, cellText, isBlank } from '../grid';
import { Problem } from '../roster/cadre';
import { Field, matchHeader } from '../roster/columns';
import { normalizeCompact, normalizeText } from '../text';
import { problemAt } from '../roster/problemWords';
import { isTotal } from '../roster/rowKind';
import { Refused } from '../refusalWords';

/** The quota sheet the user named is not in the workbook, or has no quota header. */
export class QuotaSheetNotFound extends Refused {}

export interface Quota {
  /** The row of the quota sheet it came from. */
  row: number;
  unit: string;
  /** 职级 as written ('正科'), or empty where the row names a post instead. */
  rank: string;
  /** 职务 as written ('科长'), where the sheet has the column. */
  post: string;
  /** 核定职数. */
  quota: number;
}

const HEADER_SEARCH_ROWS = 10;

/** A count header of quotas: 核定职数, 编制职数, 核定数 …; 职数 alone where the sheet's name speaks of them. */
function isQuotaCount(text: string, sheetName: string): boolean {
  if (/空缺|实有|现有/u.test(text) || sheetName.includes('空缺')) return false;
  if (/(核定|编制|定额)/u.test(text) && /(职数|数|名额)$/u.test(text)) return true;
  return text === '职数' && /职数|核定|编制/u.test(sheetName);
}

interface QuotaHeader { index: number; unit: number; rank?: number; post?: number; count: number }

function quotaHeader(grid: SheetGrid): QuotaHeader | undefined {
  for (let index = 0; index < Math.min(grid.values.length, HEADER_SEARCH_ROWS); index += 1) {
    const found: Partial<Record<Field | 'count', number>> = {};
    grid.values[index].forEach((cell, column) => {
      const text = normalizeCompact(cellText(cell));
      if (isQuotaCount(text, grid.name)) {
        found.count ??= column;
        return;
      }
      const match = matchHeader(text);
      if (match) found[match.field] ??= column;
    });
    const { name, unit, rank, post, count } = found;
    if (name === undefined && unit !== undefined && count !== undefined && (rank !== undefined || post !== undefined)) {
      return { index, unit, rank, post, count };
    }
  }
  return undefined;
}

/**
 * The quotas of the named sheet, or of the first sheet (other than those in `skip`) whose header has
 * 单位, 职级 or 职务, and 核定职数, and no 姓名. A count that is not a whole number is a problem.
 */
export function readQuotas(sheets: readonly SheetGrid[], skip: readonly string[], sheetName?: string): { sheet?: string; quotas: Quota[]; problems: Problem[] } {
  if (sheetName && !sheets.some((s) => s.name === sheetName)) {
    throw new QuotaSheetNotFound({ kind: 'noSuchSheet', role: 'quota', sheet: sheetName, existing: sheets.map((s) => s.name) });
  }
  const candidates = sheetName ? sheets.filter((s) => s.name === sheetName) : sheets.filter((s) => !skip.some((name) => s.name.startsWith(name)));
  for (const grid of candidates) {
    const header = quotaHeader(grid);
    if (!header) continue;
    const quotas: Quota[] = [];
    const problems: Problem[] = [];
    const text = (cells: readonly CellValue[], column: number | undefined) => (column === undefined ? '' : normalizeText(cellText(cells[column] ?? null)));
    for (let index = header.index + 1; index < grid.values.length; index += 1) {
      const cells = grid.values[index];
      // Stryker disable next-line ConditionalExpression: a blank row has no unit, and the row without one is skipped two lines below
      if (cells.every(isBlank)) continue;
      const row = grid.firstRow + index;
      const unit = text(cells, header.unit);
      if (!unit || isTotal(normalizeCompact(unit))) continue;
      const countText = normalizeCompact(text(cells, header.count));
      const quota = Number(countText);
      if (countText === '' || !Number.isInteger(quota) || quota < 0 || quota > 1000) {
        problems.push(problemAt({ sheet: grid.name, row, column: '核定职数' }, { kind: 'badQuotaCount', text: countText }));
        continue;
      }
      quotas.push({ row, unit, rank: normalizeCompact(text(cells, header.rank)), post: text(cells, header.post), quota });
    }
    return { sheet: grid.name, quotas, problems };
  }
  if (sheetName) throw new QuotaSheetNotFound({ kind: 'noQuotaHeader', sheet: sheetName });
  return { quotas: [], problems: [] };
}
