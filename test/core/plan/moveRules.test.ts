/**
 * The pieces the planner prices and words a move with, one at a time: closed units, the price, the notes
 * and reasons, the rank a post is matched by, and who is whose relative. Expected values from the rules
 * as the module comments and shared/DOMAIN.md state them.
 */
import fc from 'fast-check';
import { BASE_COST, KEY_TO_KEY_COST, WISH_COST, WishIndex, barriersOf, joinedTexts, meetsWish, moveCost, moveCostOf, openPriceRow } from '../../../src/core/plan/constraints';
import { FORBIDDEN } from '../../../src/core/plan/assignment';
import { explainUnplaced, notesFor } from '../../../src/core/plan/explain';
import { Mover, Slot } from '../../../src/core/plan/planTypes';
import { leaderLevel, rankKey } from '../../../src/core/plan/rankKey';
import { relativesIndex } from '../../../src/core/plan/relativesIndex';
import { Cadre } from '../../../src/core/roster/cadre';
import { settings } from '../../helpers';

const cadre = (extra: Partial<Cadre>): Cadre =>
  ({ sheet: '花名册', row: 2, name: '甲', unit: '办公室', post: '科员', rank: '科员', wish: '', relatives: [], history: [], ...extra }) as Cadre;
const mover = (extra: Partial<Cadre> = {}, keyPost = false): Mover => ({ cadre: cadre(extra), status: 'due', basis: [], keyPost });
const slot = (unit: string, extra: Partial<Slot> = {}): Slot => ({ unit, post: '科员', rank: '科员', rankKey: '科员', key: false, ...extra });
const AS_OF = '2026-11-22';

describe('barriersOf', () => {
  it('closes the own unit, the units where a relative stays, and those left within the last N years, each with its first reason', () => {
    const m = mover({ unit: '办公室', history: [{ unit: '财务科', left: '2021-11-22' }, { unit: '审计科', left: '2021-11-21' }, { unit: '宣传科' }, { unit: '档案室', left: '2024-01-01' }, { unit: '办公室', left: '2025-01-01' }] });
    const { units } = barriersOf(m, ['档案室', '办公室', '档案室'], settings(), AS_OF);
    // 2026-11-22 less 5 years is 2021-11-22: left that day is within; the day before is not; no day, no bar.
    expect([...units]).toEqual([['办公室', 'own'], ['档案室', 'relative'], ['财务科', 'history']]);
    expect([...barriersOf(m, [], settings({ noReturnYears: 3 }), AS_OF).units]).toEqual([['办公室', 'own'], ['档案室', 'history']]);
  });
});

