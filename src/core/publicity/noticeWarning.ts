/**
 * The one line that says what a notice still lacks, in the pane's language or the CLI's Chinese.
 */
import { NOTICE_FIELD_LABELS, Notice, NoticeColumn, NoticeField } from './notice';

export type NoticeLocale = 'zh-CN' | 'en-US';

const FIELD_WORDS: Record<NoticeLocale, Record<NoticeField, string>> = {
  'zh-CN': NOTICE_FIELD_LABELS,
  'en-US': { decidingBody: 'deciding body', organization: 'organization', contactPhone: 'phone', contactAddress: 'address', reportLine: 'reporting line' },
};

const COLUMN_WORDS: Record<NoticeLocale, Partial<Record<NoticeColumn, string>>> = {
  'zh-CN': {},
  'en-US': { 姓名: 'name', 性别: 'gender', 出生年月: 'date of birth', 民族: 'ethnicity', 政治面貌: 'political status', 学历: 'education', 参加工作时间: 'start of work' },
};

const WORDS = {
  'zh-CN': {
    missing: (fields: string[]) => `公示名单尚缺${fields.join('、')}(表中以红色标出),请在设置中填写后重新生成`,
    blanks: (people: string[]) => `以下人员的公示信息空缺或无法识别,请核对花名册:${people.join('、')}`,
    person: (name: string, row: number, columns: string[]) => `${name}(第${row}行,${columns.join('、')})`,
    join: ';',
  },
  'en-US': {
    missing: (fields: string[]) => `The notice lacks the ${fields.join(', ')} (marked in red on the sheet); fill them in the settings and plan again`,
    blanks: (people: string[]) => `Notice details blank or unreadable, check the roster: ${people.join('; ')}`,
    person: (name: string, row: number, columns: string[]) => `${name} (row ${row}: ${columns.join(', ')})`,
    join: '. ',
  },
};

/**
 * What the notice lacks, as one line, or undefined when it is ready to post:
 * '公示名单尚缺决定机关、联系电话(表中以红色标出),请在设置中填写后重新生成'.
 */
export function noticeWarning(notice: Pick<Notice, 'missing' | 'blanks'>, locale: NoticeLocale = 'zh-CN'): string | undefined {
  const words = WORDS[locale];
  const parts: string[] = [];
  if (notice.missing.length > 0) parts.push(words.missing(notice.missing.map((field) => FIELD_WORDS[locale][field])));
  if (notice.blanks.length > 0) {
    parts.push(words.blanks(notice.blanks.map(({ name, row, columns }) =>
      words.person(name, row, columns.map((column) => COLUMN_WORDS[locale][column] ?? column)))));
  }
  return parts.length > 0 ? parts.join(words.join) : undefined;
}
