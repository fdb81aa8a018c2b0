/**
 * The words of the plan: why a mover could not be placed, and what to note about a placed one.
 */
import { Settings } from '../settings';
import { Barrier, MoverBarriers, meetsWish } from './constraints';
import { Mover, Slot } from './planTypes';

const BARRIER_WORDS: Record<Exclude<Barrier, 'own'>, (settings: Settings) => string> = {
  relative: () => '有亲属回避',
  history: (settings) => `为近${settings.noReturnYears}年内曾任职单位`,
};

/**
 * Why a mover was left unplaced, given the posts of their rank: none outside their own unit, every one
 * closed by avoidance or history ('本单位外的同职级岗位均有亲属回避'), or all taken by other movers.
 */
export function explainUnplaced(barriers: MoverBarriers, sameRank: readonly Slot[], settings: Settings): string {
  const outside = sameRank.filter((slot) => barriers.units.get(slot.unit) !== 'own');
  if (outside.length === 0) return '本单位外无同职级空出岗位';
  const blocked = new Set<Exclude<Barrier, 'own'>>();
  let open = 0;
  for (const slot of outside) {
    const barrier = barriers.units.get(slot.unit);
    // Stryker disable next-line AssignmentOperator: only open === 0 is asked, and counting down from 0 never comes back to 0
    if (barrier === undefined) open += 1;
    else blocked.add(barrier as Exclude<Barrier, 'own'>); // the slots outside are in no unit of the mover's own
  }
  if (open === 0) return `本单位外的同职级岗位均${[...blocked].map((barrier) => BARRIER_WORDS[barrier](settings)).join('或')}`;
  return '可去的同职级岗位均未空出(原任者未能交流)或已安排给其他交流人员';
}

/** 安排说明 for a placed mover: whom they replace, a met wish, a move out of key work. */
export function notesFor(mover: Mover, slot: Slot): string[] {
  const notes: string[] = [];
  if (slot.freedBy) notes.push(`接替${slot.freedBy.name}(${slot.freedBy.unit}${slot.freedBy.post})`);
  else if (slot.vacancyRow !== undefined) notes.push(`填补空缺岗位(空缺表第${slot.vacancyRow}行)`);
  if (meetsWish(mover, slot)) notes.push('符合本人意向');
  if (mover.keyPost && !slot.key) notes.push('由重点岗位交流到一般岗位');
  if (mover.keyPost && slot.key) notes.push('仍在重点岗位,宜加强监督');
  return notes;
}
