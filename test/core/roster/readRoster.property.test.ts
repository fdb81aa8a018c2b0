import fc from 'fast-check';
import { CellValue, isBlank } from '../../../src/core/grid';
import { readRoster } from '../../../src/core/roster/readRoster';
import { Skipped } from '../../../src/core/roster/rowKind';
import { checkRoster } from '../../../src/core/check';
import { HEADER, Row, grid, rowValues, settings } from '../../helpers';
import { runs } from '../runs';

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

/** The rows a skipped entry stands for: a merged block shown in every row is one entry. */
const rowsOf = (skipped: Skipped): number[] => Array.from({ length: (skipped.through ?? skipped.row) - skipped.row + 1 }, (_, i) => skipped.row + i);

describe('reading any roster', () => {
  it('accounts for every non-blank data row once, as a cadre or a listed skipped row, and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: HEADER.length + 2 }), { maxLength: 30 }), (rows) => {
        const roster = readRoster([grid('花名册', [HEADER, ...rows])]);
        const nonBlank = rows.flatMap((row, i) => (row.every(isBlank) ? [] : [i + 2]));
        const accounted = [...roster.cadres.map((c) => c.row), ...roster.skipped.flatMap(rowsOf)].sort((a, b) => a - b);
        expect(accounted).toEqual(nonBlank);
        const result = checkRoster(roster, settings(), '2026-11-22');
        expect(result.checked).toHaveLength(roster.cadres.length);
        for (const entry of result.checked) expect(entry.status === 'ok' || entry.reasons.length > 0).toBe(true);
        for (const problem of result.problems) {
          expect(problem.row).toBeGreaterThanOrEqual(1);
          expect(problem.column.length).toBeGreaterThan(0);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});

/** Cadres as offices write them: real names, units, dates in the usual forms, remarks that hold some back. */
const cadreRow: fc.Arbitrary<Row> = fc.record({
  name: fc.constantFrom('张三', '李四', '王五', '赵六', '钱七', '孙八', '周九', '吴十', '郑一', '冯二'),
  gender: fc.constantFrom('男', '女'),
  birth: fc.constantFrom('1968.05', '1975.11', '1982.03', '1990.07', '1996.01'),
  unit: fc.constantFrom('办公室', '财务科', '审计科', '档案室', '信息中心'),
  post: fc.constantFrom('科长', '副科长', '科员'),
  rank: fc.constantFrom('正科', '副科', '科员'),
  postStart: fc.constantFrom('2010.03', '2016.09', '2021.11', '2023.05', '2025.01', 20190301, 201805),
  unitStart: fc.constantFrom('2008.01', '2015.06', '2022.03'),
  remarks: fc.constantFrom('', '', '借调', '试用期'),
});
/** Rows that are not cadres, in the forms offices write them; a merged row repeats its text across the row in some hosts. */
const OTHER_ROWS: CellValue[][] = [
  ['一、局机关科室'], ['（二）直属事业单位'], ['三、下属单位（12人）'], [null, '局机关'],
  ['合计', null, null, '18人'], ['小计：5人'], [null, '总计', 18],
  ['注：1.任现职时间以任职文件为准；2.本表由人事科填写。'], ['填表人：王某'], ['制表日期：2026年10月'], ['审核人：李某 联系电话：12345678'],
  new Array<CellValue>(HEADER.length).fill('局机关'), new Array<CellValue>(HEADER.length).fill('注：以上人员不含工勤人员'),
];
const otherRow: fc.Arbitrary<CellValue[]> = fc.constantFrom(...OTHER_ROWS);

describe('section, subtotal and note rows', () => {
  it('change no cadre\'s status wherever they are put between cadres', () => {
    fc.assert(
      fc.property(fc.array(cadreRow, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), otherRow), { maxLength: 8 }), (cadres, inserts) => {
        const plain = cadres.map(rowValues);
        const mixed: CellValue[][] = [...plain];
        for (const [at, row] of inserts) mixed.splice(at % (mixed.length + 1), 0, row);
        const statuses = (rows: CellValue[][]) => {
          const result = checkRoster(readRoster([grid('花名册', [HEADER, ...rows])]), settings(), '2026-11-22');
          return result.checked.map(({ cadre, status, reasons }) => ({ name: cadre.name, unit: cadre.unit, status, reasons }));
        };
        const mixedRoster = readRoster([grid('花名册', [HEADER, ...mixed])]);
        expect(statuses(mixed)).toEqual(statuses(plain));
        expect(mixedRoster.cadres).toHaveLength(cadres.length);
        expect(mixedRoster.skipped.flatMap(rowsOf)).toHaveLength(inserts.length);
      }),
      { numRuns: runs(300) },
    );
  });
});
