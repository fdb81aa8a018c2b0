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
  const links = cadres.map(() => new Set<number>());
  cadres.forEach((cadre, index) => {
    for (const relative of cadre.relatives) {
      for (const other of byName.get(relative.name) ?? []) {
        if (other === index) continue;
        links[index].add(other);
        links[other].add(index);
      }
    }
  });
  return links.map((set) => [...set].sort((a, b) => a - b));
}
