/**
 * The one place the clock is read: the plan date defaults to today in China.
 */
import { IsoDate } from '../core/dates';

/** Today's date in China (UTC+8, no daylight saving), whatever the machine's zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
