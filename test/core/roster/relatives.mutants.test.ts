import { readRoster } from '../../../src/core/roster/readRoster';
import { readHistory, readRelatives } from '../../../src/core/roster/relatives';
import { grid } from '../../helpers';

// DOMAIN.md: the 亲属关系 column names relatives separated by 、 or , with the relation in brackets; clerks
// also write 配偶:张三 and put one name a line. A past unit keeps the month it was left when the entry gives
// a period (its second date); an entry without a readable end keeps its unit only.
describe('readRelatives', () => {
  it.each(['', '无', '没有', '/', '-', '—', '否', ' 无 '])('reads %j as nobody', (text) => {
    expect(readRelatives(text)).toEqual([]);
  });

  // A cell typed one relative a line (Alt+Enter in Excel) names each of them: none may be lost to 回避.
  it('splits at 、 , ; and line breaks, in either width, and drops the empty pieces', () => {
    expect(readRelatives('甲(配偶)，乙(父子)；丙(兄弟)\n丁(母女);戊(姐妹)、、')).toEqual([
      { name: '甲', relation: '配偶' }, { name: '乙', relation: '父子' }, { name: '丙', relation: '兄弟' },
      { name: '丁', relation: '母女' }, { name: '戊', relation: '姐妹' },
    ]);
  });

  it('reads a space before the bracket, a relation with spaces, and a colon of either width', () => {
    expect(readRelatives('张 三 （ 配偶 ）、母亲：李四、父亲:王 五')).toEqual([
      { name: '张三', relation: '配偶' }, { name: '李四', relation: '母亲' }, { name: '王五', relation: '父亲' },
    ]);
  });

  it('keeps a name with no relation, and an entry it cannot split whole as a name', () => {
    expect(readRelatives('赵六、(配偶)')).toEqual([{ name: '赵六', relation: '' }, { name: '(配偶)', relation: '' }]);
    expect(readRelatives('配偶: ')).toEqual([{ name: '配偶:', relation: '' }]);
  });
});

describe('readRelatives, at the edges of its patterns', () => {
  it('trims each piece, so a 无 between spaced separators is nobody, and trims the relation before a colon', () => {
    expect(readRelatives('张三(配偶) 、 无')).toEqual([{ name: '张三', relation: '配偶' }]);
    expect(readRelatives('母亲 :李四')).toEqual([{ name: '李四', relation: '母亲' }]);
  });

  it('reads a bracket only where it ends the entry; otherwise the entry is kept whole as a name', () => {
    expect(readRelatives('张三(配偶)在外地')).toEqual([{ name: '张三(配偶)在外地', relation: '' }]);
  });
});

describe('readHistory, at the edges of its dates', () => {
  it('keeps the day a unit was left, and reads a period whose start gives the year alone', () => {
    expect(readHistory('办公室(2015.03.01-2019.06.15)')).toEqual([{ unit: '办公室', left: '2019-06-15' }]);
    expect(readHistory('办公室(2015-2019.06)')).toEqual([{ unit: '办公室', left: '2019-06-01' }]);
  });
});

describe('readHistory', () => {
  it('keeps the unit of an entry with one date or none, and of one whose end cannot be read', () => {
    expect(readHistory('办公室(2015.03)、财务科、审计科(2015.03-2019.13)')).toEqual([{ unit: '办公室' }, { unit: '财务科' }, { unit: '审计科' }]);
  });

  it('reads the end of a period as a month, the last of its dates, text 2019.1 as January as in a date column', () => {
    expect(readHistory('办公室(2015.03-2019.1)')).toEqual([{ unit: '办公室', left: '2019-01-01' }]);
    expect(readHistory('办公室 2015.03-2017.06-2019.07')).toEqual([{ unit: '办公室', left: '2019-07-01' }]);
  });

  it('reads nobody from a blank or 无, and splits entries as relatives are split', () => {
    expect(readHistory('无')).toEqual([]);
    expect(readHistory('(2015.03-2019.06)、办公室')).toEqual([{ unit: '办公室' }]);
    expect(readHistory('甲科(2010.01-2012.01)；乙科(2012.01-2015.06)\n丙科')).toEqual([
      { unit: '甲科', left: '2012-01-01' }, { unit: '乙科', left: '2015-06-01' }, { unit: '丙科' },
    ]);
  });
});

describe('the 亲属关系 and 曾任单位 columns of a roster, one entry a line', () => {
  it('reads every relative and every past unit of a cell with line breaks', () => {
    const roster = readRoster([grid('花名册', [['姓名', '科室', '亲属关系', '曾任单位'], ['甲', '财务科', '乙(配偶)\r\n丙(父子)', '办公室(2010.01-2015.06)\n审计科(2015.06-2020.03)']])]);
    expect(roster.cadres[0].relatives).toEqual([{ name: '乙', relation: '配偶' }, { name: '丙', relation: '父子' }]);
    expect(roster.cadres[0].history).toEqual([{ unit: '办公室', left: '2015-06-01' }, { unit: '审计科', left: '2020-03-01' }]);
  });
});
