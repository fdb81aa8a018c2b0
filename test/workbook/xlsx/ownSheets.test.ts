/**
 * Our own earlier sheets: replaced when nobody edited them since, kept when someone did, never a sheet
 * that is not ours; the record of them travels in the workbook.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { FIXTURES } from '../../../scripts/packageFixtures';
import { PackageWorkbook } from '../../../src/workbook/xlsx/packageWorkbook';
import { elements, planCopy, text, tmp, unzip, writeFixture } from './helpers';

const sheetNames = (path: string) => elements(text(unzip(path)['xl/workbook.xml']), 'sheet').map((tag) => /name="([^"]*)"/u.exec(tag)![1]);

describe('our own sheets', () => {
  const input = writeFixture('own.xlsx', FIXTURES['kitchen-sink'].make());
  const first = join(tmp, 'own-1.xlsx');

  beforeAll(async () => {
    await planCopy(input, first);
  });

  it('are recorded in the workbook and listed as ours', async () => {
    const workbook = await PackageWorkbook.open(first);
    const sheets = await workbook.listSheets();
    workbook.close();
    expect(sheets.filter((sheet) => sheet.ours).map((sheet) => sheet.name)).toEqual(['轮岗检查', '轮岗方案', '公示名单']);
    expect(sheets.filter((sheet) => !sheet.ours).map((sheet) => sheet.name)).toEqual(['Sheet1', '图表', expect.stringMatching(/^附件一/u), '旧备份']);
  });

  it('are replaced by a new plan when nobody edited them, and every other part stays as it was', async () => {
    const second = join(tmp, 'own-2.xlsx');
    const outcome = await planCopy(first, second);
    expect(outcome.written.sheets).toEqual(['轮岗检查', '轮岗方案', '公示名单']);
    expect(outcome.written).toMatchObject({ replaced: ['轮岗检查', '轮岗方案', '公示名单'], kept: [] });
    expect(sheetNames(second)).toEqual(sheetNames(first));
    const was = unzip(input);
    const now = unzip(second);
    for (const part of Object.keys(was).filter((name) => !/^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet1\.xml)$/u.test(name))) {
      expect(Buffer.from(now[part]).equals(Buffer.from(was[part]))).toBe(true);
    }
    // Each print title names its sheet's new position, and no sheet-scoped name is left pointing past the end.
    const workbook = text(now['xl/workbook.xml']);
    const positions = elements(workbook, 'definedName').map((tag) => Number(/localSheetId="(\d+)"/u.exec(tag)?.[1] ?? -1));
    expect(Math.max(...positions)).toBeLessThan(sheetNames(second).length);
    expect(workbook).toContain(`localSheetId="4">'轮岗检查'!$6:$6<`);
  });

  it('are kept when someone edited them, and the new sheet takes a free name', async () => {
    const parts = unzip(first);
    const rels = text(parts['xl/_rels/workbook.xml.rels']);
    const workbook = text(parts['xl/workbook.xml']);
    const relId = /<sheet name="轮岗方案" sheetId="\d+" r:id="([^"]+)"/u.exec(workbook)![1];
    const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`, 'u').exec(rels)![1];
    const part = `xl/${target}`;
    const edited = text(parts[part]).replace(/<t( xml:space="preserve")?>[^<]*<\/t>/u, '<t>改过的标题</t>');
    expect(edited).not.toBe(text(parts[part]));
    const editedPath = join(tmp, 'own-edited.xlsx');
    writeFileSync(editedPath, zipSync({ ...parts, [part]: strToU8(edited) }));
    const out = join(tmp, 'own-edited-out.xlsx');
    const outcome = await planCopy(editedPath, out);
    expect(outcome.written).toMatchObject({ sheets: ['轮岗检查', '轮岗方案 (2)', '公示名单'], replaced: ['轮岗检查', '公示名单'], kept: ['轮岗方案'] });
    expect(sheetNames(out)).toEqual(['Sheet1', '图表', expect.stringMatching(/^附件一/u), '旧备份', '轮岗方案', '轮岗检查', '轮岗方案 (2)', '公示名单']);
    expect(text(unzip(out)[part])).toBe(edited);
  });

  it('never include a sheet the tool did not write, whatever its name', async () => {
    const parts = FIXTURES['kitchen-sink'].make();
    parts['xl/workbook.xml'] = String(parts['xl/workbook.xml']).replace('name="旧备份"', 'name="轮岗检查"');
    const path = writeFixture('own-not-ours.xlsx', parts);
    const out = join(tmp, 'own-not-ours-out.xlsx');
    const outcome = await planCopy(path, out);
    expect(outcome.written).toMatchObject({ sheets: ['轮岗检查 (2)', '轮岗方案', '公示名单'], replaced: [], kept: [] });
    expect(Buffer.from(unzip(out)['xl/worksheets/sheet3.xml']).equals(Buffer.from(strToU8(String(parts['xl/worksheets/sheet3.xml']))))).toBe(true);
    expect(readFileSync(path).length).toBeGreaterThan(0);
  });
});
