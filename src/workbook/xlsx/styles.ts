/**
 * The workbook's style sheet: each cell style's number format, for reading; and new cell styles
 * appended for highlighting and for the new sheets, the original records left as they are
 * (ECMA-376 part 1, §18.8: a cell's s attribute indexes cellXfs; fonts, fills, borders are indexed by id).
 */
import { CellStyle } from '../../core/sheets/sheetSpec';
import { FontFace } from '../../core/sheets/widthUnits';
import { escapeXml, localName, prefixOf } from './xml';
import { CLOSE, OPEN, TagScanner, attributeIn, withAttributeIn } from './tagScanner';

/** The built-in number formats (§18.8.30), including the zh-CN date ones. */
const BUILT_IN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm',
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** The collections of a style sheet in schema order (§18.8.39 CT_Stylesheet). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
type Collection = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs';

/** What reading and patching need of a style sheet: its prefix, how many records each collection holds, its formats. */
interface Outline {
  prefix: string;
  counts: Record<Collection, number>;
  /** Custom number formats by id. */
  numFmts: Map<number, string>;
  /** Each cellXfs record's numFmtId. */
  xfFormats: number[];
  /** Each cellXfs record as written (its tags without the white space between them), to copy from. */
  xfs: string[];
  /** Each font's face, by fontId; the fontId of each cellStyleXfs record; the record the Normal style takes. */
  fonts: Partial<FontFace>[];
  styleXfFonts: number[];
  normalXf: number;
}

/**
 * A style sheet's outline, found with the tag scanner rather than a tree: real style sheets reach 20 MB
 * (45,000 fonts and cell styles), which a full parse took 9 s to read.
 */
function outline(text: string): Outline {
  const counts: Record<Collection, number> = { numFmts: 0, fonts: 0, fills: 0, borders: 0, cellStyleXfs: 0, cellXfs: 0 };
  const found: Outline = { prefix: '', counts, numFmts: new Map(), xfFormats: [], xfs: [], fonts: [], styleXfFonts: [], normalXf: 0 };
  let depth = 0;
  let collection = '';
  new TagScanner((raw, qname, kind) => {
    if (depth >= 3 && collection === 'cellXfs') found.xfs[found.xfs.length - 1] += raw;
    if (kind === CLOSE) {
      depth -= 1;
      return;
    }
    const local = localName(qname);
    if (depth === 0) found.prefix = prefixOf(qname);
    else if (depth === 1) collection = local;
    else if (depth === 2) {
      if (collection in counts) counts[collection as Collection] += 1;
      if (collection === 'numFmts' && local === 'numFmt') found.numFmts.set(Number(attributeIn(raw, 'numFmtId')), attributeIn(raw, 'formatCode') ?? '');
      else if (collection === 'cellXfs') {
        found.xfFormats.push(Number(attributeIn(raw, 'numFmtId') ?? 0));
        found.xfs.push(raw);
      } else if (collection === 'fonts') found.fonts.push({});
      else if (collection === 'cellStyleXfs') found.styleXfFonts.push(Number(attributeIn(raw, 'fontId') ?? 0));
      else if (collection === 'cellStyles' && attributeIn(raw, 'builtinId') === '0') found.normalXf = Number(attributeIn(raw, 'xfId') ?? 0);
    } else if (depth === 3 && collection === 'fonts') {
      const font = found.fonts[found.fonts.length - 1];
      if (local === 'sz') font.size = Number(attributeIn(raw, 'val'));
      else if (local === 'name') font.name = attributeIn(raw, 'val') ?? '';
    }
    if (kind === OPEN) depth += 1;
  }).feed(text, true);
  return found;
}

/**
 * Each cell style's number format, by the s attribute; General where the file gives none (no style
 * sheet, or no record at that index: a spreadsheet shows such cells in General). Null for a built-in
 * id this table does not know.
 */
export function formatsOfStyles(text: string | undefined): (style: number) => string | null {
  if (!text) return () => BUILT_IN[0];
  const { numFmts, xfFormats } = outline(text);
  const formats = xfFormats.map((id) => numFmts.get(id) ?? BUILT_IN[id] ?? null);
  return (style) => (style < formats.length ? formats[style] : BUILT_IN[0]);
}

