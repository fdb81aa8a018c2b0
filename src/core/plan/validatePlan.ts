/**
 * The check of an edited plan (校验方案): every move against every hard rule of a swap plan, each broken
 * rule reported on the plan row that breaks it, in staff's words; the soft rules as warnings. The posts'
 * ledger is the roster's posts and the listed vacancies: a post is free only if its holder moves in the
 * plan, and each free post takes one mover, the first row that asks for it.
 */
import { CheckResult, CheckedCadre } from '../check';
import { addYears } from '../dates';
import { Cadre } from '../roster/cadre';
import { Settings } from '../settings';
import { quotaCounts, quotaCovers } from '../quota/quota';
import { cadreId } from '../sheets/planSheet';
import { firstContained, normalizeCompact } from '../text';
import { PlanMove } from './readPlanSheet';
import { unitCaps } from './batches';
import { leaderLevel, rankKey } from './rankKey';
import { relativesIndex } from './relativesIndex';
import { Vacancy } from './vacancies';
import { Finding, RuleCode, WarningCode, violationText } from './violationWords';

/** A broken rule or a warning on one plan row. */
export interface Violation<Code extends string = RuleCode> {
  /** The plan sheet's row. */
  planRow: number;
  /** The cadre's roster sheet and row, when on the roster. */
  sheet?: string;
  row?: number;
  name: string;
  rule: Code;
  message: string;
  messageEn: string;
}

export interface PlanValidation {
  moves: number;
  violations: Violation[];
  warnings: Violation<WarningCode>[];
}

/** A post of the ledger: a roster cadre's post, or a listed vacancy. */
interface Post { unit: string; post: string; rank: string; rankKey: string; holder?: Cadre; key: boolean }

const placeKey = (unit: string, post: string): string => `${normalizeCompact(unit)}|${normalizeCompact(post)}`;

function ledgerOf(check: CheckResult, vacancies: readonly Vacancy[], settings: Settings): Map<string, Post[]> {
  const ledger = new Map<string, Post[]>();
  const add = (post: Post) => ledger.set(placeKey(post.unit, post.post), [...(ledger.get(placeKey(post.unit, post.post)) ?? []), post]);
  for (const { cadre, keyPost } of check.checked) add({ unit: cadre.unit, post: cadre.post, rank: cadre.rank, rankKey: rankKey(cadre.rank, cadre.post), holder: cadre, key: keyPost.key });
  for (const v of vacancies) add({ ...v, rankKey: rankKey(v.rank, v.post), key: firstContained(`${v.unit} ${v.post}`, settings.keyPostWords) !== undefined });
  return ledger;
}

/** The relation a cadre's 亲属关系 column (or the relative's) gives between the two. */
const relationOf = (a: Cadre, b: Cadre): string =>
  a.relatives.find((r) => r.name === b.name)?.relation || b.relatives.find((r) => r.name === a.name)?.relation || '';

/**
 * Checks the moves of an edited plan against the roster as checked (statuses, relatives, history) and the
 * vacancies. Pure; `validatePlan(check, [], [], settings)` has no violations.
 */
