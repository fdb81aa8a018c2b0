/**
 * Calendar dates as ISO strings ('2026-11-22'): they compare with < and ===, print as they are,
 * and survive JSON. Arithmetic goes through UTC so no time zone can shift a day.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** A date as the roster gave it: to the day, or only to the month (then the first of the month). */
export interface RosterDate {
  date: IsoDate;
  precision: 'day' | 'month';
}

// Stryker disable next-line EqualityOperator,ArithmeticOperator: the shortcut skips padStart only for a number of `width` digits, which padStart leaves as it is
const pad = (n: number, width = 2): string => (n >= 10 ** (width - 1) && n < 10 ** width ? String(n) : String(n).padStart(width, '0'));

/** `isoDate(1985, 3, 1) === '1985-03-01'`; undefined when the day does not exist. */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Year, month and day of an ISO date. */
export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const digit = (at: number): number => date.charCodeAt(at) - 48;
  return {
    year: digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
    month: digit(5) * 10 + digit(6),
    day: digit(8) * 10 + digit(9),
  };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar, `month` 1 to 12: `daysInMonth(2028, 2) === 29`. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Whether `text` is a valid 'YYYY-MM-DD'. */
export function isIsoDate(text: unknown): text is IsoDate {
  // Stryker disable next-line Regex: the day read back must write the text exactly, so a text with more around it fails there
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const { year, month, day } = parts(text);
  return isoDate(year, month, day) === text;
}

/**
 * Adds calendar months; a day past the end of the target month becomes its last day
 * (`addMonths('2026-08-31', 6) === '2027-02-28'`).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m))) as IsoDate;
}

/** Adds calendar years: `addYears('2021-11-22', 5) === '2026-11-22'`; 29 February becomes the 28th. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Adds days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole years and months from `from` to `to` (0 when `to` is earlier): ('2019-03-01', '2026-11-22') gives 7 years 8 months. */
export function elapsed(from: IsoDate, to: IsoDate): { years: number; months: number } {
  // Stryker disable next-line EqualityOperator: from a day to itself the count below gives 0 years 0 months too
  if (to < from) return { years: 0, months: 0 };
  const a = parts(from);
  const b = parts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months -= 1;
  return { years: Math.floor(months / 12), months: months % 12 };
}

/** Whole years of age on `on` for someone born on `birth`. */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  return elapsed(birth, on).years;
}

/** '2026年9月28日' */
export function formatDayCn(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${year}年${month}月${day}日`;
}

/** '2019年3月' */
export function formatMonthCn(date: IsoDate): string {
  const { year, month } = parts(date);
  return `${year}年${month}月`;
}

/** A roster date as staff write it in a table: '1985.03', or '1985.03.15' when known to the day. */
export function formatRosterDate(value: RosterDate): string {
  const { year, month, day } = parts(value.date);
  return value.precision === 'day' ? `${year}.${pad(month)}.${pad(day)}` : `${year}.${pad(month)}`;
}

/** '7年8个月', '3年', '5个月' */
export function formatSpanCn(span: { years: number; months: number }): string {
  if (span.years === 0) return `${span.months}个月`;
  return span.months === 0 ? `${span.years}年` : `${span.years}年${span.months}个月`;
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * An Excel serial day number (1900 date system) as an ISO date: `fromExcelSerial(45658) === '2025-01-01'`.
 * Excel counts 1900-01-01 as 1 and keeps Lotus's 1900-02-29 as 60, so serials before 61 are a day later
 * than a count from 1899-12-30 gives; 60, a day that never was, is read as 1900-02-28.
 */
export function fromExcelSerial(serial: number): IsoDate {
  const days = Math.floor(serial);
  return new Date(EXCEL_EPOCH_UTC + (days < 60 ? days + 1 : days) * DAY_MS).toISOString().slice(0, 10);
}

/** The Excel serial day number of an ISO date (1900-01-01 is 1, 1900-03-01 is 61). */
export function toExcelSerial(date: IsoDate): number {
  const { year, month, day } = parts(date);
  const serial = Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_UTC) / DAY_MS);
  return serial < 61 ? serial - 1 : serial;
}

/** A JavaScript Date read from a workbook (midnight UTC, as ExcelJS gives them) as an ISO date. */
export function fromJsDate(value: Date): IsoDate | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  // Readers may hand back 23:59:59.999 of the previous day through rounding; nudge by a minute.
  return new Date(value.getTime() + 60_000).toISOString().slice(0, 10);
}
