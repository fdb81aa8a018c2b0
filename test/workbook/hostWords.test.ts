import { printSetupRefusedWords, sheetProtectedWords, structureProtectedWords } from '../../src/workbook/hostWords';
import { translateOfficeError } from '../../src/workbook/office/officeErrors';
import { translateEtError } from '../../src/workbook/wps/wpsHost';
import { AppError, HostWords } from '../../src/workbook/port';

const CJK = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/u;
const unquoted = (text: string) => text.replace(/"[^"\n]*"/gu, '');
const FIXED = new Set(['Excel', 'WPS', 'ExcelApi', 'A4', 'Enter', 'Esc', 'Microsoft', 'Office', 'Excel.ErrorCodes']);

/** Every word the hosts' adapters can say, as AppError would carry it. */
const CODES = ['InvalidOperationInCellEditMode', 'AccessDenied', 'ApiNotFound', 'InsertDeleteConflict', 'ItemNotFound',
  'RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'InvalidArgument', 'GeneralException'];
const SAID: [string, AppError][] = [
  ...CODES.map((code) => [code, translateOfficeError({ code, message: 'Die Zelle ist schreibgeschützt.' })] as [string, AppError]),
  ['unknown Office code', translateOfficeError({ code: 'SomethingNew', message: 'boom' })],
  ['WPS failure', translateEtError(new Error('boom'))],
  ...([
    ['mark on a protected sheet', sheetProtectedWords('花名册', 'mark')],
    ['clear on a protected sheet', sheetProtectedWords('花名册', 'clear')],
    ['new sheet in a protected workbook', structureProtectedWords('sheets')],
    ['settings in a protected workbook', structureProtectedWords('settings')],
    ['print set-up refused by Excel', printSetupRefusedWords('Excel')],
    ['print set-up unsupported by Excel', printSetupRefusedWords('Excel', true)],
    ['print set-up refused by WPS', printSetupRefusedWords('WPS')],
  ] as [string, HostWords][]).map(([what, words]) => [what, new AppError(words)] as [string, AppError]),
];

describe('what the hosts say, in both languages', () => {
  it.each(SAID)('%s', (_what, error) => {
    const en = error.describe('en-US');
    const zh = error.describe('zh-CN');
    expect(zh).toBe(error.message);
    expect(zh).toMatch(CJK);
    expect(unquoted(en)).not.toMatch(CJK);
    expect((unquoted(zh).match(/[A-Za-z][A-Za-z0-9.-]*/gu) ?? []).filter((word) => !FIXED.has(word) && word !== 'boom' && word !== 'SomethingNew')).toEqual([]);
  });

  it('names the sheet and what was not done', () => {
    expect(new AppError(sheetProtectedWords('花名册', 'clear')).describe('en-US')).toMatch(/^The sheet "花名册" is protected.*nothing was changed\.$/u);
    expect(translateOfficeError({ code: 'SomethingNew', message: 'boom' }).describe('en-US')).toBe('Excel reported an error (SomethingNew): boom');
  });
});
