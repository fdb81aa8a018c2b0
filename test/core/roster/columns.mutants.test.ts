import { fieldOfWord, headerKey, matchHeader } from '../../../src/core/roster/columns';

// The header words a roster may use, each written out by hand with the field it must name (DOMAIN.md's
// columns), so that a word dropped from columns.ts, or a field's list emptied, fails here. The table in
// header.test.ts is built from the list itself and cannot see a word that is gone.
const NAMED: readonly (readonly [string, string])[] = [
  ['姓名', 'name'], ['名字', 'name'],
  ['性别', 'gender'],
  ['出生年月', 'birth'], ['出生日期', 'birth'], ['出生时间', 'birth'], ['出生年月日', 'birth'], ['生日', 'birth'],
  ['单位', 'unit'], ['部门', 'unit'], ['科室', 'unit'], ['处室', 'unit'], ['所在科室', 'unit'], ['所在单位', 'unit'],
  ['所在部门', 'unit'], ['所在处室', 'unit'], ['工作单位', 'unit'], ['现工作单位', 'unit'], ['现单位', 'unit'], ['任职单位', 'unit'],
  ['职务', 'post'], ['行政职务', 'post'], ['现任职务', 'post'], ['岗位', 'post'], ['现任岗位', 'post'], ['现职务', 'post'],
  ['现岗位', 'post'], ['职位', 'post'],
  ['所在单位及职务', 'unitPost'], ['工作单位及职务', 'unitPost'], ['单位及职务', 'unitPost'], ['现工作单位及职务', 'unitPost'],
  ['现任单位及职务', 'unitPost'], ['部门及职务', 'unitPost'], ['单位职务', 'unitPost'],
  ['职级', 'rank'], ['级别', 'rank'], ['现职级', 'rank'], ['职务层次', 'rank'], ['职级层次', 'rank'], ['职务级别', 'rank'],
  ['岗位级别', 'rank'], ['干部级别', 'rank'], ['人员级别', 'rank'], ['职位层级', 'rank'],
  ['岗位类别', 'category'], ['岗位性质', 'category'], ['岗位类型', 'category'], ['岗位分类', 'category'],
  ['是否重点岗位', 'keyFlag'], ['重点岗位', 'keyFlag'], ['是否为重点岗位', 'keyFlag'],
  ['任现职时间', 'postStart'], ['任职时间', 'postStart'], ['现职时间', 'postStart'], ['任现职务时间', 'postStart'],
  ['任现岗位时间', 'postStart'], ['任现职日期', 'postStart'], ['任职日期', 'postStart'], ['现职务始任时间', 'postStart'],
  ['现任职务始任日期', 'postStart'], ['现任职务始任时间', 'postStart'], ['任职始任日期', 'postStart'], ['起始时间', 'postStart'],
  ['任现职务日期', 'postStart'],
  ['进入本单位时间', 'unitStart'], ['到本单位时间', 'unitStart'], ['进本单位时间', 'unitStart'], ['调入本单位时间', 'unitStart'],
  ['到现单位时间', 'unitStart'], ['进入现单位时间', 'unitStart'], ['本单位工作时间', 'unitStart'], ['进入本部门时间', 'unitStart'],
  ['到本部门时间', 'unitStart'],
  ['入职日期', 'joined'], ['入职时间', 'joined'], ['来校时间', 'joined'], ['来院时间', 'joined'], ['入职年月', 'joined'],
  ['现职级始任时间', 'rankStart'], ['现职级时间', 'rankStart'], ['任现职级时间', 'rankStart'], ['职级始任时间', 'rankStart'],
  ['现职级始任日期', 'rankStart'],
  ['民族', 'ethnicity'],
  ['籍贯', 'birthplace'],
  ['政治面貌', 'politics'],
  ['学历', 'education'], ['文化程度', 'education'], ['最高学历', 'education'], ['全日制学历', 'education'],
  ['参加工作时间', 'workStart'], ['参加工作日期', 'workStart'], ['工作时间', 'workStart'],
  ['备注', 'remarks'], ['说明', 'remarks'],
  ['亲属关系', 'relatives'], ['回避关系', 'relatives'], ['亲属情况', 'relatives'], ['亲属', 'relatives'],
  ['意向岗位', 'wish'], ['交流意向', 'wish'], ['本人意向', 'wish'], ['意向', 'wish'],
  ['曾任单位', 'history'], ['工作经历', 'history'], ['任职经历', 'history'], ['交流经历', 'history'], ['曾任职单位', 'history'],
  ['人员状态', 'state'], ['员工状态', 'state'], ['在职状态', 'state'], ['当前状态', 'state'], ['在岗状态', 'state'], ['状态', 'state'],
  ['离职日期', 'leftOn'], ['离职时间', 'leftOn'], ['调出日期', 'leftOn'], ['调出时间', 'leftOn'], ['调离日期', 'leftOn'],
  ['调离时间', 'leftOn'], ['离职年月', 'leftOn'],
  ['聘任时间', 'termStart'], ['聘任日期', 'termStart'], ['本次聘任时间', 'termStart'], ['聘用时间', 'termStart'], ['聘任起始时间', 'termStart'],
  ['聘期', 'termLength'], ['聘期年限', 'termLength'], ['聘任期限', 'termLength'], ['聘期长度', 'termLength'],
  ['聘期起止', 'termRange'], ['聘期起止时间', 'termRange'], ['聘任起止时间', 'termRange'], ['聘期时间', 'termRange'],
  ['任本单位正副职时间', 'leadershipStart'], ['任本单位领导职务时间', 'leadershipStart'], ['任正副职时间', 'leadershipStart'],
  ['任本单位中层时间', 'leadershipStart'],
];

