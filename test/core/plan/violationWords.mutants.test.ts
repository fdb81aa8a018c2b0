import { Finding, violationText } from '../../../src/core/plan/violationWords';

/** Each finding with the sentence staff read, in Chinese and in English, written out by hand. */
const CASES: [Finding, string, string][] = [
  [{ rule: 'same-unit', unit: '财务科' }, '拟任单位"财务科"就是本人现在的单位,轮岗须到其他单位', 'The target unit "财务科" is the cadre\'s own unit; a rotation goes to another unit'],
  [{ rule: 'rank', unit: '办公室', post: '副主任', ranks: ['副科', '副处'], own: '正科' },
    '拟任岗位办公室副主任的职级为副科、副处,与本人职级正科不同,轮岗须同职级',
    'The post "办公室副主任" is of rank "副科", "副处", not the cadre\'s rank "正科"; a rotation keeps the rank'],
  [{ rule: 'rank', unit: '办公室', post: '科员', ranks: ['科员'], own: '' },
    '拟任岗位办公室科员的职级为科员,与本人职级(未填)不同,轮岗须同职级',
    'The post "办公室科员" is of rank "科员", not the cadre\'s rank (blank); a rotation keeps the rank'],
  [{ rule: 'post-taken', unit: '审计科', post: '科长', byRow: 7, byName: '李四' },
    '岗位审计科科长已安排给第7行的李四,同一岗位只能安排一人', 'The post "审计科科长" is already given to "李四" on row 7; a post takes one cadre'],
  [{ rule: 'post-not-free', unit: '审计科', post: '科长', holders: ['王五', '赵六'] },
    '岗位审计科科长未空出:现任王五、赵六不在本方案中交流', 'The post "审计科科长" is not free: its holder "王五", "赵六" does not move in this plan'],
  [{ rule: 'post-not-free', unit: '审计科', post: '科长', holders: [] },
    '岗位审计科科长不是本方案空出的岗位,也不在空缺岗位表中', 'The post "审计科科长" is neither freed by this plan nor a listed vacancy'],
  [{ rule: 'relative', unit: '财务科', relative: '王五', relation: '' }, '亲属王五交流后也在财务科,须回避', 'A relative, "王五", is also in "财务科" after the moves (avoidance)'],
  [{ rule: 'return', unit: '宣传科', left: '2021-11-22', years: 5 }, '宣传科是本人2021年11月22日离开的单位,近5年内不得回原单位', 'The cadre left "宣传科" on 2021-11-22; no return within 5 years'],
  [{ rule: 'exempt', details: [{ reason: { kind: 'remark', word: '病休' }, onHold: false }, { reason: { kind: 'remark', word: '借调' }, onHold: true }] },
    '本人暂缓轮岗,不应交流(备注注明"病休";暂缓:备注注明"借调")', 'The cadre is on hold and should not move (The remarks say "病休"; On hold: The remarks say "借调")'],
  [{ rule: 'not-on-roster', name: '孙八' }, '花名册中没有"孙八"', '"孙八" is not on the roster'],
  [{ rule: 'over-quota', unit: '人事科', level: '副职', quota: 2, count: 3, today: 2 }, '交流后人事科副职共3人,超过核定职数2', 'After the moves "人事科" has 3 of "副职", over its quota of 2'],
  [{ rule: 'over-quota', unit: '人事科', level: '副职', quota: 2, count: 4, today: 3 },
    '交流后人事科副职共4人,超过核定职数2(现有3人,交流不得再增加)', 'After the moves "人事科" has 4 of "副职", over its quota of 2 (it has 3 today; the moves may not add more)'],
  [{ rule: 'batch-order', unit: '办公室', post: '主任', batch: 1, holder: '张三', holderBatch: 2 },
    '岗位办公室主任的原任者张三在第2批才交流,本人不能早于其离任,在第1批到任',
    'The holder of the post "办公室主任", "张三", leaves in batch 2; the cadre cannot take the post earlier, in batch 1'],
  [{ rule: 'batch-leaders', unit: '财务科', batch: 2, count: 2, cap: 1 },
    '财务科在第2批有2名领导干部交流,超过分批规则允许的1人(每批不超过领导班子的三分之一)',
    '2 leaders of "财务科" move in batch 2, more than the 1 a batch allows (a third of the unit\'s leaders at most)'],
  [{ rule: 'not-due', status: 'warning' }, '本人为"即将到期",未到应轮岗年限', 'The cadre\'s status is Due soon: not yet due for rotation'],
  [{ rule: 'key-to-key', unit: '审计科', post: '科长' }, '由重点岗位交流到重点岗位审计科科长,宜加强监督', 'Moves from a key post to the key post "审计科科长"; closer supervision advised'],
];

describe('violationText', () => {
  it.each(CASES)('says %j in both languages', (finding, zh, en) => {
    expect(violationText(finding)).toBe(zh);
    expect(violationText(finding, 'zh-CN')).toBe(zh);
    expect(violationText(finding, 'en-US')).toBe(en);
  });
});
