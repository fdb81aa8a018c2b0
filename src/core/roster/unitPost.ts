/**
 * Splits a combined 所在单位及职务 cell ('财务处处长', '办公室 副主任') into the unit and the post.
 */
import { normalizeText } from '../text';

/** Post titles as they end a combined cell, longest first so 副处长 wins over 处长. */
const POSTS = [
  '一级主任科员', '二级主任科员', '三级主任科员', '四级主任科员', '一级调研员', '二级调研员', '三级调研员', '四级调研员',
  '主任科员', '副主任科员', '调研员', '副调研员', '党支部书记', '副书记', '书记', '副处长', '处长', '副科长', '科长',
  '副主任', '主任', '副局长', '局长', '副部长', '部长', '副院长', '院长', '副所长', '所长', '副站长', '站长',
  '副队长', '队长', '大队长', '副馆长', '馆长', '副经理', '经理', '副组长', '组长', '副股长', '股长', '科员', '办事员',
  '干事', '主管', '专员', '负责人', '会计', '出纳',
].sort((a, b) => b.length - a.length);

/** What separates the offices of one cadre in one cell: '党委办公室主任、校长办公室主任'. */
const OFFICES = /[、,;，；]/u;

/**
 * `splitUnitPost('财务处处长')` gives `{ unit: '财务处', post: '处长' }`; a cell with no known post
 * title at its end is all unit: `splitUnitPost('信息中心')` gives `{ unit: '信息中心', post: '' }`; a cell that is
 * only a title names no unit: `splitUnitPost('科长')` gives `{ unit: '', post: '科长' }`. A cadre
 * who holds two offices is in the unit of the first: `splitUnitPost('党委办公室主任、校长办公室主任')` gives
 * `{ unit: '党委办公室', post: '主任、校长办公室主任' }`.
 */
export function splitUnitPost(text: string): { unit: string; post: string } {
  const folded = normalizeText(text);
  const first = folded.split(OFFICES)[0].trim();
  // Stryker disable next-line Regex: normalizeText folds every run of white space to one space, so \s+ and \s match alike
  const spaced = /^(\S+)\s+(\S+)$/u.exec(first);
  if (spaced) return { unit: spaced[1], post: folded.slice(spaced[1].length).trim() };
  const post = POSTS.find((word) => first.endsWith(word));
  if (!post) return { unit: first, post: '' };
  const unit = first.slice(0, -post.length);
  return { unit, post: folded.slice(unit.length) };
}

/**
 * The post in a combined cell where the roster has a unit column of its own: what follows the unit
 * (`postAfterUnit('院(党)办公室主任、巡察办公室主任', '院(党)办公室')` gives '主任、巡察办公室主任');
 * undefined where the cell does not start with that unit.
 */
export function postAfterUnit(text: string, unit: string): string | undefined {
  const folded = normalizeText(text);
  const own = normalizeText(unit);
  return own && folded.startsWith(own) && folded.length > own.length ? folded.slice(own.length).trim() : undefined;
}
