/**
 * Who is related to whom among the roster's cadres (回避), from the 亲属关系 column, made symmetric:
 * if 张三 names 李四, 李四 is 张三's relative too. A name shared by several cadres links to all of them,
 * because a missed avoidance is worse than a needless one.
 */
import { Cadre } from '../roster/cadre';

/** relativesOf[i]: indexes (into `cadres`) of cadre i's relatives on the roster. */
export function relativesIndex(cadres: readonly Cadre[]): number[][] {
  const byName = new Map<string, number[]>();
  cadres.forEach((cadre, index) => {
    if (!cadre.name) return;
    const list = byName.get(cadre.name) ?? [];
    list.push(index);
    byName.set(cadre.name, list);
  });
  // Most cadres have no relative on the roster: they share one empty list, and a set is made only for a link.
  const links: (Set<number> | undefined)[] = new Array(cadres.length);
  cadres.forEach((cadre, index) => {
    for (const relative of cadre.relatives) {
      for (const other of byName.get(relative.name) ?? []) {
        if (other === index) continue;
        (links[index] ??= new Set()).add(other);
        (links[other] ??= new Set()).add(index);
      }
    }
  });
  return Array.from(links, (set) => (set ? [...set].sort((a, b) => a - b) : NONE));
}

/** The list of a cadre with no relative on the roster, frozen: no caller may add to it. */
const NONE = Object.freeze([]) as unknown as number[];
