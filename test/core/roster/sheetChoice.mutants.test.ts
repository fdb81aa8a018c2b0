// Which sheets are the roster, at the edge of each rule, each expected choice and reason worked out by
// hand: a record table's share of repeated names at exactly one half, a copy at exactly half its names,
// the rows that are no names, the order of the reasons, and the words of each.
import { CellValue, SheetGrid } from '../../../src/core/grid';
import { HIDDEN_SHEET_REASON, RosterNotFound, chooseRoster, sheetsToRead } from '../../../src/core/roster/sheetChoice';
import { grid } from '../../helpers';

const HEADER = ['姓名', '性别', '出生年月', '科室', '职务', '任现职时间'];
const person = (name: CellValue, i: number): CellValue[] => [name, '男', '1980.01', `科室${i}`, '科员', '2020.01'];
const sheet = (name: string, names: CellValue[], extra: Partial<SheetGrid> = {}): SheetGrid => ({ ...grid(name, [HEADER, ...names.map(person)]), ...extra });
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RosterNotFound);
    return (error as RosterNotFound).refusal;
  }
  throw new Error('no refusal');
};

describe('sheetsToRead', () => {
  const infos = [
    { name: '花名册', hidden: false, ours: false },
    { name: '备份', hidden: true, ours: false },
    { name: '轮岗检查', hidden: false, ours: true },
    { name: '旧方案', hidden: true, ours: true },
    { name: '空缺岗位', hidden: false, ours: false },
  ];

  it('passes over what is not named and hidden or ours, whatever else is named', () => {
    expect(sheetsToRead(infos, undefined, undefined)).toEqual(['花名册', '空缺岗位']);
    expect(sheetsToRead(infos, undefined, '旧方案 ')).toEqual(['花名册', '旧方案', '空缺岗位']);
    expect(sheetsToRead(infos, '备份', '轮岗检查')).toEqual(['花名册', '备份', '轮岗检查', '空缺岗位']);
    expect(sheetsToRead(infos, '备')).toEqual(['花名册', '空缺岗位']);
  });
});

describe('a named sheet', () => {
  it('is found with its name trimmed, and every other sheet is listed as not named', () => {
    const { parts, choice } = chooseRoster([sheet('局机关', ['甲']), sheet('下属', ['乙']), sheet('备份', ['丙'], { hidden: true })], ' 下属 ');
    expect(parts.map((part) => part.grid.name)).toEqual(['下属']);
    expect(choice).toEqual({
      taken: ['下属'],
      reason: '按指定读取工作表"下属"',
      others: [{ sheet: '局机关', reason: '未指定' }, { sheet: '备份', reason: '未指定' }],
    });
  });

  it('is found where the sheet\'s own name has spaces around it', () => {
    expect(chooseRoster([sheet('局机关', ['甲']), sheet('下属 ', ['乙'])], '下属').choice.taken).toEqual(['下属 ']);
  });

  it('is refused when missing or without a header, saying which', () => {
    expect(refusal(() => chooseRoster([sheet('局机关', ['甲']), grid('说明', [['本表为说明']])], '花名册'))).toEqual({
      kind: 'noSuchSheet', role: 'roster', sheet: '花名册', existing: ['局机关', '说明'],
    });
    expect(refusal(() => chooseRoster([sheet('局机关', ['甲']), grid('说明', [['本表为说明']])], '说明'))).toEqual({ kind: 'noRosterHeader', sheet: '说明' });
  });
});

