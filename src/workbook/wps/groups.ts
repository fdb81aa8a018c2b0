/**
 * Asking ET about many cells in few calls. A property of a range (its fill, its number format, whether
 * its rows are hidden) comes back as one value when all its cells share it and as null when they differ,
 * so a group of areas is asked once and only a mixed group is halved and asked again: the calls grow with
 * the places where the answer changes, not with the cells. Range(Cell1) takes a reference text of at most
 * 255 characters, so areas are asked in lists that fit.
 */

/** The most characters of one Range reference (several areas joined by commas). */
export const RANGE_TEXT_LIMIT = 255;

/** Addresses in comma-joined lists of at most `limit` characters each. */
export function addressLists(addresses: readonly string[], limit = RANGE_TEXT_LIMIT): string[][] {
  const lists: string[][] = [];
  let list: string[] = [];
  let length = 0;
  for (const address of addresses) {
    if (list.length > 0 && length + 1 + address.length > limit) {
      lists.push(list);
      list = [];
      length = 0;
    }
    length += (list.length > 0 ? 1 : 0) + address.length;
    list.push(address);
  }
  if (list.length > 0) lists.push(list);
  return lists;
}

export interface Group<T, V> {
  items: T[];
  /** The one answer the items share; undefined for a single item whose own cells still differ. */
  value: V | undefined;
}

/**
 * The items in groups that share one answer: `probe` asks about a group at once and gives undefined
 * where the group's cells differ; such a group is halved until each part answers or is one item.
 */
export function uniformGroups<T, V>(items: readonly T[], probe: (group: readonly T[]) => V | undefined): Group<T, V>[] {
  const out: Group<T, V>[] = [];
  const visit = (group: T[]): void => {
    if (group.length === 0) return;
    const value = probe(group);
    if (value !== undefined || group.length === 1) {
      out.push({ items: group, value });
      return;
    }
    const half = Math.ceil(group.length / 2);
    visit(group.slice(0, half));
    visit(group.slice(half));
  };
  visit([...items]);
  return out;
}
