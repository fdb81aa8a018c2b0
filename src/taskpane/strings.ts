/**
 * Every word the task pane and the ribbon's commands show, Chinese first, English beside it.
 */
import { IsoDate, formatDayCn } from '../core/dates';
import { STATUS_LABELS, STATUS_LABELS_EN } from '../core/rules/status';

export type Locale = 'zh-CN' | 'en-US';

const zh = {
  title: '干部轮岗助手',
  subtitle: '检查应轮岗人员,生成轮岗方案和公示名单',
  sheet: '花名册工作表',
  autoSheet: '自动识别',
  asOf: '方案日期',
  organization: '单位名称',
  organizationHint: '如:某某市某某局',
  rules: '规则设置',
  saveSettings: '保存设置到工作簿',
  settingsSaved: '设置已保存到本工作簿,随工作簿共享。',
  noticeFormTitle: '公示名单落款信息',
  noticeFormHint: '公示名单尚缺以下信息。保存后存入本工作簿的设置,以后不再询问;暂不填写时,缺项在表中以红色标出。',
  noticeFormSave: '保存并生成',
  noticeFormSkip: '暂不填写,先生成',
  check: '一键检查',
  plan: '生成方案',
  clear: '清除标记',
  checkTip: '找出应轮岗、即将到期、建议轮岗和暂缓的干部,并标记花名册',
  planTip: '在检查的基础上生成轮岗方案和公示名单(新工作表)',
  clearTip: '恢复花名册原来的底色,不改动任何数据',
  working: '正在处理…',
  steps: { read: '读取工作簿…', check: '检查花名册…', plan: '编排轮岗方案…', forecast: '预测今后到期…', write: '写入标记和新工作表…', done: '完成' } as Record<string, string>,
  counts: '检查结果',
  flagged: '需关注人员',
  flaggedHint: '点击姓名可在表中定位',
  problems: '数据问题',
  noProblems: '未发现数据问题',
  skipped: '未纳入检查的行',
  terms: '聘期提醒',
  quotas: '职数核对',
  rowCol: (row: number, column: string) => `第${row}行「${column}」`,
  skippedRow: (row: number, kind: string) => `第${row}行「${kind}」`,
  quoted: (text: string) => text,
  colon: ':',
  columnMap: '列对应',
  columnMapHint: '每项选择花名册中对应的列;改动后点"保存设置到工作簿",下次检查按此读取。',
  columnNotRead: '(未读取)',
  unusedColumns: '未使用的列:',
  planned: (placed: number, unplaced: number) => `已安排 ${placed} 人,未能安排 ${unplaced} 人`,
  unplaced: '未能安排人员',
  newSheets: '新工作表',
  competition: (n: number) => `竞争上岗岗位 ${n} 个`,
  batches: (starts: string[]) => `分批实施:共${starts.length}批,${starts.map((start, i) => `第${i + 1}批${start}起`).join(',')};公示名单为第1批`,
  warnings: '提示',
  cleared: (n: number) => `已恢复 ${n} 行的原底色。`,
  nothingToClear: '没有需要清除的标记。',
  checked: (due: number, warning: number, sheets: string[]) => `检查完成:应轮岗 ${due} 人,即将到期 ${warning} 人;已标记花名册${sheets.length > 0 ? `,结果见工作表"${sheets.join('、')}"` : ''}。`,
  nothingFlagged: (n: number) => `花名册共${n}人,没有应轮岗、即将到期、建议轮岗或暂缓的人员,未作标记,也未新建工作表。`,
  kept: (sheets: string[]) => `工作表"${sheets.join('、')}"已被修改,予以保留;新结果写在新工作表中。`,
  planDone: (placed: number, unplaced: number, sheets: string[]) => `方案已生成:已安排 ${placed} 人,未能安排 ${unplaced} 人;新工作表"${sheets.join('、')}"。`,
  validate: '校验方案',
  notice: '更新公示',
  replan: '重新编排',
  forecast: '轮岗预测',
  forecastTip: '预测今后三年内谁将到期、按哪条规定,写入新工作表"轮岗预测"',
  forecastDone: (cadres: number, until: string, sheets: string[]) => `预测完成:至${until},另有 ${cadres} 人将到期;新工作表"${sheets.join('、')}"。`,
  validateTip: '按各项规则检查修改后的"轮岗方案",标出有问题的行',
  noticeTip: '按修改后的"轮岗方案"重新写出公示名单(方案须先通过校验)',
  replanTip: '保留"轮岗方案"中锁定的交流,删去的人员不动,其余重新编排',
  planHolds: (moves: number, warnings: number) => `方案共${moves}项交流,符合各项规则${warnings > 0 ? `;另有${warnings}条提示(已用黄色标出)` : ''}。`,
  planBreaks: (sheet: string, lines: string[]) => `方案"${sheet}"有${lines.length}处不符合规则或无法读取(已用红色标出):${lines.join(';')}`,
  noticeDone: (batch: number, people: number, sheets: string[]) => `公示名单已按方案更新:第${batch}批 ${people} 人;新工作表"${sheets.join('、')}"。`,
  dateHint: 'YYYY-MM-DD',
  demo: '演示模式:未在 Excel 中打开,正在使用内置示例花名册。所有操作只在本页面内进行。',
  wpsMerged: (sheets: string[]) => `工作表"${sheets.join('、')}"中有合并单元格:WPS 表格不能像 Excel 那样一次读出合并区域,合并单元格只在左上角一格读到值,请核对这些行的检查结果,或先取消合并并填充后再检查。`,
  preview: '工作簿预览',
  previewMore: (shown: number, total: number) => `仅显示前 ${shown} 行,共 ${total} 行`,
  errorTitle: '出错了',
  ok: '确定',
  language: 'English',
  period: (start: string, end: string, days: number) => `公示期:${start} 至 ${end}(${days}个工作日)`,
  day: (date: IsoDate) => formatDayCn(date),
  listSeparator: ';',
  unplacedLine: (name: string, post: string, reason: string) => `${name}(${post}):${reason}`,
  fields: {
    keyPostYears: '重点岗位满(年)', samePostYears: '同一职位满(年)', sameUnitYears: '同一单位满(年)', warningMonths: '提前预警(月)',
    suggestedMaxAge: '建议轮岗:年龄未满', suggestedMinYears: '建议轮岗:任职满(年)', retirementAgeMale: '男性退休年龄', retirementAgeFemale: '女性退休年龄',
    exemptYearsBeforeRetirement: '距退休不足(年)暂缓', noReturnYears: '不回原单位(年)', competitionShare: '竞争上岗比例(0–1)', publicityWorkingDays: '公示期(工作日)', batchIntervalMonths: '分批间隔(月)',
    includeSuggested: '建议轮岗人员也纳入方案', includeHiddenRows: '隐藏的行也纳入检查', decidingBody: '决定机关(如局党组)', contactPhone: '联系电话', contactAddress: '通讯地址', reportLine: '举报电话', noticeDate: '落款日期(空为方案日期)',
    termYears: '聘期(年,三年一聘)', quotaSheet: '职数表(空为自动识别)', keyUnits: '重点单位关键词(以、分隔,如 窗口、服务大厅)',
    keyPostClock: '重点岗位年限起算', clockPost: '任现职时间', clockLeadership: '连续任本单位正副职时间',
  } as Record<string, string>,
};

