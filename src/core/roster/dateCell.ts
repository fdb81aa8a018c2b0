/**
 * Reads one date cell in any of the forms real rosters use (DOMAIN.md, "What a real roster looks like").
 */
import { CellValue, cellText } from '../grid';
import { RosterDate, fromExcelSerial, fromJsDate, isoDate } from '../dates';
import { normalizeCompact } from '../text';
import { Issue, issueText } from './problemWords';

/** How a column writes months 1–9 when typed as year.month: '1985.03' (two digits) or '1985.3' (one). */
export type MonthStyle = 'two-digit' | 'one-digit' | 'mixed' | 'unknown';

export type DateCellResult = { ok: true; value: RosterDate } | { ok: false; issue: Issue; message: string };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Serial numbers of 1900-01-01 … 2100-12-31 in the 1900 date system. */
const MIN_SERIAL = 1;
const MAX_SERIAL = 73415;

/** Whether an Excel number format shows a date (so the number is a serial day). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // Quoted text, escaped characters and [bracketed] codes (colours, locales, elapsed hours) show no date.
  const unquoted = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/gu, '');
  return /[ymd]|年|月|日/iu.test(unquoted);
}

/** The month digits of a year.month number or text: '1985.03' gives '03', 1985.3 gives '3'. */
function monthDigits(value: CellValue): string | undefined {
  // Stryker disable next-line StringLiteral: any text but a year.month gives no digits
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? normalizeCompact(value) : '';
  return /^\d{4}\.(\d{1,2})$/u.exec(text)?.[1];
}

/**
 * How a column writes its months. 1985.1 alone is ambiguous (October with its trailing zero dropped, or
 * January); the other months tell: '03' says two digits, '3' says one. 11 and 12 say nothing.
 */
export function monthStyleOf(values: readonly CellValue[]): MonthStyle {
  let two = false;
  let one = false;
  for (const value of values) {
    const digits = monthDigits(value);
    if (!digits) continue;
    // Stryker disable next-line Regex: the digits are one or two: anchored or not, 0[1-9] matches the same
    if (/^0[1-9]$/u.test(digits)) two = true;
    else if (/^[2-9]$/u.test(digits)) one = true;
    else if (typeof value === 'string' && digits === '1') one = true;
  }
  if (two && one) return 'mixed';
  return two ? 'two-digit' : one ? 'one-digit' : 'unknown';
}

/** A cell that is no date: the issue, and its words in Chinese. */
export const fail = (issue: Issue): DateCellResult => ({ ok: false, issue, message: issueText(issue) });
const monthOf = (year: number, month: number): DateCellResult => {
  const date = isoDate(year, month, 1);
  return date && year >= MIN_YEAR && year <= MAX_YEAR
    ? { ok: true, value: { date, precision: 'month' } }
    : fail({ kind: 'badMonth' });
};
const dayOf = (year: number, month: number, day: number): DateCellResult => {
  const date = isoDate(year, month, day);
  return date && year >= MIN_YEAR && year <= MAX_YEAR
    ? { ok: true, value: { date, precision: 'day' } }
    : fail({ kind: 'badDay' });
};

