// Rows as offices write them, each read by hand: the words and numbers that make a row a note, a section
// title or a total, at the edges of each pattern (a note word without its colon, a number of two digits,
// a title too long for a name until its count in brackets is taken off).
import { CellValue } from '../../../src/core/grid';
import { sectionUnit, skipKindOf } from '../../../src/core/roster/rowKind';

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
    ['六、局机关（12人)', '局机关'],
  ])('%s names %s', (title, unit) => {
    expect(sectionUnit(title)).toBe(unit);
  });
});
