/**
 * The 公示名单 sheet as docs/rules.md (公示, 打印) describes it: A4 portrait at full size, the title centred,
 * each paragraph across the page, the table with its header repeated on every printed page, the issuer
 * and the date at the foot on the right; a setting still empty shows as 〔名称〕 in red, a mover's empty
 * cell is filled red, and page numbers are in the footer.
 */
import { Notice } from '../../../src/core/publicity/notice';
import { noticeSheet, noticeWidths } from '../../../src/core/sheets/noticeSheet';
import { heightFor } from '../../../src/core/sheets/rowHeights';
import { A4_WIDTH_UNITS, CellStyle } from '../../../src/core/sheets/sheetSpec';
import { emptyBlocks, mergeList, styleAt } from './specCells';

const notice: Notice = {
  title: '关于张三等2名同志轮岗交流的公示',
  body: ['经〔决定机关〕研究,决定对张三等2名同志进行轮岗交流。', '公示时间:2026年9月28日至2026年10月9日(5个工作日)。', '联系电话:〔联系电话〕;通讯地址:某某路1号。'],
  period: { start: '2026-09-28', end: '2026-10-09', workingDays: 5, unscheduledYears: [] },
  columns: ['序号', '姓名', '性别', '出生年月', '现任职务', '拟任职务'],
  rows: [[1, '张三', '男', '1980.05', '财务科科长', '审计科科长'], [2, '李四', '', '1982.06', '审计科科长', '财务科科长']],
  issuer: '〔单位名称〕',
  issuedOn: '2026年9月28日',
  missing: ['decidingBody', 'contactPhone', 'organization'],
  blanks: [{ name: '李四', row: 3, columns: ['性别'] }],
};

/** A colour a person calls red: the red channel well above green and blue. */
const isRed = (rgb: string | undefined): boolean => {
  const [r, g, b] = (rgb?.match(/^([0-9A-F]{2})([0-9A-F]{2})([0-9A-F]{2})$/iu) ?? []).slice(1).map((hex) => parseInt(hex, 16));
  return r !== undefined && r >= 0xc0 && r - g >= 0x30 && r - b >= 0x30;
};
const plainPara: CellStyle = { wrap: true, fontSize: 12, verticalAlign: 'top' };

