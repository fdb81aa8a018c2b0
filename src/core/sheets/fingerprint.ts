/**
 * A short fingerprint of a sheet's values as a person sees them, so the tool can tell whether a sheet it
 * wrote has been edited since: `fingerprintOf([['a', 1]]) === fingerprintOf([['a', 1, null]])`.
 */
import { CellValue, cellText } from '../grid';

export function fingerprintOf(values: readonly (readonly CellValue[])[]): string {
  let hash = 0x811c9dc5;
  const mix = (code: number): void => {
    hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
  };
  const rows = values.map((row) => row.map((value) => cellText(value).trim()));
  while (rows.length > 0 && rows[rows.length - 1].every((text) => text === '')) rows.pop();
  // Each row's texts up to its last non-blank one, joined by U+001F and ended by U+001E.
  for (const row of rows) {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end -= 1;
    for (let k = 0; k < end; k += 1) {
      if (k > 0) mix(0x1f);
      const text = row[k] ?? ''; // a hole in a sparse row joins as nothing
      for (let i = 0; i < text.length; i += 1) mix(text.charCodeAt(i));
    }
    mix(0x1e);
  }
  return `${rows.length}:${hash.toString(16).padStart(8, '0')}`;
}
