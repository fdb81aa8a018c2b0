/**
 * Every word of a data problem, in one table with zh-CN and en-US, as reasonWords.ts is for reasons. The
 * readers describe a problem as data (`Issue`); `problemText` writes it: '无法识别的日期"待定"' or
 * 'Date "待定" not recognised'. What a problem quotes from the workbook (a cell's text, a header as
 * written) stays as written, in quotes, in every language.
 */
import { IsoDate, formatMonthCn } from '../dates';
import type { Problem } from './cadre';
import type { SkipKind } from './rowKind';

export type ProblemLocale = 'zh-CN' | 'en-US';

/** Columns whose absence limits what the rules can say. */
export type MissingColumn = 'postStart' | 'birth' | 'gender' | 'rank';

/** Why a date cannot be right on the check date. */
export type Implausible =
  | { kind: 'future' }
  | { kind: 'under'; age: number }
  | { kind: 'over'; age: number; limit: number }
  | { kind: 'beforeAge'; age: number }
  | { kind: 'beforeWork'; workStart: IsoDate };

export type Issue =
  /** `word` is the column's usual header word. */
  | { kind: 'missingColumn'; field: MissingColumn; word: string }
  | { kind: 'noResult' }
  | { kind: 'errorValue'; error: string }
  /** A required cell left blank; `title` is its header as written. */
  | { kind: 'blankPostStart'; title: string }
  | { kind: 'blankBirth'; title: string }
  | { kind: 'blankName' }
  | { kind: 'blankUnit' }
  | { kind: 'blankGender' }
  | { kind: 'unknownGender'; text: string }
  | { kind: 'unknownFlag'; text: string }
  | { kind: 'badMonth' }
  | { kind: 'badDay' }
  | { kind: 'outOfRange' }
  | { kind: 'notADate' }
  | { kind: 'yearOnly' }
  | { kind: 'badYearMonth' }
  | { kind: 'twoDigitYear'; text: string }
  | { kind: 'octoberOrJanuary'; value: string; year: number }
  | { kind: 'unknownDate'; text: string }
  /** A date set aside: `title` is its header as written, `date` the date read. */
  | { kind: 'implausible'; title: string; date: IsoDate; why: Implausible }
  | { kind: 'badVacancyCount'; text: string }
  | { kind: 'vacancyNoUnit' }
  | { kind: 'badTermRange'; text: string }
  | { kind: 'badTermLength'; text: string; years: number }
  | { kind: 'badQuotaCount'; text: string }
  /** Rows of an edited plan sheet (轮岗方案) that cannot be read. */
  | { kind: 'planUnknownId'; id: string; example: string }
  | { kind: 'planAmbiguousName'; name: string; ids: string[] }
  | { kind: 'planBlankUnit'; name: string }
  | { kind: 'planBlankPost'; name: string }
  | { kind: 'planBadLock'; text: string }
  | { kind: 'planBadBatch'; text: string }
  | { kind: 'planDuplicate'; name: string; row: number };

type Writers = { [K in Issue['kind']]: (issue: Extract<Issue, { kind: K }>) => string };

const LOSS_ZH: Record<MissingColumn, string> = {
  postStart: '无法计算任现职年限',
  birth: '无法判断年龄和临近退休暂缓',
  gender: '无法判断退休年龄',
  rank: '方案按职务名称区分同职级',
};
const LOSS_EN: Record<MissingColumn, string> = {
  postStart: 'years in the post cannot be counted',
  birth: 'the age and the hold near retirement cannot be judged',
  gender: 'the retirement age cannot be known',
  rank: 'the plan tells ranks apart by the post\'s name',
};

type ImplausibleWriters = { [K in Implausible['kind']]: (why: Extract<Implausible, { kind: K }>) => string };

const IMPLAUSIBLE: Record<ProblemLocale, ImplausibleWriters> = {
  'zh-CN': {
    future: () => '晚于检查日期',
    under: (why) => `按此计算未满${why.age}岁`,
    over: (why) => `按此计算已${why.age}岁,超过${why.limit}岁`,
    beforeAge: (why) => `早于本人${why.age}岁`,
    beforeWork: (why) => `早于参加工作时间(${formatMonthCn(why.workStart)})`,
  },
  'en-US': {
    future: () => 'is after the check date',
    under: (why) => `makes the cadre younger than ${why.age}`,
    over: (why) => `makes the cadre ${why.age}, older than ${why.limit}`,
    beforeAge: (why) => `is before the cadre turned ${why.age}`,
    beforeWork: (why) => `is before the cadre began work (${why.workStart.slice(0, 7)})`,
  },
};

