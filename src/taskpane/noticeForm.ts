/**
 * The notice's own fields (决定机关, 单位名称, 联系电话, 通讯地址, 落款日期), asked for before a plan while
 * any the notice needs is empty: a short form prefilled from the workbook's settings, with 「保存并生成」
 * and 「暂不填写,先生成」. Once the fields are filled, or the form is skipped in this session, a plan
 * goes ahead without it.
 */
import { NOTICE_FIELDS, NoticeField } from '../core/publicity/notice';
import { Settings } from '../core/settings';
import { el } from './dom';
import { Locale, STRINGS } from './strings';

/** The fields the form shows, in the order a clerk fills them in; 举报电话 only while it is empty. */
export const NOTICE_FORM_FIELDS = ['decidingBody', 'organization', 'contactPhone', 'contactAddress', 'reportLine', 'noticeDate'] as const;
export type NoticeFormField = (typeof NOTICE_FORM_FIELDS)[number];

export type NoticeFormAnswer =
  | { kind: 'save'; values: Partial<Record<NoticeFormField, string>> }
  | { kind: 'skip' }
  /** The form was closed by another action. */
  | { kind: 'cancel' };

/**
 * The notice fields still empty in `settings`: the notice marks each in red. 落款日期 is not among them:
 * left empty, the notice is dated on the plan date.
 */
export function noticeGaps(settings: Settings): NoticeField[] {
  return NOTICE_FIELDS.filter((field) => settings[field].trim() === '');
}

interface Pending {
  settings: Settings;
  asOf: string;
  fields: NoticeFormField[];
  resolve: (answer: NoticeFormAnswer) => void;
}

export class NoticeForm {
  private skipped = false;
  private pending?: Pending;

  constructor(private readonly container: HTMLElement) {}

  /** Whether a plan asks first: a notice field is empty and the form was not skipped in this session. */
  needed(settings: Settings): boolean {
    return !this.skipped && noticeGaps(settings).length > 0;
  }

  /** Shows the form, prefilled from `settings`; resolves with what the user chose. */
  ask(settings: Settings, locale: Locale, asOf: string): Promise<NoticeFormAnswer> {
    this.close();
    const fields = NOTICE_FORM_FIELDS.filter((field) => field !== 'reportLine' || settings.reportLine.trim() === '');
    return new Promise((resolve) => {
      this.pending = { settings, asOf, fields, resolve };
      this.render(locale, {});
      this.container.hidden = false;
      this.container.querySelector<HTMLInputElement>('input')?.focus();
    });
  }

  /** Draws an open form again in `locale`, keeping what was typed. */
  relabel(locale: Locale): void {
    if (this.pending) this.render(locale, this.typed());
  }

  /** Closes an open form without an answer for the plan. */
  close(): void {
    this.finish({ kind: 'cancel' });
  }

  private finish(answer: NoticeFormAnswer): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.container.hidden = true;
    this.container.replaceChildren();
    if (answer.kind === 'skip') this.skipped = true;
    pending.resolve(answer);
  }

  private typed(): Partial<Record<NoticeFormField, string>> {
    const values: Partial<Record<NoticeFormField, string>> = {};
    for (const field of this.pending?.fields ?? []) {
      const input = this.container.querySelector<HTMLInputElement>(`#notice-${field}`);
      if (input) values[field] = input.value.trim();
    }
    return values;
  }

  private render(locale: Locale, typed: Partial<Record<NoticeFormField, string>>): void {
    const { settings, asOf, fields } = this.pending as Pending;
    const t = STRINGS[locale];
    const label = (field: NoticeFormField): string => (field === 'organization' ? t.organization : t.fields[field]);
    const save = el('button', { id: 'notice-save', type: 'button', class: 'primary' }, t.noticeFormSave);
    const skip = el('button', { id: 'notice-skip', type: 'button', class: 'secondary' }, t.noticeFormSkip);
    save.addEventListener('click', () => this.finish({ kind: 'save', values: this.typed() }));
    skip.addEventListener('click', () => this.finish({ kind: 'skip' }));
    this.container.replaceChildren(
      el('h2', {}, t.noticeFormTitle),
      el('p', { class: 'muted' }, t.noticeFormHint),
      ...fields.map((field) => {
        const value = typed[field] ?? settings[field];
        return el('label', { class: 'field' }, el('span', {}, label(field)), el('input', {
          id: `notice-${field}`, type: 'text', maxlength: '200', value,
          placeholder: field === 'noticeDate' ? asOf : field === 'organization' ? t.organizationHint : undefined,
          'aria-invalid': field !== 'noticeDate' && value.trim() === '' ? 'true' : undefined,
        }));
      }),
      el('div', { class: 'actions' }, save, skip),
    );
  }
}
