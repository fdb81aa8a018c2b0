import { planSwaps } from '../../../src/core/plan/planner';
import { splitForCompetition } from '../../../src/core/plan/vacancies';
import { checkOf, Row, settings } from '../../helpers';

const due = (name: string, unit: string, extra: Partial<Row> = {}): Row => ({ name, unit, postStart: '2010.01', ...extra });
const plan = (rows: Row[], vacancies = [], overrides = {}) => planSwaps(checkOf(rows), vacancies, settings(overrides));
const moves = (p: ReturnType<typeof plan>) => Object.fromEntries(p.assignments.map((a) => [a.mover.cadre.name, a.to.unit]));

describe('planSwaps', () => {
  it('swaps two due cadres of one rank between their units', () => {
    const p = plan([due('甲', '办公室'), due('乙', '财务科'), { name: '丙', unit: '档案室' }]);
    expect(moves(p)).toEqual({ 甲: '财务科', 乙: '办公室' });
    expect(p.assignments[0].notes).toContain('接替乙(财务科科员)');
    expect(p.unplaced).toEqual([]);
  });

  it('keeps the rank: a 正科 takes only a 正科 post', () => {
    const p = plan([due('甲', '办公室', { rank: '正科', post: '主任' }), due('乙', '财务科', { rank: '副科', post: '副科长' })]);
    expect(p.assignments).toEqual([]);
    expect(p.unplaced.map((u) => u.reason)).toEqual(['本单位外无同职级空出岗位', '本单位外无同职级空出岗位']);
    expect(p.rankGroups).toEqual([{ rank: '副科', movers: 1, slots: 1 }, { rank: '正科', movers: 1, slots: 1 }]);
  });

  it('never moves an exempt cadre, and moves the suggested only when asked', () => {
    const rows = [due('甲', '办公室'), due('乙', '财务科', { remarks: '借调' }), { name: '丙', unit: '档案室', birth: '1995.01', postStart: '2020.01' }];
    expect(Object.keys(moves(plan(rows)))).toEqual([]);
    expect(moves(plan(rows, [], { includeSuggested: true }))).toEqual({ 甲: '档案室', 丙: '办公室' });
  });

  it('keeps a mover out of a unit where a relative stays', () => {
    const rows = [due('甲', '办公室', { relatives: '丁(配偶)' }), due('乙', '财务科'), due('丙', '审计科'), { name: '丁', unit: '财务科' }];
    const p = plan(rows);
    expect(moves(p).甲).toBe('审计科');
  });

  it('counts a relative who moves where they end, not where they were', () => {
    // 甲 and 乙 are spouses; 乙 leaves 财务科, so 甲 may go there, but not where 乙 goes.
    const rows = [due('甲', '办公室', { relatives: '乙(配偶)' }), due('乙', '财务科'), due('丙', '审计科')];
    const p = plan(rows);
    const m = moves(p);
    expect(Object.keys(m)).toHaveLength(3);
    expect(m.甲).not.toBe(m.乙);
  });

  it('moves both spouses when each can take the other\'s unit once they have left it (the three-cadre case)', () => {
    // 办公室 has 甲 and 乙, 宣传科 has 乙's wife 丙; one rank, all due. 丙 can only go to 办公室, 甲 and 乙 only to
    // 宣传科, which has one post: at most two move. 甲 → 宣传科 with 丙 → 办公室 leaves 丙 beside her husband
    // 乙, who stays; 乙 → 宣传科 with 丙 → 办公室 (乙's post) breaks no rule. So exactly that plan, and 甲 stays
    // because the one post he could take goes to 乙.
    const p = plan([due('甲', '办公室'), due('乙', '办公室', { relatives: '丙(配偶)' }), due('丙', '宣传科')]);
    expect(moves(p)).toEqual({ 乙: '宣传科', 丙: '办公室' });
    expect(p.assignments.find((a) => a.mover.cadre.name === '丙')?.notes).toContain('接替乙(办公室科员)');
    expect(p.unplaced.map((u) => [u.mover.cadre.name, u.reason])).toEqual([['甲', '可去的同职级岗位均未空出(原任者未能交流)或已安排给其他交流人员']]);
  });

  it('splits spouses who would both take their wished unit, though it has room for two', () => {
    // 甲 and 乙, spouses in 办公室, both wish 审计科, which has two posts (丙, 丁); 档案室 has one (戊). Everyone
    // can be placed (e.g. 甲 → 审计科, 乙 → 档案室, 戊 → 审计科, 丙 and 丁 → 办公室), and in every such plan the
    // spouses are in 审计科 and 档案室 one each: cost 2 + 10 for them, 10 each for 丙, 丁 (out of key work)
    // and 戊, 42 in all. The two spouses are alike, so row order decides: 甲 keeps the wish.
    const rows = [
      due('甲', '办公室', { relatives: '乙(配偶)', wish: '审计科' }), due('乙', '办公室', { wish: '审计科' }),
      due('丙', '审计科'), due('丁', '审计科'), due('戊', '档案室'),
    ];
    expect(moves(plan(rows))).toEqual({ 甲: '审计科', 乙: '档案室', 丙: '办公室', 丁: '办公室', 戊: '审计科' });
  });

  it('breaks ties by row order: of two alike, the earlier row moves', () => {
    // 甲 and 乙 hold alike posts in 办公室; 丙's post in 财务科 is the only one either can take, and 丙 can take
    // either of theirs. One of the two moves; the earlier row, 甲, and 丙 takes 甲's post.
    const p = plan([due('甲', '办公室'), due('乙', '办公室'), due('丙', '财务科')]);
    expect(moves(p)).toEqual({ 甲: '财务科', 丙: '办公室' });
    expect(p.assignments.find((a) => a.mover.cadre.name === '丙')?.notes).toContain('接替甲(办公室科员)');
    expect(p.unplaced.map((u) => u.mover.cadre.name)).toEqual(['乙']);
  });

  it('moves cadres out of key posts rather than from one key post into another', () => {
    // 财务科 and 审计科 are key posts. All four can be placed in many ways, each costing 10 a move plus 6 for
    // each key holder who lands in a key post: 40 at best, only when 甲 and 乙 take 档案室 and 办公室, and 丙
    // and 丁 the key posts.
    const p = plan([due('甲', '财务科'), due('乙', '审计科'), due('丙', '档案室'), due('丁', '办公室')]);
    const m = moves(p);
    expect(Object.keys(m)).toHaveLength(4);
    expect(new Set([m.甲, m.乙])).toEqual(new Set(['档案室', '办公室']));
    expect(new Set([m.丙, m.丁])).toEqual(new Set(['财务科', '审计科']));
    for (const name of ['甲', '乙']) expect(p.assignments.find((a) => a.mover.cadre.name === name)?.notes).toContain('由重点岗位交流到一般岗位');
  });

  it('pays the least among plans that place as many: a wish is met when it costs nobody a place', () => {
    // Three units with one post each: placing all three takes a cycle, and there are two. 甲 → 档案室 (wished,
    // 2), 丙 → 审计科 (10), 乙 → 办公室 (10, out of key work): 22. 甲 → 审计科 (10), 乙 → 档案室 (10),
    // 丙 → 办公室 (10): 30. The first.
    const p = plan([due('甲', '办公室', { wish: '档案室' }), due('乙', '审计科', { postStart: '2015.01' }), due('丙', '档案室')]);
    expect(moves(p)).toEqual({ 甲: '档案室', 乙: '办公室', 丙: '审计科' });
  });

  it('never gives away the post of a mover who cannot leave it', () => {
    // 甲 cannot go to 财务科 (his wife stays there) and 乙's post is the only one; 乙 must not take 甲's post
    // while 甲 stays in it.
    const rows = [due('甲', '办公室', { relatives: '丙(配偶)' }), due('乙', '财务科'), { name: '丙', unit: '财务科' }];
    const p = plan(rows);
    expect(p.assignments).toEqual([]);
    expect(p.unplaced.map((u) => u.mover.cadre.name)).toEqual(['甲', '乙']);
    expect(p.openSlots).toEqual([]);
  });

  it('places a cycle of three where no two can swap', () => {
    const rows = [due('甲', '办公室', { history: '审计科(2015.01-2023.06)' }), due('乙', '财务科', { history: '办公室(2015.01-2023.06)' }), due('丙', '审计科', { history: '财务科(2015.01-2023.06)' })];
    expect(moves(plan(rows))).toEqual({ 甲: '财务科', 乙: '审计科', 丙: '办公室' });
  });

  it('explains a mover left unplaced by avoidance', () => {
    const rows = [due('甲', '办公室', { relatives: '丙(父子)' }), due('乙', '财务科'), { name: '丙', unit: '财务科' }];
    const p = plan(rows);
    expect(p.unplaced.find((u) => u.mover.cadre.name === '甲')?.reason).toBe('本单位外的同职级岗位均有亲属回避');
  });

  it('keeps a mover out of a unit left within 5 years', () => {
    const rows = [due('甲', '办公室', { history: '财务科(2015.01-2023.06)' }), due('乙', '财务科'), due('丙', '审计科')];
    expect(moves(plan(rows)).甲).toBe('审计科');
    const blocked = plan([due('甲', '办公室', { history: '财务科(2015.01-2023.06)' }), due('乙', '财务科')]);
    expect(blocked.unplaced[0].reason).toBe('本单位外的同职级岗位均为近5年内曾任职单位');
  });

  it('counts the day exactly 5 years ago as within the last 5 years, and the day before it not', () => {
    // The plan date is 2026-11-22 (checkOf's default). Years are calendar years, so the last 5 years run
    // from 2021-11-22: a unit left that day is no target; one left on 2021-11-21 is.
    const swap = (left: string) => moves(plan([due('甲', '办公室', { history: `财务科(2015.01-${left})` }), due('乙', '财务科')]));
    expect(swap('2021.11.22')).toEqual({});
    expect(swap('2021.11.21')).toEqual({ 甲: '财务科', 乙: '办公室' });
  });

  it('prefers the mover\'s wish and a move out of key work', () => {
    const rows = [due('甲', '财务科', { wish: '档案室' }), due('乙', '审计科'), due('丙', '档案室')];
    const p = plan(rows);
    expect(moves(p).甲).toBe('档案室');
    expect(p.assignments.find((a) => a.mover.cadre.name === '甲')?.notes).toEqual(expect.arrayContaining(['符合本人意向', '由重点岗位交流到一般岗位']));
  });

  it('fills vacancies after marking the competition share', () => {
    const vacancies = [
      { row: 2, unit: '信息中心', post: '科员', rank: '科员' },
      { row: 3, unit: '档案室', post: '科员', rank: '科员' },
    ];
    const p = planSwaps(checkOf([due('甲', '办公室')]), vacancies, settings());
    expect(p.competition).toEqual([vacancies[0]]);
    expect(moves(p)).toEqual({ 甲: '档案室' });
    expect(p.assignments[0].notes[0]).toBe('填补空缺岗位(空缺表第3行)');
  });

  it('puts the moves into the fewest batches the leadership rule allows, every three months', () => {
    // 办公室 has 2 leaders and 财务科 3: each may lose one leader per batch. 甲 ↔ 丙 (正科) and 乙 ↔ 丁
    // (副科) are two swap pairs, each taking one leader from both units, so they cannot share a batch.
    const rows = [
      due('甲', '办公室', { post: '主任', rank: '正科' }), due('乙', '办公室', { post: '副主任', rank: '副科' }),
      due('丙', '财务科', { post: '科长', rank: '正科' }), due('丁', '财务科', { post: '副科长', rank: '副科' }), { name: '戊', unit: '财务科', post: '副科长', rank: '副科', postStart: '2025.01' },
    ];
    const p = plan(rows);
    expect(moves(p)).toEqual({ 甲: '财务科', 乙: '财务科', 丙: '办公室', 丁: '办公室' });
    const batchOf = Object.fromEntries(p.assignments.map((a) => [a.mover.cadre.name, a.batch]));
    expect(batchOf).toEqual({ 甲: 1, 丙: 1, 乙: 2, 丁: 2 });
    expect(p.batchStarts).toEqual(['2026-11-22', '2027-02-22']);
    expect(p.warnings).toEqual([]);
    expect(plan(rows, [], { batchIntervalMonths: 6 }).batchStarts).toEqual(['2026-11-22', '2027-05-22']);
  });

  it('keeps plain staff swaps in one batch', () => {
    const p = plan([due('甲', '办公室'), due('乙', '财务科'), due('丙', '审计科')]);
    expect(p.assignments.map((a) => a.batch)).toEqual([1, 1, 1]);
    expect(p.batchStarts).toEqual(['2026-11-22']);
  });

  it('says so where one swap cycle takes two leaders of a unit that may lose only one at a time', () => {
    // The wishes make the only best plan one cycle 甲 → 丙's post → 乙's post → 丁's post → 甲's post:
    // 办公室's two 副职 leave together, and a team of two may lose one per batch.
    const rows = [
      due('甲', '办公室', { post: '副主任', rank: '副科', wish: '财务科' }), due('乙', '办公室', { post: '副书记', rank: '副科', wish: '审计科' }),
      due('丙', '财务科', { post: '副科长', rank: '副科', wish: '副书记' }), due('丁', '审计科', { post: '副科长', rank: '副科', wish: '副主任' }),
    ];
    const p = plan(rows);
    expect(Object.fromEntries(p.assignments.map((a) => [a.mover.cadre.name, `${a.to.unit}${a.to.post}`])))
      .toEqual({ 甲: '财务科副科长', 乙: '审计科副科长', 丙: '办公室副书记', 丁: '办公室副主任' });
    expect(p.warnings).toEqual(['办公室有2名领导干部在同一交流环中,须同批交流,超过分批规则允许的1人']);
  });
});

describe('splitForCompetition', () => {
  it('marks at least the share, rounded up, spread through the list', () => {
    expect(splitForCompetition(['a', 'b', 'c', 'd', 'e'], 0.5)).toEqual({ competition: ['a', 'c', 'e'], assignable: ['b', 'd'] });
    expect(splitForCompetition(['a', 'b', 'c'], 0.8).competition).toEqual(['a', 'b', 'c']);
    expect(splitForCompetition(['a', 'b'], 0).competition).toEqual([]);
  });
});

describe('ranks as written', () => {
  it('takes 正科级 and 正科 for one rank', async () => {
    const { rankKey } = await import('../../../src/core/plan/rankKey');
    expect(rankKey('正科级', '科长')).toBe(rankKey('正科', '科长'));
    expect(rankKey('一级科员', '科员')).toBe('一级科员');
    expect(rankKey('', '副科长')).toBe('副职');
  });
});
