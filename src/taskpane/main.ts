/**
 * The task pane: wires the controls to the use cases on whichever host the page runs in, Excel or the
 * in-browser demo, and shows progress, results and errors in the pane.
 */
import { todayInChina } from '../app/clock';
import { isIsoDate } from '../core/dates';
import { DEFAULT_SETTINGS, Settings, resolveSettings } from '../core/settings';
import { AppError } from '../workbook/port';
import { DemoHost } from './demoHost';
import { byId, el, nextFrame, quotedValues, withValues } from './dom';
import { ExcelHost } from './excelHost';
import { officeReady } from '../workbook/office/officeHost';
import { isInOffice, loadPreferences, savePreferences, wpsApplication } from './host';
import { renderPreview } from './preview';
import { renderCheck, renderPlan } from './results';
import { ActionKind, actionNotes, actionSummary, errorText, noteValues, runAction } from './actions';

/** The pane's action buttons, by id (each id is also its ActionKind and its label's key). */
const BUTTONS = ['check', 'plan', 'validate', 'notice', 'replan', 'forecast', 'clear'] as const;
import { readSettingsForm, renderSettingsForm } from './settingsForm';
import { readColumnMap, renderColumnMap } from './columnMapForm';
import { NoticeForm, NoticeFormField } from './noticeForm';
import { Locale, STRINGS } from './strings';
import { TaskpaneHost } from './taskpaneHost';
import { WpsPaneHost } from './wpsPaneHost';

let host: TaskpaneHost;
let locale: Locale = 'zh-CN';
let settings: Settings = { ...DEFAULT_SETTINGS };
let busy = false;
/** What the pane shows now, drawn again in the other language when the user switches. */
let shown: (() => HTMLElement | string) | undefined;
let failure: unknown;
let noticeForm: NoticeForm;

const t = () => STRINGS[locale];

function applyLocale(): void {
  document.documentElement.lang = locale;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-text]'))) {
    const value = (t() as unknown as Record<string, unknown>)[node.dataset.text as string];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const [id, tip] of [['check', t().checkTip], ['plan', t().planTip], ['validate', t().validateTip], ['notice', t().noticeTip], ['replan', t().replanTip], ['forecast', t().forecastTip], ['clear', t().clearTip]] as const) byId(id).title = tip;
  byId<HTMLInputElement>('organization').placeholder = t().organizationHint;
  byId<HTMLInputElement>('as-of').placeholder = t().dateHint;
  for (const id of BUTTONS) byId(id).textContent = t()[id];
  // The switch is named in the language it turns to.
  byId('language').lang = locale === 'zh-CN' ? 'en' : 'zh-CN';
  renderSettingsForm(byId('settings-fields'), settings, locale);
  noticeForm.relabel(locale);
}

/** The error in the user's words, replacing whatever result was shown before it. */
function showError(error: unknown): void {
  failure = error;
  shown = undefined;
  const message = errorText(error, locale);
  byId('results').replaceChildren();
  byId('error').replaceChildren(el('strong', {}, t().errorTitle), ' ', ...withValues(message, quotedValues(message)));
  byId('error').hidden = false;
}

async function progress(step: string, done: number): Promise<void> {
  const bar = byId<HTMLProgressElement>('progress-bar');
  bar.value = done;
  bar.setAttribute('aria-valuenow', String(Math.round(done * 100)));
  byId('progress-text').textContent = t().steps[step] ?? t().working;
  await nextFrame();
}

function currentOptions() {
  const asOf = byId<HTMLInputElement>('as-of').value.trim();
  if (!isIsoDate(asOf)) throw new AppError({ kind: 'badDate', text: asOf });
  settings = { ...readSettingsForm(byId('settings-fields'), byId<HTMLInputElement>('organization').value.trim(), settings), columnMap: readColumnMap(document.getElementById('column-map'), settings.columnMap) };
  const sheet = byId<HTMLSelectElement>('sheet').value;
  return { asOf, settings, sheetName: sheet || undefined, onProgress: progress };
}

const select = (sheet: string, row?: number) => {
  host.selectRow(sheet, row).catch(showError);
};

/** Runs one button's work: progress shown only while it runs, buttons disabled, errors in the pane. */
function show(render: () => HTMLElement | string): void {
  shown = render;
  failure = undefined;
  const view = render();
  byId('results').replaceChildren(typeof view === 'string' ? el('p', { role: 'status' }, view) : view);
}

async function act(work: () => Promise<() => HTMLElement | string>): Promise<void> {
  if (busy) return;
  if (!host) return showError(new AppError({ kind: 'stillStarting' }));
  busy = true;
  byId('error').hidden = true;
  byId<HTMLProgressElement>('progress-bar').value = 0;
  byId('progress-text').textContent = t().working;
  byId('progress').hidden = false;
  for (const id of BUTTONS) byId<HTMLButtonElement>(id).disabled = true;
  try {
    show(await work());
  } catch (error) {
    showError(error);
  } finally {
    busy = false;
    byId('progress').hidden = true;
    for (const id of BUTTONS) byId<HTMLButtonElement>(id).disabled = false;
  }
}

async function fillSheetChoices(): Promise<void> {
  const names = await host.sheetNames();
  const chosen = byId<HTMLSelectElement>('sheet').value;
  byId('sheet').replaceChildren(el('option', { value: '', 'data-text': 'autoSheet' }, t().autoSheet), ...names.map((name) => el('option', { value: name, selected: name === chosen, 'data-value': true }, name)));
}

