/**
 * A cadre's status on the plan date, with the reasons in words staff would write.
 */
import { IsoDate, addYears, ageOn, elapsed } from '../dates';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { exemptionReasons } from './exemption';
import { KeyPost, KeyPostColumns, keyPostOf } from './keyPost';
import { Reason, ReasonDetail, reasonText } from './reasonWords';
import { Status } from './status';
import { tenureFindings } from './tenure';

export interface Classification {
  status: Status;
  /** Why: empty for ok, otherwise the reasons for the status (for exempt: why due, then why on hold). */
  reasons: string[];
  /** The same reasons as data, for words in another language (`reasonsIn`). */
  details: ReasonDetail[];
  /** For exempt: the status the cadre would have had. */
  heldFrom?: Exclude<Status, 'exempt' | 'ok'>;
  keyPost: KeyPost;
}

function suggestedReason(cadre: Cadre, settings: Settings, asOf: IsoDate): Reason | undefined {
  if (!cadre.birth || !cadre.postStart) return undefined;
  const young = addYears(cadre.birth.date, settings.suggestedMaxAge) > asOf;
  const settled = addYears(cadre.postStart.date, settings.suggestedMinYears) <= asOf;
  if (!young || !settled) return undefined;
  return {
    kind: 'suggested', age: ageOn(cadre.birth.date, asOf), maxAge: settings.suggestedMaxAge, minYears: settings.suggestedMinYears,
    start: cadre.postStart.date, held: elapsed(cadre.postStart.date, asOf),
  };
}

const withText = (details: ReasonDetail[]): { reasons: string[]; details: ReasonDetail[] } =>
  ({ reasons: details.map(({ reason, onHold }) => reasonText(reason, 'zh-CN', onHold)), details });

/**
 * The first of due, due soon and suggested that applies; exempt when one applies but the cadre is near
 * retirement or on hold; ok otherwise. Pure: the same cadre, settings and date give the same answer.
 */
export function classify(cadre: Cadre, settings: Settings, asOf: IsoDate, columns: KeyPostColumns): Classification {
  const keyPost = keyPostOf(cadre, settings, columns);
  const tenure = tenureFindings(cadre, keyPost, settings, asOf);
  let status: Exclude<Status, 'exempt' | 'ok'> | undefined;
  let found: Reason[] = [];
  if (tenure.due.length > 0) {
    status = 'due';
    found = tenure.due.map((finding) => finding.detail);
  } else if (tenure.soon.length > 0) {
    status = 'warning';
    found = tenure.soon.map((finding) => finding.detail);
  } else {
    const suggested = suggestedReason(cadre, settings, asOf);
    if (suggested) {
      status = 'suggested';
      found = [suggested];
    }
  }
  if (!status) return { status: 'ok', reasons: [], details: [], keyPost };
  const details = found.map((reason) => ({ reason, onHold: false }));
  const holds = exemptionReasons(cadre, settings, asOf);
  if (holds.length > 0) {
    return { status: 'exempt', ...withText([...details, ...holds.map((reason) => ({ reason, onHold: true }))]), heldFrom: status, keyPost };
  }
  return { status, ...withText(details), keyPost };
}
