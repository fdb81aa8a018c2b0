// Every problem's words, in both languages, written out by hand as the check sheet, the CLI and the pane
// show them: a word dropped, a quote lost or a number left out is a message staff can no longer act on.
import { Issue, hiddenRowsText, issueText, problemAt, problemText, skipKindText } from '../../../src/core/roster/problemWords';
import type { SkipKind } from '../../../src/core/roster/rowKind';

const CASES: Array<[Issue, string, string]> = [
  [{ kind: 'missingColumn', field: 'postStart', word: '任现职时间' }, '未找到"任现职时间"列,无法计算任现职年限', 'No "任现职时间" column: years in the post cannot be counted'],
  [{ kind: 'missingColumn', field: 'birth', word: '出生年月' }, '未找到"出生年月"列,无法判断年龄和临近退休暂缓', 'No "出生年月" column: the age and the hold near retirement cannot be judged'],
  [{ kind: 'missingColumn', field: 'gender', word: '性别' }, '未找到"性别"列,无法判断退休年龄', 'No "性别" column: the retirement age cannot be known'],
  [{ kind: 'missingColumn', field: 'rank', word: '职级' }, '未找到"职级"列,方案按职务名称区分同职级', 'No "职级" column: the plan tells ranks apart by the post\'s name'],
  [{ kind: 'noResult' }, '公式无计算结果,请在 Excel 中重新计算后保存', 'The formula has no stored result: recalculate it in Excel and save'],
  [{ kind: 'errorValue', error: '#REF!' }, '单元格为错误值#REF!', 'The cell holds the error #REF!'],
  [{ kind: 'blankPostStart', title: '任现职务时间' }, '任现职务时间为空,无法计算任现职年限', '"任现职务时间" is empty: years in the post cannot be counted'],
  [{ kind: 'blankBirth', title: '出生日期' }, '出生日期为空,无法判断年龄', '"出生日期" is empty: the age cannot be known'],
  [{ kind: 'blankName' }, '姓名为空', 'The name is empty'],
  [{ kind: 'blankUnit' }, '单位为空', 'The unit is empty'],
  [{ kind: 'blankGender' }, '性别为空', 'The gender is empty'],
  [{ kind: 'unknownGender', text: 'M' }, '无法识别的性别"M"', 'Gender "M" not recognised'],
  [{ kind: 'unknownFlag', text: '待定' }, '无法识别"待定",应为"是"或"否"', '"待定" not recognised: write "是" (yes) or "否" (no)'],
  [{ kind: 'badMonth' }, '日期超出范围或月份无效', 'The date is out of range or its month is not valid'],
  [{ kind: 'badDay' }, '日期不存在或超出范围', 'No such date, or out of range'],
  [{ kind: 'outOfRange' }, '日期超出范围', 'The date is out of range'],
  [{ kind: 'notADate' }, '不是有效日期', 'Not a valid date'],
  [{ kind: 'yearOnly' }, '只有年份,缺少月份', 'Only a year: the month is missing'],
  [{ kind: 'badYearMonth' }, '不是有效的年.月', 'Not a valid year.month'],
  [{ kind: 'twoDigitYear', text: '85.3' }, '"85.3"只有两位年份,无法确定是哪一年,请写成四位年份(如1985.03)', '"85.3" has a two-digit year, so the year cannot be known: write four digits (e.g. 1985.03)'],
  [{ kind: 'octoberOrJanuary', value: '1998.1', year: 1998 }, '"1998.1"可能是1998年10月,也可能是1998年1月,请改为文本格式或写成1998.10 / 1998.01', '"1998.1" may be October 1998 or January 1998: format the cell as text or write 1998.10 / 1998.01'],
  [{ kind: 'unknownDate', text: '待定' }, '无法识别的日期"待定"', 'Date "待定" not recognised'],
  [{ kind: 'implausible', title: '任现职时间', date: '2027-03-01', why: { kind: 'future' } }, '任现职时间"2027年3月"晚于检查日期,此日期未采用,按其余数据检查', '"任现职时间" 2027-03 is after the check date: the date is set aside and the rest is checked'],
  [{ kind: 'implausible', title: '出生年月', date: '2010-05-01', why: { kind: 'under', age: 18 } }, '出生年月"2010年5月"按此计算未满18岁,此日期未采用,按其余数据检查', '"出生年月" 2010-05 makes the cadre younger than 18: the date is set aside and the rest is checked'],
  [{ kind: 'implausible', title: '出生年月', date: '1950-05-01', why: { kind: 'over', age: 76, limit: 70 } }, '出生年月"1950年5月"按此计算已76岁,超过70岁,此日期未采用,按其余数据检查', '"出生年月" 1950-05 makes the cadre 76, older than 70: the date is set aside and the rest is checked'],
  [{ kind: 'implausible', title: '参加工作时间', date: '1985-09-01', why: { kind: 'beforeAge', age: 14 } }, '参加工作时间"1985年9月"早于本人14岁,此日期未采用,按其余数据检查', '"参加工作时间" 1985-09 is before the cadre turned 14: the date is set aside and the rest is checked'],
  [{ kind: 'implausible', title: '任现职时间', date: '2001-07-01', why: { kind: 'beforeWork', workStart: '2003-08-01' } }, '任现职时间"2001年7月"早于参加工作时间(2003年8月),此日期未采用,按其余数据检查', '"任现职时间" 2001-07 is before the cadre began work (2003-08): the date is set aside and the rest is checked'],
  [{ kind: 'badVacancyCount', text: '若干' }, '空缺数量"若干"无效', 'Vacancy count "若干" is not valid'],
  [{ kind: 'vacancyNoUnit' }, '空缺岗位的单位为空', 'The vacancy has no unit'],
  [{ kind: 'badTermRange', text: '2023-' }, '无法识别的聘期起止"2023-",应写作 2023.09-2026.08', 'Term "2023-" not recognised: write it as 2023.09-2026.08'],
  [{ kind: 'badTermLength', text: '长期', years: 3 }, '无法识别的聘期"长期",按3年计算', 'Term length "长期" not recognised: counted as 3 years'],
  [{ kind: 'badQuotaCount', text: '2.5' }, '核定职数"2.5"无效,应为整数', 'Post quota "2.5" is not valid: it must be a whole number'],
  [{ kind: 'planUnknownId', id: '花名册!99', example: '花名册!5' }, '编号"花名册!99"不是花名册中的行(应写成 工作表!行号,如 花名册!5)', 'The ID ("编号") "花名册!99" is not a roster row (write sheet!row, e.g. "花名册!5")'],
  [{ kind: 'planAmbiguousName', name: '张伟', ids: ['花名册!4', '花名册!9'] }, '花名册中有2名"张伟",请填写编号(花名册!4、花名册!9)', 'The roster has 2 cadres named "张伟": fill in the ID ("编号"): "花名册!4", "花名册!9"'],
  [{ kind: 'planBlankUnit', name: '李娜' }, '李娜的拟任单位为空', '"李娜" has no target unit'],
  [{ kind: 'planBlankPost', name: '李娜' }, '李娜的拟任职务为空', '"李娜" has no target post'],
  [{ kind: 'planBadLock', text: '锁' }, '锁定栏"锁"应填"是"或"√",不锁定请留空', 'Lock "锁" not recognised: write "是" or "√", or leave it empty'],
  [{ kind: 'planBadBatch', text: '下批' }, '分批栏"下批"应写成"第1批"或数字', 'Batch "下批" not recognised: write "第1批" or a number'],
  [{ kind: 'planDuplicate', name: '王强', row: 7 }, '王强已在第7行列出,同一人只能有一行', '"王强" is already listed on row 7: one row per person'],
];

