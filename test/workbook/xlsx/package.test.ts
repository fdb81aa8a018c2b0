/**
 * The package writer on fixtures written part by part: every part the tool does not own comes through
 * byte for byte, every original value and formula is unchanged, the roster's cells are pointed at
 * appended styles that carry the status fill over the cell's own format, and the new sheets are listed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FIXTURES } from '../../../scripts/packageFixtures';
import { unitsToDigits } from '../../../src/core/sheets/widthUnits';
import { STATUS_FILLS } from '../../../src/core/rules/status';
import { checkSheet } from '../../../src/core/sheets/checkSheet';
import { PAGE_NUMBER_FOOTER } from '../../../src/core/sheets/sheetSpec';
import { body, elements, gridsOf, planCopy, text, tmp, unzip, writeFixture } from './helpers';

const OWNED = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet1\.xml|customXml\/.*)$/u;

const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';

/** The style sheet the workbook's relationships name (none: an empty text). */
function stylesOf(parts: Record<string, Uint8Array>): Uint8Array | undefined {
  const rel = elements(text(parts['xl/_rels/workbook.xml.rels']), 'Relationship').find((tag) => tag.includes('/styles"'));
  const target = rel && /Target="([^"]*)"/u.exec(rel)![1];
  return target ? parts[target.startsWith('/') ? target.slice(1) : `xl/${target}`] : undefined;
}

/** A roster sheet's XML with the style of each cell and the cells holding only a style taken out. */
const withoutStyles = (xml: string) => xml.replace(/(<(?:x:)?c\b[^>]*?)\ss="\d+"/gu, '$1').replace(/<(?:x:)?c r="[A-Z]+\d+"\/>/gu, '').replace(/<(?:x:)?c\/>/gu, '');

describe.each(Object.entries(FIXTURES))('a plan on the %s fixture', (name, { make, extension }) => {
  const input = writeFixture(`${name}.${extension}`, make());
  const out = join(tmp, `${name}-out.${extension}`);
  let outcome: Awaited<ReturnType<typeof planCopy>>;
  let before: Record<string, Uint8Array>;
  let after: Record<string, Uint8Array>;

  beforeAll(async () => {
    outcome = await planCopy(input, out);
    before = unzip(input);
    after = unzip(out);
  });

  it('copies every part it does not own byte for byte', () => {
    const copied = Object.keys(before).filter((part) => !OWNED.test(part));
    expect(copied).toEqual(expect.arrayContaining(['_rels/.rels', 'xl/sharedStrings.xml']));
    if (extension === 'xlsm') expect(copied).toContain('xl/vbaProject.bin');
    if (name === 'kitchen-sink') {
      for (const part of ['xl/charts/chart1.xml', 'xl/chartsheets/sheet1.xml', 'xl/media/image1.png', 'xl/tables/table1.xml', 'xl/comments/comment1.xml', 'docProps/custom.xml', 'xl/theme/theme1.xml', 'xl/worksheets/_rels/sheet1.xml.rels']) expect(copied).toContain(part);
    }
    for (const part of copied) {
      expect(after[part]).toBeDefined();
      expect(Buffer.from(after[part]).equals(Buffer.from(before[part]))).toBe(true);
    }
  });

  it('changes nothing on the roster sheet but the cells\' styles', () => {
    const roster = 'xl/worksheets/sheet1.xml';
    expect(text(after[roster])).not.toBe(text(before[roster]));
    expect(withoutStyles(text(after[roster]))).toBe(withoutStyles(text(before[roster])));
  });

  it('keeps every value and formula of every original sheet', async () => {
    const was = await gridsOf(input);
    const now = await gridsOf(out);
    for (const sheet of Object.keys(was)) expect(now[sheet]).toEqual(was[sheet]);
    const formulas = (xml: string) => elements(xml, 'f');
    expect(formulas(text(after['xl/worksheets/sheet1.xml']))).toEqual(formulas(text(before['xl/worksheets/sheet1.xml'])));
  });

  it('appends styles, leaving the originals at their indexes, and fills each flagged row over its own format', () => {
    const styles = { was: text(stylesOf(before)), now: text(stylesOf(after)) };
    for (const collection of ['cellXfs', 'fills', 'fonts', 'borders', 'numFmts']) {
      const was = elements(body(styles.was, collection), collection === 'cellXfs' ? 'xf' : collection.slice(0, -1));
      const now = elements(body(styles.now, collection), collection === 'cellXfs' ? 'xf' : collection.slice(0, -1));
      expect(now.slice(0, was.length)).toEqual(was);
    }
    const xfs = elements(body(styles.now, 'cellXfs'), 'xf');
    const fills = elements(body(styles.now, 'fills'), 'fill');
    const originalXfs = elements(body(styles.was, 'cellXfs'), 'xf');
    const attribute = (tag: string, key: string) => new RegExp(`\\s${key}="([^"]*)"`, 'u').exec(tag)?.[1];
    /** A row's cells by column, references or none (a cell without one follows the one before). */
    const byColumn = (row: string) => {
      let column = 0;
      return new Map(elements(row, 'c').map((cell) => {
        const ref = attribute(cell, 'r');
        column = ref ? ref.replace(/\d+/u, '').split('').reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) : column + 1;
        return [column, cell];
      }));
    };
    const rowsWas = elements(text(before['xl/worksheets/sheet1.xml']), 'row');
    const rows = elements(text(after['xl/worksheets/sheet1.xml']), 'row');
    for (const { cadre, status } of outcome.check.checked) {
      if (status === 'ok') continue;
      const cells = byColumn(rows[cadre.row - 1]);
      const cellsWas = byColumn(rowsWas[cadre.row - 1]);
      for (let column = outcome.check.roster.firstColumn; column <= outcome.check.roster.lastColumn; column += 1) {
        const cell = cells.get(column)!;
        const xf = xfs[Number(attribute(cell, 's'))];
        expect(fills[Number(attribute(xf, 'fillId'))]).toContain(`rgb="FF${STATUS_FILLS[status]}"`);
        const was = cellsWas.get(column);
        // A cell whose style has no record shows the default: General, font 0, border 0.
        const original = originalXfs[Number(was ? attribute(was, 's') ?? 0 : 0)] ?? DEFAULT_XF;
        for (const key of ['numFmtId', 'fontId', 'borderId']) expect(attribute(xf, key)).toBe(attribute(original, key));
      }
    }
  });

  it('keeps the default style (cellXfs 0, which every unstyled cell uses) plain, with fills 0 and 1 as reserved', () => {
    const now = text(stylesOf(after));
    const fills = elements(body(now, 'fills'), 'fill');
    const xf0 = elements(body(now, 'cellXfs'), 'xf')[0];
    expect(fills[0]).toContain('patternType="none"');
    expect(fills[1]).toContain('patternType="gray125"');
    expect(/\sfillId="(\d+)"/u.exec(xf0)?.[1]).toBe('0');
    const original = elements(body(text(stylesOf(before)), 'cellXfs'), 'xf')[0];
    if (original) expect(xf0).toBe(original);
  });

  it('lists the new sheets in the workbook, its relationships and the content types, keeping every original entry', () => {
    const workbook = { was: text(before['xl/workbook.xml']), now: text(after['xl/workbook.xml']) };
    // Each sheet its own relationship id, even where the file names one its relationships lack.
    const ids = elements(workbook.now, 'sheet').map((sheet) => /\sr:id="([^"]*)"/u.exec(sheet)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sheet of elements(workbook.was, 'sheet')) expect(workbook.now).toContain(sheet);
    for (const name of elements(workbook.was, 'definedName')) expect(workbook.now).toContain(name);
    expect(outcome.written.sheets).toEqual(['轮岗检查', '轮岗方案', '公示名单']);
    for (const sheet of outcome.written.sheets) expect(workbook.now).toContain(`name="${sheet}"`);
    const rels = { was: text(before['xl/_rels/workbook.xml.rels']), now: text(after['xl/_rels/workbook.xml.rels']) };
    for (const rel of elements(rels.was, 'Relationship')) expect(rels.now).toContain(rel);
    expect(elements(rels.now, 'Relationship').filter((rel) => rel.includes('/worksheet"'))).toHaveLength(elements(rels.was, 'Relationship').filter((rel) => rel.includes('/worksheet"')).length + 3);
    const types = { was: text(before['[Content_Types].xml']), now: text(after['[Content_Types].xml']) };
    for (const entry of [...elements(types.was, 'Default'), ...elements(types.was, 'Override')]) expect(types.now).toContain(entry);
  });

  it('writes the new sheets with the values core described', async () => {
    const now = await gridsOf(out);
    const notice = now['公示名单'].values.flat().map(String).join('\n');
    expect(notice).toContain(outcome.notice.title);
    expect(now['轮岗方案'].values.flat()).toEqual(expect.arrayContaining(outcome.plan.assignments.map((a) => a.mover.cadre.name)));
  });
});

