/**
 * The quota rule at its edges: which row covers whom, counts after moves from outside the roster, the room
 * left, the order of the flagged rows and their words (docs/rules.md: `财务科 副科:核定1,实有2,超职数1`,
 * `办公室 副科已满核定职数2,空缺岗位(第2行)未安排`). Every count here is counted by hand from the roster.
 */
import { Cadre } from '../../../src/core/roster/cadre';
import {
  QuotaLine, quotaCounts, quotaCovers, quotaExcess, quotaFlagged, quotaHeldNotes, quotaLineText, quotaLineTextEn, quotaRoom, quotaState,
} from '../../../src/core/quota/quota';
import { Quota } from '../../../src/core/quota/quotaSheet';
import { Row, checkOf } from '../../helpers';

const quota = (unit: string, rank: string, count: number, post = ''): Quota => ({ row: 0, unit, rank, post, quota: count });
/** The cadres of a roster, built in each test so that a mutation run counts the code they reach as covered by it. */
const cadresOf = (rows: Row[]): Cadre[] => checkOf(rows).checked.map((entry) => entry.cadre);
const line = (q: Quota, count: number): QuotaLine => ({ quota: q, count, over: Math.max(0, count - q.quota), under: Math.max(0, q.quota - count) });

describe('quotaCovers', () => {
  it('by rank where the row gives one, 正科 and 正科级 alike, whatever the post', () => {
    expect(quotaCovers(quota('财务科', '正科', 1), '正科级', '科员')).toBe(true);
    expect(quotaCovers(quota('财务科', '正科级', 1), '正科', '科长')).toBe(true);
    expect(quotaCovers(quota('财务科', '正科', 1), '副科', '科长')).toBe(false);
  });
  it('by a leader post\'s level where it gives none: 科长 covers every 正职, not a 副职 nor staff', () => {
    const chief = quota('办公室', '', 1, '科长');
    expect(quotaCovers(chief, '', '主任')).toBe(true);
    expect(quotaCovers(chief, '正科', '科员')).toBe(true);
    expect(quotaCovers(chief, '', '副主任')).toBe(false);
    expect(quotaCovers(chief, '科员', '科员')).toBe(false);
  });
  it('by the post itself, spaces aside, where the post is no leader\'s', () => {
    const staff = quota('办公室', '', 3, '科 员');
    expect(quotaCovers(staff, '', '科员')).toBe(true);
    expect(quotaCovers(staff, '', '办事员')).toBe(false);
  });
});

describe('quotaCounts', () => {
  let cadres: Cadre[];
  beforeEach(() => {
    cadres = cadresOf([{ name: '甲', unit: '财务科' }, { name: '乙', unit: '办公室' }, { name: '丙', unit: '办 公 室', post: '副主任', rank: '副科' }]);
  });

  it('counts a unit written with spaces as the unit, and a move without a post keeps the post', () => {
    const quotas = [quota('办公室', '', 5, '科员'), quota('办公室', '副科', 1), quota('财务科', '', 5, '科员')];
    expect(quotaCounts(cadres, [], quotas).map((l) => l.count)).toEqual([1, 1, 1]);
    expect(quotaCounts(cadres, [{ cadre: cadres[0], unit: '办公室' }], quotas).map((l) => l.count)).toEqual([2, 1, 0]);
    expect(quotaCounts(cadres, [{ cadre: cadres[0], unit: '办公室', post: '办事员' }], quotas).map((l) => l.count)).toEqual([1, 1, 0]);
  });

  it('counts a cadre from outside the list where the move puts them, in the move\'s post or their own', () => {
    const [outsider] = cadresOf([{ name: '丁', unit: '宣传科' }]);
    const quotas = [quota('财务科', '', 1, '科员'), quota('宣传科', '', 1, '科员')];
    expect(quotaCounts(cadres, [{ cadre: outsider, unit: '财务科' }], quotas).map((l) => [l.count, l.over])).toEqual([[2, 1], [0, 0]]);
    expect(quotaCounts(cadres, [{ cadre: outsider, unit: '财务科', post: '副科长' }], quotas).map((l) => l.count)).toEqual([1, 0]);
    expect(quotaExcess(cadres, [{ cadre: outsider, unit: '财务科' }], quotas).map((l) => l.quota.unit)).toEqual(['财务科']);
  });
});

