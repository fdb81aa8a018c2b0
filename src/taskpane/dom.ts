/**
 * A tiny element builder: text always goes in as text, never as HTML, so roster values cannot inject markup.
 */
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

/** Lets the browser paint before more work runs. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A value from the workbook (a name, a unit, a sheet), marked as data: shown as the workbook has it, in either language. */
export function value(text: string | number): HTMLElement {
  return el('span', { 'data-value': true }, text);
}

/**
 * `text` with each occurrence of the given workbook values marked as data:
 * `withValues('张三(第5行)', ['张三'])` gives a data span for 张三, then '(第5行)'.
 */
export function withValues(text: string, values: readonly string[]): (Node | string)[] {
  const wanted = Array.from(new Set(values.filter((v) => v !== ''))).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [text];
  // One pass over the text, the longest value first where two start at the same place.
  const pattern = new RegExp(wanted.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const parts: (Node | string)[] = [];
  let at = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push(value(match[0]));
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** What a message quotes ("…"): the workbook's words (sheets, names, cells) that stay as written in either language. */
export function quotedValues(text: string): string[] {
  return (text.match(/"[^"\n]+"/gu) ?? []).map((quoted) => quoted.slice(1, -1));
}
