/**
 * Every new sheet of a plan printed as a clerk prints it: rendered by the CLI's renderer, converted to
 * PDF by LibreOffice (A4, as set up), then read back with pdftotext. Every reason and note must print
 * whole, nothing under 9 pt, the notice on the pages its rows need. Two rosters: the sample roster, and
 * one made here of long unit names, long reasons and many movers, whose notice runs over several pages.
 * One PNG of each sheet's first page is kept in test/artifacts/print/ to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runPlan, PlanOutcome } from '../../src/app/runPlan';
import { cellText, SheetGrid } from '../../src/core/grid';
import { noticeWarning } from '../../src/core/publicity/noticeWarning';
import { Settings, resolveSettings } from '../../src/core/settings';
import { SheetSpec } from '../../src/core/sheets/sheetSpec';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { PackageWorkbook } from '../../src/workbook/xlsx/packageWorkbook';
import { XlsxWorkbook } from '../../src/workbook/xlsx/xlsxWorkbook';
import { ZipReader } from '../../src/workbook/xlsx/zipReader';
import { ZipWriter } from '../../src/workbook/xlsx/zipWriter';
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

/** Every notice field given. */
const GIVEN = { organization: '某某市某某局', decidingBody: '局党组', contactPhone: '0571-87654321', contactAddress: '某某市某某路1号' };

async function sampleRoster(): Promise<MemoryWorkbook> {
  const source = await XlsxWorkbook.open(join(__dirname, '../../assets/sample-roster.xlsx'));
  const names = source.workbook.worksheets.map((sheet) => sheet.name);
  // readSheets takes the names to read where the port lists sheets first; the names are all of them.
  const grids: SheetGrid[] = await (source.readSheets as (names?: string[]) => Promise<SheetGrid[]>).call(source, names);
  return new MemoryWorkbook(grids.map(({ name, values, formats }) => ({ name, values, formats })));
}