/** yyyymmdd (20160101) or yyyymm (201601) typed as a whole number, or undefined when it is neither. */
function fromDigits(value: number): DateCellResult | undefined {
  if (!Number.isInteger(value)) return undefined;
  if (value >= 19000101 && value <= 21001231) return dayOf(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
  if (value >= 190001 && value <= 210012) return monthOf(Math.floor(value / 100), value % 100);
  return undefined;
}

function fromNumber(value: number, format: string | null | undefined, style: MonthStyle): DateCellResult {
  if (!Number.isFinite(value)) return fail({ kind: 'notADate' });
  if (!isDateFormat(format)) {
    const digits = fromDigits(value);
    if (digits) return digits;
    // Stryker disable next-line EqualityOperator: 0 and 100 are whole numbers, which the last test leaves out
    if (value > 0 && value < 100 && !Number.isInteger(value)) return fail({ kind: 'twoDigitYear', text: String(value) });
  }
  // A number of the year 2100 with a fraction is 2100.xx, a year and month, as the same text is.
  if (isDateFormat(format) || value >= MAX_YEAR + 1) {
    if (value < MIN_SERIAL || value > MAX_SERIAL) return fail({ kind: 'outOfRange' });
    return { ok: true, value: { date: fromExcelSerial(value), precision: 'day' } };
  }
  if (Number.isInteger(value)) return fail({ kind: 'yearOnly' });
  const year = Math.floor(value);
  const hundredths = Math.round((value - year) * 100);
  // Stryker disable next-line EqualityOperator: no number of a roster lies exactly 1e-6 off its hundredths
  if (Math.abs(value - year - hundredths / 100) > 1e-6) return fail({ kind: 'badYearMonth' });
  if (hundredths === 10) {
    // Excel stores 1985.10 as 1985.1: only the column's other months say whether that is October.
    if (style === 'two-digit') return monthOf(year, 10);
    return fail({ kind: 'octoberOrJanuary', value: String(value), year });
  }
  if (hundredths % 10 === 0) return monthOf(year, hundredths / 10);
  return monthOf(year, hundredths);
}

const TEXT_FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => DateCellResult }[] = [
  { pattern: /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/u, read: (m) => (m[3] ? dayOf(+m[1], +m[2], +m[3]) : monthOf(+m[1], +m[2])) },
  { pattern: /^(\d{4})[./\-](\d{1,2})(?:[./\-](\d{1,2}))?[./\-]?$/u, read: (m) => (m[3] ? dayOf(+m[1], +m[2], +m[3]) : monthOf(+m[1], +m[2])) },
  { pattern: /^(\d{4})(\d{2})(\d{2})$/u, read: (m) => dayOf(+m[1], +m[2], +m[3]) },
  { pattern: /^(\d{4})(\d{2})$/u, read: (m) => monthOf(+m[1], +m[2]) },
  { pattern: /^(\d{4})年?$/u, read: () => fail({ kind: 'yearOnly' }) },
  { pattern: /^\d{2}(?:[./\-]\d{1,2}(?:[./\-]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)$/u, read: (m) => fail({ kind: 'twoDigitYear', text: m[0] }) },
];

function fromText(raw: string, format: string | null | undefined, style: MonthStyle): DateCellResult {
  const text = normalizeCompact(raw);
  for (const form of TEXT_FORMS) {
    const match = form.pattern.exec(text);
    if (match) return form.read(match);
  }
  // Digits typed as text are never a serial day: a person who typed 19850 did not mean 1954年5月.
  // Stryker disable next-line Regex: text with anything around the digits is NaN to Number, which is no serial
  if (/^\d+\.\d+$/u.test(text) && Number(text) >= MAX_YEAR + 1) return fromNumber(Number(text), format, style);
  return fail({ kind: 'unknownDate', text: raw.length > 40 ? raw.slice(0, 40) + '…' : raw });
}

/**
 * Reads one date cell. `style` is the column's month style (see monthStyleOf), for the 1985.1 rule.
 * `readDateCell('1985年3月', null, 'unknown')` gives `{ ok: true, value: { date: '1985-03-01', precision: 'month' } }`.
 */
export function readDateCell(value: CellValue, format: string | null | undefined, style: MonthStyle): DateCellResult {
  if (value instanceof Date) {
    const date = fromJsDate(value);
    return date && date >= '1900-01-01' && date <= '2100-12-31' ? { ok: true, value: { date, precision: 'day' } } : fail({ kind: 'outOfRange' });
  }
  if (typeof value === 'number') return fromNumber(value, format, style);
  if (typeof value === 'string') return fromText(value, format, style);
  if (value !== null && typeof value === 'object') return fail({ kind: 'errorValue', error: value.error });
  return fail({ kind: 'unknownDate', text: cellText(value) });
}
