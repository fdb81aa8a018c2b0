/**
 * Every new sheet of the sample plan printed as a clerk prints it: rendered by the CLI's renderer,
 * converted to PDF by LibreOffice (A4, as set up), then read back with pdftotext. Every reason and note
 * must print whole, nothing under 9 pt, the notice on the pages its rows need. One PNG of each sheet's
 * first page is kept in test/artifacts/print/ to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runPlan, PlanOutcome } from '../../src/app/runPlan';
import { cellText, SheetGrid } from '../../src/core/grid';
import { resolveSettings } from '../../src/core/settings';
import { SheetSpec } from '../../src/core/sheets/sheetSpec';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { XlsxWorkbook } from '../../src/workbook/xlsx/xlsxWorkbook';
import { renderCells, sheetOptions } from '../../src/workbook/xlsx/renderSheet';

const tool = (name: string): string | undefined => {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
};
const soffice = tool('soffice') ?? tool('libreoffice');
const poppler = tool('pdftotext') && tool('pdftoppm');
/** Carlito measures like Calibri, the sheets' default font, so LibreOffice sizes columns as Excel does. */
const carlito = (() => {
  try {
    return execFileSync('fc-list', { encoding: 'utf8' }).includes('Carlito');
  } catch {
    return false;
  }
})();
const ready = soffice !== undefined && poppler && carlito;
if (!ready && process.env.CI) throw new Error('The print check needs LibreOffice and poppler-utils: apt-get install -y libreoffice-calc fonts-noto-cjk fonts-crosextra-carlito poppler-utils');
if (!ready) {
  // eslint-disable-next-line no-console
  console.warn('Print check skipped: LibreOffice, poppler-utils or the Carlito font is not installed (apt-get install -y libreoffice-calc fonts-noto-cjk fonts-crosextra-carlito poppler-utils).');
}

const ARTIFACTS = join(__dirname, '../artifacts/print');
/** A4 in points, and the PDF's smallest text allowed. */
const A4 = { short: 595, long: 842 };
const MIN_POINTS = 9;

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

interface Printed {
  spec: SheetSpec;
  pdf: string;
  pages: string[];
  /** Each page's words (a CJK run or a Latin word) with their boxes in points, from pdftotext -bbox. */
  words: Word[][];
  size: { width: number; height: number };
}

/**
 * Pairs of words whose boxes overlap. Text cut off by its cell still sits in the PDF, laid out past the
 * cell's edge (a row too short pushes lines into the next row, a column too narrow runs into the next
 * column), so a sheet prints whole exactly when no two words overlap. A box holds the font's ascent and
 * descent, and a line of Latin text only sits closer to the CJK line above it, so boxes may touch by
 * under a third of their height.
 */
function overlaps(words: Word[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let j = i + 1; j < words.length; j += 1) {
      const [a, b] = [words[i], words[j]];
      const touch = Math.min(a.y1 - a.y0, b.y1 - b.y0) / 3;
      if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > touch) found.push(`${a.text} × ${b.text}`);
    }
  }
  return found;
}

function wordsOf(bbox: string): Word[][] {
  return bbox.split('<page ').slice(1).map((page) => Array.from(
    page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/gu),
    (m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] }),
  ));
}

const squeeze = (text: string): string => text.replace(/\s+/gu, '');

async function samplePlan(): Promise<{ outcome: PlanOutcome; specs: SheetSpec[] }> {
  const source = await XlsxWorkbook.open(join(__dirname, '../../assets/sample-roster.xlsx'));
  const names = source.workbook.worksheets.map((sheet) => sheet.name);
  // readSheets takes the names to read where the port lists sheets first; the names are all of them.
  const grids: SheetGrid[] = await (source.readSheets as (names?: string[]) => Promise<SheetGrid[]>).call(source, names);
  const memory = new MemoryWorkbook(grids.map(({ name, values, formats }) => ({ name, values, formats })));
  const settings = resolveSettings({ organization: '某某市某某局', decidingBody: '局党组', contactPhone: '0571-87654321', contactAddress: '某某市某某路1号' });
  const outcome = await runPlan(memory, { asOf: '2026-11-23', settings, publicityStart: '2026-11-30' });
  return { outcome, specs: memory.sheets.flatMap((sheet) => (sheet.spec ? [{ ...sheet.spec, name: sheet.name }] : [])) };
}

async function print(specs: SheetSpec[], dir: string): Promise<Printed[]> {
  const files: string[] = [];
  for (const [index, spec] of specs.entries()) {
    const workbook = new ExcelJS.Workbook();
    renderCells(workbook.addWorksheet(spec.name, sheetOptions(spec)), spec);
    const file = join(dir, `sheet${index + 1}.xlsx`);
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  execFileSync(soffice as string, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 240_000 });
  mkdirSync(ARTIFACTS, { recursive: true });
  return specs.map((spec, index) => {
    const pdf = join(dir, `sheet${index + 1}.pdf`);
    const pages = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const [, width, height] = /<page width="([\d.]+)" height="([\d.]+)"/u.exec(bbox) ?? [];
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(ARTIFACTS, spec.name)]);
    return { spec, pdf, pages, words: wordsOf(bbox), size: { width: Number(width), height: Number(height) } };
  });
}

