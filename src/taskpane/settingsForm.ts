/**
 * The folded panel of rule settings: one field per setting, filled from the workbook's stored settings,
 * read back through the same validation the CLI uses.
 */
import { DEFAULT_SETTINGS, KEY_POST_CLOCKS, Settings, resolveSettings } from '../core/settings';
import { el } from './dom';
import { STRINGS, Locale } from './strings';

const NUMBER_FIELDS: (keyof Settings)[] = [
  'keyPostYears', 'samePostYears', 'sameUnitYears', 'warningMonths', 'suggestedMaxAge', 'suggestedMinYears',
  'retirementAgeMale', 'retirementAgeFemale', 'exemptYearsBeforeRetirement', 'noReturnYears', 'competitionShare', 'publicityWorkingDays',
  'batchIntervalMonths', 'termYears',
];
const TEXT_FIELDS: (keyof Settings)[] = ['decidingBody', 'contactPhone', 'contactAddress', 'reportLine', 'noticeDate', 'quotaSheet'];
const FLAG_FIELDS = ['includeSuggested', 'includeHiddenRows'] as const;
/** A word list typed in one field, the words separated by 、 , ; or spaces. */
const LIST_FIELDS: (keyof Settings)[] = ['keyUnits'];
const splitWords = (text: string): string[] => text.split(/[、,,;;\s]+/u).filter((word) => word.length > 0);

/** Builds the fields into `container`, showing `settings`. */
export function renderSettingsForm(container: HTMLElement, settings: Settings, locale: Locale): void {
  const words = STRINGS[locale].fields;
  container.replaceChildren(
    ...NUMBER_FIELDS.map((key) => el('label', { class: 'field' }, words[key], el('input', { id: `setting-${key}`, type: 'number', step: key === 'competitionShare' ? '0.1' : '1', value: String(settings[key]) }))),
    ...FLAG_FIELDS.map((key) => el('label', { class: 'field check' }, el('input', { id: `setting-${key}`, type: 'checkbox', checked: settings[key] }), words[key])),
    ...TEXT_FIELDS.map((key) => el('label', { class: 'field' }, words[key], el('input', { id: `setting-${key}`, type: 'text', value: String(settings[key]) }))),
    ...LIST_FIELDS.map((key) => el('label', { class: 'field' }, words[key], el('input', { id: `setting-${key}`, type: 'text', value: (settings[key] as string[]).join('、') }))),
    el('label', { class: 'field' }, words.keyPostClock, el('select', { id: 'setting-keyPostClock' },
      ...KEY_POST_CLOCKS.map((clock) => el('option', { value: clock, selected: settings.keyPostClock === clock }, words[clock === 'post' ? 'clockPost' : 'clockLeadership'])))),
  );
}

/**
 * The settings the form shows, with the organization, over `base` for the settings it does not show
 * (the key-post words, the column map …); throws SettingsError with every wrong value.
 */
export function readSettingsForm(container: HTMLElement, organization: string, base: Settings = DEFAULT_SETTINGS): Settings {
  const input: Record<string, unknown> = { ...base, organization };
  for (const key of NUMBER_FIELDS) {
    const field = container.querySelector<HTMLInputElement>(`#setting-${key}`);
    input[key] = field && field.value.trim() !== '' ? Number(field.value) : DEFAULT_SETTINGS[key];
  }
  for (const key of FLAG_FIELDS) input[key] = container.querySelector<HTMLInputElement>(`#setting-${key}`)?.checked ?? false;
  for (const key of TEXT_FIELDS) input[key] = container.querySelector<HTMLInputElement>(`#setting-${key}`)?.value ?? '';
  for (const key of LIST_FIELDS) input[key] = splitWords(container.querySelector<HTMLInputElement>(`#setting-${key}`)?.value ?? '');
  input.keyPostClock = container.querySelector<HTMLSelectElement>('#setting-keyPostClock')?.value ?? DEFAULT_SETTINGS.keyPostClock;
  return resolveSettings(input);
}
