/**
 * The roster columns the tool knows and the header words that name them (DOMAIN.md).
 */
import { normalizeCompact } from '../text';

export type Field =
  | 'name' | 'gender' | 'birth' | 'unit' | 'post' | 'unitPost' | 'rank' | 'category' | 'keyFlag'
  | 'postStart' | 'unitStart' | 'joined' | 'rankStart' | 'ethnicity' | 'birthplace' | 'politics' | 'education'
  | 'workStart' | 'remarks' | 'relatives' | 'wish' | 'history' | 'state' | 'leftOn'
  | 'termStart' | 'termLength' | 'termRange' | 'leadershipStart';

/**
 * Header words per field, the usual word first (it names the column in messages when the column is
 * missing). Where two columns name one field exactly, the one whose word comes earlier in the list wins.
 */
export const HEADER_WORDS: Readonly<Record<Field, readonly string[]>> = {
  name: ['姓名', '名字'],
  gender: ['性别'],
  birth: ['出生年月', '出生日期', '出生时间', '出生年月日', '生日'],
  unit: ['单位', '部门', '科室', '处室', '所在科室', '所在单位', '所在部门', '所在处室', '工作单位', '现工作单位', '现单位', '任职单位'],
  post: ['职务', '行政职务', '现任职务', '岗位', '现任岗位', '现职务', '现岗位', '职位'],
  unitPost: ['所在单位及职务', '工作单位及职务', '单位及职务', '现工作单位及职务', '现任单位及职务', '部门及职务', '单位职务'],
  rank: ['职级', '级别', '现职级', '职务层次', '职级层次', '职务级别', '岗位级别', '干部级别', '人员级别', '职位层级'],
  category: ['岗位类别', '岗位性质', '岗位类型', '岗位分类'],
  keyFlag: ['是否重点岗位', '重点岗位', '是否为重点岗位'],
  postStart: [
    '任现职时间', '任职时间', '现职时间', '任现职务时间', '任现岗位时间', '任现职日期', '任职日期',
    '现职务始任时间', '现任职务始任日期', '现任职务始任时间', '任职始任日期', '起始时间', '任现职务日期',
  ],
  unitStart: ['进入本单位时间', '到本单位时间', '进本单位时间', '调入本单位时间', '到现单位时间', '进入现单位时间', '本单位工作时间', '进入本部门时间', '到本部门时间'],
  joined: ['入职日期', '入职时间', '来校时间', '来院时间', '入职年月'],
  rankStart: ['现职级始任时间', '现职级时间', '任现职级时间', '职级始任时间', '现职级始任日期'],
  ethnicity: ['民族'],
  birthplace: ['籍贯'],
  politics: ['政治面貌'],
  education: ['学历', '文化程度', '最高学历', '全日制学历'],
  workStart: ['参加工作时间', '参加工作日期', '工作时间'],
  remarks: ['备注', '说明'],
  relatives: ['亲属关系', '回避关系', '亲属情况', '亲属'],
  wish: ['意向岗位', '交流意向', '本人意向', '意向'],
  history: ['曾任单位', '工作经历', '任职经历', '交流经历', '曾任职单位'],
  /** An export's status column (在职, 离职, 退休 …): who is no longer on the roster. */
  state: ['人员状态', '员工状态', '在职状态', '当前状态', '在岗状态', '状态'],
  /** A leaving date filled in means the person has left. */
  leftOn: ['离职日期', '离职时间', '调出日期', '调出时间', '调离日期', '调离时间', '离职年月'],
  termStart: ['聘任时间', '聘任日期', '本次聘任时间', '聘用时间', '聘任起始时间'],
  termLength: ['聘期', '聘期年限', '聘任期限', '聘期长度'],
  termRange: ['聘期起止', '聘期起止时间', '聘任起止时间', '聘期时间'],
  leadershipStart: ['任本单位正副职时间', '任本单位领导职务时间', '任正副职时间', '任本单位中层时间'],
};

export const FIELDS = Object.keys(HEADER_WORDS) as Field[];

