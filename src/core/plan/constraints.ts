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
/** The unit and post of each slot as one text, as a wish is matched against them. */
export const joinedTexts = (slots: readonly Slot[]): string[] => slots.map(joinedOf);

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
 * The slots a wish names, found without trying every slot: a wish names a slot's unit when the unit is
 * one of the wish's substrings, and its unit and post when it is a substring of them joined (wishMet).
 * Built once for the slots of a price table.
 */
export class WishIndex {
  private readonly byUnit = new Map<string, number[]>();
  /** Each slot's unit and post as one text. */
  private readonly joined: readonly string[];
  /** Every slot's text, one after another, each ended by U+0000. */
  private readonly all: string;
  /** Where each slot's text starts in `all`, ascending. */
  private readonly starts: number[] = [];
  /** The ordinary price of a move into each slot, from a key post or not (made once each). */
  private readonly ordinary: (Float64Array | undefined)[] = [];

  constructor(readonly slots: readonly Slot[]) {
    const joined = joinedTexts(slots);
    this.joined = joined;
    slots.forEach((slot, j) => {
      const list = this.byUnit.get(slot.unit);
      if (list) list.push(j);
      else this.byUnit.set(slot.unit, [j]);
    });
    let at = 0;
    for (const text of joined) {
      this.starts.push(at);
      at += text.length + 1;
    }
    this.all = joined.map((text) => `${text}\u0000`).join('');
  }

  /** The price of a move that meets no wish into each slot, for a mover from a key post or not. */
  ordinaryRow(keyPost: boolean): Float64Array {
    const at = keyPost ? 1 : 0;
    return (this.ordinary[at] ??= Float64Array.from(this.slots, (slot) => (keyPost && slot.key ? BASE_COST + KEY_TO_KEY_COST : BASE_COST)));
  }

  /** The slots the wish names, as wishMet finds them. */
  metBy(wish: string): ReadonlySet<number> {
    if (wish === '') return new Set();
    // A wish holding the separator is looked for slot by slot.
    // Stryker disable next-line ConditionalExpression,StringLiteral: slot by slot finds the same slots (speed only)
    if (wish.includes('\u0000')) return new Set(this.slots.flatMap((slot, j) => (wishMet(wish, slot, this.joined[j]) ? [j] : [])));
    // A blank unit is in every wish; any other is one of its substrings.
    const met = new Set<number>(this.byUnit.get(''));
    // Stryker disable next-line EqualityOperator: a start at the wish's end gives no substring
    for (let from = 0; from < wish.length; from += 1) {
      // Stryker disable next-line ArithmeticOperator: an end before the start gives the blank substring, whose slots are in already
      for (let to = from + 1; to <= wish.length; to += 1) for (const j of this.byUnit.get(wish.slice(from, to)) ?? []) met.add(j);
    }
    for (let at = this.all.indexOf(wish); at >= 0; at = this.all.indexOf(wish, at + 1)) met.add(this.slotAt(at));
    return met;
  }

  /** The slot whose text holds position `at` of `all`. */
  private slotAt(at: number): number {
    let low = 0;
    // Stryker disable next-line ArithmeticOperator: a top past the end reads undefined, never ≤ at, and the search ends at the same start
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/**
 * The prices of moving `mover` into each of the index's slots with no unit closed, as moveCostOf gives
 * them: the ordinary price (with the key-to-key cost where it applies), the wish's price where it is met.
 */
export function openPriceRow(mover: Mover, wishes: WishIndex): Float64Array {
  const row = wishes.ordinaryRow(mover.keyPost).slice();
  for (const j of wishes.metBy(wishOf(mover))) row[j] = mover.keyPost && wishes.slots[j].key ? WISH_COST + KEY_TO_KEY_COST : WISH_COST;
  return row;
}

/** The price of moving `mover` into `slot`. */
export function moveCost(mover: Mover, barriers: MoverBarriers, slot: Slot): number {
  return moveCostOf(mover, barriers)(slot);
}
