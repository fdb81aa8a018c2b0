/**
 * A strict double of WPS 表格's ET object model, the `window.Application` a WPS add-in's pages call
 * synchronously, for the subset the WPS adapter uses. ET follows Excel's VBA object model; WPS documents
 * it on its open platform (https://open.wps.cn/docs/office, and the same API pages for 表格 at
 * https://airsheet.wps.cn/docs/apiV2/excel/workbook/…), and ships its declarations as et-jsapi-declare
 * on npm (lib.et.d.ts, cited below by interface). Each behaviour cites its page. Every member read,
 * written or called on an ET object is one call into Application and is counted.
 */
import { typedInput, validSheetName } from './fakeExcel';

type Scalar = string | number | boolean;
interface Cell {
  value?: Scalar;
  /** BGR, as ET keeps colours; undefined for no fill. */
  fill?: number;
  numberFormat: string;
  bold?: boolean;
  fontColor?: number;
  border?: boolean;
}
interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const MAX_ROWS = 1_048_576;
/** A column's width before any is set, in characters: 8.38, as WPS and Chinese Excel show it for 宋体 11. */
const DEFAULT_COLUMN_WIDTH = 8.38;
const MAX_COLUMNS = 16_384;
/** White: what Interior.Color reports for a cell without fill, as Excel does; only ColorIndex (-4142) tells none from a white fill. */
export const WHITE = 16_777_215;
/** Interior.ColorIndex of no fill, xlColorIndexNone (lib.et.d.ts XlColorIndex.xlColorIndexNone = -4142; https://airsheet.wps.cn/docs/apiV2/excel/workbook/DisplayFormat/属性/Interior 属性.html compares ColorIndex with xlColorIndexNone). */
export const COLOR_INDEX_NONE = -4142;
/** A reference text longer than this is refused by Range(Cell1), as Excel's is (a formula reference is at most 255 characters). */
export const RANGE_TEXT_LIMIT = 255;

/** An error as the ET object model throws it to script. */
export function etError(message: string): Error {
  return Object.assign(new Error(message), { name: 'EtError' });
}

function parseArea(ref: string): Area {
  const col = (letters: string) => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [a, b = a] = ref.replace(/\$/gu, '').trim().split(':');
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/u.exec(p);
    if (!m || (!m[1] && !m[2])) throw etError(`方法 'Range' 作用于对象 '_Worksheet' 时失败: ${ref}`);
    return { c: m[1] ? col(m[1]) : undefined, r: m[2] ? Number(m[2]) : undefined };
  };
  const s = part(a);
  const e = part(b);
  return { r1: s.r ?? 1, c1: s.c ?? 1, r2: e.r ?? MAX_ROWS, c2: e.c ?? MAX_COLUMNS };
}

const key = (row: number, column: number) => row * (MAX_COLUMNS + 1) + column;
/** Null where values differ, as VBA's Variant Null for a range property its cells disagree on (Range.NumberFormat: "returns Null if all cells in the specified range don't have the same number format"). */
function common<T>(values: T[]): T | null {
  return values.every((value) => value === values[0]) ? values[0] : null;
}

/** Counts every access to an ET object as one call into Application. */
function counted<T extends object>(app: FakeEtApplication, target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol') return Reflect.get(object, property, receiver);
      app.calls += 1;
      const value = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
    set(object, property, value) {
      app.calls += 1;
      return Reflect.set(object, property, value, object);
    },
  });
}

export class FakeEtSheet {
  readonly cells = new Map<number, Cell>();
  hiddenRows = new Set<number>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  merges: Area[] = [];
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden (lib.et.d.ts XlSheetVisibility; https://airsheet.wps.cn/docs/apiV2/excel/workbook/Worksheet/属性/Visible 属性.html). */
  visible = -1;
  /** Rows frozen at the top by the window's FreezePanes while this sheet was active. */
  frozenRows = 0;
  protectContents = false;
  allowFormattingCells = false;
  readonly pageSetup: Record<string, unknown> = { Orientation: 1, PaperSize: 1, CenterHorizontally: false, Zoom: 100, FitToPagesWide: 1, FitToPagesTall: 1, PrintTitleRows: '', LeftMargin: 54, RightMargin: 54, TopMargin: 72, BottomMargin: 72, CenterFooter: '' };
  constructor(readonly book: FakeEtBook, public name: string) {}

  cell(row: number, column: number): Cell {
    const k = key(row, column);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { numberFormat: 'General' };
      this.cells.set(k, cell);
    }
    return cell;
  }

