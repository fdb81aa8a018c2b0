/**
 * Reading the quota sheet as docs/rules.md describes it: a header with 单位, 职级 or 职务, and 核定职数
 * (or 编制职数, 核定数; 职数 alone where the sheet's name says 职数/核定/编制), within the first rows; 合计/小计
 * rows skipped; a count that is not a whole number a data problem. Each expected row is read off the grid by hand.
 */
import { CellValue } from '../../../src/core/grid';
import { QuotaSheetNotFound, readQuotas } from '../../../src/core/quota/quotaSheet';
import { grid } from '../../helpers';

const counts = (name: string, header: CellValue[], ...rows: CellValue[][]) => readQuotas([grid(name, [header, ...rows])], []);

describe('the count column', () => {
  it('is 核定职数, 编制职数, 核定数 or 定额名额 on any sheet', () => {
    for (const word of ['核定职数', '编制职数', '核定数', '定额名额', '核定 职数']) {
      expect(counts('Sheet1', ['单位', '职级', word], ['办公室', '副科', 2]).quotas.map((q) => q.quota)).toEqual([2]);
    }
  });

  it('is 职数 alone only where the sheet\'s name speaks of quotas', () => {
    expect(counts('编制情况', ['单位', '职级', '职数'], ['办公室', '副科', 2]).quotas).toHaveLength(1);
    expect(counts('核定表', ['单位', '职级', '职数'], ['办公室', '副科', 2]).quotas).toHaveLength(1);
    expect(counts('Sheet1', ['单位', '职级', '职数'], ['办公室', '副科', 2]).quotas).toEqual([]);
  });

  it('is never a count of those in post or of vacancies, nor any column of a vacancy sheet', () => {
    for (const word of ['实有职数', '现有职数', '空缺职数']) {
      expect(counts('职数核定表', ['单位', '职级', word], ['办公室', '副科', 2]).quotas).toEqual([]);
    }
    expect(counts('空缺职数', ['单位', '职级', '核定职数'], ['办公室', '副科', 2]).quotas).toEqual([]);
    // 核定 with no count word at the end is no count either.
    expect(counts('Sheet1', ['单位', '职级', '核定日期'], ['办公室', '副科', 2]).quotas).toEqual([]);
  });

  it('is not a column that only speaks of the count, such as its note, ahead of it', () => {
    const { quotas, problems } = counts('职数', ['单位', '职级', '核定数说明', '核定职数'], ['办公室', '副科', '按2024年批复', 2]);
    expect(quotas).toEqual([{ row: 2, unit: '办公室', rank: '副科', post: '', quota: 2 }]);
    expect(problems).toEqual([]);
  });

  it('is the first of two count columns, and a unit or rank column counts from its first', () => {
    const { quotas } = counts('职数', ['单位', '职级', '核定职数', '编制职数', '部门'], ['办公室', '副科', 2, 5, '财务科']);
    expect(quotas).toEqual([{ row: 2, unit: '办公室', rank: '副科', post: '', quota: 2 }]);
  });
});

describe('the header', () => {
  it('needs a unit, a count, and a rank or a post', () => {
    expect(counts('职数', ['单位', '核定职数'], ['办公室', 2]).quotas).toEqual([]);
    expect(counts('职数', ['职级', '核定职数'], ['副科', 2]).quotas).toEqual([]);
    expect(counts('职数', ['单位', '职级'], ['办公室', '副科']).quotas).toEqual([]);
    expect(counts('职数', ['单位', '职务', '核定职数'], ['办公室', '主任', 1]).quotas).toEqual([{ row: 2, unit: '办公室', rank: '', post: '主任', quota: 1 }]);
  });

  it('is looked for in the first ten rows, not below', () => {
    const header = ['单位', '职级', '核定职数'];
    const above = (n: number) => Array.from({ length: n }, (_, k): CellValue[] => [`说明${k + 1}`]);
    const tenth = readQuotas([grid('职数', [...above(9), header, ['办公室', '副科', 1]])], []);
    expect(tenth.quotas).toEqual([{ row: 11, unit: '办公室', rank: '副科', post: '', quota: 1 }]);
    expect(readQuotas([grid('职数', [...above(10), header, ['办公室', '副科', 1]])], []).quotas).toEqual([]);
    // A sheet shorter than ten rows without a header is no quota sheet, and reading it does not fail.
    expect(readQuotas([grid('职数', above(3))], [])).toEqual({ quotas: [], problems: [] });
  });
});