describe('the sheets passed over', () => {
  it('say why, in the order of the workbook', () => {
    const { choice } = chooseRoster([
      sheet('任职记录', ['甲', '甲', '乙', '乙']),
      grid('说明', [['本表为说明']]),
      sheet('轮岗检查', ['甲']),
      sheet('轮岗方案(2)', ['甲']),
      sheet('备份', ['甲'], { hidden: true }),
      grid('方案', [[...HEADER, '拟任单位'], ['甲', '男', '1980.01', '办公室', '科员', '2020.01', '财务科']]),
      sheet('花名册', ['丙', '丁']),
    ]);
    expect(choice.taken).toEqual(['花名册']);
    expect(choice.others).toEqual([
      { sheet: '任职记录', reason: '4行中4行姓名重复,是记录表,不是花名册' },
      { sheet: '说明', reason: '没有含"姓名"等列的表头' },
      { sheet: '轮岗检查', reason: '本工具生成的工作表' },
      { sheet: '轮岗方案(2)', reason: '本工具生成的工作表' },
      { sheet: '备份', reason: HIDDEN_SHEET_REASON },
      { sheet: '方案', reason: '含拟任单位/拟任职务等列,是交流方案,不是花名册' },
    ]);
    expect(HIDDEN_SHEET_REASON).toBe('隐藏的工作表(备份等),如确是花名册请指定工作表');
  });

  it('leave nothing to choose from: the roster is not found', () => {
    expect(refusal(() => chooseRoster([grid('说明', [['本表为说明']]), sheet('备份', ['甲'], { hidden: true })]))).toEqual({ kind: 'noRoster' });
    expect(refusal(() => chooseRoster([]))).toEqual({ kind: 'noRoster' });
  });
});

describe('a record table', () => {
  const roster = sheet('员工主表', ['甲', '乙', '丙', '丁', '戊']);

  it('is one where more than half the names repeat, among four names or more', () => {
    const recordOf = (names: CellValue[]) => chooseRoster([sheet('记录', names), roster]).choice.others;
    expect(recordOf(['甲', '甲', '甲', '乙'])).toEqual([{ sheet: '记录', reason: '4行中3行姓名重复,是记录表,不是花名册' }]);
    // Exactly half repeat: a roster with a few namesakes, read together (its names mostly new).
    expect(chooseRoster([sheet('记录', ['甲', '甲', '己', '庚']), roster]).choice.others).toEqual([{ sheet: '记录', reason: '人员与"员工主表"大多重复,是副本' }]);
    expect(chooseRoster([sheet('记录', ['己', '己', '庚', '辛']), roster]).choice.taken).toEqual(['记录', '员工主表']);
    // Three names alone are too few to tell.
    expect(chooseRoster([sheet('记录', ['己', '己', '己']), roster]).choice.taken).toEqual(['记录', '员工主表']);
  });

  it('counts only the names of cadres: not totals, notes, blanks or error values', () => {
    const rows = (extra: CellValue[][]) => grid('下属', [HEADER, person('己', 1), person('庚', 2), ...extra]);
    const totals = rows([['小计', null, null, null, null, 2], ['小计', null, null, null, null, 2], ['小计', null, null, null, null, 2]]);
    expect(chooseRoster([totals, roster]).choice.taken).toEqual(['下属', '员工主表']);
    const errors = rows([person({ error: '#N/A' }, 3), person({ error: '#N/A' }, 4), person({ error: '#N/A' }, 5)]);
    expect(chooseRoster([errors, roster]).choice.taken).toEqual(['下属', '员工主表']);
    const blanks = rows([person('  ', 3), person('  ', 4), person('  ', 5)]);
    expect(chooseRoster([blanks, roster]).choice.taken).toEqual(['下属', '员工主表']);
  });

  it('is taken when it is the only sheet that could be the roster', () => {
    const { choice } = chooseRoster([sheet('记录', ['甲', '甲', '甲', '乙']), grid('说明', [['本表为说明']])]);
    expect(choice.taken).toEqual(['记录']);
    expect(choice.reason).toBe('工作表"记录"表头识别出6列');
  });
});