describe('every problem in words', () => {
  it('covers every kind of problem', () => {
    // A kind added to Issue and left out here fails to compile.
    const every: Record<Issue['kind'], true> = {
      missingColumn: true, noResult: true, errorValue: true, blankPostStart: true, blankBirth: true, blankName: true,
      blankUnit: true, blankGender: true, unknownGender: true, unknownFlag: true, badMonth: true, badDay: true,
      outOfRange: true, notADate: true, yearOnly: true, badYearMonth: true, twoDigitYear: true, octoberOrJanuary: true,
      unknownDate: true, implausible: true, badVacancyCount: true, vacancyNoUnit: true, badTermRange: true,
      badTermLength: true, badQuotaCount: true, planUnknownId: true, planAmbiguousName: true, planBlankUnit: true,
      planBlankPost: true, planBadLock: true, planBadBatch: true, planDuplicate: true,
    };
    expect(new Set(CASES.map(([issue]) => issue.kind))).toEqual(new Set(Object.keys(every)));
  });

  it.each(CASES)('%j', (issue, zh, en) => {
    expect(issueText(issue)).toBe(zh);
    expect(issueText(issue, 'zh-CN')).toBe(zh);
    expect(issueText(issue, 'en-US')).toBe(en);
  });

  it('keeps the message in Chinese and gives each language its own words', () => {
    const issue: Issue = { kind: 'unknownGender', text: 'M' };
    const problem = problemAt({ sheet: '花名册', row: 5, column: '性别' }, issue);
    expect(problem).toEqual({ sheet: '花名册', row: 5, column: '性别', message: '无法识别的性别"M"', issue });
    expect(problemText(problem, 'zh-CN')).toBe('无法识别的性别"M"');
    expect(problemText(problem, 'en-US')).toBe('Gender "M" not recognised');
    // The Chinese text is the message as stored, not written again.
    expect(problemText({ ...problem, message: '已改写' }, 'zh-CN')).toBe('已改写');
  });
});

describe('the kinds of rows left out', () => {
  it.each<[SkipKind, string]>([
    ['分组标题', 'Section title'],
    ['合计行', 'Subtotal'],
    ['表注', 'Note'],
    ['空岗', 'Empty post'],
    ['隐藏行', 'Hidden row'],
    ['不在册', 'No longer on the roster'],
  ])('%s is %s', (kind, en) => {
    expect(skipKindText(kind, 'zh-CN')).toBe(kind);
    expect(skipKindText(kind, 'en-US')).toBe(en);
  });
});

describe('hidden rows', () => {
  it('lists them on one sheet or several', () => {
    expect(hiddenRowsText(undefined, [12], 'zh-CN')).toBe('第12行已隐藏,未纳入');
    expect(hiddenRowsText(undefined, [12, 15], 'zh-CN')).toBe('第12、15行已隐藏,未纳入');
    expect(hiddenRowsText('机关', [12, 15], 'zh-CN')).toBe('工作表"机关"第12、15行已隐藏,未纳入');
    expect(hiddenRowsText(undefined, [12], 'en-US')).toBe('Row 12 is hidden and left out');
    expect(hiddenRowsText(undefined, [12, 15], 'en-US')).toBe('Rows 12, 15 are hidden and left out');
    expect(hiddenRowsText('机关', [12], 'en-US')).toBe('Sheet "机关": Row 12 is hidden and left out');
  });
});