/** Fields that hold dates: a header that speaks of a time (…时间, …日期) names one of these or nothing. */
export const DATE_FIELDS = ['birth', 'postStart', 'unitStart', 'joined', 'rankStart', 'workStart', 'leftOn', 'termStart', 'leadershipStart'] as const;
/** Fields of text that may still be named like a time: 聘期起止时间 holds a range, not one date. */
const TIMED_TEXT_FIELDS: readonly Field[] = ['termRange'];
export type DateField = (typeof DATE_FIELDS)[number];

/**
 * Headers that contain a known word but name something else: 原因说明 is not the remarks, 拟任职务 not the
 * post, 职业资格级别 not the rank, a contract's 第一次签定起始时间 not the start in the post.
 */
const NOT_A_FIELD = ['原因', '拟任', '拟调', '拟交流', '序号', '编号', '资格', '签定', '签订', '续订', '合同', '协议', '双肩挑', '专业技术', '专技', '职称'];

/**
 * Headers that count years (现职务始任年限, 任现职级年限: the export's own arithmetic) name no date and no text
 * field, though they contain 现职务 or 现职级; only a term's length (聘期年限) is counted in years.
 */
const COUNTS_YEARS = /(年限|年数)$/u;

/**
 * A post's first appointment (任职始任日期, 现职务始任时间), which a re-appointment to the same post does not
 * move: the years in a post count from it, so it wins over 任职日期 where a roster has both.
 */
const FIRST_APPOINTED = '始任';

/** Words that make a post header describe the post, not name it: 职务属性 (机关正职), 职务类别 (党务). */
const ABOUT_THE_POST = ['属性', '类别', '类型', '性质'];

/** Header text as compared: full-width folded, no spaces, bracketed notes ('出生年月(年.月)') dropped. */
export function headerKey(text: string): string {
  return normalizeCompact(text).replace(/[(\[【<].*?[)\]】>]/gu, '').replace(/[:*]/gu, '');
}

/** The field a user's word names: the field's key ('postStart') or its usual word ('任现职时间'). */
export function fieldOfWord(word: string): Field | undefined {
  const key = headerKey(word);
  return FIELDS.find((field) => field === word.trim() || HEADER_WORDS[field][0] === key);
}

/**
 * The field a header names and how surely: an exact word scores above any contained word, a longer
 * contained word above a shorter one. `matchHeader('所在科室')` gives `{ field: 'unit', score: 109.96 }`.
 */
export function matchHeader(text: string): { field: Field; score: number } | undefined {
  const key = headerKey(text);
  // An empty key names nothing: it equals no header word and contains none.
  if (key.length > 20) return undefined;
  if (NOT_A_FIELD.some((word) => key.includes(word))) return undefined;
  const speaksOfTime = /(时间|日期|年月)$/u.test(key);
  const countsYears = COUNTS_YEARS.test(key);
  let best: { field: Field; score: number } | undefined;
  for (const field of FIELDS) {
    if (speaksOfTime && !(DATE_FIELDS as readonly string[]).includes(field) && !TIMED_TEXT_FIELDS.includes(field)) continue;
    if (countsYears && field !== 'termLength') continue;
    if (field === 'post' && ABOUT_THE_POST.some((word) => key.includes(word))) continue;
    HEADER_WORDS[field].forEach((word, index) => {
      // Where a roster has both 单位 (often the whole organization) and 科室/部门, the finer one is
      // the unit cadres rotate between.
      const coarse = field === 'unit' && word.includes('单位');
      // Between exact words of one field the earlier listed wins (最高学历 over 全日制学历).
      const exact = 100 + (coarse ? 0 : 10) - index * 0.01 + (field === 'postStart' && word.includes(FIRST_APPOINTED) ? 1 : 0);
      const score = key === word ? exact : key.includes(word) ? (coarse ? 0.5 : word.length) : 0;
      if (score > (best?.score ?? 0)) best = { field, score };
    });
  }
  return best;
}
