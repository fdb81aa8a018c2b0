/**
 * Post quotas (职数): how many cadres of a rank each unit has against its quota, before or after a set
 * of moves. One rule, written once: the check lists every unit over or under quota, the planner never
 * takes a unit over it, and a plan validator can ask `quotaExcess` of any edited plan.
 */
import { Cadre } from '../roster/cadre';
import { leaderLevel, rankKey } from '../plan/rankKey';
import { normalizeCompact } from '../text';
import { Quota } from './quotaSheet';

/** A cadre who changes unit (and perhaps post, keeping the rank): a move, or the filling of a vacancy. */
export interface QuotaMove {
  cadre: Cadre;
  unit: string;
  post?: string;
}

export interface QuotaLine {
  quota: Quota;
  /** Cadres of the unit the quota row covers. */
  count: number;
  /** count − quota where positive (超职数), else 0. */
  over: number;
  /** quota − count where positive (空缺), else 0. */
  under: number;
}

/**
 * Whether a quota row covers a holder of `rank` and `post`: by rank where the row gives one ('正科'
 * covers 正科 and 正科级), else by post, a leader's post by its level ('科长' covers every 正职).
 */
export function quotaCovers(quota: Quota, rank: string, post: string): boolean {
  // Stryker disable next-line StringLiteral: rankKey reads the post only for a rank blank once compacted, and readQuotas compacts every rank, so a blank one is '' and never gets here
  if (quota.rank) return rankKey(quota.rank, '') === rankKey(rank, post);
  // Stryker disable next-line StringLiteral: any rank without 副 or 正 reads as none
  const level = leaderLevel('', quota.post);
  if (level) return leaderLevel(rank, post) === level;
  return normalizeCompact(quota.post) === normalizeCompact(post);
}

const sameUnit = (a: string, b: string): boolean => normalizeCompact(a) === normalizeCompact(b);

/** Every quota row with its count, where the cadres stand after `moves`. Pure: nothing given is changed. */
export function quotaCounts(cadres: readonly Cadre[], moves: readonly QuotaMove[], quotas: readonly Quota[]): QuotaLine[] {
  const moved = new Map(moves.map((move) => [move.cadre, move]));
  const placed = cadres.map((cadre) => {
    const move = moved.get(cadre);
    return { unit: move?.unit ?? cadre.unit, post: move?.post ?? cadre.post, rank: cadre.rank };
  });
  // A vacancy filled from outside the roster list still counts.
  for (const move of moves) if (!cadres.includes(move.cadre)) placed.push({ unit: move.unit, post: move.post ?? move.cadre.post, rank: move.cadre.rank });
  return quotas.map((quota) => {
    const count = placed.filter((p) => sameUnit(p.unit, quota.unit) && quotaCovers(quota, p.rank, p.post)).length;
    return { quota, count, over: Math.max(0, count - quota.quota), under: Math.max(0, quota.quota - count) };
  });
}

/**
 * The quota rows a set of moves leaves over quota, and by how many: empty when the moves keep every
 * unit within its quotas. `quotaExcess(cadres, [], quotas)` gives the units over quota today.
 */
export function quotaExcess(cadres: readonly Cadre[], moves: readonly QuotaMove[], quotas: readonly Quota[]): QuotaLine[] {
  return quotaCounts(cadres, moves, quotas).filter((line) => line.over > 0);
}

/**
 * How many more holders of a rank a unit may take before it passes its quota: the least room of the
 * quota rows covering them, never below 0; undefined where no row covers them.
 * `room(unit, rank, post)` over today's cadres.
 */
export function quotaRoom(cadres: readonly Cadre[], quotas: readonly Quota[]): (unit: string, rank: string, post: string) => number | undefined {
  const lines = quotaCounts(cadres, [], quotas);
  return (unit, rank, post) => {
    const rooms = lines.filter((line) => sameUnit(line.quota.unit, unit) && quotaCovers(line.quota, rank, post)).map((line) => line.under);
    return rooms.length === 0 ? undefined : Math.min(...rooms);
  };
}

/** The quota rows whose count is over or under quota, over first, each in sheet order. */
export function quotaFlagged(lines: readonly QuotaLine[]): QuotaLine[] {
  return [...lines.filter((line) => line.over > 0), ...lines.filter((line) => line.under > 0)];
}

/** '超职数2' or '空缺1'. */
export function quotaState(line: QuotaLine): string {
  return line.over > 0 ? `超职数${line.over}` : `空缺${line.under}`;
}

/** '财务科 正科:核定2,实有3,超职数1' or '…空缺1'; undefined when the count meets the quota. */
export function quotaLineText(line: QuotaLine): string | undefined {
  if (line.over === 0 && line.under === 0) return undefined;
  return `${line.quota.unit} ${line.quota.rank || line.quota.post}:核定${line.quota.quota},实有${line.count},${quotaState(line)}`;
}

/** The same in English: 'Finance, 正科: quota 2, 3 in post, 1 over quota'. */
export function quotaLineTextEn(line: QuotaLine): string | undefined {
  if (line.over === 0 && line.under === 0) return undefined;
  const what = line.over > 0 ? `${line.over} over quota` : `${line.under} vacant`;
  return `${line.quota.unit}, ${line.quota.rank || line.quota.post}: quota ${line.quota.quota}, ${line.count} in post, ${what}`;
}

/**
 * Why vacancies stay open under the quotas, one line per quota row that holds some back:
 * '办公室 副科已满核定职数2,空缺岗位(第2、3行)未安排'. `moves` are the plan's moves, `open` its unfilled vacancies.
 */
export function quotaHeldNotes(cadres: readonly Cadre[], moves: readonly QuotaMove[], quotas: readonly Quota[], open: readonly { unit: string; rank: string; post: string; vacancyRow?: number }[]): string[] {
  return quotaCounts(cadres, moves, quotas).flatMap((line) => {
    if (line.count < line.quota.quota) return [];
    const held = open.filter((slot) => slot.vacancyRow !== undefined && sameUnit(slot.unit, line.quota.unit) && quotaCovers(line.quota, slot.rank, slot.post));
    if (held.length === 0) return [];
    return [`${line.quota.unit} ${line.quota.rank || line.quota.post}已满核定职数${line.quota.quota},空缺岗位(第${held.map((slot) => slot.vacancyRow).join('、')}行)未安排`];
  });
}
