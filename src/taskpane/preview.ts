/**
 * The browser preview of the demo workbook: one tab per sheet, each a table with the fills the tool set,
 * so the whole flow can be seen without Excel.
 */
import { cellText, columnLetters } from '../core/grid';
import { fromExcelSerial } from '../core/dates';
import { isDateFormat } from '../core/roster/dateCell';
import { MemorySheet, MemoryWorkbook } from '../workbook/memory/memoryWorkbook';
import { el } from './dom';
import { Locale, STRINGS } from './strings';

const ROWS_SHOWN = 400;

function display(sheet: MemorySheet, r: number, c: number): string {
  const value = sheet.values[r]?.[c] ?? null;
  if (typeof value === 'number' && isDateFormat(sheet.formats?.[r]?.[c])) return fromExcelSerial(value);
  return cellText(value);
}

/** Fills of a written sheet's styles, by 'row:column' (1-based), as the spec describes them. */
function specFills(sheet: MemorySheet): Map<string, { fill?: string; bold?: boolean }> {
  const styles = new Map<string, { fill?: string; bold?: boolean }>();
  for (const block of sheet.spec?.styles ?? []) {
    for (let r = 0; r < (block.rows ?? 1); r += 1) {
      for (let c = 0; c < (block.columns ?? 1); c += 1) {
        const key = `${block.row + r + 1}:${block.column + c + 1}`;
        styles.set(key, { ...styles.get(key), ...(block.style.fill ? { fill: block.style.fill } : {}), ...(block.style.bold ? { bold: true } : {}) });
      }
    }
  }
  return styles;
}

/**
 * A title merged across a roster's columns: Excel hands an add-in the title in every cell of the merged
 * area, so a row whose filled cells are one run of the same text is shown as one cell across the run.
 */
export function titleSpans(values: readonly (readonly unknown[])[]): Map<string, number> {
  const spans = new Map<string, number>();
  values.forEach((row, r) => {
    const texts = row.map((value) => cellText(value as Parameters<typeof cellText>[0]));
    const first = texts.findIndex((text) => text !== '');
    if (first < 0) return;
    const title = texts[first];
    const last = texts.lastIndexOf(title);
    if (last === first || texts.some((text, c) => (c >= first && c <= last ? text !== title : text !== ''))) return;
    spans.set(`${r + 1}:${first + 1}`, last - first + 1);
  });
  return spans;
}

function table(sheet: MemorySheet, locale: Locale, focusRow?: number): HTMLElement {
  const width = sheet.values.reduce((most, row) => Math.max(most, row.length), 1);
  const styles = specFills(sheet);
  const spans = sheet.spec
    ? new Map((sheet.spec.merges ?? []).map((m) => [`${m.row + 1}:${m.column + 1}`, m.columns ?? 1]))
    : titleSpans(sheet.values.slice(0, Math.max(ROWS_SHOWN, focusRow ?? 0)));
  const shown = Math.max(ROWS_SHOWN, focusRow ?? 0);
  const head = el('tr', {}, el('th', {}, ''), ...Array.from({ length: width }, (_, c) => el('th', {}, columnLetters(c + 1))));
  const body = sheet.values.slice(0, shown).map((_, r) => {
    const cells: HTMLElement[] = [el('th', { scope: 'row' }, r + 1)];
    for (let c = 0; c < width; c += 1) {
      const key = `${r + 1}:${c + 1}`;
      const span = spans.get(key) ?? 1;
      const style = styles.get(key);
      const fill = sheet.fills.get(key) ?? style?.fill;
      const td = el('td', { colspan: span > 1 ? String(span) : undefined, 'data-fill': fill }, display(sheet, r, c));
      if (fill) td.style.backgroundColor = `#${fill}`;
      if (style?.bold) td.style.fontWeight = '600';
      cells.push(td);
      c += span - 1;
    }
    return el('tr', { 'data-row': String(r + 1), class: r + 1 === focusRow ? 'focus' : undefined }, ...cells);
  });
  const note = sheet.values.length > shown ? el('p', { class: 'muted' }, STRINGS[locale].previewMore(shown, sheet.values.length)) : null;
  return el('div', { class: 'sheet-table' }, el('table', { 'data-value': true }, el('thead', {}, head), el('tbody', {}, ...body)), note);
}

/** Renders the workbook's tabs and the chosen sheet (the first by default), scrolled to a row if given. */
export function renderPreview(container: HTMLElement, workbook: MemoryWorkbook, locale: Locale, active?: string, row?: number): void {
  const current = workbook.sheets.find((s) => s.name === active) ?? workbook.sheets.find((s) => s.spec === undefined && s.values.length > 20) ?? workbook.sheets[0];
  const tabs = el('div', { role: 'tablist', class: 'tabs' }, ...workbook.sheets.map((sheet) =>
    el('button', { role: 'tab', type: 'button', 'aria-selected': sheet === current ? 'true' : 'false', 'data-sheet': sheet.name, 'data-value': true }, sheet.name)));
  tabs.addEventListener('click', (event) => {
    const name = (event.target as HTMLElement).closest('button')?.dataset.sheet;
    if (name) renderPreview(container, workbook, locale, name);
  });
  container.replaceChildren(el('h2', {}, STRINGS[locale].preview), tabs, el('div', { role: 'tabpanel', 'aria-label': current.name }, table(current, locale, row)));
  if (row) container.querySelector(`tr[data-row="${row}"]`)?.scrollIntoView({ block: 'center' });
}
