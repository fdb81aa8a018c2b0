/**
 * A cadre as read from one roster row, and the problems found in the data.
 */
import { RosterDate } from '../dates';
import type { Issue } from './problemWords';

export type Gender = 'male' | 'female';

/** A relative named in the roster's 亲属关系 column: '李四(配偶)'. */
export interface Relative {
  name: string;
  relation: string;
}

/** A unit the cadre worked in before, from the roster's history column, with the day they left if given. */
export interface PastUnit {
  unit: string;
  left?: string;
}

export interface Cadre {
  /** The sheet the row is on (a roster may span several sheets). */
  sheet: string;
  /** The row as Excel numbers it. */
  row: number;
  name: string;
  gender?: Gender;
  birth?: RosterDate;
  unit: string;
  post: string;
  /** 职级 as written; empty when the roster has none. */
  rank: string;
  /** 岗位类别 / 岗位性质 as written. */
  category: string;
  /** 是否重点岗位: true for 是/√/Y, false for 否, undefined when blank or absent. */
  keyFlag?: boolean;
  postStart?: RosterDate;
  unitStart?: RosterDate;
  ethnicity: string;
  birthplace: string;
  politics: string;
  education: string;
  workStart?: RosterDate;
  /** 入职日期: when the cadre joined the organization; shown, never taken for the start in a unit. */
  joined?: RosterDate;
  remarks: string;
  relatives: Relative[];
  /** 意向岗位 as written. */
  wish: string;
  history: PastUnit[];
  /** 聘任时间: the start of the current appointment term, where the roster has it. */
  termStart?: RosterDate;
  /** 聘期 as written ('3年', '三年', 3); empty or absent for the setting's length. */
  termLength?: string;
  /** 聘期起止 as written ('2023.09-2026.08'). */
  termRange?: string;
  /** 任本单位正副职时间: the start of continuous leadership service (正副职) in the unit. */
  leadershipStart?: RosterDate;
}

/** A problem in the data, where a person would look for it. */
export interface Problem {
  /** The sheet, where the problem is in a roster sheet. */
  sheet?: string;
  /** The row as Excel numbers it. */
  row: number;
  /** The column's header as written in the sheet, or the usual word when the column is missing. */
  column: string;
  /** What is wrong, in Chinese: what the check sheet, the CLI and --json show (see problemText for other languages). */
  message: string;
  /** What is wrong, as data, for problemText to write in any language. */
  issue: Issue;
  /** The cell's address, e.g. 'F12', when the problem is in one cell. */
  cell?: string;
}
