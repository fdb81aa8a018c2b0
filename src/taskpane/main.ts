/**
 * The task pane: wires the controls to the use cases on whichever host the page runs in, Excel or the
 * in-browser demo, and shows progress, results and errors in the pane.
 */
import { todayInChina } from '../app/clock';
import { runCheck } from '../app/runCheck';
import { runPlan } from '../app/runPlan';
import { isIsoDate } from '../core/dates';
import { DEFAULT_SETTINGS, Settings, SettingsError, resolveSettings } from '../core/settings';
import { AppError } from '../workbook/port';
import { DemoHost } from './demoHost';
import { byId, el, nextFrame } from './dom';
import { ExcelHost } from './excelHost';
import { officeReady } from '../workbook/office/officeHost';
import { isInOffice, loadPreferences, savePreferences } from './host';
import { renderPreview } from './preview';
import { renderCheck, renderPlan } from './results';
import { readSettingsForm, renderSettingsForm } from './settingsForm';
import { Locale, STRINGS } from './strings';
import { TaskpaneHost } from './taskpaneHost';

let host: TaskpaneHost;
let locale: Locale = 'zh-CN';
let settings: Settings = { ...DEFAULT_SETTINGS };
let busy = false;

const t = () => STRINGS[locale];

function applyLocale(): void {
  document.documentElement.lang = locale;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-text]'))) {
    const value = (t() as unknown as Record<string, unknown>)[node.dataset.text as string];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const [id, tip] of [['check', t().checkTip], ['plan', t().planTip], ['clear', t().clearTip]] as const) byId(id).title = tip;
  byId<HTMLInputElement>('organization').placeholder = t().organizationHint;
  renderSettingsForm(byId('settings-fields'), settings, locale);
}

function showError(error: unknown): void {
  const message = error instanceof AppError || error instanceof SettingsError ? error.message : `${(error as Error)?.message ?? error}`;
  if (!(error instanceof AppError) && !(error instanceof SettingsError)) console.error(error);
  byId('error').replaceChildren(el('strong', {}, t().errorTitle), ' ', message);
  byId('error').hidden = false;
}

async function progress(step: string, done: number): Promise<void> {
  const bar = byId<HTMLProgressElement>('progress-bar');
  bar.value = done;
  byId('progress-text').textContent = t().steps[step] ?? t().working;
  await nextFrame();
}

function currentOptions() {
  const asOf = byId<HTMLInputElement>('as-of').value;
  if (!isIsoDate(asOf)) throw new AppError(locale === 'zh-CN' ? `方案日期"${asOf}"无效` : `The plan date "${asOf}" is not valid`);
  settings = readSettingsForm(byId('settings-fields'), byId<HTMLInputElement>('organization').value.trim());
  const sheet = byId<HTMLSelectElement>('sheet').value;
  return { asOf, settings, sheetName: sheet || undefined, onProgress: progress };
}

const select = (sheet: string, row?: number) => {
  host.selectRow(sheet, row).catch(showError);
};

/** Runs one button's work: progress shown, buttons disabled, errors in the pane. */
async function act(work: () => Promise<HTMLElement | string>): Promise<void> {
  if (busy) return;
  if (!host) return showError(new AppError(locale === 'zh-CN' ? '加载项仍在启动,请稍候再点击。' : 'The add-in is still starting; please try again in a moment.'));
  busy = true;
  byId('error').hidden = true;
  byId('progress').hidden = false;
  for (const id of ['check', 'plan', 'clear']) byId<HTMLButtonElement>(id).disabled = true;
  try {
    const shown = await work();
    byId('results').replaceChildren(typeof shown === 'string' ? el('p', { role: 'status' }, shown) : shown);
  } catch (error) {
    showError(error);
  } finally {
    busy = false;
    byId('progress').hidden = true;
    for (const id of ['check', 'plan', 'clear']) byId<HTMLButtonElement>(id).disabled = false;
  }
}

async function fillSheetChoices(): Promise<void> {
  const names = await host.sheetNames();
  const chosen = byId<HTMLSelectElement>('sheet').value;
  byId('sheet').replaceChildren(el('option', { value: '', 'data-text': 'autoSheet' }, t().autoSheet), ...names.map((name) => el('option', { value: name, selected: name === chosen }, name)));
}

function wire(): void {
  byId('check').addEventListener('click', () => act(async () => {
    const { result, note, written } = await host.run((port) => runCheck(port, currentOptions()));
    const shown = renderCheck(result, locale, select);
    for (const line of [note, ...(written.notes ?? [])]) if (line) shown.prepend(el('p', { role: 'status', class: 'note' }, line));
    return shown;
  }));
  byId('plan').addEventListener('click', () => act(async () => {
    const outcome = await host.run((port) => runPlan(port, currentOptions()));
    await fillSheetChoices();
    const shown = renderPlan(outcome, locale, select);
    for (const line of outcome.written.notes ?? []) shown.prepend(el('p', { role: 'status', class: 'note' }, line));
    return shown;
  }));
  byId('clear').addEventListener('click', () => act(async () => {
    await progress('write', 0.5);
    const rows = await host.run((port) => port.clearHighlights());
    return rows > 0 ? t().cleared(rows) : t().nothingToClear;
  }));
  byId('save-settings').addEventListener('click', () => act(async () => {
    const { settings: chosen } = currentOptions();
    await host.saveSettings(chosen);
    savePreferences({ ...loadPreferences(host.partitionKey), organization: chosen.organization }, host.partitionKey);
    return t().settingsSaved;
  }));
  byId('language').addEventListener('click', () => {
    locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
    savePreferences({ ...loadPreferences(host?.partitionKey), locale }, host?.partitionKey);
    applyLocale();
  });
}

async function start(): Promise<void> {
  // Wired before the first Excel request, so a failure while starting never leaves the buttons dead.
  wire();
  try {
    const office = await officeReady();
    const preview = byId('preview');
    if (isInOffice(office.host)) {
      host = new ExcelHost(office.partitionKey);
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
  } catch (error) {
    showError(error);
  }
}

start();
