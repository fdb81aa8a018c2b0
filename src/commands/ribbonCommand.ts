/**
 * One ribbon command: run the pane's action without the pane, tell the user what came of it (or what
 * went wrong) where the host allows, and always tell Office the command is done.
 */
import { todayInChina } from '../app/clock';
import { resolveSettings } from '../core/settings';
import { ActionKind, actionSummary, errorText, runAction } from '../taskpane/actions';
import { Locale, STRINGS } from '../taskpane/strings';
import { TaskpaneHost } from '../taskpane/taskpaneHost';

/** The function names manifest.xml gives the buttons (<FunctionName>), and the action each runs. */
export const COMMANDS: Readonly<Record<string, ActionKind>> = {
  rotationCheck: 'check', rotationPlan: 'plan', rotationValidate: 'validate', rotationNotice: 'notice', rotationReplan: 'replan', rotationClear: 'clear',
};

/** What a command needs of where it runs. */
export interface CommandContext {
  host: TaskpaneHost;
  locale: Locale;
  /** The organization the user typed in the pane, kept per user, for a workbook whose settings lack it. */
  organization?: string;
  /** Shows one message to the user; resolves when it is dismissed or cannot be shown. */
  show(message: string): Promise<void>;
}

/** The error in the user's words, as the pane would show it. */
export function errorMessage(error: unknown, locale: Locale): string {
  return `${STRINGS[locale].errorTitle}${locale === 'zh-CN' ? ':' : ': '}${errorText(error, locale)}`;
}

/** Runs one action with the workbook's own settings on today's date, and the message to show for it. */
export async function commandMessage(kind: ActionKind, context: Omit<CommandContext, 'show'>): Promise<string> {
  try {
    const stored = (await context.host.loadSettings()) as Record<string, unknown> | undefined;
    const settings = resolveSettings(stored ?? undefined);
    if (!settings.organization && context.organization) settings.organization = context.organization;
    const result = await runAction(kind, context.host, { asOf: todayInChina(), settings });
    return actionSummary(result, context.locale);
  } catch (error) {
    return errorMessage(error, context.locale);
  }
}

/** The handler Office calls for a button: the action, its message, then `event.completed()`, whatever happens. */
export async function runRibbonCommand(kind: ActionKind, context: CommandContext, event: { completed(): void }): Promise<void> {
  try {
    await context.show(await commandMessage(kind, context));
  } catch {
    // Nothing more can be shown; the command still ends.
  } finally {
    event.completed();
  }
}
