import { forecast, forecastJson } from '../../../src/core/forecast/forecast';
import { checkOf, grid, settings } from '../../helpers';
import { checkRoster } from '../../../src/core/check';
import { readRoster } from '../../../src/core/roster/readRoster';
import { forecastRuleLabel } from '../../../src/core/sheets/forecastSheet';

// Plan date 2026-12-01, horizon 3 years: until 2029-12-01. Each expected day is worked out by hand
// from the rules of DOMAIN.md (5 years in a key post, 10 in the same post or unit; 60/55 retirement).
const AS_OF = '2026-12-01';
const run = (rows: Parameters<typeof checkOf>[0], years = 3) => forecast(checkOf(rows, AS_OF), settings(), years);

describe('forecast (轮岗预测)', () => {
  it('gives the first day each cadre becomes due and by which rule', () => {
    const result = run([
      { name: '甲', unit: '财务科', postStart: '2023.03' }, // key post: 2028-03-01
      { name: '乙', unit: '办公室', postStart: '2018.07' }, // same post: 2028-07-01
      { name: '丙', unit: '办公室', postStart: '2024.05', unitStart: '2017.02' }, // same unit: 2027-02-01
      { name: '丁', unit: '财务科', postStart: '2025.01', unitStart: '2016.01' }, // same unit 2026-01: already due
      { name: '戊', unit: '办公室', postStart: '2024.01' }, // same post 2034: beyond the horizon
    ]);
    expect(result.until).toBe('2029-12-01');
    expect(result.cadres.map(({ name, dueOn, rule }) => [name, dueOn, rule])).toEqual([
      ['丙', '2027-02-01', 'sameUnit'],
      ['甲', '2028-03-01', 'keyPost'],
      ['乙', '2028-07-01', 'samePost'],
    ]);
    expect(result.byYear).toEqual({ 2027: 1, 2028: 2 });
    expect(result.byQuarter).toEqual({ '2027Q1': 1, '2028Q1': 1, '2028Q3': 1 });
    expect(result.byUnit).toEqual({ 办公室: 2, 财务科: 1 });
  });

  it('takes the earlier of two rules, and counts the last day of the horizon in', () => {
    const result = run([
      { name: '甲', unit: '财务科', postStart: '2024.12', unitStart: '2018.01' }, // key 2029-12-01, unit 2028-01-01
      { name: '乙', unit: '办公室', postStart: '2019.12' }, // same post 2029-12-01: the horizon's last day
      { name: '丙', unit: '办公室', postStart: '2019-12-02' }, // one day past it
    ]);
    expect(result.cadres.map(({ name, dueOn, rule }) => [name, dueOn, rule])).toEqual([
      ['甲', '2028-01-01', 'sameUnit'],
      ['乙', '2029-12-01', 'samePost'],
    ]);
  });

  it('lists retirements within the horizon and sets apart those on hold when they fall due', () => {
    const result = run([
      { name: '甲', gender: '女', birth: '1972.03', unit: '办公室', postStart: '2018.06' }, // retires 2027-03-01, before due
      { name: '乙', gender: '男', birth: '1968.05', unit: '办公室', postStart: '2019.01' }, // due 2029-01-01, hold from 2026-05-01, retires 2028-05-01
      { name: '丙', gender: '男', birth: '1969.09', unit: '财务科', postStart: '2022.06' }, // due 2027-06-01, hold from 2027-09-01
      { name: '丁', gender: '男', birth: '1980.01', unit: '财务科', postStart: '2023.01', remarks: '借调市委办' }, // due 2028-01-01, on loan
    ]);
    expect(result.retirements.map(({ name, on }) => [name, on])).toEqual([
      ['甲', '2027-03-01'],
      ['乙', '2028-05-01'],
      ['丙', '2029-09-01'],
    ]);
    expect(result.cadres.map(({ name, dueOn }) => [name, dueOn])).toEqual([['丙', '2027-06-01']]);
    expect(result.heldWhenDue.map(({ name, dueOn }) => [name, dueOn])).toEqual([['丁', '2028-01-01']]);
  });

  it('follows the horizon and the thresholds of the settings', () => {
    const rows = [{ name: '甲', unit: '财务科', postStart: '2023.03' }];
    expect(run(rows, 1).cadres).toEqual([]);
    expect(forecast(checkOf(rows, AS_OF, { keyPostYears: 4 }), settings({ keyPostYears: 4 }), 1).cadres.map((c) => c.dueOn)).toEqual(['2027-03-01']);
  });

  it('prints the shape of the contract', () => {
    const json = forecastJson(run([{ name: '甲', unit: '财务科', postStart: '2023.03' }])) as Record<string, unknown>;
    expect(json).toMatchObject({ asOf: AS_OF, until: '2029-12-01', cadres: [{ row: 2, name: '甲', unit: '财务科', dueOn: '2028-03-01', rule: 'keyPost' }], byYear: { 2028: 1 }, retirements: [] });
  });
});