describe('the rows', () => {
  it('skip a 合计/小计 row with more words after or a unit\'s name before, as the roster does (合计(局机关), 小计:, 局机关合计)', () => {
    const { quotas, problems } = counts('职数', ['单位', '职级', '核定职数'], ['办公室', '副科', 2], ['合计(局机关)', '副科', 2], ['小计:', null, 2], ['局机关合计', null, 2]);
    expect(quotas.map((q) => q.unit)).toEqual(['办公室']);
    expect(problems).toEqual([]);
  });

  it('skip blank rows, rows without a unit and the 合计/小计/总计 rows, and keep a unit whose name holds 合计', () => {
    const { quotas, problems } = counts(
      '职数',
      ['单位', '职级', '核定职数'],
      [null, null, null],
      [null, '副科', 3],
      ['小 计', null, 3],
      ['总计', null, 3],
      ['综合计划科', '副科', 1],
      ['办公室', '副科', 0],
    );
    expect(quotas).toEqual([{ row: 6, unit: '综合计划科', rank: '副科', post: '', quota: 1 }, { row: 7, unit: '办公室', rank: '副科', post: '', quota: 0 }]);
    expect(problems).toEqual([]);
  });

  it('take the rank without spaces, and the unit and post as written, trimmed', () => {
    const { quotas } = counts('职数', ['单位', '职级', '职务', '核定职数'], [' 办公室 ', '副 科', ' 副主任 ', 2]);
    expect(quotas).toEqual([{ row: 2, unit: '办公室', rank: '副科', post: '副主任', quota: 2 }]);
  });

  it('list every count that is no whole number from 0 to 1000 as a problem, and read the rest', () => {
    const { quotas, problems } = counts(
      '职数', ['单位', '职级', '核定职数'],
      ['办公室', '副科', null], ['财务科', '副科', 1.5], ['审计科', '副科', -1], ['宣传科', '副科', 1001], ['人事科', '副科', 1000],
    );
    expect(quotas).toEqual([{ row: 6, unit: '人事科', rank: '副科', post: '', quota: 1000 }]);
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, '核定职数', '核定职数""无效,应为整数'],
      [3, '核定职数', '核定职数"1.5"无效,应为整数'],
      [4, '核定职数', '核定职数"-1"无效,应为整数'],
      [5, '核定职数', '核定职数"1001"无效,应为整数'],
    ]);
  });
});

describe('which sheet', () => {
  const quotaSheet = (name: string, count: number) => grid(name, [['单位', '职级', '核定职数'], ['办公室', '副科', count]]);

  it('is the first one not skipped, a skipped name covering its copies (轮岗方案 (2))', () => {
    const found = readQuotas([quotaSheet('轮岗方案 (2)', 9), quotaSheet('职数', 2), quotaSheet('职数二', 3)], ['轮岗方案']);
    expect(found.sheet).toBe('职数');
    expect(found.quotas.map((q) => q.quota)).toEqual([2]);
    // A skip word at the end of a name does not skip the sheet.
    expect(readQuotas([quotaSheet('2026年轮岗方案', 4)], ['轮岗方案']).quotas.map((q) => q.quota)).toEqual([4]);
  });

  it('is the named one, even where another comes first; a named sheet missing or without the header is refused', () => {
    expect(readQuotas([quotaSheet('职数', 2), quotaSheet('职数二', 3)], [], '职数二').quotas.map((q) => q.quota)).toEqual([3]);
    try {
      readQuotas([quotaSheet('职数', 2)], [], '编制');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(QuotaSheetNotFound);
      expect((error as QuotaSheetNotFound).refusal).toEqual({ kind: 'noSuchSheet', role: 'quota', sheet: '编制', existing: ['职数'] });
    }
    try {
      readQuotas([grid('说明', [['本表说明']]), quotaSheet('职数', 2)], [], '说明');
      throw new Error('accepted');
    } catch (error) {
      expect((error as QuotaSheetNotFound).refusal).toEqual({ kind: 'noQuotaHeader', sheet: '说明' });
    }
  });

  it('is none, and no refusal, where no sheet has the header and none was named', () => {
    expect(readQuotas([grid('说明', [['本表说明']])], [])).toEqual({ quotas: [], problems: [] });
    expect(readQuotas([grid('说明', [['本表说明']])], [], '')).toEqual({ quotas: [], problems: [] });
  });
});
