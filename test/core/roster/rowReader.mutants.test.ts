import { CellValue, NO_RESULT, SheetGrid } from '../../../src/core/grid';
import { readRoster } from '../../../src/core/roster/readRoster';
import { grid } from '../../helpers';

// The reading of each column, one cell at a time, with what DOMAIN.md and the problem words say a staff
// member must see: 是/√/Y for a key post, 否 for none; 男/女 and their English forms; '/' or '无' for nothing
// written; every unreadable cell listed at its sheet row, column header and cell address.
const problemsOf = (sheet: SheetGrid) => readRoster([sheet]).problems.map((p) => `${p.row}|${p.column}|${p.cell ?? ''}|${p.message}`);

describe('the 是否重点岗位 column', () => {
  const HEADER = ['姓名', '科室', '是否重点岗位'];
  const flagOf = (value: CellValue) => readRoster([grid('x', [HEADER, ['张三', '财务科', value]])]).cadres[0].keyFlag;

  it.each(['是', '√', '✓', '✔', 'Y', 'y', 'YES', 'Yes', '1', 'TRUE', '重点', '重点岗位', ' 是 ', 'Ｙ'])('reads %j as a key post', (text) => {
    expect(flagOf(text)).toBe(true);
  });

  it.each(['否', '×', '✗', 'N', 'n', 'NO', '0', 'FALSE', '非重点', '一般', '一般岗位', '非重点岗位'])('reads %j as no key post', (text) => {
    expect(flagOf(text)).toBe(false);
  });

  it('reads a logical cell as it is, and the numbers 1 and 0 as yes and no', () => {
    expect([flagOf(true), flagOf(false), flagOf(1), flagOf(0)]).toEqual([true, false, true, false]);
  });

  it('reads a blank cell as not said, with no problem', () => {
    const sheet = grid('x', [HEADER, ['张三', '财务科', null], ['李四', '办公室', '  ']]);
    expect(readRoster([sheet]).cadres.map((c) => c.keyFlag)).toEqual([undefined, undefined]);
    expect(problemsOf(sheet).filter((p) => p.includes('是否重点岗位'))).toEqual([]);
  });

  it('lists no problem for a word it knows', () => {
    const sheet = grid('x', [HEADER, ['张三', '财务科', '是'], ['李四', '办公室', '否']]);
    expect(problemsOf(sheet).filter((p) => p.includes('是否重点岗位'))).toEqual([]);
  });

  it('lists any other word as a problem at its cell, and an error value as an error value only', () => {
    const sheet = grid('x', [HEADER, ['张三', '财务科', '待定'], ['李四', '办公室', { error: '#N/A' }]]);
    expect(readRoster([sheet]).cadres.map((c) => c.keyFlag)).toEqual([undefined, undefined]);
    expect(problemsOf(sheet).filter((p) => p.includes('是否重点岗位'))).toEqual([
      '2|是否重点岗位|C2|无法识别"待定",应为"是"或"否"',
      '3|是否重点岗位|C3|单元格为错误值#N/A',
    ]);
  });
});

describe('the 性别 column', () => {
  const HEADER = ['姓名', '科室', '性别'];
  const genderOf = (value: CellValue) => readRoster([grid('x', [HEADER, ['张三', '财务科', value]])]).cadres[0].gender;

  it.each(['男', 'M', 'm', 'MALE', 'Male', '男性', ' 男 ', 'Ｍ'])('reads %j as male', (text) => {
    expect(genderOf(text)).toBe('male');
  });

  it.each(['女', 'F', 'f', 'FEMALE', 'female', '女性'])('reads %j as female', (text) => {
    expect(genderOf(text)).toBe('female');
  });

  it('lists a blank, an unknown word and an error value, each in its own words', () => {
    const sheet = grid('x', [HEADER, ['甲', '财务科', null], ['乙', '财务科', '未知'], ['丙', '财务科', { error: '#VALUE!' }], ['丁', '财务科', '女']]);
    expect(readRoster([sheet]).cadres.map((c) => c.gender)).toEqual([undefined, undefined, undefined, 'female']);
    expect(problemsOf(sheet).filter((p) => p.includes('|性别|C'))).toEqual([
      '2|性别|C2|性别为空',
      '3|性别|C3|无法识别的性别"未知"',
      '4|性别|C4|单元格为错误值#VALUE!',
    ]);
  });

  it('says nothing of gender where the roster has no such column', () => {
    const sheet = grid('x', [['姓名', '科室'], ['甲', '财务科']]);
    expect(readRoster([sheet]).cadres[0].gender).toBeUndefined();
    expect(problemsOf(sheet).filter((p) => p.includes('性别'))).toEqual([expect.stringMatching(/^1\|性别\|\|未找到"性别"列/u)]);
  });
});