describe('the price of a move', () => {
  it('is FORBIDDEN into a closed unit, the wish price where the wish names the unit or the post, and more from key work into key work', () => {
    const plain = mover({ wish: '' });
    const barriers = { units: new Map([['办公室', 'own' as const]]) };
    expect(moveCost(plain, barriers, slot('办公室'))).toBe(FORBIDDEN);
    expect(moveCost(plain, barriers, slot('财务科'))).toBe(BASE_COST);
    const wishing = mover({ wish: ' 财务 科 ' });
    expect(moveCost(wishing, barriers, slot('财务科'))).toBe(WISH_COST);
    expect(moveCost(wishing, barriers, slot('审计科'))).toBe(BASE_COST);
    // The wish may name a post: '副科长' is met by 审计科副科长, and a unit and post together by that post.
    expect(moveCost(mover({ wish: '副科长' }), barriers, slot('审计科', { post: '副科长' }))).toBe(WISH_COST);
    expect(moveCost(mover({ wish: '审计科副科长' }), barriers, slot('审计科', { post: '副科长' }))).toBe(WISH_COST);
    expect(moveCost(mover({ wish: '财务科科长' }), barriers, slot('审计科', { post: '副科长' }))).toBe(BASE_COST);
    const key = mover({}, true);
    expect(moveCost(key, barriers, slot('财务科', { key: true }))).toBe(BASE_COST + KEY_TO_KEY_COST);
    expect(moveCost(key, barriers, slot('宣传科'))).toBe(BASE_COST);
    expect(moveCost(plain, barriers, slot('财务科', { key: true }))).toBe(BASE_COST);
    expect(moveCostOf(mover({ wish: '财务科' }, true), barriers)(slot('财务科', { key: true }))).toBe(WISH_COST + KEY_TO_KEY_COST);
  });

  it('gives a row of prices with no unit closed, one for each post, worked out by hand', () => {
    const slots = [slot('财务科'), slot('审计科', { post: '副科长' }), slot('审计科', { key: true }), slot('财务科', { post: '副科长', key: true })];
    const row = (m: Mover) => [...openPriceRow(m, new WishIndex(slots))];
    expect(joinedTexts(slots)).toEqual(['财务科科员', '审计科副科长', '审计科科员', '财务科副科长']);
    expect(row(mover())).toEqual([BASE_COST, BASE_COST, BASE_COST, BASE_COST]);
    expect(row(mover({}, true))).toEqual([BASE_COST, BASE_COST, BASE_COST + KEY_TO_KEY_COST, BASE_COST + KEY_TO_KEY_COST]);
    // A wish that names a unit and post names the unit too.
    expect(row(mover({ wish: '审计科副科长' }))).toEqual([BASE_COST, WISH_COST, WISH_COST, BASE_COST]);
    // 科副科 runs across the unit and the post; 财务 names a unit.
    expect(row(mover({ wish: '科副科' }))).toEqual([BASE_COST, WISH_COST, BASE_COST, WISH_COST]);
    expect(row(mover({ wish: ' 财务 ' }, true))).toEqual([WISH_COST, BASE_COST, BASE_COST + KEY_TO_KEY_COST, WISH_COST + KEY_TO_KEY_COST]);
    // The same as the price of each move one at a time.
    for (const m of [mover(), mover({ wish: '科副科' }, true), mover({ wish: '财务科' })]) {
      const price = moveCostOf(m, { units: new Map() });
      expect(row(m)).toEqual(slots.map(price));
    }
  });

  it('prices every post as the move one at a time does, for any wish and any units and posts', () => {
    // Units and posts from a few characters, so that wishes often run across them; blank units, spaces,
    // and the index's own separator (U+0000) among them.
    const text = fc.string({ unit: fc.constantFrom('财', '务', '科', '副', '长', ' ', '\u0000'), maxLength: 4 });
    const slotArb = fc.record({ unit: text, post: text, key: fc.boolean() }).map(({ unit, post, key }) => slot(unit, { post, key }));
    fc.assert(fc.property(fc.array(slotArb, { maxLength: 12 }), text, fc.boolean(), (slots, wish, keyPost) => {
      const m = mover({ wish }, keyPost);
      expect([...openPriceRow(m, new WishIndex(slots))]).toEqual(slots.map(moveCostOf(m, { units: new Map() })));
    }), { numRuns: 500 });
  });

  it('meets no wish when none is given', () => {
    expect(meetsWish(mover({ wish: '' }), slot('财务科'))).toBe(false);
    expect(meetsWish(mover({ wish: '  ' }), slot('财务科'))).toBe(false);
    expect(meetsWish(mover({ wish: '财务科' }), slot('财务科'))).toBe(true);
  });
});

describe('explainUnplaced', () => {
  const closed = (entries: [string, 'own' | 'relative' | 'history'][]) => ({ units: new Map(entries) });
  it('says there is no post of the rank outside the own unit', () => {
    expect(explainUnplaced(closed([['办公室', 'own']]), [slot('办公室'), slot('办公室')], settings())).toBe('本单位外无同职级空出岗位');
    expect(explainUnplaced(closed([['办公室', 'own']]), [], settings())).toBe('本单位外无同职级空出岗位');
  });

  it('names every reason that closes the posts outside, in the order the posts come', () => {
    const barriers = closed([['办公室', 'own'], ['财务科', 'history'], ['审计科', 'relative']]);
    expect(explainUnplaced(barriers, [slot('办公室'), slot('财务科'), slot('审计科'), slot('财务科')], settings())).toBe('本单位外的同职级岗位均为近5年内曾任职单位或有亲属回避');
    expect(explainUnplaced(barriers, [slot('审计科'), slot('财务科')], settings({ noReturnYears: 3 }))).toBe('本单位外的同职级岗位均有亲属回避或为近3年内曾任职单位');
    expect(explainUnplaced(barriers, [slot('财务科')], settings())).toBe('本单位外的同职级岗位均为近5年内曾任职单位');
  });

  it('says the open posts went to others when one is open', () => {
    const barriers = closed([['办公室', 'own'], ['财务科', 'history']]);
    expect(explainUnplaced(barriers, [slot('财务科'), slot('宣传科')], settings())).toBe('可去的同职级岗位均未空出(原任者未能交流)或已安排给其他交流人员');
  });
});