/**
 * The records index 0 (and fills 1) must hold before anything is appended to an empty collection: every
 * cell without a style uses cellXfs 0, and fills 0 and 1 are reserved for none and gray125 (§18.8.20).
 * Without them the first appended highlight would become the default style of every cell.
 */
const BASELINE: Record<Collection, (p: string) => string[]> = {
  numFmts: () => [],
  fonts: (p) => [`<${p}font><${p}sz val="11"/><${p}name val="宋体"/><${p}family val="3"/><${p}charset val="134"/></${p}font>`],
  fills: (p) => [`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`, `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`],
  borders: (p) => [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`],
  cellStyleXfs: (p) => [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`],
  cellXfs: (p) => [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`],
};

/** The smallest style sheet Excel opens, for a package that has none. */
export const EMPTY_STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Appends cell styles to a style sheet; `text()` gives the sheet with the originals untouched. */
export class StyleSheetPatch {
  private readonly prefix: string;
  private readonly counts: Record<Collection, number>;
  private readonly added: Record<Collection, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellStyleXfs: [], cellXfs: [] };
  /** The baseline records an empty collection is given first, once anything is appended. */
  private readonly baseline: Record<Collection, string[]>;
  private readonly xfs: string[];
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmt = 164;
  private readonly memo = new Map<string, number>();
  /** The style made for each (cell style, colour) pair, asked once per highlighted cell. */
  private readonly highlights = new Map<string, number>();

  /** The Normal style's font, whose digit is the unit of column widths; undefined where the sheet names none. */
  readonly normalFont: FontFace | undefined;

  constructor(private readonly original: string) {
    const { prefix, counts, numFmts, xfs, fonts, styleXfFonts, normalXf } = outline(original);
    const normal = fonts[styleXfFonts[normalXf] ?? 0] ?? fonts[0];
    this.normalFont = normal?.name !== undefined && normal.size !== undefined ? { name: normal.name, size: normal.size } : undefined;
    this.prefix = prefix;
    this.counts = counts;
    this.xfs = xfs;
    const collections = Object.keys(BASELINE) as Collection[];
    this.baseline = Object.fromEntries(collections.map((name) => [name, this.counts[name] === 0 ? BASELINE[name](this.prefix) : []])) as Record<Collection, string[]>;
    for (const [id, code] of Object.entries(BUILT_IN)) this.numFmtIds.set(code, Number(id));
    for (const [id, code] of numFmts) {
      this.numFmtIds.set(code, id);
      this.nextNumFmt = Math.max(this.nextNumFmt, id + 1);
    }
  }

  private add(collection: Collection, xml: string): number {
    const memoKey = `${collection}|${xml}`;
    const known = this.memo.get(memoKey);
    if (known !== undefined) return known;
    this.added[collection].push(xml);
    const index = this.counts[collection] + this.baseline[collection].length + this.added[collection].length - 1;
    this.memo.set(memoKey, index);
    return index;
  }

  private fill(color: string): number {
    const p = this.prefix;
    return this.add('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${color}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
  }

  /** A copy of cell style `style` (0 for a cell without one) with a solid fill of `color` (RRGGBB). */
  highlight(style: number, color: string): number {
    const key = `${style}|${color}`;
    const known = this.highlights.get(key);
    if (known !== undefined) return known;
    const made = this.highlightOf(style, color);
    this.highlights.set(key, made);
    return made;
  }

  private highlightOf(style: number, color: string): number {
    const base = this.xfs[style] ?? this.xfs[0] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const start = /^<[^>]*>/u.exec(base)![0];
    const patched = withAttributeIn(withAttributeIn(start, 'fillId', String(this.fill(color))), 'applyFill', '1');
    return this.add('cellXfs', patched + base.slice(start.length));
  }

  /** A cell style for a new sheet's cell, from the spec's styles laid one over another. */
  spec(layers: readonly CellStyle[]): number {
    const style: CellStyle = Object.assign({}, ...layers);
    const p = this.prefix;
    const attributes: Record<string, number> = { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 };
    if (style.numberFormat) {
      attributes.numFmtId = this.numFmtIds.get(style.numberFormat) ?? this.numFmt(style.numberFormat);
      attributes.applyNumberFormat = 1;
    }
    if (style.bold || style.fontSize || style.color) {
      // CT_Font's children in schema order: b, sz, color, name, family, charset (§18.8.22).
      const color = style.color ? `<${p}color rgb="FF${style.color}"/>` : '';
      attributes.fontId = this.add('fonts', `<${p}font>${style.bold ? `<${p}b/>` : ''}<${p}sz val="${style.fontSize ?? 11}"/>${color}<${p}name val="宋体"/><${p}family val="3"/><${p}charset val="134"/></${p}font>`);
      attributes.applyFont = 1;
    }
    if (style.fill) {
      attributes.fillId = this.fill(style.fill);
      attributes.applyFill = 1;
    }
    if (style.border) {
      const side = (name: string) => `<${p}${name} style="thin"><${p}color rgb="FF808080"/></${p}${name}>`;
      attributes.borderId = this.add('borders', `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`);
      attributes.applyBorder = 1;
    }
    let alignment = '';
    if (style.align || style.wrap || style.verticalAlign) {
      const vertical = style.verticalAlign === 'top' ? 'top' : 'center';
      alignment = `<${p}alignment${style.align ? ` horizontal="${style.align}"` : ''} vertical="${vertical}"${style.wrap ? ' wrapText="1"' : ''}/>`;
      attributes.applyAlignment = 1;
    }
    const start = `<${p}xf${Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('')}`;
    return this.add('cellXfs', alignment ? `${start}>${alignment}</${p}xf>` : `${start}/>`);
  }

  private numFmt(code: string): number {
    const id = this.nextNumFmt;
    this.nextNumFmt += 1;
    this.numFmtIds.set(code, id);
    this.add('numFmts', `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** Whether any style was added. */
  get changed(): boolean {
    return Object.values(this.added).some((list) => list.length > 0);
  }

  /** The style sheet with the added records at the end of their collections and the counts updated. */
  text(): string {
    if (!this.changed) return this.original;
    // A style sheet written as one empty tag is opened, so that collections can go inside it.
    let text = this.original.replace(new RegExp(`<${this.prefix}styleSheet\\b([^>]*?)\\s*/>`, 'u'), `<${this.prefix}styleSheet$1></${this.prefix}styleSheet>`);
    for (const collection of Object.keys(this.added) as Collection[]) {
      const items = [...this.baseline[collection], ...this.added[collection]];
      if (items.length > 0) text = this.append(text, collection, items.join(''), this.counts[collection] + items.length);
    }
    return text;
  }

  private append(text: string, collection: Collection, items: string, count: number): string {
    const p = this.prefix;
    const open = new RegExp(`<${p}${collection}\\b[^>]*?(/?)>`, 'u');
    const match = open.exec(text);
    if (match) {
      const start = withAttributeIn(match[0].replace(/\s*\/>$/u, '>'), 'count', String(count));
      if (match[1] === '/') return text.slice(0, match.index) + `${start}${items}</${p}${collection}>` + text.slice(match.index + match[0].length);
      const close = text.indexOf(`</${p}${collection}>`, match.index);
      return text.slice(0, match.index) + start + text.slice(match.index + match[0].length, close) + items + text.slice(close);
    }
    // No such collection: it goes before the first collection that follows it in schema order.
    const element = `<${p}${collection} count="${count}">${items}</${p}${collection}>`;
    for (const next of ORDER.slice(ORDER.indexOf(collection) + 1)) {
      const at = new RegExp(`<${p}${next}\\b`, 'u').exec(text);
      if (at) return text.slice(0, at.index) + element + text.slice(at.index);
    }
    const end = text.lastIndexOf(`</${p}styleSheet>`);
    return text.slice(0, end) + element + text.slice(end);
  }
}
