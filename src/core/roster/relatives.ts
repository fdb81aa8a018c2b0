/**
 * Reads the free-text columns that name other people and places: relatives and past units.
 */
import { normalizeText, cleanName } from '../text';
import { PastUnit, Relative } from './cadre';
import { readDateCell } from './dateCell';

const NONE = new Set(['', '无', '没有', '/', '-', '—', '否']);
const SEPARATORS = /[、,;;]+/u;

/** A cell's entries: one a line (typed with Alt+Enter), or separated by 、 , ; in either width. */
const entriesOf = (text: string): string[] => text.split(/[\r\n]+/u).flatMap((line) => normalizeText(line).split(SEPARATORS)).map((part) => part.trim());

/**
 * `readRelatives('张三(配偶)、李四(父子)')` gives `[{ name: '张三', relation: '配偶' }, { name: '李四', relation: '父子' }]`.
 * Also '配偶:张三'. Full-width brackets and commas are folded first.
 */
export function readRelatives(text: string): Relative[] {
  const relatives: Relative[] = [];
  for (const entry of entriesOf(text)) {
    if (NONE.has(entry)) continue;
    const bracket = /^(.+?)\s*\((.*)\)$/u.exec(entry);
    const colon = /^(.+?)[::](.+)$/u.exec(entry);
    if (bracket) relatives.push({ name: cleanName(bracket[1]), relation: bracket[2].trim() });
    else if (colon) relatives.push({ name: cleanName(colon[2]), relation: colon[1].trim() });
    else relatives.push({ name: cleanName(entry), relation: '' });
  }
  return relatives.filter((relative) => relative.name.length > 0);
}

/**
 * `readHistory('办公室(2015.03-2019.06)、财务科(2019.06-2021.02)')` gives the units with the month each was left.
 * An entry without a readable end date keeps its unit and no date.
 */
export function readHistory(text: string): PastUnit[] {
  const units: PastUnit[] = [];
  for (const entry of entriesOf(text)) {
    if (NONE.has(entry)) continue;
    const unit = entry.split(/[\s(]/u)[0];
    const dates = entry.match(/\d{4}(?:[./年]\d{1,2}月?)?(?:[./]\d{1,2}日?)?/gu) ?? [];
    const last = dates.length >= 2 ? readDateCell(dates[dates.length - 1], null, 'two-digit') : undefined;
    units.push(last?.ok ? { unit, left: last.value.date } : { unit });
  }
  return units.filter((past) => past.unit.length > 0);
}
