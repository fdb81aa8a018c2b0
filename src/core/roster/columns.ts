/**
 * The roster columns the tool knows and the header words that name them (DOMAIN.md).
 */
import { normalizeCompact } from '../text';

export type Field =
  | 'name' | 'gender' | 'birth' | 'unit' | 'post' | 'rank' | 'category' | 'keyFlag'
  | 'postStart' | 'unitStart' | 'ethnicity' | 'birthplace' | 'politics' | 'education'
  | 'workStart' | 'remarks' | 'relatives' | 'wish' | 'history';

/** Header words per field, the usual word first (it names the column in messages when the column is missing). */
export const HEADER_WORDS: Readonly<Record<Field, readonly string[]>> = {
  name: ['姓名', '名字'],
  gender: ['性别'],
  birth: ['出生年月', '出生日期', '出生时间', '出生年月日', '生日'],
  unit: ['单位', '部门', '科室', '处室', '所在科室', '所在单位', '所在部门', '所在处室', '工作单位', '现工作单位', '现单位', '任职单位'],
  post: ['职务', '现任职务', '岗位', '现任岗位', '现职务', '现岗位', '职位'],
  rank: ['职级', '级别', '现职级', '职务层次', '职级层次'],
  category: ['岗位类别', '岗位性质', '岗位类型', '岗位分类'],
  keyFlag: ['是否重点岗位', '重点岗位', '是否为重点岗位'],
  postStart: ['任现职时间', '任职时间', '现职时间', '任现职务时间', '任现岗位时间', '任现职日期', '任职日期'],
  unitStart: ['进入本单位时间', '到本单位时间', '进本单位时间', '调入本单位时间', '到现单位时间', '进入现单位时间', '本单位工作时间'],
  ethnicity: ['民族'],
  birthplace: ['籍贯'],
  politics: ['政治面貌'],
  education: ['学历', '文化程度', '最高学历', '全日制学历'],
  workStart: ['参加工作时间', '参加工作日期', '工作时间'],
  remarks: ['备注', '说明'],
  relatives: ['亲属关系', '回避关系', '亲属情况', '亲属'],
  wish: ['意向岗位', '交流意向', '本人意向', '意向'],
  history: ['曾任单位', '工作经历', '任职经历', '交流经历', '曾任职单位'],
};

export const FIELDS = Object.keys(HEADER_WORDS) as Field[];

/** Header text as compared: full-width folded, no spaces, bracketed notes ('出生年月(年.月)') dropped. */
export function headerKey(text: string): string {
  return normalizeCompact(text).replace(/[(\[【<].*?[)\]】>]/gu, '').replace(/[:*]/gu, '');
}

/**
 * The field a header names and how surely: an exact word scores above any contained word, a longer
 * contained word above a shorter one. `matchHeader('所在科室')` gives `{ field: 'unit', score: 104 }`.
 */
export function matchHeader(text: string): { field: Field; score: number } | undefined {
  const key = headerKey(text);
  if (key.length === 0 || key.length > 20) return undefined;
  let best: { field: Field; score: number } | undefined;
  for (const field of FIELDS) {
    for (const word of HEADER_WORDS[field]) {
      // Where a roster has both 单位 (often the whole organization) and 科室/部门, the finer one is
      // the unit cadres rotate between.
      const length = field === 'unit' && word.includes('单位') ? 0.5 : word.length;
      const score = key === word ? 100 + length : key.includes(word) ? length : 0;
      if (score > (best?.score ?? 0)) best = { field, score };
    }
  }
  return best;
}
