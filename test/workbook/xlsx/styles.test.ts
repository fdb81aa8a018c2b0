/**
 * Styles appended to a workbook's style sheet: the records a spec's cell style needs, each once, after
 * the originals, which keep their indexes (ECMA-376 part 1, §18.8).
 */
import { XMLValidator } from 'fast-xml-parser';
import { formatsOfStyles, StyleSheetPatch } from '../../../src/workbook/xlsx/styles';
import { FIXTURES } from '../../../scripts/packageFixtures';
import { body, elements } from './helpers';

const ORIGINAL = String(FIXTURES['kitchen-sink'].make()['xl/styles.xml']);
const PREFIXED = String(FIXTURES.prefixed.make()['xl/styles.xml']);
const attribute = (tag: string, key: string) => new RegExp(`\\s${key}="([^"]*)"`, 'u').exec(tag)?.[1];

describe('StyleSheetPatch', () => {
  it('gives a spec style its own font (bold, size, colour), fill, border, alignment and number format', () => {
    const patch = new StyleSheetPatch(ORIGINAL);
    const index = patch.spec([{ bold: true, fontSize: 14, color: 'C00000' }, { fill: 'DDEBF7', border: true, align: 'center', wrap: true, numberFormat: '0.0%' }]);
    const xml = patch.text();
    const xf = elements(body(xml, 'cellXfs'), 'xf')[index];
    expect(index).toBe(4);
    expect(elements(body(xml, 'fonts'), 'font')[Number(attribute(xf, 'fontId'))]).toBe('<font><b/><sz val="14"/><color rgb="FFC00000"/><name val="宋体"/><family val="3"/><charset val="134"/></font>');
    expect(elements(body(xml, 'fills'), 'fill')[Number(attribute(xf, 'fillId'))]).toContain('<fgColor rgb="FFDDEBF7"/>');
    expect(elements(body(xml, 'borders'), 'border')[Number(attribute(xf, 'borderId'))]).toContain('<left style="thin">');
    expect(xf).toContain('<alignment horizontal="center" vertical="center" wrapText="1"/>');
    // 164 is the file's own custom format, so the new one takes 165.
    expect(attribute(xf, 'numFmtId')).toBe('165');
    expect(formatsOfStyles(xml)(index)).toBe('0.0%');
    expect(xml).toMatch(/<cellXfs count="5">/u);
  });

  it('adds each distinct record once, and nothing at all when nothing is asked', () => {
    const patch = new StyleSheetPatch(ORIGINAL);
    expect(patch.changed).toBe(false);
    expect(patch.text()).toBe(ORIGINAL);
    const a = patch.spec([{ bold: true }]);
    const b = patch.spec([{ bold: true }]);
    const c = patch.highlight(1, 'F8CBAD');
    const d = patch.highlight(1, 'F8CBAD');
    const e = patch.highlight(1, 'FFE699');
    expect([a, b, c, d, e]).toEqual([4, 4, 5, 5, 6]);
    const xml = patch.text();
    expect(elements(body(xml, 'fills'), 'fill')).toHaveLength(5);
    // A highlight keeps the cell's own format: xf 1 is the date format 164.
    expect(attribute(elements(body(xml, 'cellXfs'), 'xf')[c], 'numFmtId')).toBe('164');
  });

  it('gives an empty style sheet its reserved records first, so the first highlight is not every cell\'s default', () => {
    const empty = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
    const patch = new StyleSheetPatch(empty);
    expect(patch.text()).toBe(empty);
    const index = patch.highlight(0, 'F8CBAD');
    const xml = patch.text();
    const xfs = elements(body(xml, 'cellXfs'), 'xf');
    const fills = elements(body(xml, 'fills'), 'fill');
    // cellXfs 0 the plain default; fills 0 and 1 none and gray125 (ECMA-376 part 1, §18.8.20); the fill third.
    expect(index).toBe(1);
    expect(attribute(xfs[0], 'fillId')).toBe('0');
    expect(fills.map((fill) => /patternType="(\w+)"/u.exec(fill)?.[1])).toEqual(['none', 'gray125', 'solid']);
    expect(attribute(xfs[index], 'fillId')).toBe('2');
    for (const [collection, item] of [['fonts', 'font'], ['borders', 'border'], ['cellStyleXfs', 'xf']]) expect(elements(body(xml, collection), item)).toHaveLength(1);
    expect(xml).toMatch(/<cellXfs count="2">/u);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('counts only each collection\'s own records, not what they hold, comments or an extension list', () => {
    const xml = '<?xml version="1.0"?><!-- 样式 --><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
      + '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0&quot;岁&quot;"/></numFmts><fonts count="1"><font><b/><sz val="11"/></font></fonts>'
      + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/></border></borders>'
      + '<cellXfs count="2"><xf numFmtId="0"><alignment horizontal="center"/></xf><!-- <xf numFmtId="14"/> --><xf numFmtId="170"><protection locked="0"/></xf></cellXfs>'
      + '<extLst><ext uri="{x}"><xf numFmtId="14"/></ext></extLst></styleSheet>';
    expect([0, 1, 2].map(formatsOfStyles(xml))).toEqual(['General', '0.0"岁"', 'General']);
    const patch = new StyleSheetPatch(xml);
    // Two records before it, and the new format after the file's 170.
    expect(patch.spec([{ numberFormat: '0.000' }])).toBe(2);
    expect(patch.highlight(1, 'F8CBAD')).toBe(3);
    const out = patch.text();
    const xfs = elements(body(out.replace(/<!--[\s\S]*?-->/gu, ''), 'cellXfs'), 'xf');
    expect(xfs[3]).toBe('<xf numFmtId="170" fillId="2" applyFill="1"><protection locked="0"/></xf>');
    expect(out).toContain('<numFmt numFmtId="171" formatCode="0.000"/>');
    expect(XMLValidator.validate(out)).toBe(true);
  });

  it('reads General for a style the file gives no record of, as a spreadsheet shows it', () => {
    expect(formatsOfStyles(undefined)(0)).toBe('General');
    expect(formatsOfStyles('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>')(0)).toBe('General');
    expect(formatsOfStyles(ORIGINAL)(4)).toBe('General');
    expect(formatsOfStyles(ORIGINAL)(1)).toBe('yyyy"年"m"月"');
  });

  it('writes prefixed records into a prefixed style sheet', () => {
    const patch = new StyleSheetPatch(PREFIXED);
    patch.highlight(0, 'F8CBAD');
    const xml = patch.text();
    expect(xml).toContain('<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFF8CBAD"/>');
    expect(xml).toMatch(/<x:cellXfs count="5">/u);
  });
});