describe('text and error cells', () => {
  it.each(['/', '\\', '-', '—', '–', '无', '／'])('reads %j in the unit and post columns as nothing written', (text) => {
    const sheet = grid('x', [['姓名', '科室', '职务'], ['张三', text, text]]);
    expect(readRoster([sheet]).cadres[0]).toMatchObject({ unit: '', post: '' });
    expect(problemsOf(sheet)).toContain('2|科室|B2|单位为空');
  });

  it('keeps a placeholder as written in other text columns', () => {
    const sheet = grid('x', [['姓名', '科室', '民族', '备注'], ['张三', '财务科', '/', '无']]);
    expect(readRoster([sheet]).cadres[0]).toMatchObject({ ethnicity: '/', remarks: '无' });
  });

  it('lists an error value in a text column once, at its cell, and reads the cell as empty', () => {
    const sheet = grid('x', [['姓名', '科室', '职务', '民族'], ['张三', '财务科', { error: '#N/A' }, { error: NO_RESULT }]]);
    expect(readRoster([sheet]).cadres[0]).toMatchObject({ post: '', ethnicity: '' });
    expect(problemsOf(sheet).filter((p) => /\|[CD]2\|/u.test(p))).toEqual([
      '2|职务|C2|单元格为错误值#N/A',
      '2|民族|D2|公式无计算结果,请在 Excel 中重新计算后保存',
    ]);
  });

  it('lists an error value in a date column once, and an error in the unit column instead of a blank unit', () => {
    const sheet = grid('x', [['姓名', '科室', '出生年月'], ['张三', { error: '#REF!' }, { error: '#DIV/0!' }]]);
    expect(problemsOf(sheet).filter((p) => p.startsWith('2|'))).toEqual(['2|科室|B2|单元格为错误值#REF!', '2|出生年月|C2|单元格为错误值#DIV/0!']);
  });

  it('lists an error value in a combined 单位及职务 column instead of a blank unit', () => {
    const sheet = grid('x', [['姓名', '所在单位及职务', '任现职时间'], ['张三', { error: '#N/A' }, '2019.03'], ['李四', '办公室主任', '2019.03']]);
    expect(problemsOf(sheet).filter((p) => p.startsWith('2|'))).toEqual(['2|所在单位及职务|B2|单元格为错误值#N/A']);
  });

  it('reads no relative and no past unit from an error value', () => {
    const sheet = grid('x', [['姓名', '科室', '亲属关系', '曾任单位'], ['张三', '财务科', { error: '#N/A' }, { error: '#REF!' }]]);
    expect(readRoster([sheet]).cadres[0]).toMatchObject({ relatives: [], history: [] });
  });

  it('reads a date typed into a text column as its day, no error', () => {
    const sheet = grid('x', [['姓名', '科室', '备注'], ['张三', '财务科', new Date(Date.UTC(2025, 8, 1))]]);
    expect(readRoster([sheet]).cadres[0].remarks).toBe('2025-09-01');
    expect(problemsOf(sheet).filter((p) => p.startsWith('2|'))).toEqual([]);
  });

  it('folds the spaces out of a rank and reads the other text columns as written', () => {
    const sheet = grid('x', [
      ['姓名', '科室', '职级', '岗位类别', '民族', '籍贯', '政治面貌', '学历', '备注', '意向岗位'],
      ['张三', '财务科', '正 科', '财务', '汉族', '江苏南京', '中共党员', '大学', '挂职', '审计科'],
    ]);
    expect(readRoster([sheet]).cadres[0]).toMatchObject({
      rank: '正科', category: '财务', ethnicity: '汉族', birthplace: '江苏南京', politics: '中共党员', education: '大学', remarks: '挂职', wish: '审计科',
    });
  });
});

