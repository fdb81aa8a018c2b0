/**
 * Text clean-up shared by every reader of the roster: full-width forms become half-width
 * (NFKC turns '１９８５．０３' into '1985.03'), and white space of any width is dropped or trimmed.
 */

/**
 * Printable ASCII and the CJK Unified Ideographs, which NFKC leaves as they are (the compatibility
 * ideographs it maps lie elsewhere, U+F900 on): most roster cells, spared the normalization.
 */
// Stryker disable next-line Regex: a shortcut only spares work: text it lets through is normalized in full, with the same result
const STABLE = /^[\x21-\x7e\u4e00-\u9fff]*$/u;
// Stryker disable next-line Regex: a shortcut only spares work: text it lets through is normalized in full, with the same result
const STABLE_WITH_SPACES = /^[\x20-\x7e\u4e00-\u9fff]*$/u;

/** Full-width to half-width, every kind of white space removed. `normalizeCompact(' １９８５．０３ ') === '1985.03'` */
export function normalizeCompact(text: string): string {
  // Stryker disable next-line ConditionalExpression: a shortcut only spares work: text it lets through is normalized in full, with the same result
  if (STABLE.test(text)) return text;
  // Stryker disable next-line Regex: each white-space character removed alone removes the runs too
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** Full-width to half-width, trimmed, inner runs of white space folded to one space. */
export function normalizeText(text: string): string {
  // Stryker disable next-line ConditionalExpression: a shortcut only spares work: text it lets through is normalized in full, with the same result
  if (STABLE.test(text)) return text;
  // Stryker disable next-line ConditionalExpression: a shortcut only spares work: text it lets through is normalized in full, with the same result
  if (STABLE_WITH_SPACES.test(text)) return text.replace(/ {2,}/gu, ' ').trim();
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * A person's name as staff write it: names padded for alignment ('张  三') mean '张三',
 * so all white space inside a Chinese name is dropped; Latin names keep one space between words.
 */
export function cleanName(text: string): string {
  const folded = normalizeText(text);
  return /[A-Za-z] [A-Za-z]/u.test(folded) ? folded : folded.replace(/ /gu, '');
}

/** The first of `words` that `text` contains, or undefined. */
export function firstContained(text: string, words: readonly string[]): string | undefined {
  return words.find((word) => word.length > 0 && text.includes(word));
}
