/**
 * The CLI's workbook: an .xlsx/.xlsm package read part by part and written back by patching it. Reading
 * takes only the workbook, the sheets asked for, shared strings and styles, each streamed. Writing copies
 * every part it does not own byte for byte (still compressed), adds the new sheets, points the roster's
 * highlighted cells at appended styles and updates the lists that name the sheets. The input is never written.
 */
import { open as openFile } from 'node:fs/promises';
import { SheetGrid } from '../../core/grid';
import { fingerprintOf } from '../../core/sheets/fingerprint';
import { SheetSpec, freeSheetName } from '../../core/sheets/sheetSpec';
import { AppError, Highlight, WorkbookChanges, WorkbookPort, highlightedRows } from '../port';
import { OwnSheet, parseOwnSheets } from './ownSheets';
import { WorkbookInfo, WorkbookSheet, parseRelationships, parseWorkbook, relsPartOf, Relationship } from './packageParts';
import { MAX_COLUMN, MAX_ROW, OutOfBounds, ReadContext, readSharedStrings, readWorksheet } from './sheetReader';
import { formatsOfStyles } from './styles';
import { escapeRegExp } from './xml';
import { highlightJob, specFingerprint, writePackage } from './packageWriter';
import { AheadJob, highlightInThread } from './highlightAhead';
import { ZipReader } from './zipReader';

/** A sheet as listed before any cell is read (the port's SheetInfo). */
export interface SheetInfo {
  name: string;
  hidden: boolean;
  ours: boolean;
}

/** What a write did (the port's WrittenChanges). */
export interface PackageWritten {
  sheets: string[];
  highlightedRows: number;
  replaced: string[];
  kept: string[];
}

/** The package's structure, read once at open. */
export interface PackageLayout {
  zip: ZipReader;
  workbookPart: string;
  relationships: Relationship[];
  info: WorkbookInfo;
  /** The custom XML part holding our record, when there is one. */
  ownPart?: string;
  own: OwnSheet[];
}

/** Thrown when the file is a zip but not a workbook package. */
export class NotAWorkbook extends Error {}

const SAVE_AGAIN = '文件可能已损坏,请在 Excel 中打开后另存为 .xlsx 再试';

/** A part that cannot be read (damaged XML, a DTD's entities, a cell past the bounds) as one line for the user. */
async function readingPart<T>(part: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof OutOfBounds) {
      throw new AppError(`无法读取 ${part}:第 ${error.row} 行第 ${error.column} 列超出工作表的范围(${MAX_ROW} 行、${MAX_COLUMN} 列),${SAVE_AGAIN}`, error);
    }
    throw new AppError(`无法读取 ${part}:不是有效的 XML(${(error as Error).message.split('\n')[0]}),${SAVE_AGAIN}`, error);
  }
}

/** Whether two lists of highlights fill the same rows of the same sheets the same way. */
function sameHighlights(a: readonly Highlight[], b: readonly Highlight[]): boolean {
  return a.length === b.length && a.every((one, i) => {
    const other = b[i];
    return one.sheet === other.sheet && one.firstColumn === other.firstColumn && one.lastColumn === other.lastColumn && one.rows.length === other.rows.length
      && one.rows.every((row, k) => row.row === other.rows[k].row && row.color === other.rows[k].color);
  });
}

const OWN_NAME = (base: string) => new RegExp(`^${escapeRegExp(base)}(?: \\(\\d+\\))?$`, 'iu');

export class PackageWorkbook implements WorkbookPort {
  private context?: ReadContext;
  private highlights: Highlight[] = [];
  private readonly added: { name: string; spec: SheetSpec }[] = [];
  private readonly removed = new Set<string>();

  /** The fills being laid ahead in a thread of their own (willWrite), and the highlights they are for. */
  private ahead?: { highlights: readonly Highlight[]; job: AheadJob };

  private constructor(readonly layout: PackageLayout, private readonly path: string) {}