describe('date cells', () => {
  it('lists a blank birth, and says nothing of a blank date the rules can do without', () => {
    const sheet = grid('x', [['姓名', '科室', '出生日期', '进入本单位时间', '参加工作时间', '入职日期'], ['张三', '财务科', null, null, null, null]]);
    expect(problemsOf(sheet).filter((p) => p.startsWith('2|'))).toEqual(['2|出生日期|C2|出生日期为空,无法判断年龄']);
  });

  it('reads a number under a date format as a serial day', () => {
    // 45292 is 2024-01-01 in Excel's 1900 date system (45658 is 2025-01-01, 366 days later).
    const sheet: SheetGrid = { ...grid('x', [['姓名', '科室', '任现职时间'], ['张三', '财务科', 45292]]), formats: [[null, null, null], [null, null, 'yyyy-mm-dd']] };
    expect(readRoster([sheet]).cadres[0].postStart).toEqual({ date: '2024-01-01', precision: 'day' });
  });

  it('reads a date as text where the host gives formats for fewer rows than values', () => {
    const sheet: SheetGrid = { ...grid('x', [['姓名', '科室', '任现职时间'], ['张三', '财务科', '2019.03']]), formats: [[null, null, null]] };
    expect(readRoster([sheet]).cadres[0].postStart).toEqual({ date: '2019-03-01', precision: 'month' });
  });

  it('reads the dates of work, joining and the unit', () => {
    const sheet = grid('x', [['姓名', '科室', '参加工作时间', '入职日期', '进入本单位时间'], ['张三', '财务科', '2001.07', '2003.09', '2010.1']]);
    expect(readRoster([sheet]).cadres[0]).toMatchObject({
      workStart: { date: '2001-07-01', precision: 'month' },
      joined: { date: '2003-09-01', precision: 'month' },
    });
  });
});

describe('where a problem is', () => {
  it('gives the cell address and row as Excel numbers them, for a sheet that starts further in', () => {
    const sheet: SheetGrid = { name: 'x', values: [['姓名', '科室', '职务', '性别'], ['张三', '财务科', '科长', '?']], firstRow: 4, firstColumn: 3 };
    expect(problemsOf(sheet).filter((p) => p.startsWith('5|'))).toEqual(['5|性别|F5|无法识别的性别"?"']);
  });

  it('names the combined column for a blank unit where the roster has no unit column', () => {
    const sheet = grid('x', [['姓名', '所在单位及职务', '任现职时间'], ['张三', null, '2019.03'], ['李四', '办公室主任', '2019.03']]);
    expect(problemsOf(sheet).filter((p) => p.startsWith('2|'))).toEqual(['2|所在单位及职务|B2|单位为空']);
  });

  it('names the unit by its usual word, with no cell, where the roster has no unit column at all', () => {
    // Rows above the first section row have no unit; those under it take the section's.
    const sheet = grid('花名册', [['姓名', '性别', '职务', '任现职时间'], ['张三', '男', '科员', '2019.03'], ['一、办公室'], ['李四', '女', '科员', '2019.03']]);
    expect(readRoster([sheet]).cadres.map((c) => c.unit)).toEqual(['', '办公室']);
    expect(problemsOf(sheet).filter((p) => p.startsWith('2|'))).toEqual(['2|单位||单位为空']);
  });
});

describe('unit and post', () => {
  it('takes the post from its own column beside a combined one', () => {
    const sheet = grid('x', [['姓名', '所在单位及职务', '职务'], ['张三', '财务处处长', '调研员']]);
    expect(readRoster([sheet]).cadres[0]).toMatchObject({ unit: '财务处', post: '调研员' });
  });

  it('takes what follows the unit column\'s unit in a combined cell as the post, a title it does not know too', () => {
    const sheet = grid('x', [['姓名', '科室', '所在单位及职务'], ['张三', '办公室', '办公室文秘']]);
    expect(readRoster([sheet]).cadres[0]).toMatchObject({ unit: '办公室', post: '文秘' });
  });

  it('leaves the post empty where the roster has neither a post nor a combined column', () => {
    expect(readRoster([grid('x', [['姓名', '科室', '性别'], ['张三', '财务科', '男']])]).cadres[0]).toMatchObject({ unit: '财务科', post: '' });
  });
});

describe('the columns few rosters have', () => {
  it('reads 聘任时间, 聘期, 聘期起止 and 任本单位正副职时间 where they are', () => {
    const sheet = grid('x', [['姓名', '科室', '聘任时间', '聘期', '聘期起止', '任本单位正副职时间'], ['张三', '财务科', '2023.09', '3年', '2023.09-2026.08', '2018.05']]);
    expect(readRoster([sheet]).cadres[0]).toMatchObject({
      termStart: { date: '2023-09-01', precision: 'month' },
      termLength: '3年',
      termRange: '2023.09-2026.08',
      leadershipStart: { date: '2018-05-01', precision: 'month' },
    });
  });

  it('gives no such keys where the columns are absent', () => {
    const cadre = readRoster([grid('x', [['姓名', '科室'], ['张三', '财务科']])]).cadres[0];
    expect(['termStart', 'termLength', 'termRange', 'leadershipStart'].filter((key) => key in cadre)).toEqual([]);
  });
});
