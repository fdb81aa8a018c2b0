/**
 * Why a cadre who would rotate is put on hold (暂缓): near retirement, or away or on hold by the remarks.
 */
import { IsoDate, addYears, formatMonthCn } from '../dates';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { firstContained } from '../text';

/** The retirement age that applies to a cadre, or undefined when the gender is unknown. */
export function retirementAge(cadre: Cadre, settings: Settings): number | undefined {
  if (cadre.gender === 'male') return settings.retirementAgeMale;
  if (cadre.gender === 'female') return settings.retirementAgeFemale;
  return undefined;
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
  const word = firstContained(cadre.remarks, settings.exemptRemarkWords);
  if (word) reasons.push(`备注注明"${word}"`);
  return reasons;
}
