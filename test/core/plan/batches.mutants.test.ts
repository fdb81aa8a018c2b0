import { CheckResult } from '../../../src/core/check';
import { planBatches, unitCaps } from '../../../src/core/plan/batches';
import { Assignment } from '../../../src/core/plan/planTypes';
import { Cadre } from '../../../src/core/roster/cadre';

/** A cadre with what batching looks at: unit, post (主任/副主任/科长/副科长 lead, 科员 does not) and row. */
const person = (row: number, unit: string, post: string): Cadre =>
  ({ sheet: '花名册', row, name: `干部${row}`, unit, post, rank: '', remarks: '', relatives: [], history: [] }) as unknown as Cadre;

const checkOf = (cadres: Cadre[]): CheckResult => ({ checked: cadres.map((cadre) => ({ cadre })) }) as unknown as CheckResult;

/** Moves: each mover takes the post of `takes` (another mover's index) or a vacancy (undefined). */
const movesOf = (movers: Cadre[], takes: (number | undefined)[]): Assignment[] =>
  movers.map((cadre, i) => ({ mover: { cadre }, to: { unit: takes[i] === undefined ? '空缺' : movers[takes[i] as number].unit, freedBy: takes[i] === undefined ? undefined : movers[takes[i] as number] }, notes: [] }) as unknown as Assignment);

const team = (unit: string, firstRow: number, posts: string[]): Cadre[] => posts.map((post, i) => person(firstRow + i, unit, post));

describe('unitCaps', () => {
  it('lets a unit lose a third of its leaders in a batch, rounded down, at least one; staff do not count', () => {
    const roster = [
      ...team('办公室', 2, ['主任', '副主任', '副主任', '副主任', '副主任', '副主任', '科员']), // 6 leaders: 2
      ...team('财务科', 20, ['科长', '副科长', '副科长', '副科长', '副科长']), // 5 leaders: 1
      ...team('宣传科', 30, ['科长', '副科长', '副科长', '副科长', '副科长', '副科长', '副科长', '副科长', '副科长']), // 9: 3
      ...team('审计科', 40, ['科长']), // 1: at least one
      ...team('人事科', 50, ['科员', '科员', '科员']), // no leaders: not listed
    ];
    expect(unitCaps(checkOf(roster))).toEqual(new Map([['办公室', 2], ['财务科', 1], ['宣传科', 3], ['审计科', 1]]));
  });
});