describe('quotaRoom', () => {
  it('gives the least room of the rows covering a holder, 0 when full, undefined where no row covers', () => {
    const cadres = cadresOf([{ name: '甲', unit: '办公室', post: '副主任', rank: '副科' }, { name: '乙', unit: '办公室', post: '副主任', rank: '副科' }]);
    // 办公室 has two 副科: room 3 by rank, 1 by the 副职 post row; 财务科 has none, room 2.
    const room = quotaRoom(cadres, [quota('办公室', '副科', 5), quota('办公室', '', 3, '副主任'), quota('财务科', '副科', 2), quota('宣传科', '副科', 1)]);
    expect(room('办公室', '副科', '副主任')).toBe(1);
    expect(room('办 公室', '副科', '科员')).toBe(1);
    expect(room('财务科', '副科', '副科长')).toBe(2);
    expect(room('财务科', '科员', '科员')).toBeUndefined();
    expect(room('审计科', '副科', '副科长')).toBeUndefined();
    const full = quotaRoom(cadres, [quota('办公室', '副科', 1)]);
    expect(full('办公室', '副科', '副主任')).toBe(0);
  });
});

describe('the flagged rows and their words', () => {
  const over = line(quota('财务科', '副科', 1), 3);
  const under = line(quota('办公室', '', 2, '科员'), 1);
  const met = line(quota('宣传科', '正科', 1), 1);
  const under2 = line(quota('审计科', '科员', 4), 0);

  it('puts the rows over quota first, then those under, each in sheet order, and leaves out those that meet it', () => {
    expect(quotaFlagged([under, met, over, under2])).toEqual([over, under, under2]);
    expect(quotaFlagged([met])).toEqual([]);
  });

  it('says over and under as docs/rules.md writes them', () => {
    expect(quotaState(over)).toBe('超职数2');
    expect(quotaState(under)).toBe('空缺1');
    expect(quotaLineText(over)).toBe('财务科 副科:核定1,实有3,超职数2');
    expect(quotaLineText(under)).toBe('办公室 科员:核定2,实有1,空缺1');
    expect(quotaLineText(met)).toBeUndefined();
    expect(quotaLineTextEn(over)).toBe('财务科, 副科: quota 1, 3 in post, 2 over quota');
    expect(quotaLineTextEn(under2)).toBe('审计科, 科员: quota 4, 0 in post, 4 vacant');
    expect(quotaLineTextEn(met)).toBeUndefined();
  });
});

describe('quotaHeldNotes', () => {
  let cadres: Cadre[];
  const deputy = { post: '副主任', rank: '副科' };
  beforeEach(() => {
    cadres = cadresOf([{ name: '甲', unit: '办公室', ...deputy }, { name: '乙', unit: '办公室', ...deputy }, { name: '丙', unit: '财务科', post: '副科长', rank: '副科' }]);
  });
  const open = [
    { unit: '办公室', rank: '副科', post: '副主任', vacancyRow: 2 },
    { unit: '办公室', rank: '副科', post: '副主任' },
    { unit: '办公室', rank: '副科', post: '副主任', vacancyRow: 5 },
    { unit: '财务科', rank: '副科', post: '副科长', vacancyRow: 3 },
    { unit: '办公室', rank: '科员', post: '科员', vacancyRow: 4 },
  ];

  it('names the full rows and the vacancy rows they hold back, a freed post (no row) left out', () => {
    // 办公室 has 2 副科 for a quota of 2: full; 财务科 1 for 2: room left, nothing held.
    expect(quotaHeldNotes(cadres, [], [quota('办公室', '副科', 2), quota('财务科', '副科', 2)], open)).toEqual([
      '办公室 副科已满核定职数2,空缺岗位(第2、5行)未安排',
    ]);
  });

  it('counts the unit after the plan\'s moves, and a row over quota holds back too', () => {
    const moves = [{ cadre: cadres[0], unit: '财务科' }];
    expect(quotaHeldNotes(cadres, moves, [quota('办公室', '副科', 2), quota('财务科', '副科', 1)], open)).toEqual([
      '财务科 副科已满核定职数1,空缺岗位(第3行)未安排',
    ]);
    expect(quotaHeldNotes(cadres, [], [quota('办公室', '', 1, '副主任')], open)).toEqual(['办公室 副主任已满核定职数1,空缺岗位(第2、5行)未安排']);
  });

  it('says nothing where a full row holds no listed vacancy', () => {
    expect(quotaHeldNotes(cadres, [], [quota('办公室', '副科', 2)], [{ unit: '办公室', rank: '副科', post: '副主任' }])).toEqual([]);
  });
});
