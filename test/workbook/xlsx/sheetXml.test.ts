/**
 * The XML of a new sheet's cells, written out by hand from the format's rules: inline strings escaped for
 * XML and as ST_Xstring (§22.9.2.19), xml:space="preserve" only where white space ends the text, a style
 * index per distinct layering of blocks (appended after the style sheet's one cellXfs record), and dates
 * as day serials with a date style where no block styles them.
 */
import { sheetXml } from '../../../src/workbook/xlsx/sheetXml';
import { EMPTY_STYLES, StyleSheetPatch } from '../../../src/workbook/xlsx/styles';
import { SheetSpec } from '../../../src/core/sheets/sheetSpec';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function cells(spec: SheetSpec): { data: string; styles: string } {
  const styles = new StyleSheetPatch(EMPTY_STYLES);
  const xml = [...sheetXml(spec, styles, MAIN, false)].join('');
  return { data: /<sheetData>(.*)<\/sheetData>/su.exec(xml)![1], styles: styles.text() };
}

const text = (ref: string, t: string, attributes = '') => `<c r="${ref}"${attributes} t="inlineStr"><is>${t}</is></c>`;

describe('sheetXml', () => {
  it('marks white space only where it ends the text, and escapes what XML and ST_Xstring cannot hold', () => {
    const { data } = cells({ name: 't', rows: [[' plain', 'plain', 'trail ', 'in\nner'], ['\nstart', '<&>"', '_x0041_', 'a\u0001b']] });
    expect(data).toBe('<row r="1">'
      + text('A1', '<t xml:space="preserve"> plain</t>') + text('B1', '<t>plain</t>') + text('C1', '<t xml:space="preserve">trail </t>') + text('D1', '<t>in\nner</t>')
      + '</row><row r="2">'
      + text('A2', '<t xml:space="preserve">\nstart</t>') + text('B2', '<t>&lt;&amp;&gt;&quot;</t>') + text('C2', '<t>_x005F_x0041_</t>') + text('D2', '<t>a_x0001_b</t>')
      + '</row>');
  });

  it('gives rows under the same blocks the same styles, and a date its own where no block styles it', () => {
    const day = new Date(Date.UTC(2024, 0, 2)); // serial 45293: 2024-01-01 is 45292 in the 1900 system
    const { data, styles } = cells({
      name: 't',
      rows: [[day, 'x'], [day, 'y'], [null, 'w'], ['z']],
      styles: [{ row: 0, column: 1, rows: 3, style: { bold: true } }, { row: 3, column: 0, style: { bold: true } }],
    });
    // Styles are allotted as the rows pass: 1 = bold (row 1's block), 2 = the date format; row 3 has no date
    // (the date's style stays with the rows that hold one); row 4's block is bold too.
    expect(data).toBe('<row r="1"><c r="A1" s="2"><v>45293</v></c>' + text('B1', '<t>x</t>', ' s="1"') + '</row>'
      + '<row r="2"><c r="A2" s="2"><v>45293</v></c>' + text('B2', '<t>y</t>', ' s="1"') + '</row>'
      + '<row r="3">' + text('B3', '<t>w</t>', ' s="1"') + '</row>'
      + '<row r="4">' + text('A4', '<t>z</t>', ' s="1"') + '</row>');
    expect(styles).toContain('<cellXfs count="3">');
  });
});