export function validatePlan(check: CheckResult, moves: readonly PlanMove[], vacancies: readonly Vacancy[], settings: Settings): PlanValidation {
  const entries = new Map<string, CheckedCadre>(check.checked.map((entry) => [cadreId(entry.cadre), entry]));
  const indexOf = new Map(check.checked.map((entry, i) => [cadreId(entry.cadre), i]));
  const relatives = relativesIndex(check.checked.map((entry) => entry.cadre));
  const ledger = ledgerOf(check, vacancies, settings);
  const targetOf = new Map(moves.filter((m) => m.cadre && entries.has(cadreId(m.cadre))).map((m) => [cadreId(m.cadre as Cadre), m]));
  const endUnit = (cadre: Cadre): string => normalizeCompact(targetOf.get(cadreId(cadre))?.to.unit ?? cadre.unit);
  const since = addYears(check.asOf, -settings.noReturnYears);
  const given = new Map<Post, PlanMove>();
  const violations: Violation[] = [];
  const warnings: Violation<WarningCode>[] = [];
  const report = <C extends string>(list: Violation<C>[], move: PlanMove, finding: Finding & { rule: C }) => list.push({
    planRow: move.planRow, ...(move.cadre ? { sheet: move.cadre.sheet, row: move.cadre.row } : {}), name: move.name,
    rule: finding.rule, message: violationText(finding), messageEn: violationText(finding, 'en-US'),
  });
  for (const move of moves) {
    const entry = move.cadre ? entries.get(cadreId(move.cadre)) : undefined;
    if (!entry) {
      report(violations, move, { rule: 'not-on-roster', name: move.name });
      continue;
    }
    const { cadre } = entry;
    const { unit, post } = move.to;
    const target = normalizeCompact(unit);
    if (entry.status === 'exempt') report(violations, move, { rule: 'exempt', details: entry.details });
    else if (entry.status === 'ok' || entry.status === 'warning') report(warnings, move, { rule: 'not-due', status: entry.status });
    if (target === normalizeCompact(cadre.unit)) {
      report(violations, move, { rule: 'same-unit', unit });
    } else {
      const own = rankKey(cadre.rank, cadre.post);
      const candidates = ledger.get(placeKey(unit, post)) ?? [];
      const sameRank = candidates.filter((p) => p.rankKey === own);
      const free = sameRank.filter((p) => !p.holder || targetOf.has(cadreId(p.holder)));
      const open = free.find((p) => !given.has(p));
      if (candidates.length > 0 && sameRank.length === 0) {
        report(violations, move, { rule: 'rank', unit, post, ranks: [...new Set(candidates.map((p) => p.rank || p.rankKey))], own: cadre.rank });
      } else if (free.length === 0) {
        report(violations, move, { rule: 'post-not-free', unit, post, holders: sameRank.flatMap((p) => (p.holder ? [p.holder.name] : [])) });
      } else if (!open) {
        const first = given.get(free[0]) as PlanMove;
        report(violations, move, { rule: 'post-taken', unit, post, byRow: first.planRow, byName: first.name });
      } else {
        given.set(open, move);
        if (entry.keyPost.key && open.key) report(warnings, move, { rule: 'key-to-key', unit, post });
      }
    }
    const index = indexOf.get(cadreId(cadre)) as number;
    const relative = relatives[index].map((i) => check.checked[i].cadre).find((other) => endUnit(other) === target);
    if (relative) report(violations, move, { rule: 'relative', unit, relative: relative.name, relation: relationOf(cadre, relative) });
    const left = cadre.history.find((past) => normalizeCompact(past.unit) === target && past.left !== undefined && past.left >= since);
    if (left) report(violations, move, { rule: 'return', unit, left: left.left as string, years: settings.noReturnYears });
  }
  const onRoster = moves.filter((move) => move.cadre && entries.has(cadreId(move.cadre)));
  for (const { move, finding } of quotaBreaches(check, onRoster)) report(violations, move, finding);
  for (const { move, left } of earlyArrivals(ledger, given, targetOf)) {
    report(violations, move, { rule: 'batch-order', unit: move.to.unit, post: move.to.post, batch: move.batch ?? 1, holder: left.name, holderBatch: left.batch ?? 1 });
  }
  for (const { moves: crowd, finding } of crowdedBatches(check, onRoster)) for (const move of crowd) report(warnings, move, finding);
  return { moves: moves.length, violations, warnings };
}

/**
 * The moves into a unit that leave it over a quota row (职数): over the quota, or over today's count where
 * the unit is over it already (the planner's rule: never more over quota than before).
 */