describe('the notice sheet', () => {
  it('lays out the title, the paragraphs indented, the table, the issuer and the date, each after an empty row where the notice has one', () => {
    const sheet = noticeSheet(notice);
    expect(sheet.name).toBe('公示名单');
    expect(sheet.rows).toEqual([
      ['关于张三等2名同志轮岗交流的公示'],
      [],
      ...notice.body.map((text) => [`    ${text}`]),
      [],
      ['序号', '姓名', '性别', '出生年月', '现任职务', '拟任职务'],
      ...notice.rows,
      [],
      ['〔单位名称〕'],
      ['2026年9月28日'],
    ]);
  });

  it('merges the title and every paragraph across the table\'s columns', () => {
    expect(mergeList(noticeSheet(notice))).toEqual(['0:0+6', '2:0+6', '3:0+6', '4:0+6', '10:0+6', '11:0+6'].sort());
  });

  it('styles the title, the paragraphs, the header and the body; only the paragraphs with a gap are red', () => {
    const sheet = noticeSheet(notice);
    expect(styleAt(sheet, 0, 0)).toEqual({ bold: true, fontSize: 18, align: 'center', wrap: true });
    // 经〔决定机关〕… and 联系电话:〔联系电话〕… have a gap each (of three settings missing); the period has none.
    const { color: first, ...firstRest } = styleAt(sheet, 2, 0);
    const { color: third, ...thirdRest } = styleAt(sheet, 4, 0);
    expect([isRed(first), isRed(third)]).toEqual([true, true]);
    expect(firstRest).toEqual(plainPara);
    expect(thirdRest).toEqual(plainPara);
    expect(styleAt(sheet, 3, 0)).toEqual(plainPara);
    expect(styleAt(sheet, 1, 0)).toEqual({});
    expect(styleAt(sheet, 5, 0)).toEqual({});
    for (let column = 0; column < 6; column += 1) {
      const { fill, ...header } = styleAt(sheet, 6, column);
      expect(header).toEqual({ bold: true, border: true, align: 'center', wrap: true });
      // A light grey: the three channels alike.
      expect(fill).toMatch(/^([0-9A-F]{2})\1\1$/u);
      expect(styleAt(sheet, 7, column)).toEqual({ border: true, align: 'center', wrap: true });
    }
    expect(styleAt(sheet, 6, 6)).toEqual({});
    expect(styleAt(sheet, 7, 6)).toEqual({});
    expect(styleAt(sheet, 9, 0)).toEqual({});
  });

  it('fills a mover\'s empty cell red, and only that cell', () => {
    const sheet = noticeSheet(notice);
    const { fill, ...rest } = styleAt(sheet, 8, 2);
    expect(isRed(fill)).toBe(true);
    expect(rest).toEqual({ border: true, align: 'center', wrap: true });
    const filled = (sheet.styles ?? []).filter((block) => block.style.fill !== undefined && block.row > 6).map((block) => [block.row, block.column, block.rows ?? 1, block.columns ?? 1]);
    expect(filled).toEqual([[8, 2, 1, 1]]);
  });

  it('puts the issuer and the date on the right, the issuer red while it is a gap', () => {
    const sheet = noticeSheet(notice);
    const { color, ...issuer } = styleAt(sheet, 10, 0);
    expect(isRed(color)).toBe(true);
    expect(issuer).toEqual({ align: 'right', fontSize: 12, wrap: true });
    expect(styleAt(sheet, 11, 0)).toEqual({ align: 'right', fontSize: 12 });
    const ready = noticeSheet({ ...notice, issuer: '某某市某某局', missing: [] });
    expect(styleAt(ready, 10, 0)).toEqual({ align: 'right', fontSize: 12, wrap: true });
    expect(styleAt(ready, 2, 0)).toEqual(plainPara);
  });

  it('styles no body when nobody moves, and keeps the title row at least 30 points tall', () => {
    const empty = noticeSheet({ ...notice, rows: [], blanks: [] });
    expect(empty.rows[6]).toEqual(['序号', '姓名', '性别', '出生年月', '现任职务', '拟任职务']);
    expect(empty.rows[7]).toEqual([]);
    expect(styleAt(empty, 7, 0)).toEqual({});
    expect(emptyBlocks(empty)).toEqual([]);
    expect(empty.rowHeights?.[0]).toBeGreaterThanOrEqual(30);
  });

  it('keeps the title row tall enough for one line of its 18-pt type, a title not yet written too', () => {
    expect(noticeSheet({ ...notice, title: '' }).rowHeights?.[0]).toBeGreaterThanOrEqual(heightFor(1, 18));
  });

  it('is A4 portrait at full size, numbered, the table\'s header repeated', () => {
    expect(noticeSheet(notice).print).toEqual({ orientation: 'portrait', fitToWidth: false, repeatRows: [7, 7], margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7 }, pageNumbers: true });
  });
});

describe('noticeWidths', () => {
  it('gives the short columns their widths and the two posts halves of what is left of the A4 portrait width', () => {
    const all = ['序号', '姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '现任职务', '拟任职务'] as const;
    const widths = noticeWidths([...all]);
    expect(widths.slice(8)).toEqual([widths[8], widths[8]]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(A4_WIDTH_UNITS.portrait);
    // 性别 left out: the short columns take 56 of 91 units, and the posts 17 each (17.5 rounded down, to stay within the page).
    const lean = noticeWidths(all.filter((column) => column !== '性别'));
    expect(lean.slice(7)).toEqual([17, 17]);
    expect(lean.reduce((a, b) => a + b, 0)).toBe(A4_WIDTH_UNITS.portrait - 1);
    expect(noticeSheet(notice).columnWidths).toEqual(noticeWidths(notice.columns));
  });
});