/** Units with the long names real organs carry; 财务, 审批, 采购, 人事 and 执法 make their posts key. */
const LONG_UNITS = [
  '行政审批服务科(政务服务中心窗口管理办公室)', '财务资产管理科(内部审计与政府采购办公室)', '组织人事科(干部教育培训与老干部工作办公室)',
  '综合行政执法大队第一中队(城市管理与市容环境整治)', '办公室(机要保密、档案管理与信息公开工作)', '政策法规与规划发展研究科(法律顾问室)',
  '信息化建设与数据资源管理中心(网络安全办公室)', '机关党委(工会、共青团、妇委会工作办公室)', '安全生产监督管理与应急指挥调度科',
  '社会事务与公共服务质量监督评价科', '宣传教育与对外交流合作科(新闻发布办公室)', '后勤服务保障中心(机关事务管理办公室)',
];
const HEADER = ['姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '单位', '职务', '职级', '任现职时间', '进入本单位时间', '备注', '意向岗位'];

/**
 * 12 long-named units of 1 科长, 1 副科长 and 4 科员 each, most in post since 2010–2017 (due); some near
 * retirement or on a posting with dates (exempt, with their long reasons), some wishing for a unit.
 */
function longRoster(): MemoryWorkbook {
  const rows: (string | null)[][] = [['某某市某某局中层干部及工作人员花名册(含内设机构、直属单位,统计截至2026年11月)'], HEADER];
  let n = 0;
  LONG_UNITS.forEach((unit, u) => {
    for (const [post, rank, count] of [['科长', '正科', 1], ['副科长', '副科', 1], ['科员', '科员', 4]] as const) {
      for (let i = 0; i < count; i += 1, n += 1) {
        const year = n % 9 === 4 ? 1967 : 1970 + (n % 20);
        const born = `${year}.0${n % 9 === 4 ? 3 : 1 + (n % 9)}`;
        const remarks = n % 11 === 6 ? '挂职(2025.09-2027.08)' : null;
        const wish = n % 5 === 2 ? LONG_UNITS[(u + 3) % LONG_UNITS.length] : null;
        rows.push([`干部${String.fromCharCode(0x4e00 + n * 7)}${String.fromCharCode(0x4e50 + n * 3)}`, n % 3 === 0 ? '女' : '男', born, n % 4 === 0 ? '回族' : '汉族', '中共党员', n % 2 ? '大学本科' : '研究生',
          `${year + 22}.07`, unit, post, rank, `201${n % 8}.0${1 + (n % 9)}`, `201${n % 8}.0${1 + (n % 9)}`, remarks, wish]);
      }
    }
  });
  return new MemoryWorkbook([{ name: '花名册', values: rows }]);
}

async function planOf(workbook: MemoryWorkbook, fields: Partial<Settings> = GIVEN): Promise<{ outcome: PlanOutcome; specs: SheetSpec[] }> {
  const settings = resolveSettings(fields);
  const outcome = await runPlan(workbook, { asOf: '2026-11-23', settings, publicityStart: '2026-11-30' });
  return { outcome, specs: workbook.sheets.flatMap((sheet) => (sheet.spec ? [{ ...sheet.spec, name: sheet.name }] : [])) };
}

/**
 * LibreOffice on Linux has neither 宋体 nor 等线, and fontconfig gives it DejaVu Sans for both, whose digits
 * are 9 pixels at 11 pt against Windows' 8: a workbook whose Normal font is one of them would print wider
 * than in Excel. Mapped to Noto CJK, as Chinese Linux desktops do, they measure as on Windows.
 */
function fontConfig(dir: string): NodeJS.ProcessEnv {
  const alias = (family: string, noto: string) => `<alias binding="same"><family>${family}</family><prefer><family>${noto}</family></prefer></alias>`;
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${
    alias('等线', 'Noto Sans CJK SC')}${alias('DengXian', 'Noto Sans CJK SC')}${alias('宋体', 'Noto Serif CJK SC')}${alias('SimSun', 'Noto Serif CJK SC')}</fontconfig>\n`);
  return { ...process.env, FONTCONFIG_FILE: file };
}

/** Converts each file to PDF with LibreOffice and reads each back; `names[i]` is the sheet file i prints. */
function convert(files: string[], specs: SheetSpec[], dir: string, artifact: string): Printed[] {
  execFileSync(soffice as string, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 240_000, env: fontConfig(dir) });
  mkdirSync(ARTIFACTS, { recursive: true });
  return specs.map((spec, index) => {
    const pdf = files[index].replace(/\.xlsx$/u, '.pdf');
    const pages = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const [, width, height] = /<page width="([\d.]+)" height="([\d.]+)"/u.exec(bbox) ?? [];
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(ARTIFACTS, `${artifact}-${spec.name}`)]);
    return { spec, pdf, pages, words: wordsOf(bbox), size: { width: Number(width), height: Number(height) } };
  });
}

/** Each spec alone in a new workbook (ExcelJS: Calibri 11 its Normal font), printed. */
async function print(specs: SheetSpec[], dir: string, artifact: string): Promise<Printed[]> {
  const files: string[] = [];
  for (const [index, spec] of specs.entries()) {
    const workbook = new ExcelJS.Workbook();
    renderCells(workbook.addWorksheet(spec.name, sheetOptions(spec)), spec);
    const file = join(dir, `sheet${index + 1}.xlsx`);
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  return convert(files, specs, dir, artifact);
}

/** A copy of the package at `source` in which only sheet `name` is visible: LibreOffice prints no hidden sheet. */
async function onlySheet(source: string, name: string, target: string): Promise<void> {
  const zip = await ZipReader.open(source);
  const handle = await open(target, 'w');
  const writer = new ZipWriter(handle);
  for (const part of zip.parts) {
    const bytes = await zip.bytes(part);
    if (part.name !== 'xl/workbook.xml') await writer.add(part.name, bytes);
    else {
      // The sheet shown is the active one too: LibreOffice shows (and prints) an active sheet even when hidden.
      let index = -1;
      let shownAt = 0;
      const xml = bytes.toString('utf8').replace(/<sheet [^>]*?\/>/gu, (tag) => {
        index += 1;
        const shown = tag.replace(/ state="[a-zA-Z]+"/u, '');
        if (!shown.includes(` name="${name}"`)) return shown.replace('<sheet ', '<sheet state="hidden" ');
        shownAt = index;
        return shown;
      });
      const view = `<bookViews><workbookView activeTab="${shownAt}" firstSheet="${shownAt}"/></bookViews>`;
      await writer.add(part.name, xml.replace(/<bookViews>.*?<\/bookViews>/su, '').replace(/<sheets>/u, `${view}<sheets>`));
    }
  }
  await writer.finish();
  await handle.close();
  zip.close();
}

/**
 * The roster file planned as the CLI plans it, the new sheets written into the roster's own package
 * (its styles, its Normal font), each printed from that package alone.
 */
async function printPackage(roster: string, dir: string, artifact: string): Promise<{ outcome: PlanOutcome; printed: Printed[] }> {
  const workbook = await PackageWorkbook.open(roster);
  const specs: SheetSpec[] = [];
  const write = workbook.write.bind(workbook);
  workbook.write = async (changes) => {
    const written = await write(changes);
    changes.sheets.forEach((spec, i) => specs.push({ ...spec, name: written.sheets[i] }));
    return written;
  };
  const outcome = await runPlan(workbook, { asOf: '2026-11-23', settings: resolveSettings(GIVEN), publicityStart: '2026-11-30' });
  const out = join(dir, 'planned.xlsx');
  await workbook.save(out);
  const files: string[] = [];
  for (const [index, spec] of specs.entries()) {
    files.push(join(dir, `alone${index + 1}.xlsx`));
    await onlySheet(out, spec.name, files[index]);
  }
  return { outcome, printed: convert(files, specs, dir, artifact) };
}

/** Plans the roster in a scratch folder and prints its new sheets. */
type Printing = (dir: string, artifact: string) => Promise<{ outcome: PlanOutcome; printed: Printed[] }>;
const fromMemory = (roster: () => Promise<MemoryWorkbook> | MemoryWorkbook): Printing => async (dir, artifact) => {
  const plan = await planOf(await roster());
  return { outcome: plan.outcome, printed: await print(plan.specs, dir, artifact) };
};

const ROSTERS: [string, string, Printing][] = [
  ['the sample roster', 'sample', fromMemory(sampleRoster)],
  ['a roster of long unit names, long reasons and many movers', 'long', fromMemory(longRoster)],
  ["a university's cadre export in a workbook of 等线 11, written into its package as the CLI writes", 'university', (dir, artifact) => printPackage(join(__dirname, '../fixtures/university-export.xlsx'), dir, artifact)],
];

(ready ? describe.each(ROSTERS) : describe.skip.each(ROSTERS))('the new sheets of %s in print (LibreOffice, A4)', (_, artifact, roster) => {
  let outcome: PlanOutcome;
  let printed: Record<string, Printed>;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotation-print-'));
    const run = await roster(dir, artifact);
    outcome = run.outcome;
    printed = Object.fromEntries(run.printed.map((sheet) => [sheet.spec.name, sheet]));
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
      expect(readFileSync(join(ARTIFACTS, `${artifact}-${name}.png`)).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('prints the whole header row on every page a table runs over: no column spilled onto pages of its own', () => {
    for (const name of ['轮岗检查', '轮岗方案', '公示名单']) {
      const { spec, pages } = printed[name];
      const [repeated] = spec.print!.repeatRows!;
      // Header cells broken over two lines print as two lines, which other cells' lines may come between.
      const header = (spec.rows[repeated - 1] ?? []).map(cellText).filter((word) => !word.includes('\n'));
      expect(header.length).toBeGreaterThanOrEqual(7);
      const from = pages.findIndex((page) => header.some((word) => squeeze(page).includes(word)));
      expect(from).toBeGreaterThanOrEqual(0);
      for (const page of pages.slice(from)) expect({ sheet: name, missing: header.filter((word) => !squeeze(page).includes(word)) }).toEqual({ sheet: name, missing: [] });
    }
  });

  it('prints every reason of the check whole', () => {
    const flagged = outcome.check.checked.filter((entry) => entry.status !== 'ok');
    expect(flagged.length).toBeGreaterThanOrEqual(5);
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
    // A name prints on one line: each is one word of the PDF, not broken over two.
    const printedWords = new Set(printed['公示名单'].words.flat().map((word) => word.text));
    const names = outcome.notice.rows.map((row) => String(row[outcome.notice.columns.indexOf('姓名')]));
    expect(names.filter((name) => !printedWords.has(name))).toEqual([]);
    if (artifact === 'long') {
      // Every column the rules allow, since the roster has them all, and a table that runs over pages.
      expect(outcome.notice.columns).toEqual(['序号', '姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '现任职务', '拟任职务']);
      expect(outcome.notice.rows.length).toBeGreaterThanOrEqual(30);
      expect(pages.length).toBeGreaterThanOrEqual(2);
    }
  });
});

(ready ? describe : describe.skip)('a notice with fields missing, in print', () => {
  it('prints each gap where it goes, in red, and the warning names the fields missing', async () => {
    const { outcome, specs } = await planOf(longRoster(), { organization: '某某市某某局', contactAddress: '某某市某某路1号' });
    expect(noticeWarning(outcome.notice)).toBe('公示名单尚缺决定机关、联系电话(表中以红色标出),请在设置中填写后重新生成');
    const spec = specs.find((sheet) => sheet.name === '公示名单')!;
    const dir = mkdtempSync(join(tmpdir(), 'rotation-print-'));
    const [notice] = await print([spec], dir, 'missing');
    const printedText = squeeze(notice.pages.join(''));
    for (const gap of ['〔决定机关〕', '〔联系电话〕']) {
      expect(printedText).toContain(gap);
      const row = spec.rows.findIndex((cells) => cellText(cells[0] ?? null).includes(gap));
      expect(spec.styles?.find((block) => block.row === row)?.style.color).toBe('C00000');
    }
    for (const given of ['〔单位名称〕', '〔通讯地址〕']) expect(printedText).not.toContain(given);
  }, 300_000);
});
