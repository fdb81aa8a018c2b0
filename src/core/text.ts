/**
 * Text clean-up shared by every reader of the roster: full-width forms become half-width
 * (NFKC turns '１９８５．０３' into '1985.03'), and white space of any width is dropped or trimmed.
 */

/** Full-width to half-width, every kind of white space removed. `normalizeCompact(' １９８５．０３ ') === '1985.03'` */
export function normalizeCompact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** Full-width to half-width, trimmed, inner runs of white space folded to one space. */
export function normalizeText(text: string): string {
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