describe('notesFor', () => {
  it('names whom the mover replaces or the vacancy row, a met wish, and the move out of or within key work', () => {
    const holder = cadre({ name: '乙', unit: '财务科', post: '副科长' });
    expect(notesFor(mover({ wish: '财务科' }), slot('财务科', { freedBy: holder }))).toEqual(['接替乙(财务科副科长)', '符合本人意向']);
    expect(notesFor(mover({}, true), slot('宣传科', { vacancyRow: 7 }))).toEqual(['填补空缺岗位(空缺表第7行)', '由重点岗位交流到一般岗位']);
    expect(notesFor(mover({}, true), slot('审计科', { key: true, vacancyRow: 0 }))).toEqual(['填补空缺岗位(空缺表第0行)', '仍在重点岗位,宜加强监督']);
    expect(notesFor(mover(), slot('审计科', { key: true }))).toEqual([]);
  });
});

describe('rankKey and leaderLevel', () => {
  it('reads the level from the rank where it says so, else from the post', () => {
    expect(leaderLevel('副科', '科长')).toBe('deputy');
    expect(leaderLevel('正科', '副科长')).toBe('chief');
    expect(leaderLevel('', '副主任')).toBe('deputy');
    expect(['科长', '办公室主任', '党支部书记', '大队长', '所长', '站长', '工会主席'].map((post) => leaderLevel('', post))).toEqual(new Array(7).fill('chief'));
    expect(leaderLevel('一级科员', '科员')).toBeUndefined();
    expect(leaderLevel('', '')).toBeUndefined();
  });

  it('matches by the rank as written, 级 dropped, else by level, else by the post', () => {
    expect(rankKey(' 正科级 ', '科长')).toBe('正科');
    expect(rankKey('副处级', '')).toBe('副处');
    // '级' alone or after one character is the rank itself.
    expect(rankKey('级', '')).toBe('级');
    expect(rankKey('七级', '')).toBe('七级');
    // Only a closing 级 is dropped.
    expect(rankKey('副处级干部', '')).toBe('副处级干部');
    expect(rankKey('', '科长')).toBe('正职');
    expect(rankKey('', '副科长')).toBe('副职');
    expect(rankKey('', ' 科 员 ')).toBe('科员');
    expect(rankKey('', '')).toBe('(未填职级)');
  });
});

describe('relativesIndex', () => {
  it('links both ways, every cadre of a shared name, never oneself, in roster order', () => {
    const cadres = [
      cadre({ name: '甲', relatives: [{ name: '丙', relation: '配偶' }, { name: '乙', relation: '兄弟' }] }),
      cadre({ name: '乙' }),
      cadre({ name: '丙' }),
      cadre({ name: '丙', relatives: [{ name: '丙', relation: '兄弟' }] }),
      cadre({ name: '', relatives: [{ name: '乙', relation: '父子' }] }),
      cadre({ name: '丁', relatives: [{ name: '戊', relation: '配偶' }] }),
      cadre({ name: '' }),
      cadre({ name: '己', relatives: [{ name: '', relation: '配偶' }] }),
    ];
    // 甲 names 丙 (both of them) before 乙, listed in roster order all the same. 丙 (row 4) names a 丙: the
    // other 丙 (row 3), not row 4 itself. The nameless row still names 乙; a blank name links nobody.
    expect(relativesIndex(cadres)).toEqual([[1, 2, 3], [0, 4], [0, 3], [0, 2], [1], [], [], []]);
  });
});
