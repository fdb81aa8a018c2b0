/**
 * Small XML helpers for package parts: a light tree of a small part (workbook, relationships, content
 * types, styles) read with saxes, names compared without their namespace prefix (`x:sheet` is `sheet`),
 * and escaping for the XML the adapter writes.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The local name, without prefix. */
  name: string;
  /** The name as written, with any prefix. */
  qname: string;
  /** Attributes by their name as written. */
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A name without its namespace prefix. */
export const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/** The prefix of a name as written, with its colon ('x:'), or ''. */
export const prefixOf = (qname: string): string => qname.slice(0, qname.indexOf(':') + 1);

/** An attribute by local name, whatever its prefix (r:id, or id). */
export function attribute(element: XmlElement, name: string, prefixed = false): string | undefined {
  for (const [qname, value] of Object.entries(element.attributes)) {
    if (localName(qname) === name && (!prefixed || qname.includes(':'))) return value;
  }
  return undefined;
}

/** Parses a whole (small) XML text into a tree; throws on malformed XML. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: XmlElement = { name: '', qname: '', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: localName(tag.name), qname: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => { stack[stack.length - 1].text += text; });
  parser.on('cdata', (text) => { stack[stack.length - 1].text += text; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(text).close();
  if (root.children.length !== 1) throw new Error('no root element');
  return root.children[0];
}

/** The children of that local name. */
export const childrenNamed = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element ? element.children.filter((child) => child.name === name) : [];

/** The first child of that local name. */
export const childNamed = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((child) => child.name === name);

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u;

/** Text escaped for element content or attribute values; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  // Most text needs nothing: one test instead of five passes.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}

/** Spreadsheet text with its `_xHHHH_` escapes undone (ECMA-376 part 1, §22.9.2.19 ST_Xstring). */
export const unescapeXstring = (text: string): string =>
  text.includes('_x') ? text.replace(/_x([0-9a-fA-F]{4})_/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;

/** Text to match literally in a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