  cellAt(row: number, column: number): Cell | undefined {
    return this.cells.get(key(row, column));
  }

  /** The fill of a cell as RRGGBB, or null. */
  fillAt(row: number, column: number): string | null {
    const fill = this.cellAt(row, column)?.fill;
    return fill === undefined ? null : (((fill & 0xff) << 16) | (fill & 0xff00) | ((fill >> 16) & 0xff)).toString(16).toUpperCase().padStart(6, '0');
  }

  /** Values from A1 to the last cell with a value, blanks as null. */
  valuesGrid(): (Scalar | null)[][] {
    let rows = 0;
    let columns = 0;
    for (const [k, cell] of this.cells) {
      if (cell.value === undefined) continue;
      rows = Math.max(rows, Math.floor(k / (MAX_COLUMNS + 1)));
      columns = Math.max(columns, k % (MAX_COLUMNS + 1));
    }
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.cellAt(r + 1, c + 1)?.value ?? null));
  }

  /**
   * The used range: the smallest block holding every cell with a value or a format; A1 on an empty sheet
   * (https://learn.microsoft.com/office/vba/api/excel.worksheet.usedrange).
   */
  usedArea(): Area {
    let area: Area | undefined;
    for (const [k, cell] of this.cells) {
      if (cell.value === undefined && cell.fill === undefined && cell.numberFormat === 'General') continue;
      const r = Math.floor(k / (MAX_COLUMNS + 1));
      const c = k % (MAX_COLUMNS + 1);
      area = area ? { r1: Math.min(area.r1, r), c1: Math.min(area.c1, c), r2: Math.max(area.r2, r), c2: Math.max(area.c2, c) } : { r1: r, c1: c, r2: r, c2: c };
    }
    return area ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
  }

  /**
   * A protected sheet refuses every change to its (locked) cells, and formatting unless the protection
   * allows formatting cells (lib.et.d.ts Worksheet.ProtectContents, Protection.AllowFormattingCells;
   * https://learn.microsoft.com/office/vba/api/excel.protection.allowformattingcells).
   */
  guard(formatting: boolean): void {
    if (this.protectContents && (!formatting || !this.allowFormattingCells)) throw etError(`您试图更改的单元格或图表在受保护的工作表"${this.name}"中。`);
  }
}

class FakeEtRange {
  constructor(private readonly app: FakeEtApplication, readonly sheet: FakeEtSheet, readonly areas: Area[], private readonly whole: 'rows' | 'columns' | 'none' = 'none') {}

  private get first(): Area {
    return this.areas[0];
  }

  private *each(): Generator<[number, number]> {
    for (const area of this.areas) for (let r = area.r1; r <= area.r2; r += 1) for (let c = area.c1; c <= area.c2; c += 1) yield [r, c];
  }

  private cellsNow(): (Cell | undefined)[] {
    return Array.from(this.each(), ([r, c]) => this.sheet.cellAt(r, c));
  }

  private derived(areas: Area[], whole: 'rows' | 'columns' | 'none' = 'none') {
    return counted(this.app, new FakeEtRange(this.app, this.sheet, areas, whole));
  }

