/**
 * Whether a cadre's post is a key post (重点岗位), and which word says so.
 */
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { firstContained } from '../text';

/** Which of the columns that can mark a key post the roster has. */
export interface KeyPostColumns {
  hasKeyFlag: boolean;
  hasCategory: boolean;
}

export interface KeyPost {
  key: boolean;
  /** The kind of work that makes it key ('财务'), where a word says so. */
  label?: string;
}

function categoryIsKey(category: string, words: readonly string[]): boolean {
  if (category.includes('非重点') || category.includes('一般')) return false;
  return firstContained(category, words) !== undefined || category.includes('重点');
}

/**
 * A post is key when the roster flags it (是否重点岗位), or its category names key work, or, where the
 * roster has neither column, when the unit or post name contains a key word (财务科, 行政审批科); and
 * in a key unit (`keyUnits`: 窗口, 服务大厅), unless the roster's flag says 否 for the row.
 */
export function keyPostOf(cadre: Cadre, settings: Settings, columns: KeyPostColumns): KeyPost {
  const unitWord = firstContained(cadre.unit, settings.keyUnits);
  if (unitWord !== undefined && cadre.keyFlag !== false) return { key: true, label: unitWord };
  const words = settings.keyPostWords;
  const nameWord = firstContained(`${cadre.unit} ${cadre.post}`, words);
  const categoryWord = firstContained(cadre.category, words);
  const label = categoryWord ?? nameWord;
  const key =
    cadre.keyFlag === true ||
    (columns.hasCategory && categoryIsKey(cadre.category, words)) ||
    (!columns.hasKeyFlag && !columns.hasCategory && nameWord !== undefined);
  return key ? { key, label } : { key };
}
