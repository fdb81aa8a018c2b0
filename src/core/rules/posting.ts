/**
 * A temporary posting or loan (挂职, 借调) written with its dates in the remarks:
 * '挂职(2025.09-2026.08)', '挂职锻炼2025年9月至2026年8月', '借调 2025.9.1—2026.8.31'.
 */
import { IsoDate, addDays, addMonths, isoDate } from '../dates';
import { normalizeText } from '../text';

/** The words whose hold lasts only as long as the posting. */
export const POSTING_WORDS = ['挂职', '借调'] as const;

export interface Posting {
  word: (typeof POSTING_WORDS)[number];
  from?: IsoDate;
  /** The last day of the posting: the day written, or the last day of the month written. */
  until?: IsoDate;
}

const DATE = String.raw`(\d{4})\s*[.\-/年]\s*(\d{1,2})(?:\s*[.\-/月]\s*(\d{1,2})\s*日?|\s*月)?`;
const RANGE = new RegExp(
  `${DATE}\\s*(?:-|—|–|~|至|到)+\\s*${DATE}`,
  // Stryker disable next-line StringLiteral: the pattern has no astral character, property class or escape that the u flag reads otherwise
  'u',
);

function dateOf(year: string, month: string, day: string | undefined, end: boolean): IsoDate | undefined {
  const first = isoDate(Number(year), Number(month), day ? Number(day) : 1);
  if (!first || day) return first;
  return end ? addDays(addMonths(first, 1), -1) : first;
}

/**
 * The first range of dates a text writes, its end the last day of the month where only the month is
 * written: `dateRangeOf('2023.09-2026.08')` is `{ from: '2023-09-01', until: '2026-08-31' }`.
 */
export function dateRangeOf(text: string): { from: IsoDate; until: IsoDate } | undefined {
  const match = RANGE.exec(normalizeText(text));
  if (!match) return undefined;
  const from = dateOf(match[1], match[2], match[3], false);
  const until = dateOf(match[4], match[5], match[6], true);
  return from && until && from <= until ? { from, until } : undefined;
}

/** The posting the remarks name, with its dates where written; undefined when they name none. */
export function postingOf(remarks: string): Posting | undefined {
  const text = normalizeText(remarks);
  const word = POSTING_WORDS.find((candidate) => text.includes(candidate));
  if (!word) return undefined;
  const range = dateRangeOf(text);
  return range ? { word, ...range } : { word };
}
