/**
 * The forecast at its edges: the counts by quarter and rank, ties by row, the first and last days of the
 * horizon, a rule reached on the retirement day, a posting that ends on the plan date, and the JSON in full.
 * Plan date 2026-12-01, horizon 3 years (until 2029-12-01); each day is worked out by hand from DOMAIN.md's
 * rules (5 years in a key post, 10 in the same post; retirement at 60 for men, 55 for women; a term's last
 * day is the day before its start plus its years).
 */
import { checkRoster } from '../../../src/core/check';
import { forecast, forecastJson } from '../../../src/core/forecast/forecast';
import { readRoster } from '../../../src/core/roster/readRoster';
import { checkOf, grid, settings } from '../../helpers';

const AS_OF = '2026-12-01';
const run = (rows: Parameters<typeof checkOf>[0], years = 3) => forecast(checkOf(rows, AS_OF), settings(), years);

describe('the counts', () => {
  const rows = [
    { name: '甲', unit: '办公室', rank: '科员', postStart: '2018.12' }, // same post: 2028-12-01, Q4
    { name: '乙', unit: '财务科', post: '副科长', rank: '副科', postStart: '2023.12' }, // key post: 2028-12-01, Q4
    { name: '丙', unit: '办公室', rank: '科员', postStart: '2019.04' }, // same post: 2029-04-01, Q2
    { name: '丁', unit: '宣传科', post: '科员', rank: '', postStart: '2019.03' }, // same post: 2029-03-01, Q1; no rank, so by post
  ];

  it('go by quarter (months 1–3 the first, 4–6 the second, 10–12 the fourth), by unit, and by rank or else post', () => {
    const result = run(rows);
    expect(result.byQuarter).toEqual({ '2028Q4': 2, '2029Q1': 1, '2029Q2': 1 });
    expect(result.byYear).toEqual({ 2028: 2, 2029: 2 });
    expect(result.byUnit).toEqual({ 办公室: 2, 财务科: 1, 宣传科: 1 });
    expect(result.byRank).toEqual({ 科员: 3, 副科: 1 });
  });

  it('list the cadres by day, a tie by row', () => {
    expect(run(rows).cadres.map(({ name, dueOn }) => [name, dueOn])).toEqual([
      ['甲', '2028-12-01'], ['乙', '2028-12-01'], ['丁', '2029-03-01'], ['丙', '2029-04-01'],
    ]);
    // The same two on one day, listed the other way round in the roster: still by row.
    const swapped = run([rows[1], rows[0]]);
    expect(swapped.cadres.map(({ name, row }) => [name, row])).toEqual([['乙', 2], ['甲', 3]]);
  });

  it('list a tie in the roster\'s order over several sheets, whose rows are numbered on each sheet', () => {
    // 办公室's 甲 (row 3) and 宣传科's 乙 (row 2) both reach 10 years in their post on 2028-12-01; 丁 on
    // 2029-05-01; 戊 (2025.01) not within the three years.
    const header = ['姓名', '性别', '出生年月', '职务', '任现职时间'];
    const check = checkRoster(readRoster([
      grid('办公室', [header, ['丁', '男', '1980.01', '科员', '2019.05'], ['甲', '男', '1980.01', '科员', '2018.12']]),
      grid('宣传科', [header, ['乙', '女', '1981.01', '科员', '2018.12'], ['戊', '男', '1985.01', '科员', '2025.01']]),
    ]), settings(), AS_OF);
    expect(forecast(check, settings(), 3).cadres.map(({ name, row, dueOn }) => [name, row, dueOn])).toEqual([
      ['甲', 3, '2028-12-01'], ['乙', 2, '2028-12-01'], ['丁', 2, '2029-05-01'],
    ]);
  });

  it('list a long roster by day, then row, whatever order the days come in', () => {
    // 150 cadres in one unit, their posts taken in a scrambled order of months 2017.01 to 2019.12 (the same
    // post due 10 years on): sorted here by a plain key, day then row, to compare.
    const many = Array.from({ length: 150 }, (_, k) => {
      const month = (k * 7) % 36;
      return { name: `员${k}`, unit: '办公室', postStart: `${2017 + Math.floor(month / 12)}.${String((month % 12) + 1).padStart(2, '0')}` };
    });
    const { cadres } = run(many);
    const key = (entry: { dueOn: string; row: number }) => `${entry.dueOn}|${String(entry.row).padStart(4, '0')}`;
    expect(cadres.length).toBeGreaterThan(100);
    expect(cadres.map(key)).toEqual(cadres.map(key).sort());
  });

  it('print whole as `rotation forecast --json` gives them', () => {
    expect(forecastJson(run(rows.slice(0, 2)))).toEqual({
      asOf: AS_OF,
      until: '2029-12-01',
      cadres: [
        { row: 2, name: '甲', unit: '办公室', dueOn: '2028-12-01', rule: 'samePost' },
        { row: 3, name: '乙', unit: '财务科', dueOn: '2028-12-01', rule: 'keyPost' },
      ],
      byYear: { 2028: 2 },
      byQuarter: { '2028Q4': 2 },
      byUnit: { 办公室: 1, 财务科: 1 },
      byRank: { 科员: 1, 副科: 1 },
      heldWhenDue: [],
      retirements: [],
      termEnds: [],
    });
  });
});

