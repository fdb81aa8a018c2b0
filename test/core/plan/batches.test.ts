import fc from 'fast-check';
import { CheckResult } from '../../../src/core/check';
import { planBatches } from '../../../src/core/plan/batches';
import { Assignment } from '../../../src/core/plan/planTypes';
import { Cadre } from '../../../src/core/roster/cadre';
import { runs } from '../runs';

/** A cadre with what batching looks at: unit, post (科长/副科长/科员) and row. */
const person = (row: number, unit: string, post: string): Cadre =>
  ({ sheet: '花名册', row, name: `干部${row}`, unit, post, rank: '', remarks: '', relatives: [], history: [] }) as unknown as Cadre;

const checkOf = (cadres: Cadre[]): CheckResult => ({ checked: cadres.map((cadre) => ({ cadre })) }) as unknown as CheckResult;

/** Moves: each mover takes the post of `takes` (another mover's index) or a vacancy (undefined). */
const movesOf = (movers: Cadre[], takes: (number | undefined)[]): Assignment[] =>
  movers.map((cadre, i) => ({ mover: { cadre }, to: { unit: takes[i] === undefined ? '空缺' : movers[takes[i] as number].unit, freedBy: takes[i] === undefined ? undefined : movers[takes[i] as number] }, notes: [] }) as unknown as Assignment);

const isLeader = (cadre: Cadre) => cadre.post !== '科员';

/** Whether batches obey the rules: holders leave no later, and each unit loses at most its share per batch. */
function obeys(batches: number[], movers: Cadre[], takes: (number | undefined)[], roster: Cadre[]): boolean {
  if (takes.some((holder, i) => holder !== undefined && batches[i] < batches[holder])) return false;
  const leaders = new Map<string, number>();
  for (const cadre of roster) if (isLeader(cadre)) leaders.set(cadre.unit, (leaders.get(cadre.unit) ?? 0) + 1);
  const out = new Map<string, number>();
  movers.forEach((cadre, i) => {
    if (isLeader(cadre)) out.set(`${cadre.unit}|${batches[i]}`, (out.get(`${cadre.unit}|${batches[i]}`) ?? 0) + 1);
  });
  return [...out].every(([key, count]) => count <= Math.max(1, Math.floor((leaders.get(key.split('|')[0]) ?? 0) / 3)));
}

/** The fewest batches by trying every vector of batch numbers. */
function fewestByBruteForce(movers: Cadre[], takes: (number | undefined)[], roster: Cadre[]): number {
  const n = movers.length;
  for (let k = 1; k <= n; k += 1) {
    const batches = new Array(n).fill(1);
    const total = k ** n;
    for (let code = 0; code < total; code += 1) {
      let rest = code;
      for (let i = 0; i < n; i += 1) {
        batches[i] = (rest % k) + 1;
        rest = Math.floor(rest / k);
      }
      if (obeys(batches, movers, takes, roster)) return k;
    }
  }
  throw new Error('no batching');
}