describe('the header words, written out by hand', () => {
  it.each(NAMED)('%s names %s', (word, field) => {
    expect(matchHeader(word)?.field).toBe(field);
  });
});

describe('matchHeader, scored', () => {
  // An exact word scores 100, and 10 more unless it is a unit word with 单位 in it (the coarse unit),
  // less 0.01 for each place it stands after the field's first word, and 1 more for a post's first
  // appointment (始任); a word found inside a longer header scores its length (a coarse unit word 0.5).
  it.each([
    ['姓名', 'name', 110],
    ['名字', 'name', 109.99],
    ['单位', 'unit', 100],
    ['所在单位', 'unit', 99.95],
    ['所在科室', 'unit', 109.96],
    ['进入本单位时间', 'unitStart', 110],
    ['现职务始任时间', 'postStart', 110.93],
    ['任职始任日期', 'postStart', 110.9],
    ['任职日期', 'postStart', 109.94],
    ['聘期年限', 'termLength', 109.99],
    // 始任 adds its point to a post's start only: a rank's first appointment scores as any other word.
    ['职级始任时间', 'rankStart', 109.97],
  ])('%s exactly: %s at %d', (word, field, score) => {
    const match = matchHeader(word);
    expect(match?.field).toBe(field);
    expect(match?.score).toBeCloseTo(score, 6);
  });

  it.each([
    ['首次进入本单位时间', 'unitStart', 7], // 进入本单位时间 inside: a field of its own, not the coarse unit
    ['所在单位名称', 'unit', 0.5], // 所在单位 and 单位 inside: the coarse unit
    ['科室名称', 'unit', 2],
    ['现任职务名称', 'post', 4],
  ])('%s holds a word: %s at %d', (word, field, score) => {
    const match = matchHeader(word);
    expect(match?.field).toBe(field);
    expect(match?.score).toBeCloseTo(score, 6);
  });

  it('takes a post first appointed (始任) over its appointment, where both are exact', () => {
    // 任职日期 stands before 任职始任日期 in the list; 始任's one point more outweighs 0.04 for the places.
    expect(matchHeader('任职始任日期')!.score).toBeGreaterThan(matchHeader('任职日期')!.score);
  });

  it('reads a header of up to 20 characters, and none longer (a sentence, not a header)', () => {
    expect(matchHeader(`${'甲'.repeat(18)}备注`)).toEqual({ field: 'remarks', score: 2 });
    expect(matchHeader(`${'甲'.repeat(19)}备注`)).toBeUndefined();
  });

  it('names no field with a header of no text', () => {
    expect(matchHeader('')).toBeUndefined();
    expect(matchHeader('（年.月）')).toBeUndefined();
  });

  it('counts years only where a header ends in 年限 or 年数', () => {
    expect(matchHeader('现职务始任年限')).toBeUndefined();
    expect(matchHeader('任现职级年数')).toBeUndefined();
    // 年限 in the middle: the header is a note about years, which 说明 names.
    expect(matchHeader('年限说明')).toEqual({ field: 'remarks', score: 2 });
  });

  it('takes a header that ends in a time for a date, and a time in its middle for what the rest names', () => {
    // 取得学历时间 is a date, not the education: it names nothing the tool reads.
    expect(matchHeader('最高学历取得时间')).toBeUndefined();
    expect(matchHeader('日期说明')).toEqual({ field: 'remarks', score: 2 });
  });

  it('reads a post header that describes the post as no post', () => {
    expect(matchHeader('职务属性')).toBeUndefined();
    expect(matchHeader('职务类别')).toBeUndefined();
    expect(matchHeader('岗位类型')?.field).toBe('category');
  });
});

describe('headerKey', () => {
  it('drops a note in any kind of bracket, each note on its own', () => {
    expect(headerKey('出生年月(年.月)')).toBe('出生年月');
    expect(headerKey('出生年月[年.月]')).toBe('出生年月');
    expect(headerKey('出生年月【年.月】')).toBe('出生年月');
    expect(headerKey('出生年月<年月>')).toBe('出生年月');
    expect(headerKey('出生年月（年.月）')).toBe('出生年月');
    // Two notes: what stands between them stays.
    expect(headerKey('单位(全称)职务(现任)')).toBe('单位职务');
  });

  it('drops a colon and the asterisk of a required column', () => {
    expect(headerKey('*姓名:')).toBe('姓名');
    expect(headerKey('姓名：')).toBe('姓名');
  });
});

describe('fieldOfWord', () => {
  it('knows a field by its key, with spaces around it, or by its usual word only', () => {
    expect(fieldOfWord('postStart')).toBe('postStart');
    expect(fieldOfWord(' postStart ')).toBe('postStart');
    expect(fieldOfWord('任现职时间')).toBe('postStart');
    expect(fieldOfWord(' 任现职时间（年月） ')).toBe('postStart');
    expect(fieldOfWord('任职时间')).toBeUndefined();
    expect(fieldOfWord('身份证号')).toBeUndefined();
  });
});
