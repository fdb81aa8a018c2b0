/**
 * A cadre's status on the plan date, with the reasons in words staff would write.
 */
import { IsoDate, addYears, ageOn, elapsed, formatMonthCn, formatSpanCn } from '../dates';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { exemptionReasons } from './exemption';
import { KeyPost, KeyPostColumns, keyPostOf } from './keyPost';
import { Status } from './status';
import { tenureFindings } from './tenure';

export interface Classification {
  status: Status;
  /** Why: empty for ok, otherwise the reasons for the status (for exempt: why due, then why on hold). */
  reasons: string[];
  /** For exempt: the status the cadre would have had. */
  heldFrom?: Exclude<Status, 'exempt' | 'ok'>;
  keyPost: KeyPost;
}

function suggestedReason(cadre: Cadre, settings: Settings, asOf: IsoDate): string | undefined {
  if (!cadre.birth || !cadre.postStart) return undefined;
  const young = addYears(cadre.birth.date, settings.suggestedMaxAge) > asOf;
  const settled = addYears(cadre.postStart.date, settings.suggestedMinYears) <= asOf;
  if (!young || !settled) return undefined;
  const held = formatSpanCn(elapsed(cadre.postStart.date, asOf));
  return `${ageOn(cadre.birth.date, asOf)}岁(未满${settings.suggestedMaxAge}岁),任现职满${settings.suggestedMinYears}年(${formatMonthCn(cadre.postStart.date)}起,已${held})`;
}

/**
 * The first of due, due soon and suggested that applies; exempt when one applies but the cadre is near
 * retirement or on hold; ok otherwise. Pure: the same cadre, settings and date give the same answer.
 */
export function classify(cadre: Cadre, settings: Settings, asOf: IsoDate, columns: KeyPostColumns): Classification {
  const keyPost = keyPostOf(cadre, settings, columns);
  const tenure = tenureFindings(cadre, keyPost, settings, asOf);
  let status: Exclude<Status, 'exempt' | 'ok'> | undefined;
  let reasons: string[] = [];
  if (tenure.due.length > 0) {
    status = 'due';
    reasons = tenure.due.map((finding) => finding.reason);
  } else if (tenure.soon.length > 0) {
    status = 'warning';
    reasons = tenure.soon.map((finding) => finding.reason);
  } else {
    const suggested = suggestedReason(cadre, settings, asOf);
    if (suggested) {
      status = 'suggested';
      reasons = [suggested];
    }
  }
  if (!status) return { status: 'ok', reasons: [], keyPost };
  const holds = exemptionReasons(cadre, settings, asOf);
  if (holds.length > 0) return { status: 'exempt', reasons: [...reasons, ...holds.map((hold) => `暂缓:${hold}`)], heldFrom: status, keyPost };
  return { status, reasons, keyPost };
}
