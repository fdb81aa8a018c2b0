/**
 * A fast scanner of the markup in a worksheet part, fed a chunk at a time: each tag is handed over as
 * written (with its name and whether it opens, closes or is empty), text between tags as written.
 * It checks far less than a full XML parser, which is what lets a sheet of a million formatted rows be
 * read in a second; the parts it reads are written by spreadsheet programs, and small parts go to saxes.
 */

export const OPEN = 0;
export const CLOSE = 1;
export const EMPTY = 2;
export type TagKind = typeof OPEN | typeof CLOSE | typeof EMPTY;

/** Called for each tag; what it returns replaces the tag in the output (undefined keeps it). */
export type OnTag = (raw: string, qname: string, kind: TagKind) => string | undefined | void;
/** Called for the text between tags: as written (entities not decoded), or a CDATA section's content. */
export type OnText = (text: string, cdata: boolean) => void;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with its character and entity references decoded. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A start or end tag, quoted values skipped whole (they may hold '>'). */
const TAG = /<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;

/** The end of a start or end tag at `start` (index past '>'); -1 if it is not all in view. */
function tagEnd(text: string, start: number): number {
  TAG.lastIndex = start;
  return TAG.test(text) ? TAG.lastIndex : -1;
}

export class TagScanner {
  private buffer = '';
  /**
   * Set by onTag: after that tag, the text up to the next occurrence of this string in the chunk passes
   * through unread (no onTag, no onText). Only when keeping the output. A comment or CDATA section ahead
   * cancels the skip (they may hold the string), and so does the chunk's end: scanning goes on tag by tag,
   * which is always right.
   */
  skipTo: string | undefined;
  /** The next '<!' at or after the scan in the text being fed (-1: none), for `skip`. */
  private bang = -1;

  constructor(private readonly onTag: OnTag, private readonly onText?: OnText, private readonly keep = false) {}

  /** Scans a chunk; returns the output so far when keeping it (tags replaced as onTag said). */
  feed(chunk: string, final = false): string {
    const text = this.buffer + chunk;
    // What is kept goes out as slices of the text between replaced tags, not tag by tag.
    let out = '';
    let copied = 0;
    let position = 0;
    this.bang = text.indexOf('<!');
    this.skipTo = undefined;
    for (;;) {
      const start = text.indexOf('<', position);
      if (start < 0) {
        // Text may go on in the next chunk: what is here is handed over.
        if (position < text.length) this.emitText(text.slice(position));
        break;
      }
      if (start > position) this.emitText(text.slice(position, start));
      const next = text.charCodeAt(start + 1);
      let end: number;
      if (next === 33 /* ! */) {
        if (text.startsWith('<![CDATA[', start)) {
          const close = text.indexOf(']]>', start);
          end = close < 0 ? -1 : close + 3;
          if (end > 0) this.onText?.(text.slice(start + 9, close), true);
        } else if (text.startsWith('<!--', start)) {
          const close = text.indexOf('-->', start);
          end = close < 0 ? -1 : close + 3;
        } else end = tagEnd(text, start);
      } else if (next === 63 /* ? */) {
        const close = text.indexOf('?>', start);
        end = close < 0 ? -1 : close + 2;
      } else {
        end = tagEnd(text, start);
        if (end > 0) {
          const raw = text.slice(start, end);
          const closing = next === 47; /* / */
          const empty = !closing && raw.charCodeAt(raw.length - 2) === 47;
          let nameEnd = closing ? 2 : 1;
          while (nameEnd < raw.length) {
            const code = raw.charCodeAt(nameEnd);
            if (code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13) break;
            nameEnd += 1;
          }
          this.skipTo = undefined;
          const replaced = this.onTag(raw, raw.slice(closing ? 2 : 1, nameEnd), closing ? CLOSE : empty ? EMPTY : OPEN);
          if (this.keep && typeof replaced === 'string' && replaced !== raw) {
            out += text.slice(copied, start) + replaced;
            copied = end;
          }
        }
      }
      if (end < 0) {
        if (final) throw new Error('the part ends inside a tag');
        this.buffer = text.slice(start);
        return this.keep ? out + text.slice(copied, start) : out;
      }
      position = end;
      if (this.skipTo !== undefined) position = this.skip(text, position, final);
    }
    this.buffer = '';
    return this.keep ? out + text.slice(copied) : out;
  }

