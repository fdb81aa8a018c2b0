import fc from 'fast-check';
import { MinHeap } from '../../../src/core/plan/minHeap';
import { runs } from '../runs';

/** The entry a heap must give next: least key, then lower node, found by scanning the list. */
function leastOf(entries: [number, number][]): number {
  let best = 0;
  for (let k = 1; k < entries.length; k += 1) {
    const [key, node] = entries[k];
    if (key < entries[best][0] || (key === entries[best][0] && node < entries[best][1])) best = k;
  }
  return best;
}

describe('MinHeap', () => {
  it('pops by least key, the lower node first on equal keys, through any mix of pushes and pops', () => {
    // An entry is pushed, null pops. Few distinct keys make many ties.
    const script = fc.array(fc.oneof(fc.record({ key: fc.integer({ min: 0, max: 4 }), node: fc.integer({ min: 0, max: 30 }) }), fc.constant(null)), { maxLength: 80 });
    fc.assert(
      fc.property(script, (steps) => {
        const heap = new MinHeap();
        const list: [number, number][] = [];
        for (const step of steps) {
          if (step) {
            heap.push(step.key, step.node);
            list.push([step.key, step.node]);
          } else if (list.length > 0) {
            const [, node] = list.splice(leastOf(list), 1)[0];
            expect(heap.pop()).toBe(node);
          }
          expect(heap.size).toBe(list.length);
        }
        while (list.length > 0) expect(heap.pop()).toBe(list.splice(leastOf(list), 1)[0][1]);
        expect(heap.size).toBe(0);
      }),
      { numRuns: runs(500), seed: 20261201 },
    );
  });

  it('orders by key before node, and empties on clear', () => {
    const heap = new MinHeap();
    [[5, 0], [1, 9], [3, 2], [1, 4], [0.5, 7], [3, 1]].forEach(([key, node]) => heap.push(key, node));
    expect(heap.size).toBe(6);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([7, 4, 9, 1]);
    heap.clear();
    expect(heap.size).toBe(0);
    heap.push(2, 3);
    expect([heap.size, heap.pop(), heap.size]).toEqual([1, 3, 0]);
  });
});
