/**
 * The ribbon's function file. 一键检查, 生成方案, 校验方案, 更新公示, 重新编排 and 清除标记 run here, without the pane, on the same
 * actions as the pane's buttons; the outcome is shown in a small Office dialog. Opened with ?message=,
 * the same page is that dialog.
 */
import { ExcelHost } from '../taskpane/excelHost';
import { loadPreferences } from '../taskpane/host';
import { Locale, STRINGS } from '../taskpane/strings';
import { officeReady } from '../workbook/office/officeHost';
import { COMMANDS, runRibbonCommand } from './ribbonCommand';

/** Opens this page as a dialog with the message; resolves when the user closes it, or at once without Dialog API. */
function showInDialog(message: string, locale: Locale): Promise<void> {
  return new Promise((resolve) => {
    const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
    if (!ui || typeof ui.displayDialogAsync !== 'function') {
      resolve();
      return;
    }
    const url = `${location.href.split('?')[0]}?lang=${locale}&message=${encodeURIComponent(message)}`;
    ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = opened.value;
      const close = () => {
        try {
          dialog.close();
        } finally {
          resolve();
        }
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** The dialog: the message and an OK button that tells the function file to close it. */
function showDialogPage(params: URLSearchParams): void {
  const locale: Locale = params.get('lang') === 'en-US' ? 'en-US' : 'zh-CN';
  document.documentElement.lang = locale;
  const text = document.createElement('p');
  text.id = 'message';
  text.textContent = params.get('message') ?? '';
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.className = 'primary';
  ok.textContent = STRINGS[locale].ok;
  ok.addEventListener('click', () => Office.context.ui.messageParent('close'));
  const main = document.createElement('main');
  main.append(text, ok);
  document.body.append(main);
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const office = await officeReady();
  if (params.has('message')) {
    showDialogPage(params);
    return;
  }
  const preferences = loadPreferences(office.partitionKey);
  const language = office.displayLanguage ?? navigator.language;
  const locale: Locale = preferences.locale ?? (language?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN');
  const context = { host: new ExcelHost(office.partitionKey), locale, organization: preferences.organization, show: (message: string) => showInDialog(message, locale) };
  for (const [name, kind] of Object.entries(COMMANDS)) {
    const handler = (event: Office.AddinCommands.Event) => runRibbonCommand(kind, context, event);
    // Office.actions.associate where office.js has it; the global name for hosts that look functions up on window.
    (window as unknown as Record<string, unknown>)[name] = handler;
    if (typeof Office !== 'undefined' && Office.actions?.associate) Office.actions.associate(name, handler);
  }
}

start();
