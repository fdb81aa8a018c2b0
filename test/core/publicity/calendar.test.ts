import { firstWorkingDay, isScheduleKnown, isWorkingDay, workingPeriod } from '../../../src/core/publicity/calendar';
import { publicityPeriod } from '../../../src/core/publicity/period';
import { settings } from '../../helpers';

describe('working days by the State Council schedule', () => {
  it('runs five working days from 2026-09-28 to 2026-10-09, across National Day', () => {
    expect(workingPeriod('2026-09-28', 5)).toEqual({ start: '2026-09-28', end: '2026-10-09', workingDays: 5, unscheduledYears: [] });
  });

  it('counts make-up working days and skips the Spring Festival of 2026', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true); // a Saturday worked in lieu
    expect(isWorkingDay('2026-02-16')).toBe(false);
    // From Thursday 12 February: 12, 13, 14 (make-up Saturday), then 24 and 25 February after the holiday.
    expect(workingPeriod('2026-02-12', 5).end).toBe('2026-02-25');
  });

  it('starts on the first working day on or after the plan date', () => {
    expect(firstWorkingDay('2026-10-01')).toBe('2026-10-08');
    expect(publicityPeriod('2026-09-27', settings()).start).toBe('2026-09-28');
    expect(publicityPeriod('2026-11-23', settings(), '2026-09-28').end).toBe('2026-10-09');
  });

  it('counts weekends only for a year without a published schedule, and says so', () => {
    const year = '2031';
    expect(isScheduleKnown(`${year}-01-01`)).toBe(false);
    const period = workingPeriod(`${year}-09-29`, 5); // Monday
    expect(period.end).toBe(`${year}-10-03`);
    expect(period.unscheduledYears).toEqual([year]);
    expect(isScheduleKnown('2026-01-01')).toBe(true);
  });

  it('takes a longer period from the settings', () => {
    // 28, 29, 30 September, 8, 9 October, Saturday 10 October (worked in lieu), Monday 12 October.
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(publicityPeriod('2026-09-28', settings({ publicityWorkingDays: 7 })).end).toBe('2026-10-12');
  });
});
