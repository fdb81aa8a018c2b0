/**
 * Every number and word list of the rules, with the defaults of DOMAIN.md, and their validation.
 */
import { isIsoDate } from './dates';
import { fieldOfWord } from './roster/columns';

export type KeyPostClock = 'post' | 'leadership';
export const KEY_POST_CLOCKS: readonly KeyPostClock[] = ['post', 'leadership'];

export interface Settings {
  /** 重点岗位任现职满N年 */
  keyPostYears: number;
  /** 同一职位任职满N年 */
  samePostYears: number;
  /** 同一单位工作满N年 */
  sameUnitYears: number;
  /** 即将到期: due on or before the day this many months after the plan date. */
  warningMonths: number;
  /** 建议轮岗: younger than this many years … */
  suggestedMaxAge: number;
  /** … and in the post at least this many years. */
  suggestedMinYears: number;
  retirementAgeMale: number;
  retirementAgeFemale: number;
  /** 暂缓: on or after the birthday this many years before retirement age. */
  exemptYearsBeforeRetirement: number;
  /** Words that make a post key when a category column or, failing that, a unit or post name contains them. */
  keyPostWords: string[];
  /** Units whose cadres are on the key-post rule, by a word of the unit's name (窗口, 服务大厅). */
  keyUnits: string[];
  /**
   * Where the key-post clock starts: 'post', the current post's start (任现职时间); or 'leadership',
   * continuous 正副职 service in the unit (在同一岗位上连续任正副职).
   */
  keyPostClock: KeyPostClock;
  /** 聘期: the length of an appointment term in years where the roster gives none (三年一聘). */
  termYears: number;
  /** The sheet of post quotas (职数), when named; otherwise one is looked for. */
  quotaSheet: string;
  /** Words in 备注 that put a cadre on hold. */
  exemptRemarkWords: string[];
  /** A unit left within this many years is not a target. */
  noReturnYears: number;
  /** Move the suggested cadres too, not only the due. */
  includeSuggested: boolean;
  /** The least share of vacancies marked for open competition (竞争上岗). */
  competitionShare: number;
  /** 公示期 in working days; never under 5. */
  publicityWorkingDays: number;
  /** 分批实施: months between the planned starts of two batches. */
  batchIntervalMonths: number;
  /** The issuing organization (e.g. 某某市某某局). */
  organization: string;
  /** Who decided (e.g. 局党组). */
  decidingBody: string;
  /** Where comments go. */
  contactPhone: string;
  contactAddress: string;
  reportLine: string;
  /** The notice's date (落款日期), YYYY-MM-DD; empty for the plan date. */
  noticeDate: string;
  // Reading the roster.
  /** Check and plan the rows hidden by hand or by a filter too (by default only the visible rows). */
  includeHiddenRows: boolean;
  /** A field mapped to a header where the guess is wrong: `{ "unitStart": "入职日期" }` or `{ "进入本单位时间": "入职日期" }`. */
  columnMap: Record<string, string>;
}

/** The defaults of DOMAIN.md. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  keyPostYears: 5,
  samePostYears: 10,
  sameUnitYears: 10,
  warningMonths: 6,
  suggestedMaxAge: 40,
  suggestedMinYears: 3,
  retirementAgeMale: 60,
  retirementAgeFemale: 55,
  exemptYearsBeforeRetirement: 2,
  keyPostWords: [
    '组织', '人事', '人财物', '财务', '资产', '物资', '审计', '纪检', '执纪', '监察', '执法', '行政处罚',
    '审批', '行政许可', '资金', '证照', '招投标', '招标', '采购',
  ],
  keyUnits: [],
  keyPostClock: 'post',
  termYears: 3,
  quotaSheet: '',
  exemptRemarkWords: ['试用期', '挂职', '借调', '病休', '长期病假', '暂缓', '立案', '审查'],
  noReturnYears: 5,
  includeSuggested: false,
  competitionShare: 0.5,
  publicityWorkingDays: 5,
  batchIntervalMonths: 3,
  organization: '',
  decidingBody: '',
  contactPhone: '',
  contactAddress: '',
  reportLine: '12380',
  noticeDate: '',
  includeHiddenRows: false,
  columnMap: {},
});

/** The least 公示期 the rules allow. */
export const MIN_PUBLICITY_WORKING_DAYS = 5;

/** What is wrong with one setting, as data; `settingsIssueText` puts it in words. */
export type SettingsProblem =
  | { kind: 'wholeNumber'; min: number; max: number }
  | { kind: 'publicityDays'; min: number; max: number }
  | { kind: 'share' | 'words' | 'text' | 'flag' | 'date' | 'clock' | 'unknown' | 'notObject' | 'columnMapShape' }
  | { kind: 'columnMapField' | 'columnMapHeader'; field: string };

export interface SettingsIssue {
  key?: string;
  problem: SettingsProblem;
}

