/**
 * Row fills laid on a worksheet as it streams, whatever the chunk boundaries: the expected XML is
 * written out by hand from the format's rules (a cell's s indexes cellXfs; a missing cell is added in
 * column order; a row or cell without a reference follows the one before).
 */
import fc from 'fast-check';
import { highlightSheet } from '../../../src/workbook/xlsx/highlightSheet';
import { StyleSheetPatch } from '../../../src/workbook/xlsx/styles';
import { TagScanner } from '../../../src/workbook/xlsx/tagScanner';

const STYLES = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fills count="2"><fill/><fill/></fills>'
  + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';

const SHEET = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- a <row> in a comment --><sheetData>'
  + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
  + '<row r="2" spans="1:3"><c r="A2" t="inlineStr"><is><t>a &gt; b</t></is></c><c r="C2" s="1"><v>42064</v></c></row>'
  + '<row r="3"><c r="A3"><v>3</v></c></row>'
  + '<row><c><v>4</v></c><c s="1"/><c><f>A4+1</f><v>5</v></c><c r="E4"><v>9</v></c></row>'
  + '<row r="5"/>'
  + '<row r="6" x14ac:dyDescent="0.25"><c r="A6" t="str"><f>"&gt;"</f><v>&gt;</v></c></row>'
  + '</sheetData><hyperlinks><hyperlink ref="C2" display="a&gt;b"/></hyperlinks></worksheet>';

/** What it must become with rows 2, 4 and 5 filled across A:C (new styles 2 = xf 0 filled, 3 = xf 1 filled). */
const WANT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- a <row> in a comment --><sheetData>'
  + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
  + '<row r="2" spans="1:3"><c r="A2" t="inlineStr" s="2"><is><t>a &gt; b</t></is></c><c r="B2" s="2"/><c r="C2" s="3"><v>42064</v></c></row>'
  + '<row r="3"><c r="A3"><v>3</v></c></row>'
  + '<row><c s="2"><v>4</v></c><c s="3"/><c s="2"><f>A4+1</f><v>5</v></c><c r="E4"><v>9</v></c></row>'
  + '<row r="5"><c r="A5" s="2"/><c r="B5" s="2"/><c r="C5" s="2"/></row>'
  + '<row r="6" x14ac:dyDescent="0.25"><c r="A6" t="str"><f>"&gt;"</f><v>&gt;</v></c></row>'
  + '</sheetData><hyperlinks><hyperlink ref="C2" display="a&gt;b"/></hyperlinks></worksheet>';

const FILLS = { byRow: new Map([[2, 'F8CBAD'], [4, 'F8CBAD'], [5, 'F8CBAD']]), firstColumn: 1, lastColumn: 3 };

async function patched(chunks: string[]): Promise<{ xml: string; styles: string }> {
  const styles = new StyleSheetPatch(STYLES);
  let xml = '';
  for await (const piece of highlightSheet(chunks, FILLS, styles)) xml += piece;
  return { xml, styles: styles.text() };
}

/** The text cut at the given places. */
const cut = (text: string, at: number[]): string[] => {
  const points = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, i) => text.slice(from, [...points, text.length][i]));
};

describe('highlightSheet', () => {
  it('points each cell of a filled row at a filled copy of its style, adding the missing cells', async () => {
    const { xml, styles } = await patched([SHEET]);
    expect(xml).toBe(WANT);
    expect(styles).toContain('<fills count="3"><fill/><fill/><fill><patternFill patternType="solid"><fgColor rgb="FFF8CBAD"/><bgColor indexed="64"/></patternFill></fill></fills>');
    expect(styles).toContain('<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="14" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/></cellXfs>');
    expect(styles).toContain('<cellXfs count="4">');
  });

  it('gives the same XML however the part is cut into chunks', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (at) => {
      expect((await patched(cut(SHEET, at))).xml).toBe(WANT);
    }), { numRuns: 300 });
  });

  it('stops reading after the last filled row and still passes every byte through', async () => {
    const tail = '<row r="7"><c r="A7"><v>7</v></c></row>'.repeat(50);
    const sheet = SHEET.replace('</sheetData>', `${tail}</sheetData>`);
    const want = WANT.replace('</sheetData>', `${tail}</sheetData>`);
    await fc.assert(fc.asyncProperty(fc.array(fc.nat(), { maxLength: 60 }), async (at) => {
      expect((await patched(cut(sheet, at))).xml).toBe(want);
    }), { numRuns: 200 });
  });

  it('reads on tag by tag where a row it passes unread holds a comment or CDATA section naming a row', async () => {
    // Row 1 has no fill, so its cells are passed unread up to the next "<row"; here that text first comes
    // inside a CDATA section and a comment, which must not be taken for row 2's start.
    const row1 = '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<row r="2"><c r="A2"/>]]></t></is></c><!-- <row r="4"> --><c r="B1"><v>1</v></c></row>';
    const sheet = SHEET.replace(/<row r="1">.*?<\/row>/u, row1);
    const want = WANT.replace(/<row r="1">.*?<\/row>/u, row1);
    expect(sheet).not.toBe(SHEET);
    await fc.assert(fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (at) => {
      expect((await patched(cut(sheet, at))).xml).toBe(want);
    }), { numRuns: 300 });
  });
});

describe('TagScanner', () => {
  it('hands every tag over whole and keeps the text byte for byte, whatever the chunks', () => {
    fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 40 }), (at) => {
      const tags: string[] = [];
      const scanner = new TagScanner((raw) => { tags.push(raw); }, undefined, true);
      let out = '';
      for (const piece of cut(SHEET, at)) out += scanner.feed(piece);
      out += scanner.feed('', true);
      expect(out).toBe(SHEET);
      expect(tags).toContain('<hyperlink ref="C2" display="a&gt;b"/>');
      expect(tags.filter((tag) => tag.startsWith('<row'))).toHaveLength(6);
    }), { numRuns: 300 });
  });

  it('skips a > inside a quoted value', () => {
    const tags: string[] = [];
    new TagScanner((raw) => { tags.push(raw); }).feed('<a title="x>y" b=\'>\'><b/></a>', true);
    expect(tags).toEqual(['<a title="x>y" b=\'>\'>', '<b/>', '</a>']);
  });
});
