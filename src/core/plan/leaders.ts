/**
 * The soft rule on unit leadership: no unit should lose more than a third of its leaders (正职 and 副职)
 * at once, nor its 正职 and all its 副职 together. Maximum placement comes first, so the plan keeps the
 * moves and says where this rule is broken.
 */
import { CheckResult } from '../check';
import { Assignment } from './planTypes';
import { LeaderLevel, leaderLevel } from './rankKey';

/** The units whose leadership the plan thins too much, in words. */
export function leaderWarnings(check: CheckResult, assignments: readonly Assignment[]): string[] {
  const leaders = new Map<string, { chief: number; deputy: number }>();
  for (const { cadre } of check.checked) {
    const level = leaderLevel(cadre.rank, cadre.post);
    if (!level) continue;
    const count = leaders.get(cadre.unit) ?? { chief: 0, deputy: 0 };
    count[level] += 1;
    leaders.set(cadre.unit, count);
  }
  const leaving = new Map<string, Record<LeaderLevel, number>>();
  for (const { mover } of assignments) {
    const level = leaderLevel(mover.cadre.rank, mover.cadre.post);
    if (!level) continue;
    const count = leaving.get(mover.cadre.unit) ?? { chief: 0, deputy: 0 };
    count[level] += 1;
    leaving.set(mover.cadre.unit, count);
  }
  const warnings: string[] = [];
  for (const [unit, out] of [...leaving].sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))) {
    const all = leaders.get(unit) ?? { chief: 0, deputy: 0 };
    const total = all.chief + all.deputy;
    const gone = out.chief + out.deputy;
    if (out.chief > 0 && all.chief === out.chief && all.deputy > 0 && out.deputy === all.deputy) {
      warnings.push(`${unit}正职和副职同时全部交流,建议分批实施`);
    } else if (gone * 3 > total) {
      warnings.push(`${unit}领导班子${total}人中${gone}人同时交流,超过三分之一,建议分批实施`);
    }
  }
  return warnings;
}