const en: typeof zh = {
  title: 'Cadre Rotation Planner',
  subtitle: 'Find who is due to rotate, plan the swaps, write the public notice',
  sheet: 'Roster sheet',
  autoSheet: 'Detect automatically',
  asOf: 'Plan date',
  organization: 'Organization',
  organizationHint: 'e.g. City Bureau of …',
  rules: 'Rule settings',
  saveSettings: 'Save settings in the workbook',
  settingsSaved: 'Settings saved in this workbook; they travel with it.',
  noticeFormTitle: 'Details for the notice',
  noticeFormHint: 'The notice still lacks these details. Saved, they go into this workbook\'s settings and are not asked for again; skipped, the gaps are marked in red on the sheet.',
  noticeFormSave: 'Save and plan',
  noticeFormSkip: 'Skip for now and plan',
  check: 'Check',
  plan: 'Plan',
  clear: 'Clear marks',
  checkTip: 'Check: find who is due, due soon, suggested or on hold, and mark the roster',
  planTip: 'Plan: write the swap plan and the publicity list on new sheets',
  clearTip: 'Clear marks: put back the roster\'s own fills; no data changes',
  working: 'Working…',
  steps: { read: 'Reading the workbook…', check: 'Checking the roster…', plan: 'Planning the swaps…', forecast: 'Looking ahead…', write: 'Writing marks and new sheets…', done: 'Done' },
  counts: 'Results',
  flagged: 'Cadres to act on',
  flaggedHint: 'Click a name to select the row',
  problems: 'Data problems',
  noProblems: 'No data problems found',
  skipped: 'Rows left out',
  terms: 'Appointment terms',
  quotas: 'Post quotas',
  rowCol: (row: number, column: string) => `Row ${row}, "${column}"`,
  skippedRow: (row: number, kind: string) => `row ${row}, ${kind}`,
  quoted: (text: string) => `"${text}"`,
  colon: ': ',
  columnMap: 'Column mapping',
  columnMapHint: 'Choose the roster\'s column for each field; after a change, "Save settings in the workbook" and the next check reads it so.',
  columnNotRead: '(not read)',
  unusedColumns: 'Columns not used: ',
  planned: (placed: number, unplaced: number) => `${placed} placed, ${unplaced} not placed`,
  unplaced: 'Not placed',
  newSheets: 'New sheets',
  competition: (n: number) => `${n} posts for open competition`,
  batches: (starts: string[]) => `In ${starts.length} batch${starts.length === 1 ? '' : 'es'}: ${starts.map((start, i) => `batch ${i + 1} from ${start}`).join(', ')}; the notice is batch 1`,
  warnings: 'Notes',
  cleared: (n: number) => `Restored the fills of ${n} rows.`,
  nothingToClear: 'No marks to clear.',
  checked: (due: number, warning: number, sheets: string[]) => `Check done: ${due} due, ${warning} due soon; roster marked${sheets.length > 0 ? `, results on the sheet "${sheets.join('", "')}"` : ''}.`,
  nothingFlagged: (n: number) => `None of the ${n} cadres is due, due soon, suggested or on hold: nothing marked, no sheet added.`,
  kept: (sheets: string[]) => `The sheet "${sheets.join('", "')}" was edited and is kept; the new results are on a new sheet.`,
  planDone: (placed: number, unplaced: number, sheets: string[]) => `Plan written: ${placed} placed, ${unplaced} not placed; new sheets "${sheets.join('", "')}".`,
  validate: 'Check plan',
  notice: 'Update notice',
  replan: 'Plan again',
  forecast: 'Forecast',
  forecastTip: 'Who falls due within the next three years, by which rule, on a new forecast sheet',
  forecastDone: (cadres: number, until: string, sheets: string[]) => `Forecast done: ${cadres} more fall due by ${until}; new sheet "${sheets.join('", "')}".`,
  validateTip: 'Check the edited plan sheet against every rule and mark the rows that break one',
  noticeTip: 'Write the publicity list again from the edited plan sheet (the plan must pass the check)',
  replanTip: 'Keep the locked moves of the plan sheet, leave deleted rows out, and plan the rest again',
  planHolds: (moves: number, warnings: number) => `The plan's ${moves} moves keep every rule${warnings > 0 ? `; ${warnings} notes (marked yellow)` : ''}.`,
  planBreaks: (sheet: string, lines: string[]) => `The plan "${sheet}" has ${lines.length} ${lines.length === 1 ? 'row that breaks' : 'rows that break'} a rule or cannot be read (marked red): ${lines.join('; ')}`,
  noticeDone: (batch: number, people: number, sheets: string[]) => `Notice updated from the plan: batch ${batch}, ${people} people; new sheet "${sheets.join('", "')}".`,
  dateHint: 'YYYY-MM-DD',
  demo: 'Demo mode: not opened in Excel; using the built-in sample roster. Everything stays in this page.',
  wpsMerged: (sheets: string[]) => `Sheet "${sheets.join(', ')}" has merged cells: WPS Spreadsheets cannot list merged areas at once as Excel does, so a merged cell is read in its top-left cell only; check those rows' results, or unmerge and fill the cells first.`,
  preview: 'Workbook preview',
  previewMore: (shown: number, total: number) => `First ${shown} of ${total} rows`,
  errorTitle: 'Something went wrong',
  ok: 'OK',
  language: '中文',
  period: (start: string, end: string, days: number) => `Publicity: ${start} to ${end} (${days} working days)`,
  day: (date: IsoDate) => date,
  listSeparator: '; ',
  unplacedLine: (name: string, post: string, reason: string) => `${name} (${post}): ${reason}`,
  fields: {
    keyPostYears: 'Key post, years', samePostYears: 'Same post, years', sameUnitYears: 'Same unit, years', warningMonths: 'Warn ahead, months',
    suggestedMaxAge: 'Suggested: younger than', suggestedMinYears: 'Suggested: years in post', retirementAgeMale: 'Retirement age, men', retirementAgeFemale: 'Retirement age, women',
    exemptYearsBeforeRetirement: 'Hold within years of retirement', noReturnYears: 'No return to a unit within, years', competitionShare: 'Competition share (0–1)', publicityWorkingDays: 'Publicity, working days', batchIntervalMonths: 'Months between batches',
    includeSuggested: 'Move the suggested too', includeHiddenRows: 'Check hidden rows too', decidingBody: 'Deciding body', contactPhone: 'Phone', contactAddress: 'Address', reportLine: 'Reporting line', noticeDate: 'Notice date (empty: plan date)',
    termYears: 'Appointment term, years', quotaSheet: 'Quota sheet (empty: detect)', keyUnits: 'Key unit words, separated by commas (e.g. the words for a service window or hall)',
    keyPostClock: 'Key-post clock starts at', clockPost: 'the current post', clockLeadership: 'continuous 正副职 service in the unit',
  },
};