describe('retirements', () => {
  it('within the horizon, the last day in and the plan date out, by day then row', () => {
    const result = run([
      { name: '甲', gender: '男', birth: '1968.06', unit: '办公室', postStart: '2024.01' }, // 2028-06-01
      { name: '乙', gender: '女', birth: '1972.01', unit: '办公室', postStart: '2024.01' }, // 2027-01-01
      { name: '丙', gender: '男', birth: '1968.06', unit: '财务科', postStart: '2024.01' }, // 2028-06-01
      { name: '丁', gender: '男', birth: '1966.12', unit: '办公室', postStart: '2024.01' }, // 2026-12-01: the plan date
      { name: '戊', gender: '男', birth: '1969.12', unit: '办公室', postStart: '2024.01' }, // 2029-12-01: the last day
    ]);
    expect(result.retirements.map(({ name, on }) => [name, on])).toEqual([
      ['乙', '2027-01-01'], ['甲', '2028-06-01'], ['丙', '2028-06-01'], ['戊', '2029-12-01'],
    ]);
    expect((forecastJson(result) as { retirements: unknown[] }).retirements[0]).toEqual({ row: 3, name: '乙', on: '2027-01-01' });
  });
});

describe('who is forecast', () => {
  it('not one whose rule is reached on the day they retire, but one reached the day before, held then', () => {
    const result = run([
      // retires 2028-03-01; key post from 2023-03-01: due 2028-03-01, the same day.
      { name: '甲', gender: '男', birth: '1968.03', unit: '财务科', postStart: '2023.03' },
      // retires 2028-03-01; key post from 2023-02-29 does not exist, so from 2023-02-28: due 2028-02-28, on hold then.
      { name: '乙', gender: '男', birth: '1968.03', unit: '财务科', postStart: '2023-02-28' },
    ]);
    expect(result.cadres).toEqual([]);
    expect(result.heldWhenDue.map(({ name, dueOn }) => [name, dueOn])).toEqual([['乙', '2028-02-28']]);
    expect(forecastJson(result)).toMatchObject({ heldWhenDue: [{ row: 3, name: '乙', unit: '财务科', dueOn: '2028-02-28', rule: 'keyPost' }] });
  });

  it('a posting that ends on the plan date holds through it: due the day after', () => {
    const result = run([{ name: '甲', unit: '财务科', postStart: '2019.03', remarks: '挂职2025.9.1—2026.12.1' }]);
    expect(result.cadres.map(({ name, dueOn, holdEnds }) => [name, dueOn, holdEnds])).toEqual([['甲', '2026-12-02', '2026-12-01']]);
    expect(forecastJson(result)).toMatchObject({ cadres: [{ row: 2, name: '甲', dueOn: '2026-12-02', rule: 'keyPost', holdEnds: '2026-12-01' }] });
  });

  it('not one due already and held by a posting past the horizon, nor one whose rule falls past it', () => {
    const result = run([
      { name: '甲', unit: '财务科', postStart: '2019.03', remarks: '挂职(2025.09-2030.08)' }, // due since 2024-03-01
      { name: '乙', unit: '财务科', postStart: '2025.03', remarks: '挂职(2025.09-2030.08)' }, // rule 2030-03-01
      { name: '丙', birth: '', unit: '财务科', postStart: '2023.03', remarks: '挂职(2025.09-2030.08)' }, // rule 2028-03-01, no birth date
    ]);
    expect(result.cadres).toEqual([]);
    expect(result.heldWhenDue.map(({ name, dueOn, holdEnds }) => [name, dueOn, holdEnds])).toEqual([['丙', '2028-03-01', '2030-08-31']]);
  });

  it('not one whose rule is reached today, held by a posting past the horizon; one reached on its last day is held then', () => {
    const result = run([
      { name: '甲', unit: '财务科', postStart: '2021-12-01', remarks: '挂职(2025.09-2030.08)' }, // key post 2026-12-01: due today
      { name: '乙', unit: '财务科', postStart: '2024-12-01', remarks: '挂职(2025.09-2030.08)' }, // 2029-12-01: the last day
    ]);
    expect(result.cadres).toEqual([]);
    expect(result.heldWhenDue.map(({ name, dueOn }) => [name, dueOn])).toEqual([['乙', '2029-12-01']]);
  });

  it('not one on a posting past the horizon who retires on or before the day the rule is reached', () => {
    const result = run([
      // Both retire 2028-03-01 (men born 1968.03); the key-post rule falls that day, or three months later.
      { name: '甲', gender: '男', birth: '1968.03', unit: '财务科', postStart: '2023.03', remarks: '挂职(2025.09-2030.08)' },
      { name: '乙', gender: '男', birth: '1968.03', unit: '财务科', postStart: '2023.06', remarks: '挂职(2025.09-2030.08)' },
    ]);
    expect(result.cadres).toEqual([]);
    expect(result.heldWhenDue).toEqual([]);
    expect(result.retirements.map(({ name }) => name)).toEqual(['甲', '乙']);
  });

  it('not one already due and held near retirement, whose posting has ended, even when the rule fell today', () => {
    const result = run([
      // Retires 2027-06-01, on hold from 2025-06-01; key post from 2021-12-01: due today; the posting ended 2025-06-30.
      { name: '甲', gender: '男', birth: '1967.06', unit: '财务科', postStart: '2021-12-01', remarks: '挂职(2024.01-2025.06)' },
      { name: '乙', gender: '男', birth: '1967.06', unit: '财务科', postStart: '2019.03', remarks: '挂职(2024.01-2025.06)' },
    ]);
    expect(result.cadres).toEqual([]);
    expect(result.heldWhenDue).toEqual([]);
  });

  it('names the first of DOMAIN.md\'s rules when two fall on one day: the key post before the same unit', () => {
    // Key post from 2023-03-01 and in the unit since 2018-03-01: both reached 2028-03-01.
    const result = run([{ name: '甲', unit: '财务科', postStart: '2023.03', unitStart: '2018.03' }]);
    expect(result.cadres.map(({ dueOn, rule }) => [dueOn, rule])).toEqual([['2028-03-01', 'keyPost']]);
  });

  it('sets apart those held when due by day, then row', () => {
    const result = run([
      { name: '甲', unit: '财务科', postStart: '2024.03', remarks: '借调' }, // key post 2029-03-01, on loan
      { name: '乙', unit: '财务科', postStart: '2023.03', remarks: '借调' }, // 2028-03-01
      { name: '丙', unit: '审计科', postStart: '2023.03', remarks: '借调' }, // 2028-03-01
    ]);
    expect(result.heldWhenDue.map(({ name }) => name)).toEqual(['乙', '丙', '甲']);
  });
});

describe('terms', () => {
  it('one ending on the plan date or on the horizon\'s last day is in, by day then row', () => {
    const sheet = grid('花名册', [
      ['姓名', '性别', '出生年月', '单位', '职务', '任现职时间', '聘任时间', '聘期'],
      ['甲', '男', '1980.01', '办公室', '科员', '2024.01', '2024-12-02', '5年'], // 2029-12-01
      ['乙', '男', '1980.01', '办公室', '科员', '2024.01', '2023-12-02', ''], // 2026-12-01: the plan date
      ['丙', '男', '1980.01', '办公室', '科员', '2024.01', '2023-12-01', ''], // 2026-11-30: ended
      ['丁', '男', '1980.01', '财务科', '科员', '2024.01', '2023-12-02', ''], // 2026-12-01
    ]);
    const result = forecast(checkRoster(readRoster([sheet]), settings(), AS_OF), settings(), 3);
    expect(result.termEnds.map(({ name, endsOn }) => [name, endsOn])).toEqual([['乙', '2026-12-01'], ['丁', '2026-12-01'], ['甲', '2029-12-01']]);
  });
});