  /**
   * One cell gives a scalar, a block a 2-D array of rows (0-based in script), and dates their serial
   * numbers (https://learn.microsoft.com/office/vba/api/excel.range.value2: no Date type, numbers;
   * WPS 表格's JS macros read Range("A1:B2").Value2 as Arr[r][c], https://blog.csdn.net/qq_61913010/article/details/143450258).
   * Of several areas, the first one's (as Excel's Value does). Empty cells are undefined (VBA's Empty).
   */
  get Value2(): unknown {
    const { r1, c1, r2, c2 } = this.first;
    if (r1 === r2 && c1 === c2) return this.sheet.cellAt(r1, c1)?.value;
    return Array.from({ length: r2 - r1 + 1 }, (_, i) => Array.from({ length: c2 - c1 + 1 }, (_, j) => this.sheet.cellAt(r1 + i, c1 + j)?.value));
  }

  /**
   * A scalar goes to every cell; an array must have the block's shape. A string is parsed as typed input
   * (a number, a date, a formula) unless the cell's format is text "@" (as Excel's Value2 does:
   * https://learn.microsoft.com/office/vba/api/excel.range.value; see typedInput).
   */
  set Value2(value: unknown) {
    this.sheet.guard(false);
    const { r1, c1, r2, c2 } = this.first;
    const at = (i: number, j: number): unknown => {
      if (!Array.isArray(value)) return value;
      const row = Array.isArray(value[0]) ? value[i] : value;
      return Array.isArray(value[0]) ? row?.[j] : value[j];
    };
    if (Array.isArray(value)) {
      const rows = Array.isArray(value[0]) ? value.length : 1;
      const columns = Array.isArray(value[0]) ? (value[0] as unknown[]).length : value.length;
      if (rows !== r2 - r1 + 1 || columns !== c2 - c1 + 1) throw etError(`an array of ${rows}×${columns} for a block of ${r2 - r1 + 1}×${c2 - c1 + 1} (Excel would write #N/A in the rest)`);
    }
    for (let i = 0; i <= r2 - r1; i += 1) {
      for (let j = 0; j <= c2 - c1; j += 1) {
        const v = at(i, j);
        const cell = this.sheet.cell(r1 + i, c1 + j);
        if (v === undefined || v === null || v === '') {
          delete cell.value;
          continue;
        }
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw etError(`not a cell value: ${String(v)}`);
        const typed = typedInput(v, cell.numberFormat);
        cell.value = typed.value;
        cell.numberFormat = typed.numberFormat;
      }
    }
  }

  /** One format for the whole range, or null where its cells differ (https://learn.microsoft.com/office/vba/api/excel.range.numberformat). */
  get NumberFormat(): string | null {
    return common(this.cellsNow().map((cell) => cell?.numberFormat ?? 'General'));
  }

  set NumberFormat(format: string | null) {
    if (typeof format !== 'string') throw etError('NumberFormat takes one format string');
    this.sheet.guard(true);
    for (const [r, c] of this.each()) this.sheet.cell(r, c).numberFormat = format;
  }

  /**
   * Interior.Color is a BGR number (RGB(r, g, b) = r + g·256 + b·65536; https://airsheet.wps.cn/docs/apiV2/excel/workbook/Range/属性/Interior 属性.html
   * sets RGB(255, 0, 0)), white for no fill, null where the cells differ; ColorIndex is -4142 for no fill
   * and null where they differ; setting ColorIndex to -4142 removes the fill
   * (https://learn.microsoft.com/office/vba/api/excel.interior.colorindex).
   */
  get Interior() {
    const range = this;
    return counted(this.app, {
      get Color(): number | null {
        return common(range.cellsNow().map((cell) => cell?.fill ?? WHITE));
      },
      set Color(color: number | null) {
        if (typeof color !== 'number' || color < 0 || color > WHITE || !Number.isInteger(color)) throw etError(`not a colour: ${color}`);
        range.sheet.guard(true);
        for (const [r, c] of range.each()) range.sheet.cell(r, c).fill = color;
      },
      get ColorIndex(): number | null {
        // The palette index of a filled cell is not modelled: 1 stands for "some colour".
        return common(range.cellsNow().map((cell) => (cell?.fill === undefined ? COLOR_INDEX_NONE : 1)));
      },
      set ColorIndex(index: number | null) {
        if (index !== COLOR_INDEX_NONE) throw etError('the double takes only ColorIndex = -4142 (no fill)');
        range.sheet.guard(true);
        for (const [r, c] of range.each()) delete range.sheet.cell(r, c).fill;
      },
    });
  }

