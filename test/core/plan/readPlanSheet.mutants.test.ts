import { CellValue } from '../../../src/core/grid';
import { PlanSheetUnreadable, RosterCadres, readPlanSheet } from '../../../src/core/plan/readPlanSheet';
import { HEADER, grid, rosterOf, rowValues } from '../../helpers';
import { readRoster } from '../../../src/core/roster/readRoster';

// The roster, one sheet 花名册 (its header on row 1): 张三 twice, in 办公室 (row 2) and 财务科 (row 3).
const roster = rosterOf([
  { name: '张三', unit: '办公室' },
  { name: '张三', unit: '财务科' },
  { name: '李四', unit: '审计科' },
  { name: '王五', unit: '宣传科' },
  { name: '赵六', unit: '人事科' },
]);
const [zhangOffice, zhangFinance, li, wang, zhao] = roster.cadres;
/** The same cadres said to come from two roster sheets: a bare 编号 then names no sheet. */
const twoSheets: RosterCadres = { cadres: roster.cadres, sheets: [...roster.sheets, { ...roster.sheets[0], name: '借调人员' }] };

const HEAD = ['序号', '编号', '姓名', '原单位', '拟任单位', '拟任职务', '锁定', '分批'];
type Move = { id?: CellValue; name?: CellValue; from?: CellValue; unit?: CellValue; post?: CellValue; lock?: CellValue; batch?: CellValue };
const line = (m: Move, i = 1): CellValue[] => [i, m.id ?? null, m.name ?? null, m.from ?? null, m.unit ?? '宣传科', m.post ?? '科员', m.lock ?? null, m.batch ?? null];
/** A plan sheet as the planner lays it out: title lines, then the moves' header on row 3. */
const sheet = (moves: Move[], firstRow = 1) => ({ ...grid('轮岗方案', [['干部轮岗交流方案'], ['交流人员1人,已安排1人,未能安排0人'], HEAD, ...moves.map((m, i) => line(m, i + 1))]), firstRow });
const one = (m: Move, cadres: RosterCadres = roster) => readPlanSheet(sheet([m]), cadres);

describe('readPlanSheet, cell by cell', () => {
  it.each([['是'], ['√'], ['✓'], ['✔'], ['Y'], ['y'], ['YES'], ['yes'], ['1'], ['锁定'], ['TRUE'], ['true'], ['ＹＥＳ'], [' 是 '], [true], [1]] as [CellValue][])(
    'reads 锁定 %p as locked', (lock) => {
      const read = one({ name: '李四', lock });
      expect(read.problems).toEqual([]);
      expect(read.moves.map((move) => move.locked)).toEqual([true]);
    });

  it.each([[null], [''], ['否'], ['×'], ['N'], ['n'], ['NO'], ['no'], ['0'], ['FALSE'], ['false'], [false], [0]] as [CellValue][])(
    'reads 锁定 %p as not locked', (lock) => {
      const read = one({ name: '李四', lock });
      expect(read.problems).toEqual([]);
      expect(read.moves.map((move) => move.locked)).toEqual([false]);
    });

  it.each([['待定'], ['YE'], ['是的'], ['2']])('refuses 锁定 %p, quoting it', (lock) => {
    const read = one({ name: '李四', lock }, roster);
    expect(read.moves).toEqual([]);
    expect(read.problems).toMatchObject([{ sheet: '轮岗方案', row: 4, column: '锁定', message: `锁定栏"${lock}"应填"是"或"√",不锁定请留空` }]);
  });

  it.each([[2, 2], ['3', 3], ['第4批', 4], ['5批', 5], ['第6', 6], ['第 7 批', 7], ['１２', 12], [1, 1]] as [CellValue, number][])(
    'reads 分批 %p as batch %p', (batch, expected) => {
      const read = one({ name: '李四', batch });
      expect(read.problems).toEqual([]);
      expect(read.moves.map((move) => move.batch)).toEqual([expected]);
    });

  it('leaves a blank 分批 out of the move', () => {
    for (const batch of [null, '', '  ']) {
      const [move] = one({ name: '李四', batch }).moves;
      expect('batch' in move).toBe(false);
    }
  });

  it.each([['0'], [0], ['第0批'], ['下一批'], ['第2批次'], ['首第2批'], ['2.5'], ['-1'], ['批']] as [CellValue][])('refuses 分批 %p, quoting it', (batch) => {
    const read = one({ name: '李四', batch });
    expect(read.moves).toEqual([]);
    expect(read.problems).toMatchObject([{ row: 4, column: '分批', message: `分批栏"${batch}"应写成"第1批"或数字` }]);
  });
});