describe('a dated posting (挂职, 借调) in the forecast', () => {
  it('makes a cadre held from due fall due the day after the posting ends', () => {
    const result = run([
      { name: '甲', unit: '财务科', postStart: '2019.03', remarks: '挂职(2025.09-2027.08)' }, // due since 2024; back 2027-09-01
      { name: '乙', unit: '财务科', postStart: '2019.03', remarks: '借调' }, // no end recorded: held, not forecast
      { name: '丙', unit: '财务科', postStart: '2023.03', remarks: '挂职锻炼2025年9月至2026年8月' }, // ended: due 2028-03-01 as anyone
      { name: '丁', unit: '财务科', postStart: '2024.06', remarks: '挂职2025.9.1—2028.12.31' }, // rule 2029-06-01 after the end
    ]);
    expect(result.cadres.map(({ name, dueOn, rule, holdEnds }) => [name, dueOn, rule, holdEnds])).toEqual([
      ['甲', '2027-09-01', 'keyPost', '2027-08-31'],
      ['丙', '2028-03-01', 'keyPost', undefined],
      ['丁', '2029-06-01', 'keyPost', undefined],
    ]);
  });

  it('sets apart a cadre whose rule is reached during a posting that outlasts the horizon', () => {
    const result = run([{ name: '甲', unit: '财务科', postStart: '2023.03', remarks: '挂职(2025.09-2030.08)' }]);
    expect(result.cadres).toEqual([]);
    expect(result.heldWhenDue.map(({ name, dueOn }) => [name, dueOn])).toEqual([['甲', '2028-03-01']]);
  });
});

describe('appointment terms in the forecast', () => {
  it('lists the terms that end within the horizon, by their last day', () => {
    const sheet = grid('花名册', [
      ['姓名', '性别', '出生年月', '单位', '职务', '任现职时间', '聘任时间', '聘期'],
      ['甲', '男', '1980.01', '办公室', '科员', '2024.01', '2024.09', ''], // 2024-09 + 3 years − 1 day = 2027-08-31
      ['乙', '男', '1980.01', '办公室', '科员', '2024.01', '2025.01', '5年'], // 2029-12-31: past 2029-12-01
      ['丙', '男', '1980.01', '办公室', '科员', '2024.01', '2023.12', ''], // 2026-11-30: ended before the plan date
      ['丁', '男', '1980.01', '办公室', '科员', '2024.01', '2026.12', '3年'], // 2029-11-30
    ]);
    const result = forecast(checkRoster(readRoster([sheet]), settings(), AS_OF), settings(), 3);
    expect(result.termEnds.map(({ name, endsOn }) => [name, endsOn])).toEqual([['甲', '2027-08-31'], ['丁', '2029-11-30']]);
    expect(forecastJson(result)).toMatchObject({ termEnds: [{ row: 2, name: '甲', unit: '办公室', endsOn: '2027-08-31' }, { row: 5, name: '丁', endsOn: '2029-11-30' }] });
  });
});

describe('the key-post clock in the forecast', () => {
  // 科长 of 财务科 since 2024.03, 副科长 there from 2022.03 (joined then): by the post 2029-03-01,
  // by continuous 正副职 service 2022-03-01 + 5 years = 2027-03-01.
  const rows = [{ name: '甲', unit: '财务科', post: '科长', rank: '正科', postStart: '2024.03', unitStart: '2022.03', history: '财务科副科长(2022.03-2024.03)' }];
  it('counts from the start the setting chooses, and says so', () => {
    expect(run(rows).cadres.map(({ dueOn, leadership }) => [dueOn, leadership])).toEqual([['2029-03-01', undefined]]);
    const led = forecast(checkOf(rows, AS_OF, { keyPostClock: 'leadership' }), settings({ keyPostClock: 'leadership' }), 3);
    expect(led.cadres.map(({ dueOn, rule }) => [dueOn, rule])).toEqual([['2027-03-01', 'keyPost']]);
    expect(forecastRuleLabel(led.cadres[0], settings())).toBe('重点岗位在本单位连续任正副职满5年');
  });
});
