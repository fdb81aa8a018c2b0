import fc from 'fast-check';
import { runs } from './runs';
import {
  addDays, addMonths, elapsed, formatDayCn, formatMonthCn, formatRosterDate, formatSpanCn, fromExcelSerial, fromJsDate,
  isIsoDate, isoDate, parts, toExcelSerial,
} from '../../src/core/dates';

// The oracle is JavaScript's own proleptic Gregorian calendar in UTC (years 1000 to 9999, where
// toISOString writes four digits), which the module does not use for these.
const utcIso = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : undefined;
};
const daysOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const anyDay = fc.record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => utcIso(year, month, Math.min(day, daysOf(year, month))) as string);

describe('isoDate', () => {
  it('gives the day as the UTC calendar writes it, and nothing for a day that does not exist', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (year, month, day) => {
      const expected = month >= 1 && month <= 12 && day >= 1 ? utcIso(year, month, day) : undefined;
      expect(isoDate(year, month, day)).toBe(expected);
    }), { numRuns: runs(3000) });
  });

  it('pads a year of fewer than four digits, and single-digit months and days', () => {
    expect(isoDate(5, 1, 9)).toBe('0005-01-09');
    expect(isoDate(999, 10, 10)).toBe('0999-10-10');
    expect(isoDate(1000, 12, 31)).toBe('1000-12-31');
  });

  it('refuses a fraction in the year, the month or the day', () => {
    expect([isoDate(1985.5, 3, 1), isoDate(1985, 3.5, 1), isoDate(1985, 3, 1.5)]).toEqual([undefined, undefined, undefined]);
  });

  it('knows each month\'s last day', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => [isoDate(2026, month, 31) !== undefined, isoDate(2026, month, 30) !== undefined]))
      .toEqual([[true, true], [true, true], [false, true], [true, true], [false, true], [true, true], [true, true], [false, true], [true, true], [false, true], [true, true]]);
  });
});

describe('parts and isIsoDate', () => {
  it('read back the year, month and day of any day', () => {
    fc.assert(fc.property(anyDay, (date) => {
      const [year, month, day] = date.split('-').map(Number);
      expect(parts(date)).toEqual({ year, month, day });
      expect(isIsoDate(date)).toBe(true);
    }), { numRuns: runs(1000) });
  });

  it('refuse what is not a day written YYYY-MM-DD', () => {
    expect(['2026-13-01', '2026-00-10', '2026-04-31', '2026-04-00', '2026-4-01', ' 2026-04-01', '2026-04-01 ', '20260401', '2026/04/01'].map(isIsoDate))
      .toEqual(Array(9).fill(false));
    expect([20260401, null, undefined, new Date(0)].map(isIsoDate)).toEqual([false, false, false, false]);
  });
});

describe('addMonths and addDays', () => {
  it('add months by counting them on the calendar, a day past the month end becoming its last', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: -120, max: 120 }), (date, months) => {
      const [year, month, day] = date.split('-').map(Number);
      const index = year * 12 + month - 1 + months;
      const y = Math.floor(index / 12);
      const m = index - y * 12 + 1;
      fc.pre(y >= 1000 && y <= 9999);
      expect(addMonths(date, months)).toBe(utcIso(y, m, Math.min(day, daysOf(y, m))));
    }), { numRuns: runs(2000) });
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-15');
  });

  it('add days across month and year ends, backwards too', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-09-28', 0)).toBe('2026-09-28');
  });
});