describe('readPlanSheet, finding the cadre of a row', () => {
  it('takes the 编号 alone when the name is blank, as sheet!row or, for a roster of one sheet, the bare row', () => {
    expect(one({ id: '花名册!3' }).moves.map((move) => [move.cadre, move.name])).toEqual([[zhangFinance, '张三']]);
    expect(one({ id: 2 }).moves.map((move) => move.cadre)).toEqual([zhangOffice]);
    expect(one({ id: ' 4 ' }).moves.map((move) => move.cadre)).toEqual([li]);
  });

  it('takes the name over a 编号 that points at someone else', () => {
    expect(one({ id: '花名册!5', name: '李四' }).moves.map((move) => move.cadre)).toEqual([li]);
  });

  it('reads a 编号 of a sheet whose name starts with digits as it is, and a bare row of two digits', () => {
    // Eleven cadres on one sheet named 2026年花名册, rows 2 to 12.
    const names = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '子'];
    const dated = readRoster([grid('2026年花名册', [HEADER, ...names.map((name) => rowValues({ name, unit: '办公室' }))])]);
    expect(dated.cadres.map((cadre) => cadre.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(one({ id: '2026年花名册!3' }, dated).moves.map((move) => move.cadre?.name)).toEqual(['乙']);
    expect(one({ id: 12 }, dated).moves.map((move) => move.cadre?.name)).toEqual(['子']);
    expect(one({ id: '10' }, dated).moves.map((move) => move.cadre?.name)).toEqual(['壬']);
  });

  it('asks for the 编号 of a shared name where the sheet has no 原单位 column', () => {
    const read = readPlanSheet(grid('轮岗方案', [['姓名', '拟任单位', '拟任职务'], ['张三', '审计科', '科员']]), roster);
    expect(read.moves).toEqual([]);
    expect(read.problems).toMatchObject([{ row: 2, column: '编号', message: '花名册中有2名"张三",请填写编号(花名册!2、花名册!3)' }]);
  });

  it('reads a bare row as no cadre where the roster has two sheets', () => {
    const read = one({ id: 2 }, twoSheets);
    expect(read.moves).toEqual([]);
    expect(read.problems).toMatchObject([{ row: 4, column: '姓名', message: '编号"2"不是花名册中的行(应写成 工作表!行号,如 花名册!2)' }]);
    expect(one({ id: '花名册!5', name: '王五' }, twoSheets).moves.map((move) => move.cadre)).toEqual([wang]);
  });

  it('says a row with neither name nor a 编号 of the roster names nobody, under 姓名 (the name is what is missing)', () => {
    const blank = one({ id: null, name: null });
    expect(blank.problems).toMatchObject([{ row: 4, column: '姓名', message: '姓名为空' }]);
    const unknown = one({ id: '花名册!99' });
    expect(unknown.problems).toMatchObject([{ row: 4, column: '姓名', message: '编号"花名册!99"不是花名册中的行(应写成 工作表!行号,如 花名册!2)' }]);
    expect(one({ id: 'x2' }).problems).toMatchObject([{ column: '姓名', message: '编号"x2"不是花名册中的行(应写成 工作表!行号,如 花名册!2)' }]);
    expect(one({ id: '2x' }).problems).toMatchObject([{ column: '姓名', message: expect.stringContaining('编号"2x"') }]);
  });

  it('finds a lone name whatever 原单位 says, and tells two of one name apart by 原单位 only', () => {
    expect(one({ name: '李四', from: '办公室' }).moves.map((move) => move.cadre)).toEqual([li]);
    expect(one({ name: '赵 六' }).moves.map((move) => move.cadre)).toEqual([zhao]);
    expect(one({ name: '张三', from: '财务科' }).moves.map((move) => move.cadre)).toEqual([zhangFinance]);
    expect(one({ name: '张三', from: '办公室' }).moves.map((move) => move.cadre)).toEqual([zhangOffice]);
    // Neither 张三 is in 审计科: no cadre, the name kept.
    expect(one({ name: '张三', from: '审计科' }).moves.map((move) => [move.cadre, move.name])).toEqual([[undefined, '张三']]);
    expect(one({ name: '张三' }).problems).toMatchObject([{ column: '编号', message: '花名册中有2名"张三",请填写编号(花名册!2、花名册!3)' }]);
  });

  it('gives the rows as Excel numbers them, from where the sheet starts', () => {
    const read = readPlanSheet(sheet([{ name: '李四' }, { name: '王五', post: '' }, { name: '赵六', unit: '' }], 5), roster);
    expect(read.moves.map((move) => move.planRow)).toEqual([8]);
    expect(read.problems).toMatchObject([
      { row: 9, column: '拟任职务', message: '王五的拟任职务为空' },
      { row: 10, column: '拟任单位', message: '赵六的拟任单位为空' },
    ]);
  });

  it('names the first row of a cadre listed twice', () => {
    const read = readPlanSheet(sheet([{ name: '王五' }, { name: '李四' }, { id: '花名册!4', name: '李四', unit: '办公室' }]), roster);
    expect(read.moves.map((move) => [move.planRow, move.cadre])).toEqual([[4, wang], [5, li]]);
    expect(read.problems).toMatchObject([{ row: 6, column: '姓名', message: '李四已在第5行列出,同一人只能有一行' }]);
  });

  it('lets two rows name nobody on the roster without calling them one', () => {
    const read = readPlanSheet(sheet([{ name: '孙八' }, { name: '孙八' }]), roster);
    expect(read.problems).toEqual([]);
    expect(read.moves.map((move) => [move.planRow, move.cadre, move.name])).toEqual([[4, undefined, '孙八'], [5, undefined, '孙八']]);
  });
});

describe('readPlanSheet, the tables', () => {
  it('finds the header by 姓名, 拟任单位 and 拟任职务 together, and takes the first column of a title', () => {
    const rows: CellValue[][] = [
      ['姓名', '拟任单位'],
      ['姓名', '拟任职务'],
      ['拟任单位', '拟任职务'],
      ['拟任职务', ' 姓 名 ', '单位', '拟任单位', '原单位', '拟任单位'],
      ['科员', '张三', '财务科', '审计科', '办公室', '人事科'],
    ];
    const read = readPlanSheet(grid('轮岗方案', rows), roster);
    expect(read.problems).toEqual([]);
    expect(read.moves).toEqual([{ planRow: 5, cadre: zhangFinance, name: '张三', to: { unit: '审计科', post: '科员' }, locked: false }]);
  });

  it('refuses a sheet with no moves header, naming it', () => {
    const unreadable = () => readPlanSheet(grid('说明', [['姓名', '拟任单位'], ['拟任职务']]), roster);
    expect(unreadable).toThrow(PlanSheetUnreadable);
    expect(unreadable).toThrow(expect.objectContaining({ refusal: { kind: 'noPlanHeader', sheet: '说明' } }));
  });

  it('reads the 未能安排人员 table: its cadres up to the first blank row, not those the moves place', () => {
    const rows: CellValue[][] = [
      ['干部轮岗交流方案'],
      ['交流人员6人,已安排1人,未能安排4人'],
      ['说明:未能安排人员列于下表'],
      ['未能安排人员(4人)'],
      ['序号', '编号', '姓名', '单位', '职务'],
      [1, 2, '张三', '办公室', '科员'],
      [2, null, '王五', '宣传科', '科员'],
      [3, null, '张三', null, '科员'],
      [4, null, '孙八', null, '科员'],
      [5, null, '李四', '审计科', '科员'],
      [],
      [6, null, '赵六', '人事科', '科员'],
      ['交流人员名单(1人)'],
      HEAD,
      line({ name: '李四' }),
    ];
    const read = readPlanSheet(grid('轮岗方案', rows), roster);
    expect(read.problems).toEqual([]);
    expect(read.moves.map((move) => move.cadre)).toEqual([li]);
    // 张三 by 编号, 王五 by name; the second 张三 is ambiguous and 孙八 unknown: left out; 李四 moves.
    expect(read.held).toEqual([zhangOffice, wang]);
  });

  it('reads the held table from the first row, and none when its title is the last row or missing', () => {
    const moves = [HEAD, line({ name: '李四' })];
    expect(readPlanSheet(grid('轮岗方案', [...moves, ['未能安排人员(1人)']]), roster).held).toEqual([]);
    expect(readPlanSheet(grid('轮岗方案', [['未能安排人员(1人)'], ['序号', '编号', '姓名'], [1, null, '王五'], [], ...moves]), roster).held).toEqual([wang]);
    // Without the title, not even a row the moves cannot read (王五, no target unit) is held.
    expect(readPlanSheet(grid('轮岗方案', [HEAD, line({ name: '王五', unit: '' }), line({ name: '李四' })]), roster).held).toEqual([]);
  });
});
