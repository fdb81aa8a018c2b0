import { DEFAULT_SETTINGS, SettingsError, resolveSettings } from '../../src/core/settings';

// The defaults as shared/DOMAIN.md states them, written out here by hand rather than read from the code.
const DOMAIN_DEFAULTS = {
  keyPostYears: 5,
  samePostYears: 10,
  sameUnitYears: 10,
  warningMonths: 6,
  suggestedMaxAge: 40,
  suggestedMinYears: 3,
  retirementAgeMale: 60,
  retirementAgeFemale: 55,
  exemptYearsBeforeRetirement: 2,
  noReturnYears: 5,
  includeSuggested: false,
  competitionShare: 0.5,
  publicityWorkingDays: 5,
  reportLine: '12380',
  // 聘期: 三年一聘; the key-post clock starts at the current post unless the user chooses otherwise.
  termYears: 3,
  keyPostClock: 'post',
};

const accepts = (key: string, value: unknown) => () => resolveSettings({ [key]: value });

describe('the defaults', () => {
  it('are the numbers of the rules in DOMAIN.md', () => {
    expect(DEFAULT_SETTINGS).toMatchObject(DOMAIN_DEFAULTS);
  });

  it('name every key-post field of DOMAIN.md and every on-hold remark', () => {
    for (const word of ['组织', '人事', '财务', '资产', '物资', '审计', '纪检', '执纪', '监察', '执法', '行政处罚', '审批', '行政许可', '资金', '证照', '招投标', '采购']) {
      expect(DEFAULT_SETTINGS.keyPostWords).toContain(word);
    }
    expect([...DEFAULT_SETTINGS.exemptRemarkWords].sort()).toEqual(['试用期', '挂职', '借调', '病休', '长期病假', '暂缓', '立案', '审查'].sort());
  });

  it('cannot be changed by changing what resolveSettings gave', () => {
    const first = resolveSettings(undefined);
    first.keyPostWords.push('食堂');
    first.keyPostYears = 1;
    expect(resolveSettings(undefined).keyPostWords).not.toContain('食堂');
    expect(resolveSettings(undefined).keyPostYears).toBe(5);
  });
});

describe('each number is checked at its bounds', () => {
  const bounds: [string, number, number][] = [
    ['keyPostYears', 1, 50],
    ['samePostYears', 1, 50],
    ['sameUnitYears', 1, 50],
    ['warningMonths', 0, 60],
    ['suggestedMaxAge', 18, 80],
    ['suggestedMinYears', 0, 50],
    ['retirementAgeMale', 40, 80],
    ['retirementAgeFemale', 40, 80],
    ['exemptYearsBeforeRetirement', 0, 20],
    ['noReturnYears', 0, 50],
    ['publicityWorkingDays', 5, 60],
  ];
  it.each(bounds)('%s takes %i to %i whole, nothing outside or between', (key, min, max) => {
    expect(resolveSettings({ [key]: min })).toMatchObject({ [key]: min });
    expect(resolveSettings({ [key]: max })).toMatchObject({ [key]: max });
    expect(accepts(key, min - 1)).toThrow(SettingsError);
    expect(accepts(key, max + 1)).toThrow(SettingsError);
    expect(accepts(key, min + 0.5)).toThrow(SettingsError);
    expect(accepts(key, String(min))).toThrow(SettingsError);
  });

  it('takes a competition share from 0 to 1', () => {
    expect(resolveSettings({ competitionShare: 0 }).competitionShare).toBe(0);
    expect(resolveSettings({ competitionShare: 1 }).competitionShare).toBe(1);
    expect(resolveSettings({ competitionShare: 0.25 }).competitionShare).toBe(0.25);
    expect(accepts('competitionShare', -0.01)).toThrow(SettingsError);
    expect(accepts('competitionShare', 1.01)).toThrow(SettingsError);
    expect(accepts('competitionShare', '0.5')).toThrow(SettingsError);
  });

  it('takes true or false for the flag, nothing else', () => {
    expect(resolveSettings({ includeSuggested: true }).includeSuggested).toBe(true);
    expect(accepts('includeSuggested', 1)).toThrow(SettingsError);
    expect(accepts('includeSuggested', 'true')).toThrow(SettingsError);
  });

  it('takes word lists of non-empty words, trimmed', () => {
    expect(resolveSettings({ keyPostWords: [' 财务 ', '窗口'] }).keyPostWords).toEqual(['财务', '窗口']);
    expect(accepts('keyPostWords', [])).not.toThrow();
    expect(accepts('keyPostWords', ['财务', ' '])).toThrow(SettingsError);
    expect(accepts('keyPostWords', '财务')).toThrow(SettingsError);
    expect(accepts('exemptRemarkWords', [3])).toThrow(SettingsError);
  });

  it('takes texts up to 200 characters', () => {
    expect(resolveSettings({ reportLine: '一'.repeat(200) }).reportLine).toHaveLength(200);
    expect(accepts('reportLine', '一'.repeat(201))).toThrow(SettingsError);
    expect(accepts('contactPhone', 12380)).toThrow(SettingsError);
  });
});