describe('the copy as another reader sees it', () => {
  // Python's zipfile checks every part's CRC-32 and sizes against the central directory (testzip).
  const python = spawnSync('python3', ['--version']).status === 0;
  (python ? it : it.skip)('is a zip whose every checksum and size is right, by Python\'s zipfile', async () => {
    const input = writeFixture('crc.xlsx', FIXTURES['kitchen-sink'].make());
    const out = join(tmp, 'crc-out.xlsx');
    await planCopy(input, out);
    const check = spawnSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), len(z.namelist()))', out], { encoding: 'utf8' });
    expect(check.stdout.trim()).toBe(`None ${Object.keys(unzip(out)).length}`);
  });

  it('ExcelJS reads the new sheets\' values, widths and merges as they were described', async () => {
    const input = writeFixture('macros-exceljs.xlsm', FIXTURES.macros.make());
    const out = join(tmp, 'macros-exceljs-out.xlsm');
    const outcome = await planCopy(input, out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['花名册', '轮岗检查', '轮岗方案', '公示名单']);
    const check = workbook.getWorksheet('轮岗检查')!;
    expect(check.getCell('A1').value).toBe('轮岗检查结果');
    expect(check.getCell('A1').font?.bold).toBe(true);
    const spec = checkSheet(outcome.check);
    // The fixture's Normal font is 等线 11, an 8-pixel digit: 7-pixel units count as 7/8 of a digit each.
    expect(check.getColumn(8).width).toBe(unitsToDigits(spec.columnWidths![7], 8));
    expect(check.getColumn(8).width).toBeCloseTo((spec.columnWidths![7] * 7) / 8, 2);
    expect((check.model as unknown as { merges: string[] }).merges).toContain('A1:H1');
    expect(check.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(check.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', margins: expect.objectContaining(spec.print?.margins) });
    expect(check.headerFooter.oddFooter).toBe(PAGE_NUMBER_FOOTER);
    const flagged = outcome.check.checked.filter((entry) => entry.status !== 'ok');
    const names: unknown[] = [];
    check.eachRow((row, r) => { if (r > 6 && r <= 6 + flagged.length) names.push(row.getCell(3).value); });
    expect(names.sort()).toEqual(flagged.map((entry) => entry.cadre.name).sort());
    const roster = workbook.getWorksheet('花名册')!;
    expect((roster.getCell('A2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${STATUS_FILLS.due}`);
    expect(roster.getCell('A1').font?.bold).toBe(true);
  });
});