type Check = (value: unknown) => SettingsProblem | undefined;
const wholeNumber = (min: number, max: number): Check => (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? undefined : { kind: 'wholeNumber', min, max };
const share: Check = (value) => (typeof value === 'number' && value >= 0 && value <= 1 ? undefined : { kind: 'share' });
const words: Check = (value) =>
  Array.isArray(value) && value.every((w) => typeof w === 'string' && w.trim().length > 0) ? undefined : { kind: 'words' };
const text: Check = (value) => (typeof value === 'string' && value.length <= 200 ? undefined : { kind: 'text' });
const flag: Check = (value) => (typeof value === 'boolean' ? undefined : { kind: 'flag' });
const columnMap: Check = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'columnMapShape' };
  for (const [field, header] of Object.entries(value)) {
    if (!fieldOfWord(field)) return { kind: 'columnMapField', field };
    if (typeof header !== 'string' || header.trim() === '') return { kind: 'columnMapHeader', field };
  }
  return undefined;
};
const clock: Check = (value) => (KEY_POST_CLOCKS.includes(value as KeyPostClock) ? undefined : { kind: 'clock' });
const dateOrEmpty: Check = (value) => (value === '' || isIsoDate(value) ? undefined : { kind: 'date' });

const CHECKS: Record<keyof Settings, Check> = {
  keyPostYears: wholeNumber(1, 50),
  samePostYears: wholeNumber(1, 50),
  sameUnitYears: wholeNumber(1, 50),
  warningMonths: wholeNumber(0, 60),
  suggestedMaxAge: wholeNumber(18, 80),
  suggestedMinYears: wholeNumber(0, 50),
  retirementAgeMale: wholeNumber(40, 80),
  retirementAgeFemale: wholeNumber(40, 80),
  exemptYearsBeforeRetirement: wholeNumber(0, 20),
  keyPostWords: words,
  exemptRemarkWords: words,
  keyUnits: words,
  keyPostClock: clock,
  termYears: wholeNumber(1, 10),
  quotaSheet: text,
  noReturnYears: wholeNumber(0, 50),
  includeSuggested: flag,
  competitionShare: share,
  publicityWorkingDays: (value) =>
    wholeNumber(MIN_PUBLICITY_WORKING_DAYS, 60)(value) === undefined ? undefined : { kind: 'publicityDays', min: MIN_PUBLICITY_WORKING_DAYS, max: 60 },
  batchIntervalMonths: wholeNumber(1, 24),
  organization: text,
  decidingBody: text,
  contactPhone: text,
  contactAddress: text,
  reportLine: text,
  noticeDate: dateOrEmpty,
  includeHiddenRows: flag,
  columnMap,
};

export type SettingsLocale = 'zh-CN' | 'en-US';

/** Each setting's name as staff read it in an error. */
export const SETTING_NAMES: Readonly<Record<SettingsLocale, Record<keyof Settings, string>>> = {
  'zh-CN': {
    keyPostYears: '重点岗位年限', samePostYears: '同一职位年限', sameUnitYears: '同一单位年限', warningMonths: '提前预警月数',
    suggestedMaxAge: '建议轮岗年龄', suggestedMinYears: '建议轮岗任职年限', retirementAgeMale: '男性退休年龄', retirementAgeFemale: '女性退休年龄',
    exemptYearsBeforeRetirement: '距退休暂缓年限', keyPostWords: '重点岗位关键词', keyUnits: '重点单位关键词', keyPostClock: '重点岗位年限起算', termYears: '聘期年限', quotaSheet: '职数表', exemptRemarkWords: '暂缓备注关键词', noReturnYears: '不回原单位年限',
    includeSuggested: '建议轮岗人员纳入方案', competitionShare: '竞争上岗比例', publicityWorkingDays: '公示期', batchIntervalMonths: '分批间隔月数', organization: '单位名称',
    decidingBody: '决定机关', contactPhone: '联系电话', contactAddress: '通讯地址', reportLine: '举报电话', noticeDate: '落款日期',
    includeHiddenRows: '包含隐藏行', columnMap: '列对应关系',
  },
  'en-US': {
    keyPostYears: 'Key post years', samePostYears: 'Same post years', sameUnitYears: 'Same unit years', warningMonths: 'Warning months',
    suggestedMaxAge: 'Suggested age limit', suggestedMinYears: 'Suggested years in post', retirementAgeMale: 'Retirement age (men)', retirementAgeFemale: 'Retirement age (women)',
    exemptYearsBeforeRetirement: 'Hold years before retirement', keyPostWords: 'Key post words', keyUnits: 'Key unit words', keyPostClock: 'Key-post clock', termYears: 'Term years', quotaSheet: 'Quota sheet', exemptRemarkWords: 'Hold remark words', noReturnYears: 'No-return years',
    includeSuggested: 'Move the suggested', competitionShare: 'Competition share', publicityWorkingDays: 'Publicity period', batchIntervalMonths: 'Months between batches', organization: 'Organization',
    decidingBody: 'Deciding body', contactPhone: 'Phone', contactAddress: 'Address', reportLine: 'Reporting line', noticeDate: 'Notice date',
    includeHiddenRows: 'Include hidden rows', columnMap: 'Column mapping',
  },
};