  get Font() {
    const range = this;
    return counted(this.app, {
      set Bold(bold: boolean) {
        range.sheet.guard(true);
        for (const [r, c] of range.each()) range.sheet.cell(r, c).bold = bold;
      },
      set Size(_size: number) {
        range.sheet.guard(true);
      },
      set Color(color: number) {
        range.sheet.guard(true);
        for (const [r, c] of range.each()) range.sheet.cell(r, c).fontColor = color;
      },
    });
  }

  get Borders() {
    const range = this;
    return counted(this.app, {
      set LineStyle(_style: number) {
        range.sheet.guard(true);
        for (const [r, c] of range.each()) range.sheet.cell(r, c).border = true;
      },
      set Color(_color: number) {
        range.sheet.guard(true);
      },
    });
  }

  set HorizontalAlignment(_value: number) {
    this.sheet.guard(true);
  }

  set VerticalAlignment(_value: number) {
    this.sheet.guard(true);
  }

  set WrapText(_value: boolean) {
    this.sheet.guard(true);
  }

  /** In characters of the standard font (https://learn.microsoft.com/office/vba/api/excel.range.columnwidth). */
  set ColumnWidth(width: number) {
    this.sheet.guard(true);
    for (const area of this.areas) for (let c = area.c1; c <= area.c2; c += 1) this.sheet.columnWidths.set(c, width);
  }

  /**
   * The width in points, read-only (https://learn.microsoft.com/office/vba/api/excel.range.width): each
   * column's characters of the Normal font plus 5 pixels of padding and grid line (ECMA-376 §18.3.1.13).
   */
  get Width(): number {
    let pixels = 0;
    const area = this.first;
    for (let c = area.c1; c <= area.c2; c += 1) pixels += Math.trunc((this.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) * this.sheet.book.digitPixels + 5);
    return pixels * 0.75;
  }

  /** In points (https://learn.microsoft.com/office/vba/api/excel.range.rowheight). */
  set RowHeight(height: number) {
    this.sheet.guard(true);
    for (const area of this.areas) for (let r = area.r1; r <= area.r2; r += 1) this.sheet.rowHeights.set(r, height);
  }

  get Row(): number {
    return this.first.r1;
  }

  get Column(): number {
    return this.first.c1;
  }

  /** Rows of the range: Count, and Hidden for the rows it spans (https://airsheet.wps.cn/docs/apiV2/excel/workbook/Range/属性/Hidden 属性.html: Range("A1").Rows.Hidden = true hides row 1). */
  get Rows() {
    return this.derived(this.areas, 'rows');
  }

  get Columns() {
    return this.derived(this.areas, 'columns');
  }

  get EntireRow() {
    return this.derived(this.areas.map((a) => ({ r1: a.r1, c1: 1, r2: a.r2, c2: MAX_COLUMNS })), 'rows');
  }

  get Count(): number {
    if (this.whole === 'rows') return this.first.r2 - this.first.r1 + 1;
    if (this.whole === 'columns') return this.first.c2 - this.first.c1 + 1;
    return this.areas.reduce((n, a) => n + (a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1), 0);
  }

  /**
   * Hidden: for whole rows (Rows, EntireRow or a '3:5' reference) only — "The specified range must span
   * an entire column or row" (https://airsheet.wps.cn/docs/apiV2/excel/workbook/Range/属性/Hidden 属性.html);
   * true when every row is hidden, false when none is, null when some are (Variant Null, as above).
   * Columns are not modelled.
   */
  get Hidden(): boolean | null {
    if (this.whole !== 'rows' && !(this.first.c1 === 1 && this.first.c2 === MAX_COLUMNS)) throw etError('不能取得类 Range 的 Hidden 属性');
    const rows: boolean[] = [];
    for (const area of this.areas) for (let r = area.r1; r <= area.r2; r += 1) rows.push(this.sheet.hiddenRows.has(r));
    return common(rows);
  }

