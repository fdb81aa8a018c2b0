import { CellValue, SheetGrid } from '../../../src/core/grid';
import { chooseRoster, sheetsToRead } from '../../../src/core/roster/sheetChoice';
import { grid } from '../../helpers';

const HEADER = ['姓名', '性别', '出生年月', '科室', '职务', '任现职时间'];
const people = (names: string[]): CellValue[][] => names.map((name, i) => [name, '男', '1980.01', `科室${i}`, '科员', '2020.01']);
const sheet = (name: string, names: string[], extra: Partial<SheetGrid> = {}): SheetGrid => ({ ...grid(name, [HEADER, ...people(names)]), ...extra });

describe('sheetsToRead', () => {
  const infos = [
    { name: '花名册', hidden: false, ours: false },
    { name: '备份', hidden: true, ours: false },
    { name: '轮岗检查', hidden: false, ours: true },
  ];

  it('reads the visible sheets the tool did not write', () => {
    expect(sheetsToRead(infos)).toEqual(['花名册']);
  });

  it('reads a named sheet even when hidden or ours', () => {
    expect(sheetsToRead(infos, '备份')).toEqual(['花名册', '备份']);
    expect(sheetsToRead(infos, ' 轮岗检查 ')).toEqual(['花名册', '轮岗检查']);
  });
});

describe('chooseRoster', () => {
  it('passes over a hidden backup with more rows, saying why', () => {
    const { choice } = chooseRoster([sheet('花名册(备份)', ['甲', '乙', '丙', '丁'], { hidden: true }), sheet('名单', ['甲', '乙'])]);
    expect(choice.taken).toEqual(['名单']);
    expect(choice.others).toEqual([{ sheet: '花名册(备份)', reason: expect.stringContaining('隐藏') }]);
  });

  it('never takes a plan with 拟任 columns, whatever its header matches', () => {
    const plan = grid('2025年轮岗方案', [[...HEADER, '进入本单位时间', '拟任单位', '拟任职务'], ['甲', '男', '1980.01', '办公室', '科员', '2010.01', '2010.01', '财务科', '科员']]);
    const { choice } = chooseRoster([plan, sheet('Sheet2', ['乙', '丙'])]);
    expect(choice.taken).toEqual(['Sheet2']);
    expect(choice.others[0].reason).toMatch(/拟任/u);
  });

  it('prefers a sheet named 花名册/名册/干部 over a fuller header elsewhere', () => {
    const fuller = grid('Sheet1', [[...HEADER, '职级', '备注'], ['甲', '男', '1980.01', '办公室', '科员', '2010.01', '科员', null]]);
    expect(chooseRoster([fuller, sheet('中层干部', ['乙', '丙'])]).choice.taken).toEqual(['中层干部']);
    expect(chooseRoster([fuller, sheet('Sheet2', ['乙', '丙'])]).choice.taken).toEqual(['Sheet1']);
  });

  it('takes a table where most names repeat for a record table when a roster is at hand', () => {
    const record = sheet('任职记录', ['甲', '甲', '乙', '乙', '丙', '丙', '丁']);
    const { choice } = chooseRoster([record, sheet('员工主表', ['甲', '乙', '丙', '丁'])]);
    expect(choice.taken).toEqual(['员工主表']);
    expect(choice.others[0]).toEqual({ sheet: '任职记录', reason: '7行中6行姓名重复,是记录表,不是花名册' });
    expect(chooseRoster([record]).choice.taken).toEqual(['任职记录']);
  });

  it('reads sheets of the same header together', () => {
    const { choice } = chooseRoster([sheet('局机关', ['甲', '乙']), sheet('下属单位', ['丙', '丁'])]);
    expect(choice.taken).toEqual(['局机关', '下属单位']);
    expect(choice.reason).toBe('工作表"局机关"、"下属单位"表头相同,合为一份花名册');
  });

  it('takes the whole roster over sheets that copy parts of it, never reading anyone twice', () => {
    const { choice } = chooseRoster([sheet('局机关', ['甲', '乙']), sheet('下属单位', ['丙', '丁']), sheet('全部', ['甲', '乙', '丙', '丁'])]);
    expect(choice.taken).toEqual(['全部']);
    expect(choice.others).toEqual([
      { sheet: '局机关', reason: '人员与"全部"大多重复,是副本' },
      { sheet: '下属单位', reason: '人员与"全部"大多重复,是副本' },
    ]);
  });

  it('takes the named sheet alone, hidden or not', () => {
    const { parts, choice } = chooseRoster([sheet('局机关', ['甲']), sheet('备份', ['乙'], { hidden: true })], '备份');
    expect(parts.map((p) => p.grid.name)).toEqual(['备份']);
    expect(choice.reason).toBe('按指定读取工作表"备份"');
  });
});