(ready ? describe : describe.skip)('the new sheets in print (LibreOffice, A4)', () => {
  let outcome: PlanOutcome;
  let printed: Record<string, Printed>;

  beforeAll(async () => {
    const plan = await samplePlan();
    outcome = plan.outcome;
    const dir = mkdtempSync(join(tmpdir(), 'rotation-print-'));
    printed = Object.fromEntries((await print(plan.specs, dir)).map((sheet) => [sheet.spec.name, sheet]));
  }, 300_000);

  const text = (name: string): string => squeeze(printed[name].pages.join(''));

  it('prints no text over other text or past the page: nothing cut at a cell edge', () => {
    for (const { spec, words, size } of Object.values(printed)) {
      words.forEach((page, index) => {
        expect({ sheet: spec.name, page: index + 1, overlaps: overlaps(page) }).toEqual({ sheet: spec.name, page: index + 1, overlaps: [] });
        for (const word of page) expect(word.y0 >= 0 && word.y1 <= size.height && word.x0 >= 0 && word.x1 <= size.width).toBe(true);
      });
    }
  });

  it('prints each sheet on A4 in its orientation, with page numbers and nothing under 9 pt', () => {
    for (const [name, orientation] of [['轮岗检查', 'landscape'], ['轮岗方案', 'landscape'], ['公示名单', 'portrait']] as const) {
      const { size, pages, words } = printed[name];
      const [width, height] = orientation === 'portrait' ? [A4.short, A4.long] : [A4.long, A4.short];
      expect([Math.round(size.width), Math.round(size.height)]).toEqual([width, height]);
      pages.forEach((page, index) => expect(squeeze(page)).toContain(`第${index + 1}页,共${pages.length}页`));
      // A word's box is its font's ascent and descent: 1.22 em for Carlito, more for the CJK fonts.
      const heights = words.flat().map((word) => word.y1 - word.y0);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(MIN_POINTS * 1.22);
      expect(readFileSync(join(ARTIFACTS, `${name}.png`)).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('prints every reason of the check whole', () => {
    const flagged = outcome.check.checked.filter((entry) => entry.status !== 'ok');
    expect(flagged.length).toBeGreaterThan(10);
    const printedText = text('轮岗检查');
    for (const { reasons } of flagged) expect(printedText).toContain(squeeze(reasons.join(';')));
    for (const problem of outcome.check.problems) expect(printedText).toContain(squeeze(problem.message));
  });

  it('prints every basis, note, reason and warning of the plan whole, the header only above the moves', () => {
    const printedText = text('轮岗方案');
    for (const { mover, notes } of outcome.plan.assignments) {
      expect(printedText).toContain(squeeze(mover.basis.join(';')));
      if (notes.length > 0) expect(printedText).toContain(squeeze(notes.join(';')));
    }
    for (const { reason } of outcome.plan.unplaced) expect(printedText).toContain(squeeze(reason));
    for (const warning of outcome.plan.warnings) expect(printedText).toContain(squeeze(warning));
    const { pages } = printed['轮岗方案'];
    // Once the moves' header has printed, every later page starts with it and holds only moves.
    const first = pages.findIndex((page) => squeeze(page).includes('轮岗依据安排说明'));
    expect(first).toBeGreaterThanOrEqual(0);
    const header = ['序号', '姓名', '原单位', '原职务', '拟任单位', '拟任职务', '轮岗依据', '安排说明'];
    for (const page of pages.slice(first + 1)) {
      for (const word of header) expect(squeeze(page)).toContain(word);
      expect(squeeze(page)).not.toMatch(/未能安排人员\(|竞争上岗岗位\(|^提示/u);
    }
    if (outcome.plan.unplaced.length === 0) expect(printedText).not.toContain('未能安排人员(');
  });

  it('prints the notice whole, with no gap, on the pages its rows need and never split across', () => {
    const { spec, pages } = printed['公示名单'];
    const printedText = text('公示名单');
    expect(printedText).not.toContain('〔');
    for (const row of spec.rows) for (const value of row) expect(printedText).toContain(squeeze(cellText(value)));
    // The pages its row heights need at full size: A4's height less the margins, rows never split.
    const printable = A4.long - 72 * ((spec.print?.margins?.top ?? 0.75) + (spec.print?.margins?.bottom ?? 0.75)) - 30;
    const heights = spec.rows.map((_, row) => spec.rowHeights?.[row] ?? 15);
    const least = Math.ceil(heights.reduce((sum, h) => sum + h, 0) / printable);
    expect(pages.length).toBeGreaterThanOrEqual(least);
    expect(pages.length).toBeLessThanOrEqual(least + 1);
    // Every page has the whole header: no column spilled onto a page of its own.
    const header = spec.rows.find((row) => row[0] === '序号')!.map(cellText);
    for (const page of pages) for (const word of header) expect(squeeze(page)).toContain(word);
    expect(squeeze(pages[pages.length - 1])).toContain('某某市某某局');
  });

});