  /** Opens a workbook package, reading its lists and nothing else. */
  static async open(path: string): Promise<PackageWorkbook> {
    const zip = await ZipReader.open(path);
    try {
      const rootRels = zip.part('_rels/.rels');
      const workbookPart = rootRels ? parseRelationships(await zip.text(rootRels), '').find((rel) => rel.kind === 'officeDocument')?.part : undefined;
      const workbook = workbookPart ? zip.part(workbookPart) : undefined;
      if (!workbookPart || !workbook || !zip.part('[Content_Types].xml')) throw new NotAWorkbook('no workbook part');
      const relsPart = zip.part(relsPartOf(workbook.name));
      const relationships = relsPart ? parseRelationships(await zip.text(relsPart), workbook.name) : [];
      const info = parseWorkbook(await zip.text(workbook), relationships);
      let ownPart: string | undefined;
      let own: OwnSheet[] = [];
      for (const rel of relationships.filter((r) => r.kind === 'customXml' && r.part)) {
        const part = zip.part(rel.part!);
        const record = part ? parseOwnSheets(await zip.text(part)) : undefined;
        if (record) {
          ownPart = part!.name;
          own = record;
        }
      }
      return new PackageWorkbook({ zip, workbookPart: workbook.name, relationships, info, ownPart, own }, path);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  close(): void {
    this.ahead?.job.stop();
    this.layout.zip.close();
  }

  /**
   * Starts laying these fills on the roster sheets in a thread of its own, so that the sheets are ready
   * when save writes them; save uses them only if the write carried the same fills.
   */
  willWrite(highlights: readonly Highlight[]): void {
    const sheets = this.layout.info.sheets;
    if (highlights.length === 0 || !highlights.every((highlight) => sheets.some((sheet) => sheet.name === highlight.sheet && sheet.kind === 'worksheet' && sheet.part))) return;
    this.ahead?.job.stop();
    // Started at once: the plan is worked out next, without a pause in which a later step could start it.
    this.ahead = { highlights, job: highlightInThread(highlightJob(this.layout, this.path, highlights)) };
  }

  private isOurs(name: string): boolean {
    return this.layout.own.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheets in workbook order, chart sheets included (they hold a name), without reading cells. */
  async listSheets(): Promise<SheetInfo[]> {
    return this.layout.info.sheets.map((sheet) => ({ name: sheet.name, hidden: sheet.hidden, ours: this.isOurs(sheet.name) }));
  }

  private async readContext(): Promise<ReadContext> {
    if (this.context) return this.context;
    const { zip, relationships } = this.layout;
    const partOf = (kind: string) => {
      const rel = relationships.find((r) => r.kind === kind && r.part);
      return rel ? zip.part(rel.part!) : undefined;
    };
    const strings = partOf('sharedStrings');
    const styles = partOf('styles');
    this.context = {
      sharedStrings: strings ? await readingPart(strings.name, async () => readSharedStrings(await zip.stream(strings))) : [],
      formatOfStyle: styles ? await readingPart(styles.name, async () => formatsOfStyles(await zip.text(styles))) : formatsOfStyles(undefined),
      date1904: this.layout.info.date1904,
    };
    return this.context;
  }

  private async readSheet(sheet: WorkbookSheet, spreadMerges = true): Promise<SheetGrid> {
    const part = sheet.kind === 'worksheet' && sheet.part ? this.layout.zip.part(sheet.part) : undefined;
    if (!part) return { name: sheet.name, values: [], formats: [], firstRow: 1, firstColumn: 1, hidden: sheet.hidden, hiddenRows: [] };
    const context = await this.readContext();
    return readingPart(part.name, async () => readWorksheet(await this.layout.zip.stream(part), sheet.name, sheet.hidden, context, spreadMerges));
  }

  /** The named sheets as grids, in the order given; without names, every sheet. */
  async readSheets(names?: readonly string[]): Promise<SheetGrid[]> {
    const sheets = this.layout.info.sheets;
    const chosen = names
      ? names.map((name) => {
        const sheet = sheets.find((candidate) => candidate.name === name) ?? sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
        if (!sheet) throw new Error(`no sheet ${name}`);
        return sheet;
      })
      : sheets;
    const grids: SheetGrid[] = [];
    for (const sheet of chosen) grids.push(await this.readSheet(sheet));
    return grids;
  }

  /** Whether one of our earlier sheets still has the values it was written with. */
  private async unedited(sheet: WorkbookSheet): Promise<boolean> {
    const record = this.layout.own.find((own) => own.name.toLowerCase() === sheet.name.toLowerCase());
    if (!record || sheet.kind !== 'worksheet') return false;
    return fingerprintOf((await this.readSheet(sheet, false)).values) === record.fingerprint;
  }

  async write(changes: WorkbookChanges): Promise<PackageWritten> {
    if (changes.highlights && changes.highlights.length > 0) {
      for (const { sheet } of changes.highlights) {
        if (!this.layout.info.sheets.some((candidate) => candidate.name === sheet && candidate.kind === 'worksheet')) throw new Error(`no sheet ${sheet}`);
      }
      // Highlighting again replaces the earlier instruction: the file's own fills are what remains beneath.
      this.highlights = changes.highlights;
    }
    const names: string[] = [];
    const replaced: string[] = [];
    const kept: string[] = [];
    const highlighted = new Set(this.highlights.map((highlight) => highlight.sheet));
    for (const spec of changes.sheets) {
      const mine = OWN_NAME(spec.name);
      for (const sheet of this.layout.info.sheets) {
        if (this.removed.has(sheet.relId) || !mine.test(sheet.name) || !this.isOurs(sheet.name) || highlighted.has(sheet.name)) continue;
        if (await this.unedited(sheet)) {
          this.removed.add(sheet.relId);
          replaced.push(sheet.name);
        } else if (!kept.includes(sheet.name)) kept.push(sheet.name);
      }
      for (let i = this.added.length - 1; i >= 0; i -= 1) {
        if (mine.test(this.added[i].name)) replaced.push(...this.added.splice(i, 1).map((sheet) => sheet.name));
      }
      const taken = [...this.layout.info.sheets.filter((sheet) => !this.removed.has(sheet.relId)).map((sheet) => sheet.name), ...this.added.map((sheet) => sheet.name)];
      const name = freeSheetName(spec.name, taken);
      this.added.push({ name, spec: { ...spec, name } });
      names.push(name);
    }
    return { sheets: names, highlightedRows: highlightedRows(changes), replaced, kept };
  }

  async clearHighlights(): Promise<number> {
    const rows = highlightedRows({ highlights: this.highlights, sheets: [] });
    this.highlights = [];
    return rows;
  }

  /** Writes the patched package to `path` (a new file). */
  async save(path: string): Promise<void> {
    const file = await openFile(path, 'wx');
    try {
      const own = [
        ...this.layout.own.filter((record) => this.layout.info.sheets.some((sheet) => !this.removed.has(sheet.relId) && sheet.name.toLowerCase() === record.name.toLowerCase())),
        ...this.added.map(({ name, spec }) => ({ name, fingerprint: specFingerprint(spec, this.layout.info.date1904) })),
      ];
      const ahead = this.ahead && sameHighlights(this.ahead.highlights, this.highlights) ? await this.ahead.job.result : undefined;
      await writePackage(file, this.layout, { highlights: this.highlights, added: this.added, removed: this.removed, own, ahead });
      await file.sync();
    } finally {
      await file.close();
    }
  }
}
