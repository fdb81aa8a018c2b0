/**
 * When the notice runs.
 */
import { IsoDate } from '../dates';
import { Settings } from '../settings';
import { WorkingPeriod, firstWorkingDay, workingPeriod } from './calendar';

/**
 * The publicity period: the set number of working days (never under 5, see resolveSettings) from the
 * first working day on or after `start`, which defaults to the plan date.
 */
export function publicityPeriod(asOf: IsoDate, settings: Settings, start?: IsoDate): WorkingPeriod {
  return workingPeriod(firstWorkingDay(start ?? asOf), settings.publicityWorkingDays);
}