describe('planBatches', () => {
  it('changes a team of three one leader at a time, a swap pair together', () => {
    const roster = [person(2, '办公室', '主任'), person(3, '办公室', '副主任'), person(4, '办公室', '副主任'), person(5, '财务科', '科长'), person(6, '财务科', '副科长'), person(7, '财务科', '副科长')];
    // 主任 ↔ 科长, and the two 副主任 go to vacancies.
    const movers = [roster[0], roster[3], roster[1], roster[2]];
    const result = planBatches(checkOf(roster), movesOf(movers, [1, 0, undefined, undefined]), 3, '2026-12-01');
    expect(result.batchOf[0]).toBe(result.batchOf[1]);
    expect(new Set([result.batchOf[0], result.batchOf[2], result.batchOf[3]]).size).toBe(3);
    expect(result.starts).toEqual(['2026-12-01', '2027-03-01', '2027-06-01']);
    expect(result).toMatchObject({ fewest: true, impossible: [] });
  });

  it('lets a holder leave no later than the cadre who takes the post', () => {
    const roster = [person(2, '办公室', '主任'), person(3, '办公室', '副主任'), person(4, '财务科', '科长'), person(5, '人事科', '科长')];
    // 办公室 may lose one leader a batch; 人事科 科长 takes the 主任's post, so he cannot go before the 主任.
    const movers = [roster[1], roster[0], roster[3]];
    const result = planBatches(checkOf(roster), movesOf(movers, [undefined, undefined, 1]), 3, '2026-12-01');
    expect(result.batchOf[2]).toBeGreaterThanOrEqual(result.batchOf[1]);
    expect(result.starts).toHaveLength(2);
  });

  it('says so when a swap cycle takes more leaders of one unit than one batch allows', () => {
    const roster = [person(2, '办公室', '主任'), person(3, '办公室', '副主任'), person(4, '财务科', '科长'), person(5, '财务科', '副科长')];
    const movers = [roster[0], roster[1], roster[2], roster[3]];
    // 主任 → 科长's post, 科长 → 副主任's post... every post taken in one ring of four.
    const result = planBatches(checkOf(roster), movesOf(movers, [2, 3, 1, 0]), 3, '2026-12-01');
    expect(new Set(result.batchOf).size).toBe(1);
    expect(result.impossible).toEqual([
      '办公室有2名领导干部在同一交流环中,须同批交流,超过分批规则允许的1人',
      '财务科有2名领导干部在同一交流环中,须同批交流,超过分批规则允许的1人',
    ]);
  });

  it('uses the fewest batches the rules allow, as brute force finds them', () => {
    const units = ['办公室', '财务科', '人事科'];
    const posts = ['科长', '副科长', '科员'];
    const arbitrary = fc
      .record({
        roster: fc.array(fc.record({ unit: fc.constantFrom(...units), post: fc.constantFrom(...posts) }), { minLength: 2, maxLength: 9 }),
        moving: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        order: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }),
        vacancy: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
      })
      .map(({ roster, moving, order, vacancy }) => {
        const cadres = roster.map((entry, i) => person(i + 2, entry.unit, entry.post));
        const movers = cadres.filter((_, i) => moving[i]).slice(0, 6);
        // Each mover takes a post freed by another mover (each post once) or a vacancy.
        const free = movers.map((_, i) => i).sort((a, b) => order[a] - order[b]);
        const takes = movers.map((_, i) => (vacancy[i] || free.length === 0 ? undefined : (free.shift() as number)));
        return { cadres, movers, takes };
      });
    fc.assert(
      fc.property(arbitrary, ({ cadres, movers, takes }) => {
        const result = planBatches(checkOf(cadres), movesOf(movers, takes), 3, '2026-12-01');
        if (result.impossible.length > 0) return;
        expect(obeys(result.batchOf, movers, takes, cadres)).toBe(true);
        const count = movers.length === 0 ? 1 : fewestByBruteForce(movers, takes, cadres);
        expect(result.starts).toHaveLength(count);
        expect(result.fewest).toBe(true);
      }),
      { numRuns: runs(300), seed: 20261201 },
    );
  });

  it('batches a roster of thousands without running out of stack', () => {
    // 30 000 staff in a chain, each taking the next one's post, and two 科长 of 20 units (a team of two
    // changes one at a time, so the 20 lone 科长 moves to vacancies fit in one batch; the chain has no leader).
    const staff = Array.from({ length: 30_000 }, (_, i) => person(i + 2, `单位${i % 50}`, '科员'));
    const chiefs = Array.from({ length: 40 }, (_, i) => person(40_000 + i, `科室${i % 20}`, '科长'));
    const movers = [...staff, ...chiefs.slice(0, 20)];
    const takes = movers.map((_, i) => (i + 1 < staff.length ? i + 1 : undefined));
    const result = planBatches(checkOf([...staff, ...chiefs]), movesOf(movers, takes), 3, '2026-12-01');
    expect(new Set(result.batchOf)).toEqual(new Set([1]));
    expect(result).toMatchObject({ starts: ['2026-12-01'], fewest: true, impossible: [] });
  });
});
