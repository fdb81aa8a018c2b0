/**
 * A binary min-heap of nodes keyed by distance, for Dijkstra. Equal keys pop the lower node first, so
 * searches are deterministic. A node may be pushed again with a lower key; the caller skips stale pops.
 */
export class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let k = nodes.length;
    keys.push(key);
    nodes.push(node);
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.before(key, node, keys[parent], nodes[parent])) break;
      keys[k] = keys[parent];
      nodes[k] = nodes[parent];
      k = parent;
    }
    keys[k] = key;
    nodes[k] = node;
  }

  /** Removes and returns the node of least key. */
  pop(): number {
    const { keys, nodes } = this;
    const top = nodes[0];
    const key = keys.pop()!;
    const node = nodes.pop()!;
    const n = nodes.length;
    if (n === 0) return top;
    let k = 0;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= n) break;
      if (child + 1 < n && this.before(keys[child + 1], nodes[child + 1], keys[child], nodes[child])) child += 1;
      if (!this.before(keys[child], nodes[child], key, node)) break;
      keys[k] = keys[child];
      nodes[k] = nodes[child];
      k = child;
    }
    keys[k] = key;
    nodes[k] = node;
    return top;
  }

  clear(): void {
    this.keys.length = 0;
    this.nodes.length = 0;
  }

  private before(keyA: number, nodeA: number, keyB: number, nodeB: number): boolean {
    return keyA < keyB || (keyA === keyB && nodeA < nodeB);
  }
}
