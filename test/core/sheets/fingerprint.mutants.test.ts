/**
 * The fingerprint of a sheet the tool wrote, recorded in the workbook and compared on the next run: the
 * same values as a person sees them give the same fingerprint, any change a person sees gives another,
 * and it must not change between versions (or every sheet written before would read as edited). The hash
 * is FNV-1a, 32 bits (offset basis 0x811c9dc5, prime 0x01000193, per its authors' definition at
 * http://www.isthe.com/chongo/tech/comp/fnv/): here written again over the bytes with BigInt arithmetic,
 * for ASCII text, whose UTF-16 code units are its bytes.
 */
import { fingerprintOf } from '../../../src/core/sheets/fingerprint';

function fnv1a(text: string): string {
  let hash = 0x811c9dc5n;
  for (const byte of Buffer.from(text, 'latin1')) hash = ((hash ^ BigInt(byte)) * 0x01000193n) % 2n ** 32n;
  return hash.toString(16).padStart(8, '0');
}

describe('fingerprintOf', () => {
  it('is the row count and FNV-1a of the rows, cells joined by unit separators, each row ended by a record separator', () => {
    // FNV-1a's published check value: "a" hashes to e40c292c.
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fingerprintOf([['a', 1], ['b']])).toBe(`2:${fnv1a('a\u001f1\u001eb\u001e')}`);
    expect(fingerprintOf([['x']])).toBe(`1:${fnv1a('x\u001e')}`);
    expect(fingerprintOf([])).toBe('0:811c9dc5');
  });

  it('pads a hash with leading zeros to eight digits', () => {
    // Search the one-letter and two-letter cells for a hash under 0x10000000.
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const small = [...letters].flatMap((a) => [...letters].map((b) => a + b)).find((text) => fnv1a(`${text}\u001e`).startsWith('0'));
    expect(small).toBeDefined();
    expect(fingerprintOf([[small as string]])).toBe(`1:${fnv1a(`${small}\u001e`)}`);
    expect(fingerprintOf([[small as string]])).toMatch(/^1:0[0-9a-f]{7}$/u);
  });

  it('is the same for what a person sees the same: trailing blank cells and rows, spaces around a value, a number as text', () => {
    const base = fingerprintOf([['甲', 1], ['乙']]);
    expect(fingerprintOf([['甲', 1, null, ''], ['乙', ' '], [], [null, '  ']])).toBe(base);
    expect(fingerprintOf([[' 甲 ', '1'], ['乙']])).toBe(base);
  });

  it('differs for any change a person sees: a value, a cell moved to another row or column, a blank row between', () => {
    const base = fingerprintOf([['甲', '乙'], ['丙']]);
    const changed = [
      [['甲', '乙'], ['丁']],
      [['甲乙'], ['丙']],
      [['甲'], ['乙', '丙']],
      [[null, '甲', '乙'], ['丙']],
      [['甲', '乙'], [], ['丙']],
      [['甲', '乙'], ['丙'], ['丙']],
      [['乙', '甲'], ['丙']],
    ];
    for (const values of changed) expect(fingerprintOf(values)).not.toBe(base);
  });

  it('does not change what it is given', () => {
    const values = Object.freeze([Object.freeze(['甲', null]), Object.freeze([])]);
    expect(fingerprintOf(values)).toBe(fingerprintOf([['甲']]));
    expect(values).toEqual([['甲', null], []]);
  });
});