  /** Where the skip set by onTag ends in `text` from `position` (the marker's start, or as far as is safe). */
  private skip(text: string, position: number, final: boolean): number {
    const marker = this.skipTo!;
    const found = text.indexOf(marker, position);
    const limit = found >= 0 ? found : final ? text.length : Math.max(position, text.length - marker.length + 1);
    // '<!' opens a comment or CDATA section: scanned tag by tag from here. Its place is looked up once per pass.
    if (this.bang >= 0 && this.bang < position) this.bang = text.indexOf('<!', position);
    if (this.bang >= 0 && this.bang < limit) {
      this.skipTo = undefined;
      return position;
    }
    if (found >= 0) this.skipTo = undefined;
    return limit;
  }

  /** The text held back (an unfinished tag), handed over and forgotten: for a caller that stops scanning. */
  takePending(): string {
    const pending = this.buffer;
    this.buffer = '';
    return pending;
  }

  private emitText(text: string): void {
    if (this.onText && text.length > 0) this.onText(text, false);
  }
}

const attributePatterns = new Map<string, RegExp>();
/** ` name="`, made once per name: the lookups run for every cell of a sheet. */
const plainNeedles = new Map<string, string>();
const plainNeedle = (name: string): string => {
  let needle = plainNeedles.get(name);
  if (needle === undefined) {
    needle = ` ${name}="`;
    plainNeedles.set(name, needle);
  }
  return needle;
};

/** White space as a regular expression's `\s` reads it; the usual ASCII kinds without one. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

/** Whether the name is followed, after any white space, by `=` somewhere in the tag: else it holds no such attribute. */
function mayHold(tag: string, name: string): boolean {
  for (let at = tag.indexOf(name); at >= 0; at = tag.indexOf(name, at + 1)) {
    let k = at + name.length;
    while (isSpace(tag.charCodeAt(k))) k += 1;
    if (tag.charCodeAt(k) === 61 /* = */) return true;
  }
  return false;
}

/** An attribute's value in a tag as written (entities decoded), or undefined. */
export function attributeIn(tag: string, name: string): string | undefined {
  // Spreadsheet programs write ` name="value"`: found without a regular expression.
  const plain = tag.indexOf(plainNeedle(name));
  if (plain >= 0) {
    const from = plain + name.length + 3;
    return decodeEntities(tag.slice(from, tag.indexOf('"', from)));
  }
  if (!mayHold(tag, name)) return undefined;
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2]);
}

/** A tag with an attribute set to `value` (replaced, or added at its end). */
export function withAttributeIn(tag: string, name: string, value: string): string {
  // The usual ` name="…"` is replaced in place, without a regular expression.
  const plain = tag.indexOf(plainNeedle(name));
  if (plain >= 0) {
    const from = plain + name.length + 3;
    return `${tag.slice(0, from)}${value}${tag.slice(tag.indexOf('"', from))}`;
  }
  if (mayHold(tag, name)) {
    let pattern = replacePatterns.get(name);
    if (!pattern) {
      pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
      replacePatterns.set(name, pattern);
    }
    if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  }
  // Absent: added before the tag's end, white space before the end dropped.
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  let cut = end;
  while (cut > 0 && isSpace(tag.charCodeAt(cut - 1))) cut -= 1;
  return `${tag.slice(0, cut)} ${name}="${value}"${tag.slice(end)}`;
}

const replacePatterns = new Map<string, RegExp>();