  set Hidden(hidden: boolean | null) {
    if (this.whole !== 'rows') throw etError('不能设置类 Range 的 Hidden 属性');
    for (const area of this.areas) for (let r = area.r1; r <= area.r2; r += 1) (hidden ? this.sheet.hiddenRows.add(r) : this.sheet.hiddenRows.delete(r));
  }

  /** true when every cell is in a merged area, false when none is, null when some are (https://learn.microsoft.com/office/vba/api/excel.range.mergecells). */
  get MergeCells(): boolean | null {
    const inMerge = Array.from(this.each(), ([r, c]) => this.sheet.merges.some((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2));
    return common(inMerge);
  }

  Merge(): void {
    this.sheet.guard(false);
    this.sheet.merges.push(...this.areas);
  }

  Select(): void {
    if (this.app.book.activeSheet !== this.sheet) throw etError('类 Range 的 Select 方法无效:工作表不是活动工作表');
  }
}

class FakeEtWorksheet {
  constructor(private readonly app: FakeEtApplication, readonly sheet: FakeEtSheet) {}

  private live(): FakeEtSheet {
    if (!this.app.book.sheets.includes(this.sheet)) throw etError('对象已被删除');
    return this.sheet;
  }

  get Name(): string {
    return this.live().name;
  }

  /**
   * At most 31 characters, none of [ ] : * ? / \, not blank, not starting or ending with ', unique
   * case-blind (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9;
   * WPS 表格 refuses the same names). A protected workbook structure refuses renaming.
   */
  set Name(name: string) {
    const sheet = this.live();
    if (this.app.book.protectStructure) throw etError('工作簿结构受保护,不能重命名工作表');
    if (!validSheetName(name)) throw etError(`工作表名称无效: ${name}`);
    if (this.app.book.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) throw etError(`工作表名称已被占用: ${name}`);
    sheet.name = name;
  }

  get Visible(): number {
    return this.live().visible;
  }

  /** -1 (or true) visible, 0 (or false) hidden, 2 very hidden; at least one sheet stays visible. */
  set Visible(visible: number | boolean) {
    const sheet = this.live();
    const value = visible === true ? -1 : visible === false ? 0 : visible;
    if (![-1, 0, 2].includes(value)) throw etError(`not an XlSheetVisibility: ${visible}`);
    if (value !== -1 && this.app.book.sheets.filter((s) => s !== sheet && s.visible === -1).length === 0) throw etError('工作簿中至少要有一张可见的工作表');
    sheet.visible = value;
    // Hiding the active sheet activates another visible one, as in the application.
    if (value !== -1 && this.app.book.activeSheet === sheet) this.app.book.activeSheet = this.app.book.sheets.find((s) => s.visible === -1);
  }

  get ProtectContents(): boolean {
    return this.live().protectContents;
  }

  get Protection() {
    const sheet = this.live();
    return counted(this.app, { AllowFormattingCells: sheet.allowFormattingCells });
  }

  get UsedRange() {
    return counted(this.app, new FakeEtRange(this.app, this.live(), [this.live().usedArea()]));
  }

  get PageSetup() {
    const sheet = this.live();
    return counted(this.app, new Proxy(sheet.pageSetup, {
      set(target, property, value) {
        if (!(property in target)) throw etError(`PageSetup has no ${String(property)}`);
        sheet.guard(true);
        target[property as string] = value;
        return true;
      },
    }));
  }

  /** 'A1', 'A1:H20', '3:5', 'C:C' or several areas joined by commas, each as Excel's Range(Cell1) takes them. */
  Range(address: string) {
    const sheet = this.live();
    if (typeof address !== 'string' || address.length > RANGE_TEXT_LIMIT) throw etError(`方法 'Range' 作用于对象 '_Worksheet' 时失败 (${String(address).length} 个字符)`);
    const areas = address.split(',').map(parseArea);
    const whole = areas.every((a) => a.c1 === 1 && a.c2 === MAX_COLUMNS) ? 'rows' : 'none';
    return counted(this.app, new FakeEtRange(this.app, sheet, areas, whole));
  }

