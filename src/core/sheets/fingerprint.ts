/**
 * A short fingerprint of a sheet's values as a person sees them, so the tool can tell whether a sheet it
 * wrote has been edited since: `fingerprintOf([['a', 1]]) === fingerprintOf([['a', 1, null]])`.
 */
import { CellValue, cellText } from '../grid';

/** The rows may come one at a time (a sheet's rows decoded as they are read), so a large sheet is hashed without a copy. */
export function fingerprintOf(values: Iterable<readonly CellValue[]>): string {
  let hash = 0x811c9dc5;
  const mix = (code: number): void => {
    hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
  };
  // A row's texts up to its last non-blank one, joined by U+001F and ended by U+001E.
  const mixRow = (texts: readonly string[]): void => {
    let end = texts.length;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at end 0 the cell read is texts[-1], undefined and never '', so the walk stops there without the bound
    while (end > 0 && texts[end - 1] === '') end -= 1;
    for (let k = 0; k < end; k += 1) {
      if (k > 0) mix(0x1f);
      const text = texts[k] ?? ''; // a hole in a sparse row joins as nothing
      for (let i = 0; i < text.length; i += 1) mix(text.charCodeAt(i));
    }
    mix(0x1e);
  };
  let rows = 0;
  // Blank rows wait: they count only when a row with text comes after them.
  const waiting: string[][] = [];
  for (const row of values) {
    const texts = row.map((value) => cellText(value).trim());
    waiting.push(texts);
    if (texts.every((text) => text === '')) continue;
    waiting.forEach(mixRow);
    rows += waiting.length;
    waiting.length = 0;
  }
  return `${rows}:${hash.toString(16).padStart(8, '0')}`;
}
