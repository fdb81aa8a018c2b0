import fc from 'fast-check';
import { runs } from './runs';
import { addMonths, addYears, ageOn, daysInMonth, elapsed, formatSpanCn, fromExcelSerial, isIsoDate, toExcelSerial } from '../../src/core/dates';

describe('calendar arithmetic', () => {
  it('adds calendar years and months, clamping to the month end', () => {
    expect(addYears('2021-11-22', 5)).toBe('2026-11-22');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-05-15', -6)).toBe('2025-11-15');
  });

  it('counts whole years and months held', () => {
    expect(elapsed('2019-03-01', '2026-11-22')).toEqual({ years: 7, months: 8 });
    expect(elapsed('2021-11-22', '2026-11-21')).toEqual({ years: 4, months: 11 });
    expect(elapsed('2021-11-22', '2026-11-22')).toEqual({ years: 5, months: 0 });
    expect(formatSpanCn({ years: 7, months: 8 })).toBe('7年8个月');
    expect(formatSpanCn({ years: 0, months: 3 })).toBe('3个月');
  });

  it('computes age on a day, the birthday itself counting', () => {
    expect(ageOn('1986-11-22', '2026-11-21')).toBe(39);
    expect(ageOn('1986-11-22', '2026-11-22')).toBe(40);
  });

  it('converts Excel serial days both ways', () => {
    expect(fromExcelSerial(45658)).toBe('2025-01-01');
    expect(toExcelSerial('2025-01-01')).toBe(45658);
    expect(fromExcelSerial(31107)).toBe('1985-03-01');
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('agrees with the UTC calendar for every month of years 100 to 9999', () => {
    fc.assert(fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
      expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }), { numRuns: runs(2000) });
    expect([1900, 2000, 2024, 2026].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 29, 28]);
  });
});
