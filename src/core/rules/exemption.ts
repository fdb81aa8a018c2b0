/**
 * Why a cadre who would rotate is put on hold (暂缓): near retirement, or away or on hold by the remarks.
 */
import { IsoDate, addYears } from '../dates';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { firstContained } from '../text';
import { Reason } from './reasonWords';

/** The retirement age that applies to a cadre, or undefined when the gender is unknown. */
export function retirementAge(cadre: Cadre, settings: Settings): number | undefined {
  if (cadre.gender === 'male') return settings.retirementAgeMale;
  if (cadre.gender === 'female') return settings.retirementAgeFemale;
  return undefined;
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
  const word = firstContained(cadre.remarks, settings.exemptRemarkWords);
  if (word) reasons.push({ kind: 'remark', word });
  return reasons;
}
