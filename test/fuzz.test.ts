/**
 * Fuzzing the whole use case on generated workbooks: random cell types and values, merged title cells,
 * blank and duplicate headers, formula results and error values, dates out of range, 5,000-character
 * strings, emoji, duplicate names, empty sheets. No exception escapes but the application's own errors
 * (which write nothing); every non-blank data row is accounted for (a cadre or a listed skipped row); every unreadable date cell is a
 * listed problem.
 */
import fc from 'fast-check';
import { runPlan } from '../src/app/runPlan';
import { CellValue, isBlank } from '../src/core/grid';
import { HEADER_WORDS } from '../src/core/roster/columns';
import { MemoryWorkbook } from '../src/workbook/memory/memoryWorkbook';
import { AppError } from '../src/workbook/port';
import { settings } from './helpers';

const KNOWN = Object.values(HEADER_WORDS).flat();
const headerCell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN) },
  { weight: 1, arbitrary: fc.constantFrom('身份证号', '联系电话', '家庭住址', '', '姓名', '单位') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom('张三', '李四', '张三', '财务科', '办公室', '科长', '副科长', '男', '女', '是', '借调', '李四(配偶)') },
  { weight: 3, arbitrary: fc.constantFrom('1985.03', '1985.3', '1985年3月', '1985-03-15', '１９８５．０３', ' 2019.1 ', '2019', '待定', '0000.00', '9999.99') },
  { weight: 2, arbitrary: fc.oneof(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: -5, max: 3_000_000 }), fc.constantFrom(1985.1, 2019.03, 2016.1)) },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(3000, 0, 1)), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, { error: '#VALUE!' }, true, false) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(5000), '👨‍👩‍👧 干部', '\u3000张\u3000三\u3000', '=SUM(A1:A3)') },
);

/** Most generated sheets carry the columns a roster needs, among others, duplicated or in any order. */
const CORE = ['姓名', '单位', '任现职时间', '性别', '出生年月', '职级', '职务'];
const header = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.array(headerCell, { maxLength: 8 }), fc.integer({ min: 0, max: 7 }))
  .map(([kind, extra, at]) => (kind < 8 ? [...extra.slice(0, at), ...CORE, ...extra.slice(at)] : extra));
const sheetArb = fc.record({
  titleRows: fc.integer({ min: 0, max: 2 }),
  header,
  rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 10 }),
});

function build(sheet: { titleRows: number; header: string[]; rows: CellValue[][] }): CellValue[][] {
  const width = Math.max(sheet.header.length, 1);
  // A merged title reads as the same text in every cell it spans.
  const titles = Array.from({ length: sheet.titleRows }, (_, i) => new Array(width).fill(i === 0 ? '某局中层干部花名册' : '统计截至2026年10月31日'));
  return [...titles, ...(sheet.header.length > 0 ? [sheet.header] : []), ...sheet.rows];
}

describe('fuzzing the plan use case', () => {
  it('survives any workbook and accounts for every row and every unreadable date', async () => {
    let planned = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(sheetArb, { minLength: 0, maxLength: 3 }), async (sheets) => {
        const grids = sheets.map((sheet, i) => ({ name: `表${i + 1}`, values: build(sheet) }));
        const workbook = new MemoryWorkbook(grids);
        try {
          const outcome = await runPlan(workbook, { asOf: '2026-11-22', settings: settings() });
          const { roster } = outcome.check;
          for (const sheet of roster.sheets) {
            const grid = grids.find((g) => g.name === sheet.name)!;
            const below = grid.values.slice(sheet.headerRow).map((row, i) => ({ row: sheet.headerRow + 1 + i, blank: row.every(isBlank) }));
            const skippedRows = roster.skipped.filter((r) => r.sheet === sheet.name).flatMap((r) => Array.from({ length: (r.through ?? r.row) - r.row + 1 }, (_, i) => r.row + i));
            const accounted = [...roster.cadres.filter((r) => r.sheet === sheet.name).map((r) => r.row), ...skippedRows].sort((a, b) => a - b);
            expect(accounted).toEqual(below.filter((r) => !r.blank).map((r) => r.row));
            const headerIndex = sheet.headerRow - 1;
            for (const field of ['birth', 'postStart', 'unitStart', 'workStart'] as const) {
              const title = roster.columns[field];
              if (title === undefined) continue;
              const column = grid.values[headerIndex].findIndex((h) => h === title);
              for (const cadre of roster.cadres.filter((c) => c.sheet === sheet.name)) {
                const value = grid.values[cadre.row - 1][column] ?? null;
                if (!isBlank(value) && cadre[field] === undefined) {
                  expect(roster.problems.some((p) => p.row === cadre.row && p.column === title)).toBe(true);
                }
              }
            }
          }
          expect(outcome.written.sheets).toHaveLength(3);
          planned += 1;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          expect(workbook.sheets).toHaveLength(grids.length);
          expect(workbook.sheets.every((s) => s.fills.size === 0)).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
    // The generator must reach the planner often, or the checks above would rarely run.
    expect(planned).toBeGreaterThan(500);
  });
});
