/**
 * The swap plan's shapes: the posts to fill, who goes where, who cannot be placed and why.
 */
import { IsoDate } from '../dates';
import { Cadre } from '../roster/cadre';
import { Status } from '../rules/status';
import { Vacancy } from './vacancies';

/** A post to fill: one a mover frees, or a vacancy. */
export interface Slot {
  unit: string;
  post: string;
  rank: string;
  /** The rank as matched (see rankKey). */
  rankKey: string;
  key: boolean;
  /** The mover whose post this is, for freed posts. */
  freedBy?: Cadre;
  /** The vacancy sheet's row, for vacancies. */
  vacancyRow?: number;
}

export interface Mover {
  cadre: Cadre;
  /** Due or suggested; any other status only for a move staff locked (锁定). */
  status: Exclude<Status, 'exempt'>;
  /** Why the cadre moves: the check's reasons. */
  basis: string[];
  keyPost: boolean;
}

export interface Assignment {
  mover: Mover;
  to: Slot;
  /** 安排说明: whom the mover replaces, a matched wish, a move out of key work. */
  notes: string[];
  /** 分批实施: the batch (1-based) the move belongs to; batch 1 is the notice now. */
  batch: number;
  /** 锁定: kept as staff fixed it when planning again. */
  locked?: boolean;
}

export interface Unplaced {
  mover: Mover;
  reason: string;
}

export interface Plan {
  asOf: IsoDate;
  movers: Mover[];
  assignments: Assignment[];
  unplaced: Unplaced[];
  /** Vacancies marked for open competition (竞争上岗), not filled by assignment. */
  competition: Vacancy[];
  /** Posts the plan leaves open: vacated by a mover, or a vacancy, that nobody is placed into. */
  openSlots: Slot[];
  /** The planned start of each batch, batch 1 (the plan date) first. */
  batchStarts: IsoDate[];
  /** Where the plan cannot keep a rule of batching (leaders who must leave together in one swap cycle). */
  warnings: string[];
  /** The problem as split by rank: how many movers and posts each rank had. */
  rankGroups: { rank: string; movers: number; slots: number }[];
}
