/**
 * Working days by the State Council's holiday schedule, with its make-up working days (调休), from the
 * chinese-days calendar. For a year whose schedule is not published, weekends only, and it says so.
 */
import { isWorkday } from 'chinese-days';
import calendarData from 'chinese-days/dist/chinese-days.json';
import { IsoDate, addDays } from '../dates';

/** The years chinese-days has the State Council's schedule for. */
const PUBLISHED_YEARS = new Set(Object.keys(calendarData.holidays).map((date) => date.slice(0, 4)));

/** Whether the State Council's schedule for the year of `date` is known. */
export function isScheduleKnown(date: IsoDate): boolean {
  return PUBLISHED_YEARS.has(date.slice(0, 4));
}

/** Whether `date` is a working day: a make-up day, or a weekday that is no public holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkday(date);
}

export interface WorkingPeriod {
  start: IsoDate;
  end: IsoDate;
  workingDays: number;
  /** Years of the period whose schedule is not published; only weekends were skipped there. */
  unscheduledYears: string[];
}

/** The first working day on or after `date`. */
export function firstWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The period of `workingDays` working days from `start` (counted when it is a working day):
 * `workingPeriod('2026-09-28', 5).end === '2026-10-09'` across the National Day holiday.
 */
export function workingPeriod(start: IsoDate, workingDays: number): WorkingPeriod {
  let counted = 0;
  let day = start;
  const unscheduled = new Set<string>();
  for (;;) {
    if (!isScheduleKnown(day)) unscheduled.add(day.slice(0, 4));
    if (isWorkingDay(day)) counted += 1;
    if (counted >= workingDays) break;
    day = addDays(day, 1);
  }
  // Stryker disable next-line MethodExpression: the days are visited in order, so the years are already ascending; the sort only says so.
  return { start, end: day, workingDays, unscheduledYears: [...unscheduled].sort() };
}
