/**
 * What every sheet spec shares: the next free sheet name (Excel compares sheet names case-blind, and a
 * workbook cannot hold two of one name), the page footer, A4's room.
 */
import { A4_MARGINS, A4_WIDTH_UNITS, PAGE_NUMBER_FOOTER, freeSheetName } from '../../../src/core/sheets/sheetSpec';
import { UNIT_PIXELS } from '../../../src/core/sheets/widthUnits';

describe('freeSheetName', () => {
  it('keeps a name not taken, else numbers it from 2 on, case-blind', () => {
    expect(freeSheetName('轮岗方案', [])).toBe('轮岗方案');
    expect(freeSheetName('轮岗方案', ['花名册'])).toBe('轮岗方案');
    expect(freeSheetName('轮岗方案', ['轮岗方案'])).toBe('轮岗方案 (2)');
    expect(freeSheetName('轮岗方案', new Set(['轮岗方案', '轮岗方案 (2)', '轮岗方案 (4)']))).toBe('轮岗方案 (3)');
    expect(freeSheetName('Plan', ['PLAN'])).toBe('Plan (2)');
    expect(freeSheetName('Plan', ['plan', 'PLAN (2)'])).toBe('Plan (3)');
    expect(freeSheetName('PLAN', ['plan (2)'])).toBe('PLAN');
  });
});

describe('the page', () => {
  it('numbers pages 第 N 页,共 M 页 centred in the footer, in Excel\'s codes (&C centre, &P page, &N pages)', () => {
    expect(PAGE_NUMBER_FOOTER).toBe(`&C${'第 N 页,共 M 页'.replace('N', '&P').replace('M', '&N')}`);
  });

  it('leaves the widths room on A4 (210 × 297 mm) within its margins, 96 pixels an inch', () => {
    const units = (millimetres: number, margins: number) => ((millimetres / 25.4 - margins) * 96) / UNIT_PIXELS;
    expect(A4_WIDTH_UNITS.portrait).toBeLessThan(units(210, A4_MARGINS.left + A4_MARGINS.right));
    expect(A4_WIDTH_UNITS.landscape).toBeLessThan(units(297, A4_MARGINS.left + A4_MARGINS.right));
    expect(A4_MARGINS).toEqual({ left: 0.5, right: 0.5, top: 0.6, bottom: 0.7 });
  });
});
