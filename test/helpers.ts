/**
 * Small builders for tests: a sheet from rows, a roster from a few cadres.
 */
import { CellValue, SheetGrid } from '../src/core/grid';
import { Roster, readRoster } from '../src/core/roster/readRoster';
import { DEFAULT_SETTINGS, Settings } from '../src/core/settings';
import { CheckResult, checkRoster } from '../src/core/check';

export const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, firstRow: 1, firstColumn: 1 });

export const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...overrides });

/** The header most tests use; rows give values in this order. */
export const HEADER = ['姓名', '性别', '出生年月', '单位', '职务', '职级', '任现职时间', '进入本单位时间', '备注', '亲属关系', '意向岗位', '曾任单位'];

export interface Row {
  name: string;
  gender?: string;
  birth?: CellValue;
  unit: string;
  post?: string;
  rank?: string;
  postStart?: CellValue;
  unitStart?: CellValue;
  remarks?: string;
  relatives?: string;
  wish?: string;
  history?: string;
}

export const rowValues = (r: Row): CellValue[] => [
  r.name, r.gender ?? '男', r.birth ?? '1980.01', r.unit, r.post ?? '科员', r.rank ?? '科员',
  r.postStart ?? '2024.01', r.unitStart ?? null, r.remarks ?? null, r.relatives ?? null, r.wish ?? null, r.history ?? null,
];

export const rosterOf = (rows: Row[]): Roster => readRoster([grid('花名册', [HEADER, ...rows.map(rowValues)])]);

export const checkOf = (rows: Row[], asOf = '2026-11-22', overrides: Partial<Settings> = {}): CheckResult =>
  checkRoster(rosterOf(rows), settings(overrides), asOf);