  /** A very hidden or hidden sheet cannot be activated. */
  Activate(): void {
    const sheet = this.live();
    if (sheet.visible !== -1) throw etError('类 Worksheet 的 Activate 方法无效');
    this.app.book.activeSheet = sheet;
  }

  /**
   * Deleting asks the user to confirm unless Application.DisplayAlerts is false
   * (https://learn.microsoft.com/office/vba/api/excel.worksheet.delete); the double cannot answer a
   * dialog, so it refuses. The last visible sheet and a protected structure refuse too.
   */
  Delete(): void {
    const sheet = this.live();
    if (this.app.DisplayAlerts) throw etError('a confirmation dialog would open: set Application.DisplayAlerts = false first');
    if (this.app.book.protectStructure) throw etError('工作簿结构受保护,不能删除工作表');
    if (sheet.visible === -1 && this.app.book.sheets.filter((s) => s.visible === -1).length === 1) throw etError('工作簿中至少要有一张可见的工作表');
    this.app.book.sheets.splice(this.app.book.sheets.indexOf(sheet), 1);
    this.app.deleted.push(sheet.name);
    if (this.app.book.activeSheet === sheet) this.app.book.activeSheet = this.app.book.sheets.find((s) => s.visible === -1);
  }
}

export class FakeEtBook {
  sheets: FakeEtSheet[] = [];
  activeSheet?: FakeEtSheet;
  protectStructure = false;
  /**
   * Pixels of a digit of the Normal style's font: 8 for 宋体 11, WPS's default. ColumnWidth counts these
   * digits, Width reports points (https://learn.microsoft.com/office/vba/api/excel.range.columnwidth:
   * "One unit of column width is equal to the width of one character in the Normal style").
   */
  digitPixels = 8;
}

export interface FakeEtSheetInit {
  name: string;
  values: unknown[][];
  /** Number formats from A1, where not General. */
  formats?: (string | null)[][];
  /** Fills by A1 block ('A3', 'C3:C5002'), RRGGBB. */
  fills?: Record<string, string>;
  hiddenRows?: number[];
  visible?: number;
  protect?: { allowFormattingCells?: boolean };
}

/** A task pane as WPS makes it: an ID, Visible, Navigate(url) (et-jsapi-declare index.d.ts, WPS.CustomTaskpane). */
export interface FakeTaskPane {
  readonly ID: number;
  Visible: boolean;
  url: string;
  Navigate(url: string): void;
}

export class FakeEtApplication {
  /** Members of ET objects read, written or called, from the start. */
  calls = 0;
  /**
   * The add-in's side of Application (et-jsapi-declare index.d.ts, WPS.AddonRoot): PluginStorage keeps
   * strings for the session and is shared by the add-in's pages; CreateTaskPane(url, title) makes a
   * pane, hidden until Visible is set; GetTaskPane(id) finds it again.
   */
  readonly panes: FakeTaskPane[] = [];
  private readonly storage = new Map<string, string>();
  readonly PluginStorage = {
    setItem: (key: string, value: string | number | boolean) => void this.storage.set(key, String(value)),
    getItem: (key: string) => this.storage.get(key) ?? null,
    removeItem: (key: string) => void this.storage.delete(key),
  };
  ribbonUI: unknown;
  /** Whether alerts and confirmations show (https://learn.microsoft.com/office/vba/api/excel.application.displayalerts). */
  DisplayAlerts = true;
  ScreenUpdating = true;
  readonly book = new FakeEtBook();
  /** Names of the sheets deleted, in order. */
  readonly deleted: string[] = [];

