/**
 * Where the key-post clock starts. The source rule reads "在同一岗位上连续任正副职满五年": time as 副职
 * and then 正职 in the same key post counts together. With `keyPostClock: 'leadership'` the clock
 * starts at continuous 正副职 service in the unit: the roster's 任本单位正副职时间 where it has one, else,
 * for a 正职 whose history shows them 副职 in the same unit (财务科副科长(2016.03-2021.03)) or whose post
 * or remarks write the step (由副科长提任, 副科长→科长), the earlier
 * of 任现职时间 and 进入本单位时间. Otherwise, and by default, at the current post (任现职时间).
 */
import { RosterDate } from '../dates';
import { leaderLevel } from '../plan/rankKey';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';

/** How the clock was set: the current post, the leadership column, or a 副→正 step in the unit. */
export type ClockBasis = 'post' | 'leadershipColumn' | 'promotion';

export interface KeyPostClockStart {
  start?: RosterDate;
  basis: ClockBasis;
}

const earlier = (a: RosterDate, b: RosterDate | undefined): RosterDate => (b && b.date < a.date ? b : a);

/** A 副→正 step written in the post or the remarks: '副科长→科长', '由副科长提任', '副主任晋升'. */
const STEP = /副[^,,;;。]{0,8}?(→|->|提任|晋升|升任|任正职)/u;

/** A 正职 now who was 副职 in the same unit before, by the history column, or a step in the post or remarks. */
function steppedUp(cadre: Cadre): boolean {
  if (leaderLevel(cadre.rank, cadre.post) !== 'chief' || !cadre.unit) return false;
  if (STEP.test(`${cadre.post} ${cadre.remarks}`)) return true;
  return cadre.history.some((past) => past.unit.startsWith(cadre.unit) && past.unit.slice(cadre.unit.length).includes('副'));
}

/** The day the key-post clock starts for a cadre, and on what basis. */
export function keyPostClockStart(cadre: Cadre, settings: Settings): KeyPostClockStart {
  const post = { start: cadre.postStart, basis: 'post' as const };
  if (settings.keyPostClock !== 'leadership') return post;
  if (cadre.leadershipStart) return { start: cadre.postStart ? earlier(cadre.leadershipStart, cadre.postStart) : cadre.leadershipStart, basis: 'leadershipColumn' };
  if (cadre.postStart && cadre.unitStart && cadre.unitStart.date < cadre.postStart.date && steppedUp(cadre)) {
    return { start: cadre.unitStart, basis: 'promotion' };
  }
  return post;
}
