import fc from 'fast-check';
import { CellValue, isBlank } from '../../../src/core/grid';
import { readRoster } from '../../../src/core/roster/readRoster';
import { checkRoster } from '../../../src/core/check';
import { grid, HEADER, settings } from '../../helpers';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('1985.03', '1985.3', '1985年3月', '1985-03-15', '１９８５．０３', ' 2019.1 ', '财务科', '借调', '是', '男', '女'),
  fc.double({ min: -1e6, max: 1e6, noNaN: false }),
  fc.integer({ min: 1, max: 80000 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)) }),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }),
);

describe('reading any roster', () => {
  it('gives one cadre per non-blank data row, and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: HEADER.length + 2 }), { maxLength: 30 }), (rows) => {
        const roster = readRoster([grid('花名册', [HEADER, ...rows])]);
        const nonBlank = rows.flatMap((row, i) => (row.every(isBlank) ? [] : [i + 2]));
        expect(roster.cadres.map((c) => c.row)).toEqual(nonBlank);
        const result = checkRoster(roster, settings(), '2026-11-22');
        expect(result.checked).toHaveLength(nonBlank.length);
        for (const entry of result.checked) expect(entry.status === 'ok' || entry.reasons.length > 0).toBe(true);
        for (const problem of roster.problems) {
          expect(problem.row).toBeGreaterThanOrEqual(1);
          expect(problem.column.length).toBeGreaterThan(0);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