export const STRINGS: Record<Locale, typeof zh> = { 'zh-CN': zh, 'en-US': en };

/** Status names per locale. */
export const STATUS_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': STATUS_LABELS,
  'en-US': STATUS_LABELS_EN,
};

/**
 * The planner's sentences (unplaced reasons, leadership notes) in English: each pattern is one sentence
 * of src/core/plan/explain.ts or leaders.ts, its names kept. A sentence without a pattern stays as written.
 */
const PLAN_PATTERNS: [RegExp, (...parts: string[]) => string, number[]?][] = [
  [/^本单位外无同职级空出岗位$/u, () => 'No post of the same rank falls free outside the own unit'],
  [/^本单位外的同职级岗位均(.+)$/u, (why) => `Every post of the same rank outside the own unit is closed: ${why
    .split('或')
    .map((part) => (part === '有亲属回避' ? 'a relative works there' : part.replace(/^为近(\d+)年内曾任职单位$/u, 'a unit left within $1 years')))
    .join(' or ')}`],
  [/^可去的同职级岗位均未空出\(原任者未能交流\)或已安排给其他交流人员$/u, () => 'The open posts of the same rank stay filled (their holders could not move) or went to other movers'],
  [/^(.+) (.+)已满核定职数(\d+),空缺岗位\(第(.+)行\)未安排$/u, (unit, rank, quota, rows) => `${unit}, ${rank}: the quota of ${quota} is reached; the vacancies (rows ${rows.split('、').join(', ')}) are left open`, [1, 2]],
  [/^(.+)有(\d+)名领导干部在同一交流环中,须同批交流,超过分批规则允许的(\d+)人$/u, (unit, count, cap) => `${unit}: ${count} leaders are in one swap cycle and must move together, more than the ${cap} one batch allows`, [1]],
];

/** The workbook's values (unit names) a sentence of the plan quotes, to be shown as data. */
export function planValues(text: string): string[] {
  for (const [pattern, , values] of PLAN_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return (values ?? []).map((group) => match[group]);
  }
  return [];
}

/** A sentence of the plan in the pane's language. */
export function planText(text: string, locale: Locale): string {
  if (locale === 'zh-CN') return text;
  for (const [pattern, english] of PLAN_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return english(...match.slice(1));
  }
  return text;
}