  constructor(sheets: FakeEtSheetInit[], options: { protectStructure?: boolean } = {}) {
    for (const init of sheets) {
      const sheet = new FakeEtSheet(this.book, init.name);
      init.values.forEach((row, r) => row.forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
        const cell = sheet.cell(r + 1, c + 1);
        cell.value = value as Scalar;
        const format = init.formats?.[r]?.[c];
        if (format) cell.numberFormat = format;
      }));
      for (const [address, rgb] of Object.entries(init.fills ?? {})) {
        const { r1, c1, r2, c2 } = parseArea(address);
        const n = parseInt(rgb, 16);
        for (let r = r1; r <= r2; r += 1) for (let c = c1; c <= c2; c += 1) sheet.cell(r, c).fill = ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
      }
      for (const row of init.hiddenRows ?? []) sheet.hiddenRows.add(row);
      if (init.visible !== undefined) sheet.visible = init.visible;
      if (init.protect) {
        sheet.protectContents = true;
        sheet.allowFormattingCells = Boolean(init.protect.allowFormattingCells);
      }
      this.book.sheets.push(sheet);
    }
    this.book.activeSheet = this.book.sheets.find((s) => s.visible === -1);
    this.book.protectStructure = Boolean(options.protectStructure);
    return counted(this, this);
  }

  CreateTaskPane(url: string, _title?: string): FakeTaskPane {
    const pane: FakeTaskPane = { ID: 100 + this.panes.length, Visible: false, url, Navigate: (next: string) => { pane.url = next; } };
    this.panes.push(pane);
    return pane;
  }

  GetTaskPane(id: number): FakeTaskPane {
    const pane = this.panes.find((candidate) => candidate.ID === id);
    if (!pane) throw etError(`no task pane ${id}`);
    return pane;
  }

  /**
   * The active window: SplitRow then FreezePanes = true freezes the rows above the split on the active
   * sheet (https://learn.microsoft.com/office/vba/api/excel.window.freezepanes, .splitrow).
   */
  get ActiveWindow() {
    const book = this.book;
    let split = 0;
    return counted(this, {
      set SplitColumn(_columns: number) {},
      set SplitRow(rows: number) {
        split = rows;
      },
      set FreezePanes(freeze: boolean) {
        if (!book.activeSheet) throw etError('没有活动工作表');
        book.activeSheet.frozenRows = freeze ? split : 0;
      },
    });
  }

  /** The sheet's state, for assertions; not a call into Application. */
  sheet(name: string): FakeEtSheet {
    const sheet = this.book.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  get ActiveWorkbook() {
    const app = this;
    const book = this.book;
    /** Worksheets: 1-based Item by index or name, Count, Add (https://airsheet.wps.cn/docs/apiV2/excel/workbook/Worksheets/方法/Add 方法.html). */
    const worksheets = {
      get Count() {
        return book.sheets.length;
      },
      Item(index: number | string) {
        const sheet = typeof index === 'number' ? book.sheets[index - 1] : book.sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
        if (!sheet || (typeof index === 'number' && (index < 1 || !Number.isInteger(index)))) throw etError(`下标越界: ${index}`);
        return counted(app, new FakeEtWorksheet(app, sheet));
      },
      /** The new sheet goes before Before, after After, or before the active sheet when neither is given, and becomes the active sheet; it is named SheetN. */
      Add(before?: FakeEtWorksheet | null, after?: FakeEtWorksheet | null, count?: number) {
        if (book.protectStructure) throw etError('工作簿结构受保护,不能插入工作表');
        if (count !== undefined && count !== 1) throw etError('the double adds one sheet at a time');
        let n = book.sheets.length + 1;
        while (book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n += 1;
        const sheet = new FakeEtSheet(book, `Sheet${n}`);
        const at = after ? book.sheets.indexOf(after.sheet) + 1 : before ? book.sheets.indexOf(before.sheet) : Math.max(0, book.sheets.indexOf(book.activeSheet!));
        book.sheets.splice(at, 0, sheet);
        book.activeSheet = sheet;
        return counted(app, new FakeEtWorksheet(app, sheet));
      },
    };
    return counted(this, {
      Worksheets: counted(this, worksheets),
      get ProtectStructure() {
        return book.protectStructure;
      },
      get ActiveSheet() {
        return book.activeSheet ? counted(app, new FakeEtWorksheet(app, book.activeSheet)) : null;
      },
    });
  }
}
