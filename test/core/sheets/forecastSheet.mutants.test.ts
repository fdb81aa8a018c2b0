/**
 * The 轮岗预测 sheet as the README describes it: the horizon and the counts, a bar per year, then the
 * tables by date (who falls due and by which rule, in DOMAIN.md's words; who is on hold then; who retires;
 * whose term ends), each left out when empty.
 */
import { Forecast, ForecastCadre } from '../../../src/core/forecast/forecast';
import { forecastRuleLabel, forecastSheet } from '../../../src/core/sheets/forecastSheet';
import { A4_WIDTH_UNITS } from '../../../src/core/sheets/sheetSpec';
import { settings } from '../../helpers';
import { mergeList, styleAt } from './specCells';

const cadre = (row: number, name: string, dueOn: string, extra: Partial<ForecastCadre> = {}): ForecastCadre =>
  ({ row, name, unit: '财务科', post: '科长', rank: '正科', dueOn, rule: 'keyPost', ...extra });
const empty: Forecast = {
  asOf: '2026-11-22', until: '2029-11-21', cadres: [], byYear: {}, byQuarter: {}, byUnit: {}, byRank: {}, heldWhenDue: [], retirements: [], termEnds: [],
};
const forecast: Forecast = {
  ...empty,
  cadres: [cadre(3, '甲', '2027-03-01'), cadre(5, '乙', '2028-08-31', { rule: 'samePost', holdEnds: '2028-08-30', unit: '办公室', post: '副主任', rank: '副科' })],
  byYear: { 2028: 1, 2027: 45 },
  heldWhenDue: [cadre(7, '丙', '2027-06-01', { rule: 'sameUnit' })],
  retirements: [{ row: 9, name: '丁', unit: '审计科', post: '科长', on: '2028-01-01' }],
  termEnds: [{ row: 4, name: '戊', unit: '宣传科', post: '科员', endsOn: '2027-08-31' }],
};
const HEADER = { bold: true, fill: 'DDEBF7', border: true, align: 'center' };
const BODY = { border: true, wrap: true, verticalAlign: 'top' };

describe('forecastRuleLabel', () => {
  it('names the rule in DOMAIN.md\'s words with the years set, the clock, and a posting that holds the cadre until it ends', () => {
    const set = settings({ keyPostYears: 6, samePostYears: 9, sameUnitYears: 12 });
    expect(forecastRuleLabel({ rule: 'keyPost' }, set)).toBe('重点岗位任现职满6年');
    expect(forecastRuleLabel({ rule: 'keyPost', leadership: true }, set)).toBe('重点岗位在本单位连续任正副职满6年');
    expect(forecastRuleLabel({ rule: 'samePost' }, set)).toBe('同一职位任职满9年');
    expect(forecastRuleLabel({ rule: 'sameUnit', holdEnds: '2027-08-31' }, set)).toBe('同一单位工作满12年(2027年8月31日挂职或借调期满后)');
  });
});

describe('the forecast sheet', () => {
  it('gives the horizon and the counts, then a bar per year (at most 40 squares), and the tables in order', () => {
    const sheet = forecastSheet(forecast, settings());
    expect(sheet.name).toBe('轮岗预测');
    expect(sheet.rows).toEqual([
      ['轮岗预测'],
      ['预测期:2026年11月22日至2029年11月21日  期内到期2人,退休1人,聘期届满1人'],
      [],
      ['按年份'],
      ['年份', '到期人数'],
      ['2027年', `${'■'.repeat(40)} 45人`],
      ['2028年', '■ 1人'],
      [],
      ['期内到期人员(2人)'],
      ['序号', '行号', '姓名', '单位', '职务', '职级', '到期日期', '依据'],
      [1, 3, '甲', '财务科', '科长', '正科', '2027年3月1日', '重点岗位任现职满5年'],
      [2, 5, '乙', '办公室', '副主任', '副科', '2028年8月31日', '同一职位任职满10年(2028年8月30日挂职或借调期满后)'],
      [],
      ['到期时处于暂缓情形的人员(1人)'],
      ['序号', '行号', '姓名', '单位', '职务', '职级', '到期日期', '依据'],
      [1, 7, '丙', '财务科', '科长', '正科', '2027年6月1日', '同一单位工作满10年'],
      [],
      ['期内达到退休年龄人员(1人,各空出一个岗位)'],
      ['序号', '行号', '姓名', '单位', '职务', '', '退休日期'],
      [1, 9, '丁', '审计科', '科长', '', '2028年1月1日'],
      [],
      ['期内聘期届满人员(1人)'],
      ['序号', '行号', '姓名', '单位', '职务', '', '聘期届满日期'],
      [1, 4, '戊', '宣传科', '科员', '', '2027年8月31日'],
    ]);
  });

  it('styles the title, each table\'s title, header and body, and nothing else', () => {
    const sheet = forecastSheet(forecast, settings());
    expect(styleAt(sheet, 0, 0)).toEqual({ bold: true, fontSize: 14 });
    expect(styleAt(sheet, 1, 0)).toEqual({});
    for (const [title, width, last] of [[3, 2, 6], [8, 8, 11], [13, 8, 15], [17, 7, 19], [21, 7, 23]]) {
      expect(styleAt(sheet, title - 1, 0)).toEqual({});
      expect(styleAt(sheet, title, 0)).toEqual({ bold: true });
      expect(styleAt(sheet, title, 1)).toEqual({});
      expect(styleAt(sheet, title + 1, 0)).toEqual(HEADER);
      expect(styleAt(sheet, title + 1, width - 1)).toEqual(HEADER);
      expect(styleAt(sheet, title + 1, width)).toEqual({});
      expect(styleAt(sheet, title + 2, 0)).toEqual(BODY);
      expect(styleAt(sheet, last, width - 1)).toEqual(BODY);
      expect(styleAt(sheet, last, width)).toEqual({});
      expect(styleAt(sheet, last + 1, 0)).toEqual({});
    }
    expect(mergeList(sheet)).toEqual(['0:0+8', '1:0+8']);
  });

  it('says so when nobody falls due, retires or ends a term, and leaves every empty table out', () => {
    expect(forecastSheet(empty, settings()).rows).toEqual([
      ['轮岗预测'], ['预测期:2026年11月22日至2029年11月21日  期内到期0人,退休0人'], [], ['预测期内没有人员到期或退休。'],
    ]);
    // Any one of the three is enough to drop that line.
    const retiring = forecastSheet({ ...empty, retirements: forecast.retirements }, settings()).rows;
    const ending = forecastSheet({ ...empty, termEnds: forecast.termEnds }, settings()).rows;
    const due = forecastSheet({ ...empty, cadres: forecast.cadres.slice(0, 1), byYear: { 2027: 1 } }, settings()).rows;
    for (const rows of [retiring, ending, due]) expect(rows.flat()).not.toContain('预测期内没有人员到期或退休。');
    expect(retiring.map((row) => row[0])).toEqual(['轮岗预测', '预测期:2026年11月22日至2029年11月21日  期内到期0人,退休1人', undefined, '期内达到退休年龄人员(1人,各空出一个岗位)', '序号', 1]);
  });

  it('prints upright, shrunk to the page: its 8 columns are wider than A4 portrait', () => {
    const sheet = forecastSheet(forecast, settings());
    expect(sheet.columnWidths).toHaveLength(8);
    expect((sheet.columnWidths ?? []).reduce((a, b) => a + b, 0)).toBeGreaterThan(A4_WIDTH_UNITS.portrait);
    expect(sheet.print).toEqual({ orientation: 'portrait', fitToWidth: true });
  });
});
