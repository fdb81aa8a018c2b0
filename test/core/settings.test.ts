import { DEFAULT_SETTINGS, SettingsError, resolveSettings } from '../../src/core/settings';

describe('resolveSettings', () => {
  it('gives the defaults of the rules', () => {
    expect(resolveSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ keyPostYears: 5, samePostYears: 10, sameUnitYears: 10, warningMonths: 6, retirementAgeMale: 60, retirementAgeFemale: 55, exemptYearsBeforeRetirement: 2, publicityWorkingDays: 5 });
  });

  it('overlays what the user sets', () => {
    expect(resolveSettings({ keyPostYears: 3, organization: '某某局' })).toMatchObject({ keyPostYears: 3, organization: '某某局', samePostYears: 10 });
  });

  it('reports every wrong value at once, in Chinese', () => {
    try {
      resolveSettings({ keyPostYears: 'five', colour: 'red', publicityWorkingDays: 3 });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      const { issues } = error as SettingsError;
      expect(issues).toHaveLength(3);
      expect(issues[0]).toBe('重点岗位年限应为1到50之间的整数');
      expect(issues.join('\n')).not.toContain('keyPostYears');
      expect((error as SettingsError).describe('zh-CN', true)).toContain('重点岗位年限(keyPostYears)应为1到50之间的整数');
      expect((error as SettingsError).describe('en-US')).toContain('Key post years must be a whole number from 1 to 50');
      expect(issues.join('\n')).toMatch(/未知的设置项"colour"/u);
      expect(issues.join('\n')).toMatch(/公示期不少于5个工作日/u);
    }
  });

  it('takes a notice date as YYYY-MM-DD or empty', () => {
    expect(resolveSettings({ noticeDate: '2026-12-01' }).noticeDate).toBe('2026-12-01');
    expect(() => resolveSettings({ noticeDate: '2026.12.1' })).toThrow('落款日期应为 YYYY-MM-DD 格式的日期');
  });

  it('checks the year-ahead settings: the clock, the term, the key units, the quota sheet', () => {
    expect(resolveSettings({ keyPostClock: 'leadership', termYears: 5, keyUnits: [' 窗口 '], quotaSheet: '职数' })).toMatchObject({ keyPostClock: 'leadership', termYears: 5, keyUnits: ['窗口'], quotaSheet: '职数' });
    try {
      resolveSettings({ keyPostClock: 'unit', termYears: 0, keyUnits: [''] });
      throw new Error('accepted');
    } catch (error) {
      expect((error as SettingsError).describe('zh-CN', true)).toBe(
        '设置有误:重点岗位年限起算(keyPostClock)应为 post(任现职时间起算)或 leadership(连续任本单位正副职起算);聘期年限(termYears)应为1到10之间的整数;重点单位关键词(keyUnits)应为非空字符串的列表',
      );
    }
  });

  it('refuses what is not an object', () => {
    expect(() => resolveSettings([1])).toThrow(SettingsError);
  });
});