function quotaBreaches(check: CheckResult, moves: readonly PlanMove[]): { move: PlanMove; finding: Finding & { rule: 'over-quota' } }[] {
  const quotas = check.quotas.map((line) => line.quota);
  if (quotas.length === 0) return [];
  const cadres = check.checked.map((entry) => entry.cadre);
  const after = quotaCounts(cadres, moves.map((move) => ({ cadre: move.cadre as Cadre, unit: move.to.unit, post: move.to.post })), quotas);
  const today = check.quotas;
  return after.flatMap((line, i) => {
    const { quota } = line;
    if (line.count <= Math.max(quota.quota, today[i].count)) return [];
    const incoming = moves.filter((move) => normalizeCompact(move.to.unit) === normalizeCompact(quota.unit)
      && normalizeCompact((move.cadre as Cadre).unit) !== normalizeCompact(quota.unit) && quotaCovers(quota, (move.cadre as Cadre).rank, move.to.post));
    const finding = { rule: 'over-quota' as const, unit: quota.unit, level: quota.rank || quota.post, quota: quota.quota, count: line.count, today: today[i].count };
    return incoming.map((move) => ({ move, finding }));
  });
}

/**
 * The moves that take a post before any like it falls free: posts of one place and rank are alike, so
 * the movers into them, earliest batch first (then by plan row), take the posts of the place in the order
 * they fall free (a vacancy from the start, a post when its holder leaves), whichever of them the ledger
 * gave; a mover earlier than the post matched to it arrives before its holder leaves.
 */
function earlyArrivals(ledger: ReadonlyMap<string, Post[]>, given: ReadonlyMap<Post, PlanMove>, targetOf: ReadonlyMap<string, PlanMove>): { move: PlanMove; left: PlanMove }[] {
  const places = new Map<string, { place: string; rank: string; into: PlanMove[] }>();
  for (const [post, move] of given) {
    const place = placeKey(post.unit, post.post);
    const key = `${place}|${post.rankKey}`;
    const entry = places.get(key) ?? { place, rank: post.rankKey, into: [] };
    entry.into.push(move);
    places.set(key, entry);
  }
  const batchOf = (move: PlanMove) => move.batch ?? 1;
  return [...places.values()].flatMap(({ place, rank, into }) => {
    // Each free post of the place and rank: the move of its holder, or null for a vacancy (free from the start).
    const freed = (ledger.get(place) ?? []).filter((p) => p.rankKey === rank).flatMap((p) => {
      if (!p.holder) return [null];
      const left = targetOf.get(cadreId(p.holder));
      return left ? [left] : [];
    }).sort((a, b) => (a ? batchOf(a) : 0) - (b ? batchOf(b) : 0));
    const ordered = [...into].sort((a, b) => batchOf(a) - batchOf(b) || a.planRow - b.planRow);
    return ordered.flatMap((move, i) => {
      const left = freed[i];
      return left && batchOf(move) < batchOf(left) ? [{ move, left }] : [];
    });
  });
}

/** The leaders a unit loses in one batch beyond the batch rule's cap: a third of its leaders, at least one. */
function crowdedBatches(check: CheckResult, moves: readonly PlanMove[]): { moves: PlanMove[]; finding: Finding & { rule: 'batch-leaders' } }[] {
  const caps = unitCaps(check);
  const leaving = new Map<string, PlanMove[]>();
  for (const move of moves) {
    const cadre = move.cadre as Cadre;
    if (leaderLevel(cadre.rank, cadre.post) === undefined) continue;
    const key = `${move.batch ?? 1}|${cadre.unit}`;
    leaving.set(key, [...(leaving.get(key) ?? []), move]);
  }
  return [...leaving.values()].flatMap((crowd) => {
    const { unit } = crowd[0].cadre as Cadre;
    const cap = caps.get(unit) ?? 1;
    return crowd.length > cap ? [{ moves: crowd, finding: { rule: 'batch-leaders' as const, unit, batch: crowd[0].batch ?? 1, count: crowd.length, cap } }] : [];
  });
}

/** The check as the CLI's --json prints it (the shape). */
export function validationJson(result: PlanValidation, problems: readonly { row: number; column: string; message: string }[]): object {
  const shape = ({ planRow, row, name, rule, message }: Violation<string>) => ({ planRow, row: row ?? null, name, rule, message });
  return { moves: result.moves, violations: result.violations.map(shape), warnings: result.warnings.map(shape), problems };
}