describe('planBatches, by hand', () => {
  // 办公室 and 财务科 each have three leaders, so each may lose one a batch.
  const roster = [...team('办公室', 2, ['主任', '副主任', '副主任']), ...team('财务科', 5, ['科长', '副科长', '副科长']), person(8, '人事科', '科员')];
  const [director, deputy1, deputy2, chief, viceChief] = roster;
  const clerk = roster[6];
  // 0: 主任 to a vacancy; 1 ↔ 2: a 副主任 and a 副科长 swap (one leader of each unit, together);
  // 3: the 科长 to a vacancy; 4: the 科员 takes the post of 5, the other 副主任, who goes to a vacancy.
  const movers = [director, deputy1, viceChief, chief, clerk, deputy2];
  const takes = [undefined, 2, 1, undefined, 5, undefined];
  // Worked out by hand: 主任 in batch 1; the swap cannot share batch 1 with him (办公室), so batch 2;
  // the 科长 fits batch 1 (财务科 is free there); the last 副主任 finds 办公室 taken in batches 1 and 2,
  // so batch 3, and the 科员 who takes his post goes no earlier. 办公室 loses three leaders one a batch:
  // no plan has fewer than three batches.
  const expected = [1, 2, 2, 1, 3, 3];

  it('finds the batches and proves them fewest within its budget', () => {
    const result = planBatches(checkOf(roster), movesOf(movers, takes), 3, '2026-12-01');
    expect(result).toEqual({ batchOf: expected, starts: ['2026-12-01', '2027-03-01', '2027-06-01'], fewest: true, impossible: [] });
  });

  it('falls back to first fit past its budget, keeping the rules, and says the count is not proven', () => {
    const result = planBatches(checkOf(roster), movesOf(movers, takes), 2, '2026-12-01', 0);
    expect(result).toEqual({ batchOf: expected, starts: ['2026-12-01', '2027-02-01', '2027-04-01'], fewest: false, impossible: [] });
  });

  it('first fit puts a swap cycle listed first in batch 1, the leaders of its units after it, and a staff move with its holder', () => {
    // The cycle of 副主任 ↔ 副科长 comes first: batch 1; 主任 then waits for batch 2, and the 科员 who
    // takes his post goes with him; the 科长 finds 财务科 taken in batch 1 by the cycle: batch 2.
    const order = [deputy1, viceChief, director, chief, clerk];
    const result = planBatches(checkOf(roster), movesOf(order, [1, 0, undefined, undefined, 2]), 3, '2026-12-01', 0);
    expect(result).toMatchObject({ batchOf: [1, 1, 2, 2, 2], fewest: false });
  });

  it('keeps a holder\'s batch no later than the one who takes the post, in the search and past its budget', () => {
    // The 科员 takes the post of the last 副主任 (third in 办公室's queue), listed before him.
    const order = [clerk, director, deputy1, deputy2];
    for (const budget of [200_000, 0]) {
      const result = planBatches(checkOf(roster), movesOf(order, [3, undefined, undefined, undefined]), 3, '2026-12-01', budget);
      expect(result.batchOf).toEqual([3, 1, 2, 3]);
    }
  });

  it('lets a unit of six leaders lose two in one swap cycle, and names a cycle of three as past its rule, once', () => {
    const big = team('宣传科', 10, ['科长', '副科长', '副科长', '副科长', '副科长', '副科长']);
    const other = team('审计科', 20, ['科长', '副科长', '副科长', '副科长', '副科长', '副科长']);
    const check = checkOf([...big, ...other]);
    // Two of 宣传科 and two of 审计科 in a ring of four: within each unit's two.
    const fits = planBatches(check, movesOf([big[0], other[0], big[1], other[1]], [1, 2, 3, 0]), 3, '2026-12-01');
    expect(fits).toEqual({ batchOf: [1, 1, 1, 1], starts: ['2026-12-01'], fewest: true, impossible: [] });
    // Two rings, each with three leaders of 宣传科 moving together: the same words, said once.
    const ring = (a: Cadre, b: Cadre, c: Cadre, d: Cadre) => [a, b, c, d];
    const movers = [...ring(big[0], big[1], big[2], other[0]), ...ring(big[3], big[4], big[5], other[1])];
    const over = planBatches(check, movesOf(movers, [1, 2, 3, 0, 5, 6, 7, 4]), 3, '2026-12-01');
    expect(over.impossible).toEqual(['宣传科有3名领导干部在同一交流环中,须同批交流,超过分批规则允许的2人']);
    expect(over.batchOf).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
  });
});

/** Each list of movers a swap cycle: each takes the post of the next, the last that of the first. */
const ringsOf = (rings: Cadre[][]): { movers: Cadre[]; takes: (number | undefined)[] } => {
  const movers: Cadre[] = [];
  const takes: (number | undefined)[] = [];
  for (const ring of rings) {
    const first = movers.length;
    ring.forEach((cadre, k) => {
      movers.push(cadre);
      takes.push(ring.length === 1 ? undefined : first + ((k + 1) % ring.length));
    });
  }
  return { movers, takes };
};
const leaders = (unit: string, firstRow: number, count: number) => team(unit, firstRow, ['主任', ...new Array<string>(count - 1).fill('副主任')]);