describe('the best sheet', () => {
  const other = (name: string, names: CellValue[]) =>
    grid(name, [['姓名', '性别', '出生年月', '部门', '职务', '任现职时间', '职级'], ...names.map((n, i) => [...person(n, i), '科员'])]);

  it('is the one named 花名册, 名册 or 干部, then the fuller header, then more names, then the first', () => {
    expect(chooseRoster([other('Sheet1', ['甲']), sheet('职工名册', ['乙'])]).choice.taken).toEqual(['职工名册']);
    expect(chooseRoster([other('Sheet1', ['甲']), sheet('干部', ['乙'])]).choice.taken).toEqual(['干部']);
    expect(chooseRoster([sheet('干部', ['乙']), other('Sheet1', ['甲'])]).choice.taken).toEqual(['干部']);
    expect(chooseRoster([sheet('Sheet2', ['乙']), other('Sheet1', ['甲'])]).choice.taken).toEqual(['Sheet1']);
    expect(chooseRoster([sheet('Sheet2', ['乙', '丙', '丁']), other('Sheet1', ['甲'])]).choice.taken).toEqual(['Sheet1']);
    const fewer = grid('A', [['姓名', '性别', '出生年月', '部门', '职务', '任现职时间'], person('甲', 0)]);
    expect(chooseRoster([fewer, sheet('B', ['乙', '丙'])]).choice.taken).toEqual(['B']);
    expect(chooseRoster([sheet('B', ['乙', '丙']), fewer]).choice.taken).toEqual(['B']);
    expect(chooseRoster([sheet('B', ['乙']), grid('A', [['姓名', '性别', '出生年月', '部门', '职务', '任现职时间'], person('甲', 0)])]).choice.taken).toEqual(['B']);
  });

  it('says why it was taken, and the sheets of another header are not merged', () => {
    const { choice } = chooseRoster([other('Sheet1', ['甲']), sheet('干部名册', ['乙'])]);
    expect(choice.reason).toBe('工作表"干部名册"表头识别出6列,表名含花名册/名册/干部,在可作花名册的工作表中最合适');
    expect(choice.others).toEqual([{ sheet: 'Sheet1', reason: '表头与"干部名册"不同,未合并' }]);
    expect(chooseRoster([sheet('干部名册', ['乙'])]).choice.reason).toBe('工作表"干部名册"表头识别出6列,表名含花名册/名册/干部');
    expect(chooseRoster([other('Sheet1', ['甲']), sheet('Sheet2', ['乙'])]).choice.reason).toBe('工作表"Sheet1"表头识别出7列,在可作花名册的工作表中最合适');
  });
});

describe('sheets of the same header', () => {
  const all = sheet('全部', ['甲', '乙', '丙', '丁']);

  it('are a copy when at least half their names are the best sheet\'s', () => {
    expect(chooseRoster([all, sheet('一部', ['甲', '乙', '戊', '己'])]).choice.others).toEqual([{ sheet: '一部', reason: '人员与"全部"大多重复,是副本' }]);
    expect(chooseRoster([all, sheet('一部', ['甲', '戊', '己'])]).choice.taken).toEqual(['全部', '一部']);
  });

  it('are the same header whatever spaces and notes in brackets its titles are written with', () => {
    const spaced = grid('下属', [['姓 名', '性别', '出生年月(年.月)', '科室', '职务', '任现职时间'], person('戊', 0)]);
    expect(chooseRoster([all, spaced]).choice.taken).toEqual(['全部', '下属']);
  });

  it('are the same header whatever order its columns come in', () => {
    const reordered = grid('下属', [['性别', '姓名', '科室', '出生年月', '任现职时间', '职务'], ['男', '戊', '科室0', '1980.01', '2020.01', '科员']]);
    expect(chooseRoster([all, reordered]).choice.taken).toEqual(['全部', '下属']);
  });

  it('are read with it when they name nobody yet', () => {
    const { choice } = chooseRoster([all, sheet('二部', [])]);
    expect(choice.taken).toEqual(['全部', '二部']);
    expect(choice.reason).toBe('工作表"全部"、"二部"表头相同,合为一份花名册');
  });
});
