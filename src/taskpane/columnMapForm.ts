/**
 * The folded 列对应 panel: each field the reader knows, with a drop-down of the roster's header cells, the
 * column read for it selected. What the user changes becomes the `columnMap` setting (field → header),
 * saved in the workbook with the other settings and used by the next check.
 */
import { FIELDS, Field, HEADER_WORDS, headerKey } from '../core/roster/columns';
import { el } from './dom';
import { Locale, STRINGS } from './strings';

/** The fields in English; in Chinese each is its usual header word (HEADER_WORDS). */
const FIELDS_EN: Record<Field, string> = {
  name: 'Name', gender: 'Gender', birth: 'Born', unit: 'Unit', post: 'Post', unitPost: 'Unit and post', rank: 'Rank',
  category: 'Post category', keyFlag: 'Key post?', postStart: 'In the post since', unitStart: 'In the unit since',
  joined: 'Joined the organization', rankStart: 'In the rank since', ethnicity: 'Ethnicity', birthplace: 'Native place',
  politics: 'Political status', education: 'Education', workStart: 'Began work', remarks: 'Remarks', relatives: 'Relatives',
  wish: 'Wish', history: 'Past units', state: 'Status', leftOn: 'Left on',
  termStart: 'Appointed on', termLength: 'Term', termRange: 'Term from and to', leadershipStart: 'In the leadership since',
};

/** What the panel needs of a check: the header cells, and the column read for each field. */
export interface HeaderReading {
  headers: readonly string[];
  columns: Partial<Record<Field, string>>;
  unused: readonly string[];
}

export const fieldLabel = (field: Field, locale: Locale): string => (locale === 'zh-CN' ? HEADER_WORDS[field][0] : FIELDS_EN[field]);

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && headerKey(a) === headerKey(b);

/**
 * The columnMap the choices make: a field keeps the header the user mapped it to before, and gets one
 * wherever the choice differs from the column read; a field left as read (or on no column) adds nothing.
 * `columnMapOf({ unitStart: '入职日期' }, { joined: '入职日期' }, {})` is `{ unitStart: '入职日期' }`.
 */
export function columnMapOf(chosen: Partial<Record<Field, string>>, read: Partial<Record<Field, string>>, saved: Readonly<Record<string, string>>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const field of FIELDS) {
    const header = chosen[field];
    if (header === undefined || header === '') continue;
    if (saved[field] !== undefined || !same(header, read[field])) map[field] = header;
  }
  return map;
}

/** The panel for one check's roster. */
export function renderColumnMap(reading: HeaderReading, locale: Locale): HTMLElement {
  const t = STRINGS[locale];
  const rows = FIELDS.map((field) => {
    const read = reading.columns[field];
    const options = [
      el('option', { value: '', selected: read === undefined }, t.columnNotRead),
      ...reading.headers.map((header) => el('option', { value: header, selected: same(header, read) }, header)),
    ];
    return el('label', { class: 'field' }, fieldLabel(field, locale), el('select', { 'data-field': field }, ...options));
  });
  // A panel the user opened stays open when the next result replaces it.
  const open = document.getElementById('column-map')?.hasAttribute('open') ?? false;
  return el('details', { class: 'column-map', id: 'column-map', open },
    el('summary', {}, t.columnMap),
    el('p', { class: 'muted' }, t.columnMapHint),
    el('div', { class: 'settings-fields' }, ...rows),
    reading.unused.length > 0 ? el('p', { class: 'muted' }, `${t.unusedColumns}${reading.unused.join(t.listSeparator)}`) : null);
}

/**
 * The columnMap setting as the panel shows it, or `saved` where no panel is shown (before the first check,
 * after an error).
 */
export function readColumnMap(panel: HTMLElement | null, saved: Readonly<Record<string, string>>): Record<string, string> {
  if (!panel) return { ...saved };
  const chosen: Partial<Record<Field, string>> = {};
  const read: Partial<Record<Field, string>> = {};
  for (const select of Array.from(panel.querySelectorAll<HTMLSelectElement>('select[data-field]'))) {
    const field = select.dataset.field as Field;
    chosen[field] = select.value;
    const first = Array.from(select.options).find((option) => option.defaultSelected);
    if (first && first.value !== '') read[field] = first.value;
  }
  return columnMapOf(chosen, read, saved);
}