const PROBLEM_WORDS: Record<SettingsLocale, (problem: SettingsProblem) => string> = {
  'zh-CN': (problem) => {
    switch (problem.kind) {
      case 'wholeNumber': return `应为${problem.min}到${problem.max}之间的整数`;
      case 'publicityDays': return `不少于${problem.min}个工作日,应为${problem.min}到${problem.max}之间的整数`;
      case 'share': return '应为0到1之间的小数';
      case 'words': return '应为非空字符串的列表';
      case 'text': return '应为不超过200字的文字';
      case 'flag': return '应为 true 或 false';
      case 'date': return '应为 YYYY-MM-DD 格式的日期,或留空';
      case 'clock': return '应为 post(任现职时间起算)或 leadership(连续任本单位正副职起算)';
      case 'unknown': return '不是已知的设置项';
      case 'notObject': return '设置应为一个 JSON 对象';
      case 'columnMapShape': return '应为"字段":"表头"的对象';
      case 'columnMapField': return `中"${problem.field}"不是可识别的字段(如 unitStart 或 进入本单位时间)`;
      case 'columnMapHeader': return `中"${problem.field}"的表头应为非空文字`;
    }
  },
  'en-US': (problem) => {
    switch (problem.kind) {
      case 'wholeNumber': return ` must be a whole number from ${problem.min} to ${problem.max}`;
      case 'publicityDays': return ` must be at least ${problem.min} working days, a whole number from ${problem.min} to ${problem.max}`;
      case 'share': return ' must be a fraction from 0 to 1';
      case 'words': return ' must be a list of non-empty words';
      case 'text': return ' must be text of at most 200 characters';
      case 'flag': return ' must be true or false';
      case 'date': return ' must be a date as YYYY-MM-DD, or empty';
      case 'clock': return ' must be post (from the current post) or leadership (from continuous 正副职 service in the unit)';
      case 'unknown': return ' is not a known setting';
      case 'notObject': return 'The settings must be a JSON object';
      case 'columnMapShape': return ' must map fields to headers, as { "field": "header" }';
      case 'columnMapField': return `: "${problem.field}" is not a field it knows (such as unitStart or 进入本单位时间)`;
      case 'columnMapHeader': return `: the header for "${problem.field}" must be non-empty text`;
    }
  },
};

/**
 * One issue in staff words: `重点岗位年限应为1到50之间的整数`; with `withKey`, the settings file's own key
 * beside it, for the CLI: `重点岗位年限(keyPostYears)应为1到50之间的整数`.
 */
export function settingsIssueText(issue: SettingsIssue, locale: SettingsLocale = 'zh-CN', withKey = false): string {
  const words = PROBLEM_WORDS[locale](issue.problem);
  if (issue.key === undefined) return words;
  const name = SETTING_NAMES[locale][issue.key as keyof Settings];
  if (name === undefined) return locale === 'zh-CN' ? `未知的设置项"${issue.key}"` : `Unknown setting "${issue.key}"`;
  return `${name}${withKey ? `(${issue.key})` : ''}${words}`;
}

/** Settings that cannot be used, with every reason at once. */
export class SettingsError extends Error {
  /** The issues in Chinese staff words, without internal keys. */
  readonly issues: string[];

  constructor(readonly details: SettingsIssue[]) {
    super();
    this.issues = details.map((issue) => settingsIssueText(issue));
    this.message = this.describe();
  }

  /** The whole error in one line: '设置有误:重点岗位年限应为1到50之间的整数'. */
  describe(locale: SettingsLocale = 'zh-CN', withKey = false): string {
    const issues = this.details.map((issue) => settingsIssueText(issue, locale, withKey));
    return locale === 'zh-CN' ? `设置有误:${issues.join(';')}` : `Settings not valid: ${issues.join('; ')}`;
  }
}

/**
 * A copy of the defaults whose lists and maps are the caller's own: changing one never changes the
 * defaults. The defaults are plain data (numbers, text, flags, lists of words, a map of words), which a
 * round trip through JSON copies whole.
 */
function freshDefaults(): Settings {
  return JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings;
}

/**
 * The defaults overlaid with the user's values, every value checked. Unknown keys and wrong values are
 * all reported together: `resolveSettings({ keyPostYears: 3 })` gives the defaults with 3 years.
 */
export function resolveSettings(input: unknown): Settings {
  if (input === undefined || input === null) return freshDefaults();
  if (typeof input !== 'object' || Array.isArray(input)) throw new SettingsError([{ problem: { kind: 'notObject' } }]);
  const issues: SettingsIssue[] = [];
  const settings: Record<string, unknown> = freshDefaults() as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const check = CHECKS[key as keyof Settings];
    if (!check) {
      issues.push({ key, problem: { kind: 'unknown' } });
      continue;
    }
    const problem = check(value);
    if (problem) issues.push({ key, problem });
    else settings[key] = Array.isArray(value) ? value.map((w: string) => w.trim()) : value;
  }
  if (issues.length > 0) throw new SettingsError(issues);
  return settings as unknown as Settings;
}
