/**
 * Why a cadre who would rotate is put on hold (暂缓): near retirement, or away or on hold by the remarks.
 */
import { IsoDate, addMonths, addYears, formatDayCn, formatMonthCn } from '../dates';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { Posting, postingOf } from './posting';

/** The retirement age that applies to a cadre, or undefined when the gender is unknown. */
export function retirementAge(cadre: Cadre, settings: Settings): number | undefined {
  if (cadre.gender === 'male') return settings.retirementAgeMale;
  if (cadre.gender === 'female') return settings.retirementAgeFemale;
  return undefined;
}

/**
 * What a posting's dates say of the hold on `asOf`: '(至2026年8月31日)', '(2026年8月31日期满,挂职即将期满)',
 * '(未注明期满时间)'; undefined once it has ended, when the cadre is checked as anyone else.
 */
function postingHold(posting: Posting, settings: Settings, asOf: IsoDate): string | undefined {
  if (!posting.until) return '(未注明期满时间)';
  if (posting.until < asOf) return undefined;
  if (posting.until <= addMonths(asOf, settings.warningMonths)) return `(${formatDayCn(posting.until)}期满,${posting.word}即将期满)`;
  return `(至${formatDayCn(posting.until)})`;
}

/** The hold words of the settings that the remarks contain, in the settings' order. */
const holdWords = (cadre: Cadre, settings: Settings): string[] =>
  settings.exemptRemarkWords.filter((word) => word.length > 0 && cadre.remarks.includes(word));

/** The last day of the hold the remarks put on a cadre, when a dated posting is the only hold they name. */
export function remarkHoldEnds(cadre: Cadre, settings: Settings): IsoDate | undefined {
  const posting = postingOf(cadre.remarks);
  const holds = holdWords(cadre, settings);
  if (!posting?.until || holds.length === 0) return undefined;
  return holds.every((word) => word.includes(posting.word)) ? posting.until : undefined;
}

/**
 * The reasons a cadre is exempt on `asOf`, empty when none applies:
 * on or after the birthday N years before retirement age, or a hold word in 备注 (借调, 病休 …).
 */
export function exemptionReasons(cadre: Cadre, settings: Settings, asOf: IsoDate): string[] {
  const reasons: string[] = [];
  const age = retirementAge(cadre, settings);
  if (cadre.birth && age !== undefined) {
    const holdFrom = addYears(cadre.birth.date, age - settings.exemptYearsBeforeRetirement);
    if (holdFrom <= asOf) {
      const gender = cadre.gender === 'male' ? '男' : '女';
      reasons.push(
        `距退休年龄不足${settings.exemptYearsBeforeRetirement}年(${formatMonthCn(cadre.birth.date)}出生,${gender},${age}岁退休)`,
      );
    }
  }
  const holds = holdWords(cadre, settings);
  if (holds.length === 0) return reasons;
  const posting = postingOf(cadre.remarks);
  const other = posting ? holds.find((word) => !word.includes(posting.word)) : holds[0];
  if (other !== undefined) {
    reasons.push(`备注注明"${other}"`);
  } else {
    const hold = postingHold(posting as Posting, settings, asOf);
    if (hold) reasons.push(`备注注明"${holds[0]}"${hold}`);
  }
  return reasons;
}
