/**
 * The statuses a cadre can have, in the order the rules try them.
 */

export type Status = 'due' | 'warning' | 'suggested' | 'exempt' | 'ok';

export const STATUSES: readonly Status[] = ['due', 'warning', 'suggested', 'exempt', 'ok'];

/** The statuses that mark a row, in the order lists show them. */
export const FLAGGED_STATUSES: readonly Exclude<Status, 'ok'>[] = ['due', 'warning', 'suggested', 'exempt'];

/** The status names staff use. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  due: '应轮岗',
  warning: '即将到期',
  suggested: '建议轮岗',
  exempt: '暂缓',
  ok: '正常',
};

/** The same in English, as the pane's English shows them. */
export const STATUS_LABELS_EN: Readonly<Record<Status, string>> = {
  due: 'Due', warning: 'Due soon', suggested: 'Suggested', exempt: 'On hold', ok: 'OK',
};

/** Row fills of the highlighted roster, one per flagged status (ARGB without alpha). */
export const STATUS_FILLS: Readonly<Record<Exclude<Status, 'ok'>, string>> = {
  due: 'F8CBAD',
  warning: 'FFE699',
  suggested: 'BDD7EE',
  exempt: 'D9D9D9',
};
