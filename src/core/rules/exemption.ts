/**
 * Why a cadre who would rotate is put on hold (暂缓): near retirement, or away or on hold by the remarks.
 */
import { IsoDate, addMonths, addYears } from '../dates';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { Posting, postingOf } from './posting';
import { PostingHold, Reason } from './reasonWords';

/** The retirement age that applies to a cadre, or undefined when the gender is unknown. */
export function retirementAge(cadre: Cadre, settings: Settings): number | undefined {
  if (cadre.gender === 'male') return settings.retirementAgeMale;
  if (cadre.gender === 'female') return settings.retirementAgeFemale;
  return undefined;
}

/**
 * What a posting's dates say of the hold on `asOf`: until when, ending within the warning window, or no
 * end recorded; undefined once it has ended, when the cadre is checked as anyone else.
 */
function postingHold(posting: Posting, settings: Settings, asOf: IsoDate): PostingHold | undefined {
  if (!posting.until) return { word: posting.word };
  if (posting.until < asOf) return undefined;
  return { word: posting.word, until: posting.until, endingSoon: posting.until <= addMonths(asOf, settings.warningMonths) };
}

/** The hold words of the settings that the remarks contain, in the settings' order (resolveSettings refuses an empty word). */
const holdWords = (cadre: Cadre, settings: Settings): string[] => settings.exemptRemarkWords.filter((word) => cadre.remarks.includes(word));

/** The last day of the hold the remarks put on a cadre, when a dated posting is the only hold they name. */
export function remarkHoldEnds(cadre: Cadre, settings: Settings): IsoDate | undefined {
  const posting = postingOf(cadre.remarks);
  const holds = holdWords(cadre, settings);
  if (!posting?.until || holds.length === 0) return undefined;
  return holds.every((word) => word.includes(posting.word)) ? posting.until : undefined;
}

/**
 * The reasons (as data, see reasonWords) a cadre is exempt on `asOf`, empty when none applies:
 * on or after the birthday N years before retirement age, or a hold word in 备注 (借调, 病休 …).
 */
export function exemptionReasons(cadre: Cadre, settings: Settings, asOf: IsoDate): Reason[] {
  const reasons: Reason[] = [];
  const age = retirementAge(cadre, settings);
  if (cadre.birth && cadre.gender && age !== undefined) {
    const holdFrom = addYears(cadre.birth.date, age - settings.exemptYearsBeforeRetirement);
    if (holdFrom <= asOf) {
      reasons.push({ kind: 'nearRetirement', years: settings.exemptYearsBeforeRetirement, birth: cadre.birth.date, gender: cadre.gender, retirementAge: age });
    }
  }
  const holds = holdWords(cadre, settings);
  if (holds.length === 0) return reasons;
  const posting = postingOf(cadre.remarks);
  const other = posting ? holds.find((word) => !word.includes(posting.word)) : holds[0];
  if (other !== undefined) {
    reasons.push({ kind: 'remark', word: other });
  } else {
    const hold = postingHold(posting as Posting, settings, asOf);
    if (hold) reasons.push({ kind: 'remark', word: holds[0], posting: hold });
  }
  return reasons;
}
