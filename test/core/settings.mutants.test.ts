/**
 * The settings as staff meet them: every default, every check at its edge, and every word of an error.
 * The defaults are DOMAIN.md's and docs/rules.md's, written out by hand; the names of the settings are
 * the ones docs/rules.md and the pane's form give, or, where neither names one, the name staff read in
 * the error (a changed name would send them looking for a setting that is not there).
 */
import { DEFAULT_SETTINGS, SettingsError, resolveSettings, settingsIssueText } from '../../src/core/settings';

/** The error's lines for one wrong value, in both locales, with the key beside. */
function refusal(input: Record<string, unknown>): { zh: string; en: string; zhKeyed: string; issues: string[] } {
  try {
    resolveSettings(input);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return { zh: error.message, en: error.describe('en-US'), zhKeyed: error.describe('zh-CN', true), issues: error.issues };
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
}

describe('every default', () => {
  it('is the one DOMAIN.md and docs/rules.md give, the texts empty and the lists whole', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      keyPostYears: 5, samePostYears: 10, sameUnitYears: 10, warningMonths: 6, suggestedMaxAge: 40, suggestedMinYears: 3,
      retirementAgeMale: 60, retirementAgeFemale: 55, exemptYearsBeforeRetirement: 2,
      // DOMAIN.md's fields, the seeds' 人财物 and the national rule's 招标(采购).
      keyPostWords: ['组织', '人事', '人财物', '财务', '资产', '物资', '审计', '纪检', '执纪', '监察', '执法', '行政处罚', '审批', '行政许可', '资金', '证照', '招投标', '招标', '采购'],
      keyUnits: [], keyPostClock: 'post', termYears: 3, quotaSheet: '',
      exemptRemarkWords: ['试用期', '挂职', '借调', '病休', '长期病假', '暂缓', '立案', '审查'],
      noReturnYears: 5, includeSuggested: false, competitionShare: 0.5, publicityWorkingDays: 5, batchIntervalMonths: 3,
      organization: '', decidingBody: '', contactPhone: '', contactAddress: '', reportLine: '12380', noticeDate: '',
      includeHiddenRows: false, columnMap: {},
    });
  });

  it('comes for null as for undefined or {}', () => {
    expect(resolveSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('is not changed through the column map a caller was given', () => {
    resolveSettings(undefined).columnMap.unitStart = '入职日期';
    resolveSettings({}).columnMap.postStart = '任职日期';
    expect(DEFAULT_SETTINGS.columnMap).toEqual({});
    expect(resolveSettings(undefined).columnMap).toEqual({});
  });
});

describe('the checks at their edges', () => {
  it('take the term from 1 to 10 years and the batch interval from 1 to 24 months, whole', () => {
    for (const [key, min, max] of [['termYears', 1, 10], ['batchIntervalMonths', 1, 24]] as const) {
      expect(resolveSettings({ [key]: min })[key]).toBe(min);
      expect(resolveSettings({ [key]: max })[key]).toBe(max);
      for (const wrong of [min - 1, max + 1, min + 0.5]) expect(() => resolveSettings({ [key]: wrong })).toThrow(SettingsError);
    }
  });

  it('take either clock, and an empty notice date', () => {
    expect(resolveSettings({ keyPostClock: 'post' }).keyPostClock).toBe('post');
    expect(resolveSettings({ keyPostClock: 'leadership' }).keyPostClock).toBe('leadership');
    expect(resolveSettings({ noticeDate: '' }).noticeDate).toBe('');
    expect(() => resolveSettings({ noticeDate: '2026-02-30' })).toThrow(SettingsError);
  });

  it('take the texts as given, an empty one too', () => {
    expect(resolveSettings({ organization: '某某市某某局', decidingBody: '局党组', contactPhone: '', quotaSheet: '职数' })).toMatchObject({
      organization: '某某市某某局', decidingBody: '局党组', contactPhone: '', quotaSheet: '职数',
    });
  });

  it('refuse settings that are not an object: a word, a number, a list', () => {
    for (const input of ['keyPostYears', 5, true, [1]]) {
      const { zh, en } = refusal(input as unknown as Record<string, unknown>);
      expect(zh).toBe('设置有误:设置应为一个 JSON 对象');
      expect(en).toBe('Settings not valid: The settings must be a JSON object');
    }
  });
});

describe('an error names the setting and what it takes', () => {
  // One wrong value per key, with the name staff read: docs/rules.md names 单位名称, 决定机关, 联系电话,
  // 通讯地址, 举报电话, 落款日期, 包含隐藏行, 列对应关系 and the README 重点岗位年限; the pane's form gives 男性退休年龄,
  // 女性退休年龄, 重点单位关键词, 重点岗位年限起算; the rest are as the error shows them.
  const cases: [string, unknown, string, string][] = [
    ['keyPostYears', 0, '重点岗位年限', 'Key post years'],
    ['samePostYears', 0, '同一职位年限', 'Same post years'],
    ['sameUnitYears', 0, '同一单位年限', 'Same unit years'],
    ['warningMonths', -1, '提前预警月数', 'Warning months'],
    ['suggestedMaxAge', 17, '建议轮岗年龄', 'Suggested age limit'],
    ['suggestedMinYears', -1, '建议轮岗任职年限', 'Suggested years in post'],
    ['retirementAgeMale', 39, '男性退休年龄', 'Retirement age (men)'],
    ['retirementAgeFemale', 39, '女性退休年龄', 'Retirement age (women)'],
    ['exemptYearsBeforeRetirement', 21, '距退休暂缓年限', 'Hold years before retirement'],
    ['termYears', 11, '聘期年限', 'Term years'],
    ['noReturnYears', 51, '不回原单位年限', 'No-return years'],
    ['batchIntervalMonths', 25, '分批间隔月数', 'Months between batches'],
  ];
  it.each(cases)('%s, a whole number out of range', (key, value, zhName, enName) => {
    const { issues, en } = refusal({ [key]: value });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^${zhName.replace(/[()]/gu, '\\$&')}应为\\d+到\\d+之间的整数$`, 'u'));
    expect(en).toMatch(new RegExp(`^Settings not valid: ${enName.replace(/[()]/gu, '\\$&')} must be a whole number from \\d+ to \\d+$`, 'u'));
  });

  it('says the bounds of each number as the checks apply them', () => {
    expect(refusal({ warningMonths: 61 }).issues).toEqual(['提前预警月数应为0到60之间的整数']);
    expect(refusal({ suggestedMaxAge: 81 }).issues).toEqual(['建议轮岗年龄应为18到80之间的整数']);
    expect(refusal({ batchIntervalMonths: 0 }).en).toBe('Settings not valid: Months between batches must be a whole number from 1 to 24');
  });

  it('the publicity period: never under 5 working days', () => {
    const { issues, en } = refusal({ publicityWorkingDays: 4 });
    expect(issues).toEqual(['公示期不少于5个工作日,应为5到60之间的整数']);
    expect(en).toBe('Settings not valid: Publicity period must be at least 5 working days, a whole number from 5 to 60');
  });

  it('a share, a flag, word lists, texts, a date, the clock, the column map', () => {
    expect(refusal({ competitionShare: 2 })).toMatchObject({ issues: ['竞争上岗比例应为0到1之间的小数'], en: 'Settings not valid: Competition share must be a fraction from 0 to 1' });
    expect(refusal({ includeSuggested: 'yes' })).toMatchObject({ issues: ['建议轮岗人员纳入方案应为 true 或 false'], en: 'Settings not valid: Move the suggested must be true or false' });
    expect(refusal({ includeHiddenRows: 1 })).toMatchObject({ issues: ['包含隐藏行应为 true 或 false'], en: 'Settings not valid: Include hidden rows must be true or false' });
    expect(refusal({ keyPostWords: '财务' })).toMatchObject({ issues: ['重点岗位关键词应为非空字符串的列表'], en: 'Settings not valid: Key post words must be a list of non-empty words' });
    expect(refusal({ keyUnits: [''] })).toMatchObject({ issues: ['重点单位关键词应为非空字符串的列表'], en: 'Settings not valid: Key unit words must be a list of non-empty words' });
    expect(refusal({ exemptRemarkWords: [1] })).toMatchObject({ issues: ['暂缓备注关键词应为非空字符串的列表'], en: 'Settings not valid: Hold remark words must be a list of non-empty words' });
    const texts: [string, string, string][] = [
      ['quotaSheet', '职数表', 'Quota sheet'], ['organization', '单位名称', 'Organization'], ['decidingBody', '决定机关', 'Deciding body'],
      ['contactPhone', '联系电话', 'Phone'], ['contactAddress', '通讯地址', 'Address'], ['reportLine', '举报电话', 'Reporting line'],
    ];
    for (const [key, zhName, enName] of texts) {
      expect(refusal({ [key]: 12380 })).toMatchObject({ issues: [`${zhName}应为不超过200字的文字`], en: `Settings not valid: ${enName} must be text of at most 200 characters` });
    }
    expect(refusal({ noticeDate: '2026.12.1' })).toMatchObject({ issues: ['落款日期应为 YYYY-MM-DD 格式的日期,或留空'], en: 'Settings not valid: Notice date must be a date as YYYY-MM-DD, or empty' });
    expect(refusal({ keyPostClock: 'unit' }).en).toBe('Settings not valid: Key-post clock must be post (from the current post) or leadership (from continuous 正副职 service in the unit)');
    expect(refusal({ columnMap: [] })).toMatchObject({ issues: ['列对应关系应为"字段":"表头"的对象'], en: 'Settings not valid: Column mapping must map fields to headers, as { "field": "header" }' });
    expect(refusal({ columnMap: null }).issues).toEqual(['列对应关系应为"字段":"表头"的对象']);
    expect(refusal({ columnMap: '入职日期' }).issues).toEqual(['列对应关系应为"字段":"表头"的对象']);
    expect(refusal({ columnMap: { 工资: '应发工资' } })).toMatchObject({
      issues: ['列对应关系中"工资"不是可识别的字段(如 unitStart 或 进入本单位时间)'],
      en: 'Settings not valid: Column mapping: "工资" is not a field it knows (such as unitStart or 进入本单位时间)',
    });
    expect(refusal({ columnMap: { unitStart: 3 } })).toMatchObject({
      issues: ['列对应关系中"unitStart"的表头应为非空文字'],
      en: 'Settings not valid: Column mapping: the header for "unitStart" must be non-empty text',
    });
  });

  it('an unknown key, in both locales, and every issue joined in one line', () => {
    const { zh, en, zhKeyed } = refusal({ colour: 'red', termYears: 0 });
    expect(zh).toBe('设置有误:未知的设置项"colour";聘期年限应为1到10之间的整数');
    expect(zhKeyed).toBe('设置有误:未知的设置项"colour";聘期年限(termYears)应为1到10之间的整数');
    expect(en).toBe('Settings not valid: Unknown setting "colour"; Term years must be a whole number from 1 to 10');
  });

  it('an issue without a key is the problem alone, in Chinese unless asked', () => {
    expect(settingsIssueText({ problem: { kind: 'unknown' } })).toBe('不是已知的设置项');
    expect(settingsIssueText({ problem: { kind: 'unknown' } }, 'en-US')).toBe(' is not a known setting');
    expect(settingsIssueText({ key: 'termYears', problem: { kind: 'wholeNumber', min: 1, max: 10 } }, 'en-US', true)).toBe('Term years(termYears) must be a whole number from 1 to 10');
  });
});

describe('the column map', () => {
  const problemOf = (columnMap: unknown) => {
    try {
      resolveSettings({ columnMap });
    } catch (error) {
      return (error as SettingsError).details;
    }
    return undefined;
  };

  it('takes a field mapped to a header, by its key or its usual word', () => {
    expect(resolveSettings({ columnMap: { unitStart: '入职日期', 任现职时间: '任职时间(年月)' } }).columnMap)
      .toEqual({ unitStart: '入职日期', 任现职时间: '任职时间(年月)' });
  });

  it('refuses a header that is not text, or is blank, naming the field', () => {
    expect(problemOf({ unitStart: 3 })).toEqual([{ key: 'columnMap', problem: { kind: 'columnMapHeader', field: 'unitStart' } }]);
    expect(problemOf({ unitStart: '  ' })).toEqual([{ key: 'columnMap', problem: { kind: 'columnMapHeader', field: 'unitStart' } }]);
    expect(problemOf({ 身份证号: '证件号' })).toEqual([{ key: 'columnMap', problem: { kind: 'columnMapField', field: '身份证号' } }]);
    expect(problemOf(['unitStart'])).toEqual([{ key: 'columnMap', problem: { kind: 'columnMapShape' } }]);
  });
});
