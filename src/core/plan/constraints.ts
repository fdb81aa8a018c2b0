/**
 * The hard rules and soft preferences of a move, as a price: FORBIDDEN for a move the rules do not
 * allow, otherwise a small cost that prefers the mover's wish and a move out of key work.
 */
import { IsoDate, addYears } from '../dates';
import { Settings } from '../settings';
import { FORBIDDEN } from './assignment';
import { Mover, Slot } from './planTypes';

/** The price of an ordinary move. */
export const BASE_COST = 10;
/** A move that meets the mover's stated wish (意向岗位). */
export const WISH_COST = 2;
/** Added when a mover from a key post goes to another key post. */
export const KEY_TO_KEY_COST = 6;

/** Why a mover may not go to a unit, per unit; also answers unplaced movers' "why not". */
export type Barrier = 'own' | 'relative' | 'history';

export interface MoverBarriers {
  /** Units closed to the mover, with the first reason found. */
  units: Map<string, Barrier>;
}

/**
 * The units closed to each mover: their own, those where a relative stays (relatives who move are
 * checked where they end, by the planner), and those left within the last N years.
 */
export function barriersOf(mover: Mover, stayingRelativeUnits: readonly string[], settings: Settings, asOf: IsoDate): MoverBarriers {
  const units = new Map<string, Barrier>([[mover.cadre.unit, 'own']]);
  for (const unit of stayingRelativeUnits) if (!units.has(unit)) units.set(unit, 'relative');
  const since = addYears(asOf, -settings.noReturnYears);
  for (const past of mover.cadre.history) {
    if (past.left && past.left >= since && !units.has(past.unit)) units.set(past.unit, 'history');
  }
  return { units };
}

const wishOf = (mover: Mover): string => mover.cadre.wish.replace(/\s/gu, '');
/** `joined` is the slot's unit and post as one text: a wish may name either, or both run together. */
const wishMet = (wish: string, slot: Slot, joined: string): boolean => wish !== '' && (wish.includes(slot.unit) || joined.includes(wish));
const joinedOf = (slot: Slot): string => `${slot.unit}${slot.post}`;

/** Whether the mover's wish names the post's unit or post. */
export function meetsWish(mover: Mover, slot: Slot): boolean {
  return wishMet(wishOf(mover), slot, joinedOf(slot));
}

/** The price of a move the rules allow. */
function openPrice(wish: string, keyPost: boolean, slot: Slot, joined: string): number {
  const cost = wishMet(wish, slot, joined) ? WISH_COST : BASE_COST;
  return keyPost && slot.key ? cost + KEY_TO_KEY_COST : cost;
}

/** The price of moving `mover` into any slot, with what the price reads of the mover read once. */
export function moveCostOf(mover: Mover, barriers: MoverBarriers): (slot: Slot) => number {
  const wish = wishOf(mover);
  return (slot) => (barriers.units.has(slot.unit) ? FORBIDDEN : openPrice(wish, mover.keyPost, slot, joinedOf(slot)));
}

/**
 * The prices of moving `mover` into each of `slots` with no unit closed, as moveCostOf gives them;
 * `joined[j]` is slot j's unit and post as one text, joined once for every mover priced.
 */
export function openPriceRow(mover: Mover, slots: readonly Slot[], joined: readonly string[]): Float64Array {
  const wish = wishOf(mover);
  const row = new Float64Array(slots.length);
  for (let j = 0; j < slots.length; j += 1) row[j] = openPrice(wish, mover.keyPost, slots[j], joined[j]);
  return row;
}

/** The unit and post of each slot as one text, for openPriceRow. */
export const joinedTexts = (slots: readonly Slot[]): string[] => slots.map(joinedOf);

/** The price of moving `mover` into `slot`. */
export function moveCost(mover: Mover, barriers: MoverBarriers, slot: Slot): number {
  return moveCostOf(mover, barriers)(slot);
}