const implausibleText = (why: Implausible, locale: ProblemLocale): string => (IMPLAUSIBLE[locale][why.kind] as (w: Implausible) => string)(why);

const WORDS: Record<ProblemLocale, Writers> = {
  'zh-CN': {
    missingColumn: (i) => `未找到"${i.word}"列,${LOSS_ZH[i.field]}`,
    noResult: () => '公式无计算结果,请在 Excel 中重新计算后保存',
    errorValue: (i) => `单元格为错误值${i.error}`,
    blankPostStart: (i) => `${i.title}为空,无法计算任现职年限`,
    blankBirth: (i) => `${i.title}为空,无法判断年龄`,
    blankName: () => '姓名为空',
    blankUnit: () => '单位为空',
    blankGender: () => '性别为空',
    unknownGender: (i) => `无法识别的性别"${i.text}"`,
    unknownFlag: (i) => `无法识别"${i.text}",应为"是"或"否"`,
    badMonth: () => '日期超出范围或月份无效',
    badDay: () => '日期不存在或超出范围',
    outOfRange: () => '日期超出范围',
    notADate: () => '不是有效日期',
    yearOnly: () => '只有年份,缺少月份',
    badYearMonth: () => '不是有效的年.月',
    twoDigitYear: (i) => `"${i.text}"只有两位年份,无法确定是哪一年,请写成四位年份(如1985.03)`,
    octoberOrJanuary: (i) => `"${i.value}"可能是${i.year}年10月,也可能是${i.year}年1月,请改为文本格式或写成${i.year}.10 / ${i.year}.01`,
    unknownDate: (i) => `无法识别的日期"${i.text}"`,
    implausible: (i) => `${i.title}"${formatMonthCn(i.date)}"${implausibleText(i.why, 'zh-CN')},此日期未采用,按其余数据检查`,
    badVacancyCount: (i) => `空缺数量"${i.text}"无效`,
    vacancyNoUnit: () => '空缺岗位的单位为空',
    badTermRange: (i) => `无法识别的聘期起止"${i.text}",应写作 2023.09-2026.08`,
    badTermLength: (i) => `无法识别的聘期"${i.text}",按${i.years}年计算`,
    badQuotaCount: (i) => `核定职数"${i.text}"无效,应为整数`,
    planUnknownId: (i) => `编号"${i.id}"不是花名册中的行(应写成 工作表!行号,如 ${i.example})`,
    planAmbiguousName: (i) => `花名册中有${i.ids.length}名"${i.name}",请填写编号(${i.ids.join('、')})`,
    planBlankUnit: (i) => `${i.name}的拟任单位为空`,
    planBlankPost: (i) => `${i.name}的拟任职务为空`,
    planBadLock: (i) => `锁定栏"${i.text}"应填"是"或"√",不锁定请留空`,
    planBadBatch: (i) => `分批栏"${i.text}"应写成"第1批"或数字`,
    planDuplicate: (i) => `${i.name}已在第${i.row}行列出,同一人只能有一行`,
  },
  'en-US': {
    missingColumn: (i) => `No "${i.word}" column: ${LOSS_EN[i.field]}`,
    noResult: () => 'The formula has no stored result: recalculate it in Excel and save',
    errorValue: (i) => `The cell holds the error ${i.error}`,
    blankPostStart: (i) => `"${i.title}" is empty: years in the post cannot be counted`,
    blankBirth: (i) => `"${i.title}" is empty: the age cannot be known`,
    blankName: () => 'The name is empty',
    blankUnit: () => 'The unit is empty',
    blankGender: () => 'The gender is empty',
    unknownGender: (i) => `Gender "${i.text}" not recognised`,
    unknownFlag: (i) => `"${i.text}" not recognised: write "是" (yes) or "否" (no)`,
    badMonth: () => 'The date is out of range or its month is not valid',
    badDay: () => 'No such date, or out of range',
    outOfRange: () => 'The date is out of range',
    notADate: () => 'Not a valid date',
    yearOnly: () => 'Only a year: the month is missing',
    badYearMonth: () => 'Not a valid year.month',
    twoDigitYear: (i) => `"${i.text}" has a two-digit year, so the year cannot be known: write four digits (e.g. 1985.03)`,
    octoberOrJanuary: (i) => `"${i.value}" may be October ${i.year} or January ${i.year}: format the cell as text or write ${i.year}.10 / ${i.year}.01`,
    unknownDate: (i) => `Date "${i.text}" not recognised`,
    implausible: (i) => `"${i.title}" ${i.date.slice(0, 7)} ${implausibleText(i.why, 'en-US')}: the date is set aside and the rest is checked`,
    badVacancyCount: (i) => `Vacancy count "${i.text}" is not valid`,
    vacancyNoUnit: () => 'The vacancy has no unit',
    badTermRange: (i) => `Term "${i.text}" not recognised: write it as 2023.09-2026.08`,
    badTermLength: (i) => `Term length "${i.text}" not recognised: counted as ${i.years} years`,
    badQuotaCount: (i) => `Post quota "${i.text}" is not valid: it must be a whole number`,
    planUnknownId: (i) => `The ID ("编号") "${i.id}" is not a roster row (write sheet!row, e.g. "${i.example}")`,
    planAmbiguousName: (i) => `The roster has ${i.ids.length} cadres named "${i.name}": fill in the ID ("编号"): ${i.ids.map((id) => `"${id}"`).join(', ')}`,
    planBlankUnit: (i) => `"${i.name}" has no target unit`,
    planBlankPost: (i) => `"${i.name}" has no target post`,
    planBadLock: (i) => `Lock "${i.text}" not recognised: write "是" or "√", or leave it empty`,
    planBadBatch: (i) => `Batch "${i.text}" not recognised: write "第1批" or a number`,
    planDuplicate: (i) => `"${i.name}" is already listed on row ${i.row}: one row per person`,
  },
};

