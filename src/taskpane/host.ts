/**
 * The edge around @microsoft/office-js-helpers, an archived package: host detection and per-user
 * preference storage go through here and nowhere else, so it can be replaced in one place.
 * Preferences are per user and per Office partition (Office.context.partitionKey), as Office asks of
 * add-ins that keep data in localStorage; settings that travel with a workbook do not belong here.
 */
import { Storage, StorageType, Utilities } from '@microsoft/office-js-helpers/dist/office.helpers.min.js';
import { EtApplication } from '../workbook/wps/et';
import { isEtApplication } from '../workbook/wps/wpsHost';

export interface Preferences {
  locale?: 'zh-CN' | 'en-US';
  organization?: string;
}

/** Whether the page runs inside an Office host (as opposed to a plain browser, the preview). */
export function isInOffice(onReadyHost: unknown): boolean {
  try {
    return Boolean(onReadyHost) && Utilities.isAddin;
  } catch {
    return Boolean(onReadyHost);
  }
}

/** WPS's Application where the page runs in a WPS add-in (WPS gives its pages `window.Application`), else undefined. */
export function wpsApplication(scope: unknown = typeof window === 'undefined' ? undefined : window): EtApplication | undefined {
  const app = (scope as { Application?: unknown } | undefined)?.Application;
  return isEtApplication(app) ? app : undefined;
}

let store: Storage<Preferences> | undefined;

function preferenceStore(partitionKey: string | undefined): Storage<Preferences> {
  if (!store) {
    const container = `rotation-planner${partitionKey ? `.${partitionKey}` : ''}`;
    try {
      store = new Storage<Preferences>(container, StorageType.LocalStorage);
    } catch {
      store = new Storage<Preferences>(container, StorageType.InMemoryStorage);
    }
  }
  return store;
}

export function loadPreferences(partitionKey?: string): Preferences {
  try {
    const store = preferenceStore(partitionKey);
    return (store.has('preferences') ? store.get('preferences') : undefined) ?? {};
  } catch {
    return {};
  }
}

export function savePreferences(preferences: Preferences, partitionKey?: string): void {
  try {
    preferenceStore(partitionKey).set('preferences', preferences);
  } catch {
    // Storage can be blocked (private windows, policies); preferences are a convenience only.
  }
}
