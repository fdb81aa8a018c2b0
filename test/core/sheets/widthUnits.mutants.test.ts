/**
 * The digit of each Normal font widthUnits.ts names, worked out by hand: a CJK font's digit is half its
 * em (em = size × 96 / 72 pixels), rounded up; a Latin font's is its share of the em (Calibri and Carlito
 * 0.507, Arial and its kin 0.556, Times and its kin 0.5, any other 0.55), rounded; never under 1 pixel.
 */
import { digitPixels, unitsToDigits, unitsToPoints } from '../../../src/core/sheets/widthUnits';

describe('digitPixels', () => {
  it.each([
    '宋体', '黑体', '楷体', '仿宋_GB2312', '等线', '微软雅黑', '隶书', '幼圆', 'Songti SC', 'SimHei', 'KaiTi', 'dengxian', 'FangSong', 'Microsoft YaHei',
    'PMingLiU', 'Noto Sans CJK SC', 'Noto Serif CJK TC', 'Source Han Serif', 'PingFang SC', 'WenQuanYi Micro Hei',
  ])('takes %s as a CJK font: 11 pt (an em of 14.67 pixels) has an 8-pixel digit, 13.5 pt (18) a 9-pixel one', (name) => {
    expect(digitPixels({ name, size: 11 })).toBe(8);
    expect(digitPixels({ name, size: 13.5 })).toBe(9);
  });

  it('counts each Latin font by its own share of the em, names matched whole, spaces around them trimmed', () => {
    // 11 pt: 14.67 × 0.507 = 7.44 → 7; × 0.5 = 7.33 → 7; × 0.55 = 8.07 → 8.
    for (const name of ['Calibri', 'Carlito', ' Calibri ', 'calibri', 'Times New Roman', 'Liberation Serif', 'Cambria', 'Caladea']) expect(digitPixels({ name, size: 11 })).toBe(7);
    for (const name of ['MyCalibri', 'Calibri Light', 'Noto Sans', 'Some Font', 'Old Times New Roman', 'Times New Roman PS']) expect(digitPixels({ name, size: 11 })).toBe(8);
    // 15.6 pt, an em of 20.8: × 0.556 = 11.56 → 12, × 0.55 = 11.44 → 11.
    for (const name of ['Arial', 'Liberation Sans', 'Helvetica', 'Tahoma', 'Verdana']) expect(digitPixels({ name, size: 15.6 })).toBe(12);
    for (const name of ['Arial Narrow', 'Helvetica Neue', 'Some Font', 'Neue Arial', 'Old Verdana']) expect(digitPixels({ name, size: 15.6 })).toBe(11);
  });

  it('is the unit (7) for no size or none above 0, and never under 1 pixel', () => {
    expect(digitPixels({ name: '宋体', size: 0 })).toBe(7);
    expect(digitPixels({ name: 'Calibri', size: -3 })).toBe(7);
    // 0.5 pt: an em of 0.67 pixels; Calibri's 0.34 rounds to 0, 宋体's 0.32 up to 1.
    expect(digitPixels({ name: 'Calibri', size: 0.5 })).toBe(1);
    expect(digitPixels({ name: '宋体', size: 0.01 })).toBe(1);
  });
});

describe('unitsToPoints and unitsToDigits', () => {
  it('round to hundredths', () => {
    // 0.1 unit: 0.7 pixels, 0.525 points; 10 units in a 9-pixel digit: 7.777….
    expect(unitsToPoints(0.1)).toBe(0.53);
    expect(unitsToDigits(10, 9)).toBe(7.78);
    expect(unitsToDigits(1, 3)).toBe(2.33);
  });
});
