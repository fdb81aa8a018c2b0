/**
 * Column widths mean the same on every host: a spec's unit is 7 pixels (a Calibri 11 digit), which an
 * xlsx file counts in digits of the workbook's Normal font and Office.js in points.
 */
import { digitPixels, unitsToDigits, unitsToPoints } from '../../../src/core/sheets/widthUnits';
import { EMPTY_STYLES, StyleSheetPatch } from '../../../src/workbook/xlsx/styles';

describe('the digit of a Normal font', () => {
  it.each([
    // The standard's own example (ECMA-376 §18.3.1.13): Calibri 11 has a 7-pixel digit.
    [{ name: 'Calibri', size: 11 }, 7],
    // Chinese Excel's default column, 8.38 characters, is 72 pixels: (72 − 5) / 8.
    [{ name: '宋体', size: 11 }, 8],
    [{ name: '等线', size: 11 }, 8],
    [{ name: 'DengXian', size: 11 }, 8],
    [{ name: '宋体', size: 12 }, 8],
    [{ name: '宋体', size: 10 }, 7],
    [{ name: 'Arial', size: 10 }, 7],
    [{ name: 'Arial', size: 11 }, 8],
    [{ name: 'Times New Roman', size: 12 }, 8],
  ])('%o: %i pixels', (font, pixels) => {
    expect(digitPixels(font)).toBe(pixels);
  });

  it('is the unit itself where the style sheet names no font', () => {
    expect(digitPixels(undefined)).toBe(7);
    expect(digitPixels({ name: '宋体', size: Number.NaN })).toBe(7);
  });

  it('grows with the font size, never below one pixel', () => {
    for (const name of ['宋体', 'Calibri', 'Some Font']) {
      let last = 0;
      for (let size = 1; size <= 72; size += 0.5) {
        const pixels = digitPixels({ name, size });
        expect(pixels).toBeGreaterThanOrEqual(Math.max(1, last));
        last = pixels;
      }
    }
  });
});

describe('a width in each host\'s unit', () => {
  it('keeps the pixels: a Calibri workbook takes the units as they are, a 宋体 one 7/8 of them', () => {
    expect(unitsToDigits(16, 7)).toBe(16);
    expect(unitsToDigits(16, 8)).toBe(14);
    expect(unitsToDigits(70, 8) * 8).toBeCloseTo(70 * 7, 1);
  });

  it('gives Office.js points: 7 pixels are 5.25 points at 96 dpi', () => {
    expect(unitsToPoints(1)).toBe(5.25);
    expect(unitsToPoints(134)).toBeCloseTo(703.5, 5);
  });
});

describe('the Normal font of a style sheet', () => {
  const sheet = (fonts: string, styleXfs: string, cellStyles: string) => `<?xml version="1.0" encoding="UTF-8"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`
    + `<x:fonts count="2">${fonts}</x:fonts><x:cellStyleXfs count="2">${styleXfs}</x:cellStyleXfs><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" xfId="0"/></x:cellXfs><x:cellStyles>${cellStyles}</x:cellStyles></x:styleSheet>`;

  it('is the font of the cell style built in as Normal, prefixed tags and all', () => {
    const text = sheet(
      '<x:font><x:b/><x:sz val="14"/><x:name val="黑体"/></x:font><x:font><x:sz val="10.5"/><x:color rgb="FF000000"/><x:name val="仿宋_GB2312"/></x:font>',
      '<x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="0" fontId="1"/>',
      '<x:cellStyle name="标题" xfId="0"/><x:cellStyle name="常规" xfId="1" builtinId="0"/>',
    );
    expect(new StyleSheetPatch(text).normalFont).toEqual({ name: '仿宋_GB2312', size: 10.5 });
  });

  it('is the first font where no cell style is marked Normal, and none where the fonts lack a size or name', () => {
    expect(new StyleSheetPatch(sheet('<x:font><x:sz val="11"/><x:name val="等线"/></x:font>', '<x:xf fontId="0"/>', '')).normalFont).toEqual({ name: '等线', size: 11 });
    expect(new StyleSheetPatch(sheet('<x:font><x:b/></x:font>', '<x:xf fontId="0"/>', '')).normalFont).toBeUndefined();
    expect(new StyleSheetPatch(EMPTY_STYLES).normalFont).toEqual({ name: '宋体', size: 11 });
  });
});
