// Serial days on the command line's side, read and written as Excel counts them and as the Office path
// reads them (fromExcelSerial): 1900-01-01 is 1, Lotus's 1900-02-29 is 60, 1900-03-01 is 61; 1904 workbooks
// count from 1904-01-01 as 0.
import { fromExcelSerial } from '../../../src/core/dates';
import { serialToDate } from '../../../src/workbook/xlsx/sheetReader';
import { storedCell } from '../../../src/workbook/xlsx/sheetXml';

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

describe('serial days in a package', () => {
  it.each<[number, Date]>([
    [1, utc(1900, 1, 1)],
    [1.5, utc(1900, 1, 1, 12)],
    [59, utc(1900, 2, 28)],
    [60, utc(1900, 2, 28)],
    [61, utc(1900, 3, 1)],
    [45658, utc(2025, 1, 1)],
    [45658.25, utc(2025, 1, 1, 6)],
  ])('read %d in the 1900 system as %s, the day fromExcelSerial gives', (serial, date) => {
    expect(serialToDate(serial, false)).toEqual(date);
    expect(serialToDate(serial, false).toISOString().slice(0, 10)).toBe(fromExcelSerial(serial));
  });

  it('reads the 1904 system from 1904-01-01', () => {
    expect(serialToDate(0, true)).toEqual(utc(1904, 1, 1));
    expect(serialToDate(44196, true)).toEqual(utc(2025, 1, 1));
  });

  it.each<[Date, string]>([
    [utc(1900, 1, 1), '1'],
    [utc(1900, 2, 28), '59'],
    [utc(1900, 3, 1), '61'],
    [utc(2025, 1, 1), '45658'],
  ])('writes %s as the serial it reads back', (date, text) => {
    expect(storedCell(date, false)).toEqual({ type: 'n', text });
    expect(serialToDate(Number(text), false)).toEqual(date);
  });

  it('writes a 1904 workbook\'s dates from 1904-01-01', () => {
    expect(storedCell(utc(1904, 1, 1), true)).toEqual({ type: 'n', text: '0' });
  });
});
