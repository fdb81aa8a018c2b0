/**
 * What a column width of the sheet specs means on every host. A spec's width unit is 7 pixels at 96 dpi,
 * the digit of Calibri 11, Excel's default font; the sheets are laid out to fit A4 in these units.
 *
 * Hosts count widths differently. An xlsx file and Excel's or WPS's ColumnWidth count digits of the
 * workbook's Normal font (ECMA-376 part 1, §18.3.1.13 col: "the number of characters of the maximum
 * digit width of the numbers 0, 1, 2, …, 9 as rendered in the normal style's font"), so the same number
 * is wider in a workbook whose Normal font is 宋体 or 等线 11 (an 8-pixel digit) than in one of Calibri 11.
 * Office.js counts points (https://github.com/OfficeDev/office-js/issues/187: "The unit-of-measure for
 * columnWidth is points"). Each host converts from the spec's unit, so a sheet prints alike everywhere.
 */

/** Pixels (96 dpi) of one width unit of a spec. */
export const UNIT_PIXELS = 7;

/** The points a column of `units` spec units takes: what Office.js's `format.columnWidth` wants. */
export const unitsToPoints = (units: number): number => Math.round(units * UNIT_PIXELS * 0.75 * 100) / 100;

/** A font as a style sheet names it. */
export interface FontFace {
  name: string;
  /** Points. */
  size: number;
}

/** Fonts of CJK type, whose digits are half the em (宋体 is monospaced at half and full width). */
const CJK_FONT = /宋|黑|楷|仿宋|等线|雅黑|隶书|幼圆|Song|Hei|Kai|DengXian|FangSong|YaHei|Ming|Noto (Sans|Serif) CJK|Source Han|PingFang|WenQuanYi/iu;

/** Digit width as a share of the em in fonts common as a Normal font (their fonts' advance widths of 0–9). */
const LATIN_DIGIT_EM: readonly [RegExp, number][] = [
  [/^(Calibri|Carlito)$/iu, 0.507],
  [/^(Arial|Liberation Sans|Helvetica|Tahoma|Verdana)$/iu, 0.556],
  [/^(Times New Roman|Liberation Serif|Cambria|Caladea)$/iu, 0.5],
];

/**
 * The maximum digit width, in whole pixels at 96 dpi, of a workbook's Normal font: 7 for Calibri 11 (the
 * standard's own example), 8 for 宋体 11 and 等线 11, whose default 8.38-character column is 72 pixels.
 */
export function digitPixels(font: FontFace | undefined): number {
  if (!font || !(font.size > 0)) return UNIT_PIXELS;
  const em = (font.size * 96) / 72;
  if (CJK_FONT.test(font.name)) return Math.max(1, Math.ceil(em / 2 - 0.01));
  const share = LATIN_DIGIT_EM.find(([pattern]) => pattern.test(font.name.trim()))?.[1] ?? 0.55;
  return Math.max(1, Math.round(em * share));
}

/** A width of `units` spec units counted in digits of a Normal font whose digit is `digit` pixels: a `<col>`'s width. */
export const unitsToDigits = (units: number, digit: number): number => Math.round(((units * UNIT_PIXELS) / digit) * 100) / 100;
