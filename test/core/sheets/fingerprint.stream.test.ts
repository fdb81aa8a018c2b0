/**
 * The fingerprint hashed row by row must be the fingerprint every earlier version recorded: FNV-1a (32 bits,
 * per its authors' definition at http://www.isthe.com/chongo/tech/comp/fnv/) over the rows' trimmed texts,
 * cells joined by U+001F up to the row's last non-blank one, each row ended by U+001E, blank rows at the end
 * left out, with the row count in front. The reference below builds that string whole with `join`, as the
 * first version did, and hashes it with BigInt arithmetic; ASCII text keeps UTF-16 units and bytes equal.
 */
import fc from 'fast-check';
import { runs } from '../runs';
import { CellValue } from '../../../src/core/grid';
import { fingerprintOf } from '../../../src/core/sheets/fingerprint';

function fnv1a(text: string): string {
  let hash = 0x811c9dc5n;
  for (const byte of Buffer.from(text, 'latin1')) hash = ((hash ^ BigInt(byte)) * 0x01000193n) % 2n ** 32n;
  return hash.toString(16).padStart(8, '0');
}

function joined(values: readonly (readonly CellValue[])[]): string {
  const rows = values.map((row) => row.map((value) => (value === null ? '' : String(value)).trim()));
  while (rows.length > 0 && rows[rows.length - 1].every((text) => text === '')) rows.pop();
  const text = rows
    .map((row) => {
      let end = row.length;
      while (end > 0 && row[end - 1] === '') end -= 1;
      return `${row.slice(0, end).join('\u001f')}\u001e`;
    })
    .join('');
  return `${rows.length}:${fnv1a(text)}`;
}

const cell = fc.oneof(fc.constantFrom<CellValue>(null, '', ' ', '  a ', 'b', 'x y'), fc.integer({ min: 0, max: 99 }));
const grid = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 });

describe('fingerprintOf, hashed row by row', () => {
  it('is the hash of the rows joined whole, blank rows and cells anywhere', () => {
    fc.assert(
      fc.property(grid, (values) => {
        expect(fingerprintOf(values)).toBe(joined(values));
      }),
      { numRuns: runs(400), seed: 20261202 },
    );
  });

  it('gives the same for rows handed over one at a time as for the same rows in an array', () => {
    function* oneByOne(values: readonly (readonly CellValue[])[]): Generator<readonly CellValue[]> {
      for (const row of values) yield row;
    }
    fc.assert(
      fc.property(grid, (values) => {
        expect(fingerprintOf(oneByOne(values))).toBe(fingerprintOf(values));
      }),
      { numRuns: runs(200), seed: 7 },
    );
  });

  it('counts blank rows between rows with text, and not those after the last', () => {
    expect(fingerprintOf([['a'], [], [null, ' '], ['b'], [], ['']])).toBe(`4:${fnv1a('a\u001e\u001e\u001eb\u001e')}`);
  });

  it('joins a hole in a sparse row as nothing, as the joined string did', () => {
    const sparse: CellValue[] = ['a'];
    sparse[2] = 'b';
    expect(fingerprintOf([sparse])).toBe(`1:${fnv1a('a\u001f\u001fb\u001e')}`);
    expect(fingerprintOf([sparse])).toBe(joined([sparse]));
  });
});
