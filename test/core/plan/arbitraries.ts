/**
 * Generated rosters for the planner's and the plan check's property tests.
 */
import fc from 'fast-check';
import { Vacancy } from '../../../src/core/plan/vacancies';
import { Row } from '../../helpers';

// Few units and names, so that relatives often both move and land on each other's units.
export const UNITS = ['办公室', '财务科', '审计科', '宣传科'];
const RANKS = ['科员', '副科'];
const NAMES = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];

export const rowArb: fc.Arbitrary<Row> = fc.record({
  name: fc.constantFrom(...NAMES),
  unit: fc.constantFrom(...UNITS),
  rank: fc.constantFrom(...RANKS),
  postStart: fc.integer({ min: 2010, max: 2024 }).map((year) => `${year}.03`),
  remarks: fc.constantFrom('', '', '', '', '借调'),
  relatives: fc.oneof({ arbitrary: fc.constant(''), weight: 1 }, { arbitrary: fc.constantFrom(...NAMES).map((name) => `${name}(配偶)`), weight: 2 }),
  history: fc.oneof(fc.constant(''), fc.constant(''), fc.constantFrom(...UNITS).map((unit) => `${unit}(2015.01-2023.06)`)),
  wish: fc.oneof(fc.constant(''), fc.constant(''), fc.constantFrom(...UNITS)),
});
export const vacancyArb: fc.Arbitrary<Vacancy[]> = fc.array(
  fc.record({ unit: fc.constantFrom(...UNITS), rank: fc.constantFrom(...RANKS) }), { maxLength: 2 },
).map((list) => list.map(({ unit, rank }, k) => ({ row: k + 2, unit, post: rank === '副科' ? '副科长' : '科员', rank })));
export const caseArb = fc.record({ rows: fc.array(rowArb, { minLength: 2, maxLength: 9 }), vacancies: vacancyArb, includeSuggested: fc.boolean() });

