// Rows as offices write them, each read by hand: the words and numbers that make a row a note, a section
// title or a total, at the edges of each pattern (a note word without its colon, a number of two digits,
// a title too long for a name until its count in brackets is taken off).
import { CellValue } from '../../../src/core/grid';
import { rowText, sectionUnit, skipKindOf, skippedRows } from '../../../src/core/roster/rowKind';

// 序号 | 姓名 | 性别 | 出生年月 | 科室 | 职务 | 任现职时间 | 备注
const COLUMNS = { name: 1, gender: 2, birth: 3, unit: 4, post: 5, postStart: 6, remarks: 7 };
const kindOf = (cells: CellValue[]) => skipKindOf(cells, COLUMNS);

describe('a note below the table', () => {
  it.each([
    ['填表人王某'],
    ['审核人 李某'],
    ['联系电话 0571-88888888'],
    ['12.以上人员任职时间以任职文件为准'],
    ['2、数据截至10月底'],
  ])('%s is a note', (text) => {
    expect(kindOf([text])).toBe('表注');
  });

  it('is not a date alone in a personal column: that is a cadre whose name is missing', () => {
    expect(kindOf([null, null, null, '1980.05'])).toBeUndefined();
    expect(kindOf([null, null, '女'])).toBeUndefined();
  });

  it('is not a cadre whose name merely holds a note word after its first character', () => {
    expect(kindOf([1, '张审核', '男', '1980.01', '财务科', '科员', '2019.03', null])).toBeUndefined();
    expect(kindOf([1, '王合计', '男', '1980.01', '财务科', '科员', '2019.03', null])).toBeUndefined();
  });
});

describe('a section title', () => {
  // Too long for a name as written; the unit it names, once its number and count are taken off, is short.
  it.each([
    ['十二、局属各事业单位(共18人)'],
    ['(十二)局属各事业单位(共18人)'],
    ['(12)局属各事业单位(共18人)'],
    ['第十二部分 局属各事业单位(共18人)'],
  ])('%s is a section title', (text) => {
    expect(kindOf([text])).toBe('分组标题');
  });

  it('is a note when the unit it would name is a sentence', () => {
    expect(kindOf(['一、以下人员任职时间以组织部门任职文件为准,如有出入请联系干部科'])).toBe('表注');
  });

  it.each([
    [['十二', '后勤服务中心']],
    [['一、', '局机关']],
  ])('%j: a section number in a column of its own numbers the title beside it', (cells) => {
    expect(kindOf(cells as CellValue[])).toBe('分组标题');
  });
});

describe('a unit\'s total', () => {
  // The total of one unit, its name before the word: written in the first column or the name column.
  it.each([
    [['局机关合计', '18人']],
    [[null, '局机关小计']],
    [[null, '办公室小计:']],
    [['机关总计', null, null, null, null, null, null, 6]],
    [['局机关合计', '18人', '男10人', '1980.01']],
    [[null, '各科室共计', '男10人', '女8人']],
  ])('%j is a total', (cells) => {
    expect(kindOf(cells as CellValue[])).toBe('合计行');
  });

  it.each([
    // A cadre's name that merely ends in the word: one character before it, or words after it.
    [[1, '王合计', '男', '1980.01', '财务科', '科员', '2019.03', null]],
    [['王合计', '王合计', '男', '1980.01', '财务科', '科员', '2019.03', null]],
    [[1, '张三', '男', '1980.01', '综合计划科', '科员', '2019.03', null]],
    [[1, '张三', '男', '1980.01', '统计科', '会计', '2019.03', null]],
  ])('%j is a cadre', (cells) => {
    expect(kindOf(cells as CellValue[])).toBeUndefined();
  });
});

describe('a section title with its count', () => {
  it.each([
    [['一、局机关', '12人']],
    [['一、局机关', null, null, null, null, null, null, '(共12人)']],
    [['(二)直属单位', '(8)']],
    [['(二)直属单位', null, '8人']],
    [['三', '下属事业单位', '（计20人）']],
    [['第四部分 派出机构', '6人']],
  ])('%j is a section title', (cells) => {
    expect(kindOf(cells as CellValue[])).toBe('分组标题');
  });

  it.each([
    // A count beside a long sentence is a note; a number in a column of its own beside a name with a post is a cadre's row.
    [[['一、以下人员任职时间以组织部门任职文件为准如有出入请联系', '3人']], '表注'],
    [[['一', '张三', null, null, '办公室', '科员', null, null]], undefined],
    [[['一', '张三', '男', null, null, null, null, null]], undefined],
    // A bare number is no count: a cadre's birth typed as digits.
    [[[null, '张三', null, 198501, null, null, null, null]], undefined],
  ])('%j is not', ([cells], kind) => {
    expect(kindOf(cells as CellValue[])).toBe(kind);
  });
});

describe('a title merged across the row', () => {
  // The command line's reader repeats a merged cell's text in every cell it spans; Excel shows it in the first.
  it.each([
    [new Array(8).fill('领导班子成员')],
    [['领导班子成员', null, null, null, null, null, null, null]],
    [[null, '领导班子成员', '领导班子成员', '领导班子成员']],
  ])('%j is a section title, however the host reads the merge', (cells) => {
    expect(kindOf(cells as CellValue[])).toBe('分组标题');
  });

  it('leaves a name alone in its column a cadre, and a date or gender alone in its column', () => {
    expect(kindOf([null, '领导班子成员'])).toBeUndefined();
    expect(kindOf([null, null, '男'])).toBeUndefined();
    expect(kindOf([null, null, null, null, null, null, '2019.03'])).toBeUndefined();
    // A date in two personal columns is not one cadre's data.
    expect(kindOf([null, null, null, '2019.03', null, null, '2019.03'])).toBe('分组标题');
    expect(kindOf([null, null, '男女'])).toBe('分组标题');
  });
});

