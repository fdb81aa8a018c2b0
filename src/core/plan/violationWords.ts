/**
 * What the check of an edited plan says, in staff's words (zh-CN) with English beside: one sentence per
 * broken rule or warning, from the facts the check found.
 */
import { formatDayCn } from '../dates';
import { ReasonDetail, ReasonLocale, reasonsIn } from '../rules/reasonWords';
import { STATUS_LABELS, STATUS_LABELS_EN, Status } from '../rules/status';

/** The hard rules of a move, as the CLI's JSON names them. */
export type RuleCode = 'same-unit' | 'rank' | 'post-taken' | 'post-not-free' | 'relative' | 'return' | 'exempt' | 'not-on-roster' | 'over-quota' | 'batch-order';
/** The soft rules: the move may stand, but staff should know. */
export type WarningCode = 'not-due' | 'key-to-key' | 'batch-leaders';

/** A broken rule or a warning, as data: the words come from `violationText`. */
export type Finding =
  | { rule: 'same-unit'; unit: string }
  | { rule: 'rank'; unit: string; post: string; ranks: string[]; own: string }
  | { rule: 'post-taken'; unit: string; post: string; byRow: number; byName: string }
  | { rule: 'post-not-free'; unit: string; post: string; holders: string[] }
  | { rule: 'relative'; unit: string; relative: string; relation: string }
  | { rule: 'return'; unit: string; left: string; years: number }
  | { rule: 'exempt'; details: ReasonDetail[] }
  | { rule: 'not-on-roster'; name: string }
  | { rule: 'over-quota'; unit: string; level: string; quota: number; count: number; today: number }
  | { rule: 'batch-order'; unit: string; post: string; batch: number; holder: string; holderBatch: number }
  | { rule: 'batch-leaders'; unit: string; batch: number; count: number; cap: number }
  | { rule: 'not-due'; status: Status }
  | { rule: 'key-to-key'; unit: string; post: string };

type Words = { [K in Finding['rule']]: (f: Extract<Finding, { rule: K }>) => string };

const WORDS: Record<ReasonLocale, Words> = {
  'zh-CN': {
    'same-unit': (f) => `拟任单位"${f.unit}"就是本人现在的单位,轮岗须到其他单位`,
    rank: (f) => `拟任岗位${f.unit}${f.post}的职级为${f.ranks.join('、')},与本人职级${f.own || '(未填)'}不同,轮岗须同职级`,
    'post-taken': (f) => `岗位${f.unit}${f.post}已安排给第${f.byRow}行的${f.byName},同一岗位只能安排一人`,
    'post-not-free': (f) => (f.holders.length > 0
      ? `岗位${f.unit}${f.post}未空出:现任${f.holders.join('、')}不在本方案中交流`
      : `岗位${f.unit}${f.post}不是本方案空出的岗位,也不在空缺岗位表中`),
    relative: (f) => `亲属${f.relative}${f.relation ? `(${f.relation})` : ''}交流后也在${f.unit},须回避`,
    return: (f) => `${f.unit}是本人${formatDayCn(f.left)}离开的单位,近${f.years}年内不得回原单位`,
    exempt: (f) => `本人暂缓轮岗,不应交流(${reasonsIn(f.details, 'zh-CN').join(';')})`,
    'not-on-roster': (f) => `花名册中没有"${f.name}"`,
    'over-quota': (f) => `交流后${f.unit}${f.level}共${f.count}人,超过核定职数${f.quota}${f.today > f.quota ? `(现有${f.today}人,交流不得再增加)` : ''}`,
    'batch-order': (f) => `岗位${f.unit}${f.post}的原任者${f.holder}在第${f.holderBatch}批才交流,本人不能早于其离任,在第${f.batch}批到任`,
    'batch-leaders': (f) => `${f.unit}在第${f.batch}批有${f.count}名领导干部交流,超过分批规则允许的${f.cap}人(每批不超过领导班子的三分之一)`,
    'not-due': (f) => `本人为"${STATUS_LABELS[f.status]}",未到应轮岗年限`,
    'key-to-key': (f) => `由重点岗位交流到重点岗位${f.unit}${f.post},宜加强监督`,
  },
  'en-US': {
    'same-unit': (f) => `The target unit "${f.unit}" is the cadre's own unit; a rotation goes to another unit`,
    rank: (f) => `The post "${f.unit}${f.post}" is of rank ${f.ranks.map((r) => `"${r}"`).join(', ')}, not the cadre's rank ${f.own ? `"${f.own}"` : '(blank)'}; a rotation keeps the rank`,
    'post-taken': (f) => `The post "${f.unit}${f.post}" is already given to "${f.byName}" on row ${f.byRow}; a post takes one cadre`,
    'post-not-free': (f) => (f.holders.length > 0
      ? `The post "${f.unit}${f.post}" is not free: its holder ${f.holders.map((h) => `"${h}"`).join(', ')} does not move in this plan`
      : `The post "${f.unit}${f.post}" is neither freed by this plan nor a listed vacancy`),
    relative: (f) => `A relative, "${f.relative}"${f.relation ? ` ("${f.relation}")` : ''}, is also in "${f.unit}" after the moves (avoidance)`,
    return: (f) => `The cadre left "${f.unit}" on ${f.left}; no return within ${f.years} years`,
    exempt: (f) => `The cadre is on hold and should not move (${reasonsIn(f.details, 'en-US').join('; ')})`,
    'not-on-roster': (f) => `"${f.name}" is not on the roster`,
    'over-quota': (f) => `After the moves "${f.unit}" has ${f.count} of "${f.level}", over its quota of ${f.quota}${f.today > f.quota ? ` (it has ${f.today} today; the moves may not add more)` : ''}`,
    'batch-order': (f) => `The holder of the post "${f.unit}${f.post}", "${f.holder}", leaves in batch ${f.holderBatch}; the cadre cannot take the post earlier, in batch ${f.batch}`,
    'batch-leaders': (f) => `${f.count} leaders of "${f.unit}" move in batch ${f.batch}, more than the ${f.cap} a batch allows (a third of the unit's leaders at most)`,
    'not-due': (f) => `The cadre's status is ${STATUS_LABELS_EN[f.status]}: not yet due for rotation`,
    'key-to-key': (f) => `Moves from a key post to the key post "${f.unit}${f.post}"; closer supervision advised`,
  },
};

/** One finding in words: `violationText({ rule: 'same-unit', unit: '财务科' })` is '拟任单位"财务科"就是本人现在的单位,轮岗须到其他单位'. */
export function violationText(finding: Finding, locale: ReasonLocale = 'zh-CN'): string {
  return (WORDS[locale][finding.rule] as (f: Finding) => string)(finding);
}