describe('planBatches, the search', () => {
  it('tells cadres of two roster sheets with the same row apart', () => {
    const [director, deputy] = leaders('办公室', 2, 2);
    const seconded = { ...person(2, '人事科', '科员'), sheet: '借调人员' } as Cadre;
    // 办公室 loses one leader a batch; the seconded 科员 (row 2 of another sheet) takes the 副主任's post.
    const movers = [{ ...director, row: 3 } as Cadre, deputy, seconded];
    const result = planBatches(checkOf([movers[0], deputy, seconded]), movesOf(movers, [undefined, undefined, 1]), 3, '2026-12-01');
    expect(result.batchOf).toEqual([1, 2, 2]);
  });

  it('takes ready groups in row order: a leader whose holder has gone comes before a later row', () => {
    // 人事科's 科员 goes first; 财务科's 科长 takes his post; 财务科's 副科长 goes to a vacancy. 财务科 has
    // two leaders, one a batch: the 科长, the earlier row, gets batch 1.
    const clerk = person(2, '人事科', '科员');
    const [chief, deputy] = team('财务科', 3, ['科长', '副科长']);
    for (const budget of [200_000, 0]) {
      const result = planBatches(checkOf([clerk, chief, deputy]), movesOf([clerk, chief, deputy], [undefined, 0, undefined]), 3, '2026-12-01', budget);
      expect(result.batchOf).toEqual([1, 1, 2]);
    }
  });

  it('lets a unit of six leaders lose two a batch, singly or in a cycle, and no more', () => {
    const big = leaders('宣传科', 10, 6);
    const check = checkOf([...big, ...leaders('审计科', 20, 3)]);
    for (const budget of [200_000, 0]) {
      // Two to vacancies: one batch.
      expect(planBatches(check, movesOf(big.slice(0, 2), [undefined, undefined]), 3, '2026-12-01', budget).batchOf).toEqual([1, 1]);
      // A cycle of two 宣传科 leaders and one more to a vacancy: three leaders, two batches.
      const { movers, takes } = ringsOf([[big[0], big[1]], [big[2]]]);
      expect(planBatches(check, movesOf(movers, takes), 3, '2026-12-01', budget).batchOf).toEqual([1, 1, 2]);
    }
  });

  it('adds up what a unit loses in a batch, whatever its number among the units', () => {
    // 审计科's 科长 comes first; then three of 宣传科's six leaders go to vacancies, two a batch.
    const big = leaders('宣传科', 10, 6);
    const audit = leaders('审计科', 20, 3);
    const check = checkOf([...big, ...audit]);
    for (const budget of [200_000, 0]) {
      expect(planBatches(check, movesOf([audit[0], ...big.slice(0, 3)], [undefined, undefined, undefined, undefined]), 3, '2026-12-01', budget).batchOf).toEqual([1, 1, 1, 2]);
    }
  });

  it('backs up to an earlier choice where first fit needs a batch more, and first fit does past its budget', () => {
    // Four cycles in a path: A (two of 办公室), D (two of 人事科), B (two of 办公室, two of 财务科), C (two of
    // 财务科, two of 人事科); each unit has six leaders, two a batch, so cycles sharing a unit do not share
    // a batch. In row order first fit gives A 1, D 1, B 2, C 3; putting D in batch 2 lets C have 1.
    const office = leaders('办公室', 2, 6);
    const finance = leaders('财务科', 10, 6);
    const personnel = leaders('人事科', 20, 6);
    const check = checkOf([...office, ...finance, ...personnel]);
    const { movers, takes } = ringsOf([office.slice(0, 2), personnel.slice(0, 2), [...office.slice(2, 4), ...finance.slice(0, 2)], [...finance.slice(2, 4), ...personnel.slice(2, 4)]]);
    const best = planBatches(check, movesOf(movers, takes), 3, '2026-12-01');
    expect(best).toEqual({ batchOf: [1, 1, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1], starts: ['2026-12-01', '2027-03-01'], fewest: true, impossible: [] });
    const firstFit = planBatches(check, movesOf(movers, takes), 3, '2026-12-01', 0);
    expect(firstFit).toEqual({ batchOf: [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3], starts: ['2026-12-01', '2027-03-01', '2027-06-01'], fewest: false, impossible: [] });
  });

  it('tries one batch more than the bound when the bound cannot be met, within a budget of the nodes it needs', () => {
    // A staff move, then three swaps, each of two units' leaders: 办公室–财务科, 财务科–人事科, 人事科–办公室.
    // Each unit has two leaders leaving, one a batch (bound 2), but the three swaps pairwise share a unit:
    // three batches. By hand, the search visits 10 nodes failing with two batches (the staff move is not
    // visited again on the way back, having no other batch to try) and 4 finding three.
    const [o1, o2] = leaders('办公室', 2, 3);
    const [f1, f2] = leaders('财务科', 10, 3);
    const [p1, p2] = leaders('人事科', 20, 3);
    const clerk = person(30, '宣传科', '科员');
    const check = checkOf([o1, o2, f1, f2, p1, p2, clerk]);
    const { movers, takes } = ringsOf([[clerk], [o1, f1], [f2, p1], [p2, o2]]);
    const expected = [1, 1, 1, 2, 2, 3, 3];
    expect(planBatches(check, movesOf(movers, takes), 3, '2026-12-01', 14)).toMatchObject({ batchOf: expected, fewest: true });
    expect(planBatches(check, movesOf(movers, takes), 3, '2026-12-01', 13)).toMatchObject({ batchOf: expected, fewest: false });
  });
});