/** An issue in words: `issueText({ kind: 'blankName' }, 'en-US')` is 'The name is empty'. */
export function issueText(issue: Issue, locale: ProblemLocale = 'zh-CN'): string {
  return (WORDS[locale][issue.kind] as (i: Issue) => string)(issue);
}

/** A problem where it is, with its message in Chinese (the check sheet's, the CLI's and --json's words). */
export function problemAt(where: Omit<Problem, 'message' | 'issue'>, issue: Issue): Problem {
  return { ...where, message: issueText(issue, 'zh-CN'), issue };
}

/** A problem in the given language; in zh-CN exactly its message. */
export function problemText(problem: Problem, locale: ProblemLocale): string {
  return locale === 'zh-CN' ? problem.message : issueText(problem.issue, locale);
}

const SKIP_KINDS_EN: Record<SkipKind, string> = {
  分组标题: 'Section title',
  合计行: 'Subtotal',
  表注: 'Note',
  空岗: 'Empty post',
  隐藏行: 'Hidden row',
  不在册: 'No longer on the roster',
};

/** A skipped row's kind in the given language: '不在册' or 'No longer on the roster'. */
export function skipKindText(kind: SkipKind, locale: ProblemLocale): string {
  return locale === 'zh-CN' ? kind : SKIP_KINDS_EN[kind];
}

/** '第12、15行已隐藏,未纳入' or 'Rows 12, 15 are hidden and left out', with the sheet where the roster spans several. */
export function hiddenRowsText(sheet: string | undefined, rows: readonly number[], locale: ProblemLocale): string {
  if (locale === 'zh-CN') return `${sheet !== undefined ? `工作表"${sheet}"` : ''}第${rows.join('、')}行已隐藏,未纳入`;
  const which = `${rows.length === 1 ? 'Row' : 'Rows'} ${rows.join(', ')}`;
  return `${sheet !== undefined ? `Sheet "${sheet}": ` : ''}${which} ${rows.length === 1 ? 'is' : 'are'} hidden and left out`;
}