/** The settings in the workbook, as the settings panel saves them; the organization also per user. */
async function storeSettings(chosen: Settings): Promise<void> {
  await host.saveSettings(chosen);
  savePreferences({ ...loadPreferences(host.partitionKey), organization: chosen.organization }, host.partitionKey);
}

/** One button's work: the shared action, then its result with the lines to tell beside it. */
async function perform(kind: ActionKind): Promise<() => HTMLElement | string> {
  const result = await runAction(kind, host, currentOptions());
  if (result.kind === 'plan' || result.kind === 'replan' || result.kind === 'notice') await fillSheetChoices();
  return () => {
    if (result.kind === 'clear' || result.kind === 'validate' || result.kind === 'notice' || result.kind === 'forecast') return actionSummary(result, locale);
    const view = result.kind === 'check' ? renderCheck(result.result, locale, select) : renderPlan(result.outcome, locale, select);
    const notes = [...actionNotes(result, locale), ...(host.notes?.(locale) ?? [])];
    if (result.kind === 'check' && result.note) notes.unshift(t().nothingFlagged(result.result.checked.length));
    view.prepend(...notes.map((note) => el('p', { role: 'status', class: 'note' }, ...withValues(note, [...noteValues(result), ...quotedValues(note)]))), renderColumnMap(result.kind === 'check' ? result.result.roster : result.outcome.check.roster, locale));
    return view;
  };
}

const button = (kind: ActionKind) => () => {
  noticeForm.close();
  return act(() => perform(kind));
};

/** Puts the form's answers where the settings panel reads them. */
function fillNoticeFields(values: Partial<Record<NoticeFormField, string>>): void {
  for (const [field, value] of Object.entries(values)) {
    const input = document.getElementById(field === 'organization' ? 'organization' : `setting-${field}`) as HTMLInputElement | null;
    if (input) input.value = value;
  }
}

/** 生成方案: while the notice lacks a field of its own, the short form first, then the plan. */
async function planClicked(): Promise<void> {
  if (busy || !host) return button('plan')();
  let chosen: Settings | undefined;
  try {
    chosen = currentOptions().settings;
  } catch {
    // The plan's own run reports what is wrong.
  }
  if (chosen && noticeForm.needed(chosen)) {
    shown = undefined;
    failure = undefined;
    byId('error').hidden = true;
    byId('results').replaceChildren();
    const answer = await noticeForm.ask(chosen, locale, byId<HTMLInputElement>('as-of').value.trim());
    if (answer.kind === 'cancel') return;
    if (answer.kind === 'save') {
      fillNoticeFields(answer.values);
      return act(async () => {
        await storeSettings(currentOptions().settings);
        return perform('plan');
      });
    }
  }
  return act(() => perform('plan'));
}

function wire(): void {
  byId('check').addEventListener('click', button('check'));
  byId('plan').addEventListener('click', planClicked);
  byId('validate').addEventListener('click', button('validate'));
  byId('notice').addEventListener('click', button('notice'));
  byId('replan').addEventListener('click', button('replan'));
  byId('forecast').addEventListener('click', button('forecast'));
  byId('clear').addEventListener('click', button('clear'));
  byId('save-settings').addEventListener('click', () => act(async () => {
    noticeForm.close();
    await storeSettings(currentOptions().settings);
    return () => t().settingsSaved;
  }));
  byId('language').addEventListener('click', () => {
    locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
    savePreferences({ ...loadPreferences(host?.partitionKey), locale }, host?.partitionKey);
    applyLocale();
    if (shown) show(shown);
    else if (failure !== undefined) showError(failure);
    if (host instanceof DemoHost) renderPreview(byId('preview'), host.workbook, locale, byId('preview').querySelector<HTMLElement>('[role=tabpanel]')?.getAttribute('aria-label') ?? undefined);
  });
}

async function start(): Promise<void> {
  // Wired before the first Excel request, so a failure while starting never leaves the buttons dead.
  noticeForm = new NoticeForm(byId('notice-form'));
  wire();
  try {
    const office = await officeReady();
    const preview = byId('preview');
    const wps = wpsApplication();
    if (isInOffice(office.host)) {
      host = new ExcelHost(office.partitionKey);
    } else if (wps) {
      host = new WpsPaneHost(wps);
    } else {
      let demo: DemoHost | undefined;
      demo = await DemoHost.load((sheet, row) => renderPreview(preview, demo!.workbook, locale, sheet, row));
      host = demo;
      byId('demo-note').hidden = false;
      preview.hidden = false;
    }
    const preferences = loadPreferences(host.partitionKey);
    const language = office.displayLanguage ?? navigator.language;
    locale = preferences.locale ?? (language?.toLowerCase().startsWith('en') && office.host ? 'en-US' : 'zh-CN');
    const stored = await host.loadSettings();
    try {
      settings = resolveSettings(stored ?? undefined);
    } catch (error) {
      showError(error);
    }
    byId<HTMLInputElement>('organization').value = settings.organization || preferences.organization || '';
    byId<HTMLInputElement>('as-of').value = todayInChina();
    applyLocale();
    await fillSheetChoices();
    if (host instanceof DemoHost) renderPreview(preview, host.workbook, locale);
    byId('app').setAttribute('data-ready', host.kind);
    runFromHash();
  } catch (error) {
    showError(error);
  }
}

/** The ribbon's buttons open the pane at #check, #plan or #clear: that button's action runs. */
function runFromHash(): void {
  const kind = location.hash.slice(1);
  if (kind === 'check' || kind === 'plan' || kind === 'clear') {
    history.replaceState(null, '', location.pathname + location.search);
    button(kind)();
  }
}

window.addEventListener('hashchange', () => {
  if (host) runFromHash();
});

start();
