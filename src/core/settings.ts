/**
 * Every number and word list of the rules, with the defaults of DOMAIN.md, and their validation.
 */
import { fieldOfWord } from './roster/columns';

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
  /** The issuing organization (e.g. 某某市某某局). */
  organization: string;
  /** Who decided (e.g. 局党组). */
  decidingBody: string;
  /** Where comments go. */
  contactPhone: string;
  contactAddress: string;
  reportLine: string;
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
  exemptRemarkWords: ['试用期', '挂职', '借调', '病休', '长期病假', '暂缓', '立案', '审查'],
  noReturnYears: 5,
  includeSuggested: false,
  competitionShare: 0.5,
  publicityWorkingDays: 5,
  organization: '',
  decidingBody: '',
  contactPhone: '',
  contactAddress: '',
  reportLine: '12380',
  // Reading the roster.
  includeHiddenRows: false,
  columnMap: {},
});

/** The least 公示期 the rules allow. */
export const MIN_PUBLICITY_WORKING_DAYS = 5;

type Check = (value: unknown) => string | undefined;
const wholeNumber = (min: number, max: number): Check => (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? undefined : `应为 ${min} 到 ${max} 之间的整数`;
const share: Check = (value) => (typeof value === 'number' && value >= 0 && value <= 1 ? undefined : '应为 0 到 1 之间的小数');
const words: Check = (value) =>
  Array.isArray(value) && value.every((w) => typeof w === 'string' && w.trim().length > 0) ? undefined : '应为非空字符串的列表';
const text: Check = (value) => (typeof value === 'string' && value.length <= 200 ? undefined : '应为不超过200字的文字');
const flag: Check = (value) => (typeof value === 'boolean' ? undefined : '应为 true 或 false');
// Reading the roster.
const columnMap: Check = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '应为"字段":"表头"的对象';
  for (const [field, header] of Object.entries(value)) {
    if (!fieldOfWord(field)) return `中"${field}"不是可识别的字段(如 unitStart 或 进入本单位时间)`;
    if (typeof header !== 'string' || header.trim() === '') return `中"${field}"的表头应为非空文字`;
  }
  return undefined;
};

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
  noReturnYears: wholeNumber(0, 50),
  includeSuggested: flag,
  competitionShare: share,
  publicityWorkingDays: (value) =>
    wholeNumber(MIN_PUBLICITY_WORKING_DAYS, 60)(value) === undefined ? undefined : `公示期不少于${MIN_PUBLICITY_WORKING_DAYS}个工作日,应为 ${MIN_PUBLICITY_WORKING_DAYS} 到 60 之间的整数`,
  organization: text,
  decidingBody: text,
  contactPhone: text,
  contactAddress: text,
  reportLine: text,
  // Reading the roster.
  includeHiddenRows: flag,
  columnMap,
};

/** A copy of the defaults whose lists are the caller's own: changing one never changes the defaults. */
function freshDefaults(): Settings {
  const copy: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(copy)) if (Array.isArray(value)) copy[key] = [...value];
  return copy as unknown as Settings;
}

/** Settings that cannot be used, with every reason at once. */
export class SettingsError extends Error {
  constructor(readonly issues: string[]) {
    super(`设置有误:${issues.join(';')}`);
  }
}

/**
 * The defaults overlaid with the user's values, every value checked. Unknown keys and wrong values are
 * all reported together: `resolveSettings({ keyPostYears: 3 })` gives the defaults with 3 years.
 */
export function resolveSettings(input: unknown): Settings {
  if (input === undefined || input === null) return freshDefaults();
  if (typeof input !== 'object' || Array.isArray(input)) throw new SettingsError(['设置应为一个 JSON 对象']);
  const issues: string[] = [];
  const settings: Record<string, unknown> = { ...freshDefaults() };
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const check = CHECKS[key as keyof Settings];
    if (!check) {
      issues.push(`未知的设置项"${key}"`);
      continue;
    }
    const issue = check(value);
    if (issue) issues.push(`"${key}"${issue}`);
    else settings[key] = Array.isArray(value) ? value.map((w: string) => w.trim()) : value;
  }
  if (issues.length > 0) throw new SettingsError(issues);
  return settings as unknown as Settings;
}