describe('the rest of the row kinds', () => {
  it('reads a row with no text as no skip', () => {
    expect(kindOf([null, '', '  ', null])).toBeUndefined();
    expect(kindOf([])).toBeUndefined();
  });

  it.each([['空岗'], ['空缺'], ['缺'], ['空'], ['暂缺'], ['待配'], ['待定'], ['/'], ['-'], ['—'], ['无']])('reads %s in the name column of a post with no one as an empty post', (word) => {
    expect(kindOf([3, word, null, null, '信息中心', '副主任', null, null])).toBe('空岗');
    // With a person's data it is a cadre whose name is written oddly, listed for the user to see.
    expect(kindOf([3, word, '男', '1980.01', '信息中心', '副主任', '2019.03', null])).toBeUndefined();
  });

  it('reads a total named in another column than the first', () => {
    expect(kindOf(['局机关', '小计'])).toBe('合计行');
    expect(kindOf([null, '局机关', null, null, null, null, null, '合计'])).toBe('合计行');
  });

  it('reads a note spread across the columns of a cadre\'s data', () => {
    expect(kindOf([null, '制表人:王某', '审核人:李某', '制表日期:2026.10'])).toBe('表注');
  });

  it('reads a name of twelve characters as a name, thirteen or a comma as a sentence', () => {
    expect(kindOf([null, '阿卜杜热合曼·买买提艾力'])).toBeUndefined();
    expect('阿卜杜热合曼·买买提艾力').toHaveLength(12);
    expect(kindOf([null, '阿卜杜热合曼·买买提艾力江'])).toBe('表注');
    expect(kindOf([null, '张三,李四'])).toBe('表注');
    expect(kindOf(['本表由人事科统一填报请勿修改格式'])).toBe('表注');
    expect(kindOf([1, '张三,李四', '男', '1980.01', '办公室', '科员', '2019.03', null])).toBe('表注');
  });
});

describe('words found inside a cadre\'s row', () => {
  // 科室 | 姓名 | 性别 | 出生年月 | 职务 | 任现职时间: the unit comes first.
  const UNIT_FIRST = { unit: 0, name: 1, gender: 2, birth: 3, post: 4, postStart: 5 };

  it('reads a unit whose name holds a total word inside it as a unit, not a total', () => {
    expect(skipKindOf(['综合计划科', '张三', '男', '1980.01', '科员', '2019.03'], UNIT_FIRST)).toBeUndefined();
    expect(skipKindOf(['发展综合计划科', '张三', '男', '1980.01', '科员', '2019.03'], UNIT_FIRST)).toBeUndefined();
  });

  it('reads a lone name that holds a section number or a unit word inside it as a cadre', () => {
    expect(kindOf([null, '张伟(二)'])).toBeUndefined();
    expect(kindOf([null, '林院生'])).toBeUndefined();
  });

  it('reads a unit named with a numeral first as a unit, beside a cadre\'s name', () => {
    expect(skipKindOf(['十堰分局', '张三'], UNIT_FIRST)).toBeUndefined();
    expect(skipKindOf(['三门峡分局', '张三', null, null, '科员'], UNIT_FIRST)).toBeUndefined();
  });

  it('reads a numeral beside a date as a cadre whose name is missing', () => {
    expect(kindOf(['一', null, null, '1980.01'])).toBeUndefined();
  });

  it('reads a numbered total as a total', () => {
    expect(kindOf(['一、合计'])).toBe('合计行');
    expect(kindOf(['(一)局机关小计', '12人'])).toBe('合计行');
  });

  it('reads a short numbered note as a note', () => {
    expect(kindOf(['12.见附件'])).toBe('表注');
  });
});

describe('a row listed as skipped', () => {
  it('is one row, or a merged block of rows', () => {
    expect(skippedRows({ sheet: '花名册', row: 8, kind: '表注', text: '注' })).toBe('8');
    expect(skippedRows({ sheet: '花名册', row: 8, kind: '表注', text: '注', through: 11 })).toBe('8-11');
  });

  it('reads its distinct texts, cut at forty characters', () => {
    expect(rowText(['一、局机关', '一、局机关', null, ' 12人 '])).toBe('一、局机关 12人');
    const forty = '以上人员任职时间以组织部门任职文件为准如有出入请联系干部科电话八八八八八八八八八';
    expect(forty).toHaveLength(40);
    expect(rowText([forty])).toBe(forty);
    expect(rowText([`${forty}转`])).toBe(`${forty}…`);
    expect(rowText([])).toBe('');
  });
});

describe('sectionUnit', () => {
  it.each([
    ['十二、后勤服务中心', '后勤服务中心'],
    ['(12)信息中心', '信息中心'],
    ['第十二部分 下属单位', '下属单位'],
    ['五、机关()', '机关'],
    ['三、直属单位:', '直属单位'],
    ['三、直属单位：', '直属单位'],
    ['一、 局机关', '局机关'],
    ['二、城区(东片)分局', '城区(东片)分局'],
    ['四、科室:办公室', '科室:办公室'],
    ['第12部分 下属单位', '下属单位'],
    ['六、局机关（12人)', '局机关'],
  ])('%s names %s', (title, unit) => {
    expect(sectionUnit(title)).toBe(unit);
  });
});
