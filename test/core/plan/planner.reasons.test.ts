/**
 * What the planner says of those it cannot place when a relative of theirs moves, of a vacancy in key
 * work, and of locked moves it cannot keep: each expected plan worked out by hand in the comments.
 */
import { LockedMovesClash, planSwaps } from '../../../src/core/plan/planner';
import { cadreId } from '../../../src/core/sheets/planSheet';
import { checkOf, Row, settings } from '../../helpers';

const due = (name: string, unit: string, extra: Partial<Row> = {}): Row => ({ name, unit, postStart: '2010.01', ...extra });
const outcome = (rows: Row[]) => {
  const p = planSwaps(checkOf(rows), [], settings());
  return {
    moves: Object.fromEntries(p.assignments.map((a) => [a.mover.cadre.name, a.to.unit])),
    unplaced: p.unplaced.map((u) => [u.mover.cadre.name, u.reason]),
  };
};

describe('a mover left where a relative who moves ends', () => {
  // 丙 holds the one post of 财务科; the spouses 甲 and 乙 hold the two of 办公室. Only one spouse can take
  // 财务科 (one post), and 丙 takes that spouse's post. The other spouse's only post outside 办公室 is then
  // in the unit where the moved spouse ends: closed by avoidance, not merely taken.
  it('says every post outside is closed by avoidance when the later row stays', () => {
    // 甲 wishes 财务科 (2 instead of 10), so 甲 moves, into 丙's post, the first of the posts.
    expect(outcome([due('丙', '财务科'), due('甲', '办公室', { relatives: '乙(配偶)', wish: '财务科' }), due('乙', '办公室')])).toEqual({
      moves: { 丙: '办公室', 甲: '财务科' },
      unplaced: [['乙', '本单位外的同职级岗位均有亲属回避']],
    });
  });

  it('says the same when the earlier row stays', () => {
    // Now 乙 wishes 财务科, so 乙 moves and 甲, the earlier row, stays.
    expect(outcome([due('甲', '办公室', { relatives: '乙(配偶)' }), due('乙', '办公室', { wish: '财务科' }), due('丙', '财务科')])).toEqual({
      moves: { 乙: '财务科', 丙: '办公室' },
      unplaced: [['甲', '本单位外的同职级岗位均有亲属回避']],
    });
  });

  it('keeps the first reason found for a unit: one left within 5 years stays so', () => {
    // 乙 left 财务科 in 2023, so 乙 cannot go there anyway; 甲 does, and 乙's reason is the history.
    expect(outcome([due('丙', '财务科'), due('甲', '办公室', { relatives: '乙(配偶)' }), due('乙', '办公室', { history: '财务科(2015.01-2023.06)' })])).toEqual({
      moves: { 丙: '办公室', 甲: '财务科' },
      unplaced: [['乙', '本单位外的同职级岗位均为近5年内曾任职单位']],
    });
  });
});

describe('a vacancy in key work', () => {
  it('counts a vacancy as a key post when its post names key work, though its unit is no key unit', () => {
    // 财务科 is key work (the word 财务); the vacancy 综合科 审计员 is too (审计). 甲 can only take it.
    const vacancies = [{ row: 2, unit: '综合科', post: '审计员', rank: '科员' }];
    const p = planSwaps(checkOf([due('甲', '财务科')]), vacancies, settings({ competitionShare: 0 }));
    expect(p.assignments.map((a) => [a.to.unit, a.to.key, a.notes])).toEqual([
      ['综合科', true, ['填补空缺岗位(空缺表第2行)', '仍在重点岗位,宜加强监督']],
    ]);
  });

  it('counts a vacancy as a key post when its unit is a key unit, though its post names no key work', () => {
    // 综合科 is set as a key unit; its 科员 vacancy is a key post, so 甲 (财务科, key work) stays in key work.
    const vacancies = [{ row: 2, unit: '综合科', post: '科员', rank: '科员' }];
    const p = planSwaps(checkOf([due('甲', '财务科')]), vacancies, settings({ competitionShare: 0, keyUnits: ['综合科'] }));
    expect(p.assignments.map((a) => [a.to.unit, a.to.key, a.notes])).toEqual([
      ['综合科', true, ['填补空缺岗位(空缺表第2行)', '仍在重点岗位,宜加强监督']],
    ]);
  });
});

describe('locked moves that cannot all stand', () => {
  it('refuses, in words that say what to check', () => {
    // 甲 is locked into 财务科, whose one post 乙 holds; 乙 is not on the plan any more, so stays.
    const check = checkOf([due('甲', '办公室'), due('乙', '财务科')]);
    const [甲] = check.checked.map((entry) => entry.cadre);
    const keep = { locked: [{ cadre: 甲, to: { unit: '财务科', post: '科员' } }], movable: new Set([cadreId(甲)]) };
    const attempt = () => planSwaps(check, [], settings(), [], keep);
    expect(attempt).toThrow(LockedMovesClash);
    expect(attempt).toThrow('锁定的交流无法同时保留:所需岗位的原任者无处可去,或与亲属回避冲突。请核对锁定的各行。');
  });
});