describe('elapsed', () => {
  // Whole months: the months between the two calendar months, less one where the later day falls
  // before the earlier day's place in its month (the 31st's place in a 30-day month is the 30th).
  const byCounting = (from: string, to: string) => {
    if (to < from) return { years: 0, months: 0 };
    const [fy, fm, fd] = from.split('-').map(Number);
    const [ty, tm, td] = to.split('-').map(Number);
    let months = (ty - fy) * 12 + tm - fm;
    if (td < Math.min(fd, daysOf(ty, tm))) months -= 1;
    return { years: Math.floor(months / 12), months: months % 12 };
  };

  it('counts whole years and months as the calendar does', () => {
    fc.assert(fc.property(anyDay, anyDay, (from, to) => {
      expect(elapsed(from, to)).toEqual(byCounting(from, to));
    }), { numRuns: runs(2000) });
  });

  it('counts from a day to itself as nothing, to the next month\'s same day as a month, and a year to the day', () => {
    expect(elapsed('2021-11-22', '2021-11-22')).toEqual({ years: 0, months: 0 });
    expect(elapsed('2021-11-22', '2021-12-22')).toEqual({ years: 0, months: 1 });
    expect(elapsed('2021-11-22', '2021-12-21')).toEqual({ years: 0, months: 0 });
    expect(elapsed('2021-11-22', '2022-11-22')).toEqual({ years: 1, months: 0 });
    expect(elapsed('2026-11-22', '2021-11-22')).toEqual({ years: 0, months: 0 });
    expect(elapsed('2026-01-31', '2026-02-28')).toEqual({ years: 0, months: 1 });
  });
});

describe('the dates as staff write them', () => {
  it('writes a day and a month in Chinese, with no leading zeros', () => {
    expect(formatDayCn('2026-09-08')).toBe('2026年9月8日');
    expect(formatDayCn('2026-10-09')).toBe('2026年10月9日');
    expect(formatMonthCn('2019-03-01')).toBe('2019年3月');
    expect(formatMonthCn('2019-12-01')).toBe('2019年12月');
  });

  it('writes a roster date to the month or to the day, with two-digit months and days', () => {
    expect(formatRosterDate({ date: '1985-03-01', precision: 'month' })).toBe('1985.03');
    expect(formatRosterDate({ date: '1985-03-05', precision: 'day' })).toBe('1985.03.05');
    expect(formatRosterDate({ date: '1985-11-15', precision: 'day' })).toBe('1985.11.15');
  });

  it('writes a span in years and months, leaving out a zero part', () => {
    expect(formatSpanCn({ years: 3, months: 0 })).toBe('3年');
    expect(formatSpanCn({ years: 0, months: 5 })).toBe('5个月');
    expect(formatSpanCn({ years: 0, months: 0 })).toBe('0个月');
    expect(formatSpanCn({ years: 1, months: 1 })).toBe('1年1个月');
  });
});

describe('Excel serial days and JavaScript dates', () => {
  it('convert both ways for every day, a serial\'s time of day dropped', () => {
    // From 1900-03-01 (61) on, a serial counts days from 1899-12-30.
    fc.assert(fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
      const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
      expect(fromExcelSerial(serial)).toBe(day);
      expect(fromExcelSerial(serial + 0.75)).toBe(day);
      expect(toExcelSerial(day)).toBe(serial);
    }), { numRuns: runs(1000) });
    // Before it, Excel counts 1900-01-01 as 1 and has a 1900-02-29 (60) that never was.
    const early: [number, string][] = [[1, '1900-01-01'], [2, '1900-01-02'], [31, '1900-01-31'], [32, '1900-02-01'], [59, '1900-02-28'], [61, '1900-03-01'], [62, '1900-03-02']];
    for (const [serial, day] of early) {
      expect(fromExcelSerial(serial)).toBe(day);
      expect(fromExcelSerial(serial + 0.5)).toBe(day);
      expect(toExcelSerial(day)).toBe(serial);
    }
    expect(fromExcelSerial(60)).toBe('1900-02-28');
    expect(toExcelSerial('1899-12-31')).toBe(0);
  });

  it('read a JavaScript date as its UTC day, a moment short of midnight as the next day, and an invalid date as nothing', () => {
    expect(fromJsDate(new Date(Date.UTC(1985, 2, 15)))).toBe('1985-03-15');
    expect(fromJsDate(new Date(Date.UTC(1985, 2, 14, 23, 59, 59, 999)))).toBe('1985-03-15');
    expect(fromJsDate(new Date(Date.UTC(1985, 2, 14, 23, 58, 59, 999)))).toBe('1985-03-14');
    expect(fromJsDate(new Date(Number.NaN))).toBeUndefined();
  });
});
