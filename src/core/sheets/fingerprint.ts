/**
 * A short fingerprint of a sheet's values as a person sees them, so the tool can tell whether a sheet it
 * wrote has been edited since: `fingerprintOf([['a', 1]]) === fingerprintOf([['a', 1, null]])`.
 */
import { CellValue, cellText } from '../grid';

export function fingerprintOf(values: readonly (readonly CellValue[])[]): string {
  let hash = 0x811c9dc5;
  const rows = values.map((row) => row.map((value) => cellText(value).trim()));
  while (rows.length > 0 && rows[rows.length - 1].every((text) => text === '')) rows.pop();
  for (const row of rows) {
    let end = row.length;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at end 0 the cell read is row[-1], undefined and never '', so the walk stops there without the bound
    while (end > 0 && row[end - 1] === '') end -= 1;
    const line = `${row.slice(0, end).join('\u001f')}\u001e`;
    for (let i = 0; i < line.length; i += 1) {
      hash ^= line.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return `${rows.length}:${hash.toString(16).padStart(8, '0')}`;
}
