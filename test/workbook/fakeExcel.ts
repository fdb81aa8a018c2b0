/**
 * A strict double of the Excel object model, for the subset the Office.js adapter calls, written from
 * Microsoft's documentation (each behaviour cites its page). Commands are queued and run at sync, in
 * order, as in Office.js; a property read before it was loaded and synced throws; each sync's request and
 * response are measured in UTF-8 bytes and, in web mode, refused past 5 MB; a read past 5,000,000 cells is
 * refused; the settings are size-bound; requirement sets switch APIs off; protection, cell-edit mode,
 * merged areas, hidden rows and used ranges away from A1 behave as Excel's do.
 */
import { columnLetters } from '../../src/core/grid';

type Scalar = string | number | boolean;
type Cell = { value: Scalar; fill: string | null; numberFormat: string; formula?: string };
type Area = { r1: number; c1: number; r2: number; c2: number };

/** Requirement sets the double can be, oldest first. https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets */
export type ApiVersion = '1.4' | '1.7' | '1.9' | '1.13';
const VERSIONS: ApiVersion[] = ['1.4', '1.7', '1.9', '1.13'];

/**
 * Excel on the web refuses a request or a response over 5 MB, and a range of more than five million cells:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * (the same figures as https://learn.microsoft.com/office/dev/scripts/testing/platform-limits).
 */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;
/** Office.Settings are limited to 2 MB per add-in: https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings */
export const SETTINGS_LIMIT = 2 * 1024 * 1024;
/** Worksheet.getRanges takes an address string of at most 8,192 characters: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getranges-member(1) */
export const RANGES_ADDRESS_LIMIT = 8192;

/** Error codes as Excel.ErrorCodes names them: https://learn.microsoft.com/javascript/api/excel/excel.errorcodes */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const sizeOf = (value: unknown): number => utf8Bytes(JSON.stringify(value ?? null));

export class FakeCounter {
  syncs = 0;
  calls = 0;
  /** UTF-8 bytes of each sync's request and response. */
  requests: number[] = [];
  responses: number[] = [];
  pending: (() => void)[] = [];
  request = 0;
  response = 0;
}

function parseAddress(address: string): Area {
  const ref = address.split('!').pop()!.replace(/\$/gu, '').trim();
  const col = (letters: string) => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [a, b = a] = ref.split(':');
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/u.exec(p);
    if (!m) throw officeError('InvalidArgument', `not an address: ${address}`);
    return { c: m[1] ? col(m[1]) : undefined, r: m[2] ? Number(m[2]) : undefined };
  };
  const s = part(a);
  const e = part(b);
  return { r1: s.r ?? 1, c1: s.c ?? 1, r2: e.r ?? 1_048_576, c2: e.c ?? 16_384 };
}

const addressOf = (sheet: string, { r1, c1, r2, c2 }: Area) =>
  `${sheet}!${columnLetters(c1)}${r1}${r1 === r2 && c1 === c2 ? '' : `:${columnLetters(c2)}${r2}`}`;

/**
 * What Excel makes of a string set through Range.values: like typed input, a number, percentage, date or
 * formula is parsed, unless the cell's number format is text ("@") or the string starts with an apostrophe.
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member ("If the
 * returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as
 * a formula") and https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 */
export function typedInput(value: Scalar, format: string): Pick<Cell, 'value' | 'numberFormat' | 'formula'> {
  if (typeof value !== 'string' || format === '@') return { value, numberFormat: format };
  if (value.startsWith("'")) return { value: value.slice(1), numberFormat: format };
  if (/^[=+]/u.test(value) && value.length > 1) return { value: '#NAME?', numberFormat: format, formula: value };
  const trimmed = value.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/iu.test(trimmed)) return { value: Number(trimmed), numberFormat: format };
  const percent = /^([+-]?\d+\.?\d*)%$/u.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100, numberFormat: format === 'General' ? '0%' : format };
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u.exec(trimmed);
  if (date) {
    const serial = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / 86_400_000 + 25_569;
    return { value: serial, numberFormat: format === 'General' ? 'yyyy/m/d' : format };
  }
  if (/^(true|false)$/iu.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', numberFormat: format };
  return { value, numberFormat: format };
}

/**
 * A proxy object: properties are loaded at sync and may only be read after it
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model, "load" and
 * "sync"; reading earlier throws PropertyNotLoaded).
 */
abstract class Proxy {
  private readonly loaded = new Map<string, unknown>();
  private synced = false;
  constructor(protected readonly fake: FakeWorkbook) {}
  protected abstract scalar(name: string): unknown;
  protected child(_name: string): Proxy | undefined {
    return undefined;
  }
  /** Loads a path such as 'items/format/fill/color' at sync time. */
  resolve(path: string[]): void {
    this.synced = true;
    const [head, ...rest] = path;
    if (!head) return;
    const child = this.child(head);
    if (child) return child.resolve(rest.length > 0 ? rest : ['$all']);
    const value = this.scalar(head);
    this.loaded.set(head, value);
    this.fake.counter.response += sizeOf(value) + utf8Bytes(head) + 4;
  }
  load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : props?.select?.split(',') ?? ['$all'];
    const paths = list.map((p) => p.trim().split('/'));
    this.fake.op('load', list, () => paths.forEach((path) => this.resolve(path)));
    return this;
  }
  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw officeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.loaded.get(name) as T;
  }
  protected get wasSynced(): boolean {
    return this.synced;
  }
}

export class FakeFill extends Proxy {
  constructor(fake: FakeWorkbook, private readonly range: FakeRange | FakeRangeAreas) {
    super(fake);
  }
  /** color is null when the cells differ; fill.pattern (ExcelApi 1.9) tells no fill from white: https://learn.microsoft.com/javascript/api/excel/excel.rangefill */
  protected scalar(name: string): unknown {
    const fills = new Set(this.range.cells().map(([, cell]) => cell?.fill ?? null));
    const only = fills.size === 1 ? [...fills][0] : undefined;
    if (name === 'color' || name === '$all') return only === undefined ? null : only === null ? '#FFFFFF' : `#${only}`;
    if (name === 'pattern') {
      this.fake.need('1.9', 'RangeFill.pattern');
      return only === undefined ? null : only === null ? 'None' : 'Solid';
    }
    throw officeError('InvalidArgument', `no fill property ${name}`);
  }
  get color(): string | null {
    return this.get('color');
  }
  set color(value: string | null) {
    this.range.write('format', `fill.color=${value}`, (cell) => { cell.fill = value ? value.replace('#', '').toUpperCase() : null; });
  }
  get pattern(): string {
    return this.get('pattern');
  }
  clear(): void {
    this.range.write('format', 'fill.clear', (cell) => { cell.fill = null; });
  }
}

class FakeFormat extends Proxy {
  fill: FakeFill;
  font: Record<string, unknown>;
  borders = { getItem: (_edge: string) => ({ style: '', color: '' }) };
  constructor(fake: FakeWorkbook, private readonly range: FakeRange | FakeRangeAreas) {
    super(fake);
    this.fill = new FakeFill(fake, range);
    const write = (what: string) => range.write('format', what);
    this.font = Proxy_({}, write);
  }
  protected scalar(name: string): unknown {
    throw officeError('InvalidArgument', `no format property ${name}`);
  }
  protected child(name: string): Proxy | undefined {
    return name === 'fill' ? this.fill : undefined;
  }
  set horizontalAlignment(_v: string) { this.range.write('format', 'align'); }
  set verticalAlignment(_v: string) { this.range.write('format', 'valign'); }
  set wrapText(_v: boolean) { this.range.write('format', 'wrap'); }
  /** Column widths and row heights need allowFormatColumns / allowFormatRows on a protected sheet. */
  /** In points (https://github.com/OfficeDev/office-js/issues/187: "The unit-of-measure for columnWidth is points"); kept per column. */
  set columnWidth(points: number) { this.range.setColumnWidth(points); }
  set rowHeight(_v: number) { this.range.write('rows', 'height'); }
}

/** An object whose property sets are queued as format writes (fonts). */
function Proxy_(target: Record<string, unknown>, write: (what: string) => void): Record<string, unknown> {
  return new globalThis.Proxy(target, { set: (object, key, value) => { write(String(key)); object[key as string] = value; return true; } });
}

export class FakeRange extends Proxy {
  format: FakeFormat;
  private resolved?: Area[] | null;
  constructor(fake: FakeWorkbook, readonly sheet: FakeSheet, private readonly locate: () => Area[] | null) {
    super(fake);
    this.format = new FakeFormat(fake, this);
  }
  /** The areas, found when the queue reaches them (a used range is what it is at that point). */
  areas(): Area[] {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved ?? [];
  }
  get isNullObject(): boolean {
    if (!this.wasSynced) throw officeError('PropertyNotLoaded', 'isNullObject before sync');
    return this.resolved === null;
  }
  cells(): [Area & { r: number; c: number }, Cell | undefined][] {
    const out: [Area & { r: number; c: number }, Cell | undefined][] = [];
    for (const area of this.areas()) for (let r = area.r1; r <= area.r2; r += 1) for (let c = area.c1; c <= area.c2; c += 1) out.push([{ ...area, r, c }, this.sheet.cellAt(r, c)]);
    return out;
  }
  private grid<T>(read: (cell: Cell | undefined) => T): T[][] {
    const [{ r1, c1, r2, c2 }] = this.areas();
    const cells = (r2 - r1 + 1) * (c2 - c1 + 1);
    if (cells > CELL_READ_LIMIT) throw officeError('RangeExceedsLimit', `${cells} cells is more than a read may take`);
    return Array.from({ length: r2 - r1 + 1 }, (_, i) => Array.from({ length: c2 - c1 + 1 }, (_, j) => read(this.sheet.cellAt(r1 + i, c1 + j))));
  }
  protected scalar(name: string): unknown {
    if (this.resolved === null) return null;
    const [area] = this.areas();
    switch (name) {
      case 'values': return this.grid((cell) => cell?.value ?? '');
      case 'numberFormat': return this.grid((cell) => cell?.numberFormat ?? 'General');
      case 'rowIndex': return area.r1 - 1;
      case 'columnIndex': return area.c1 - 1;
      case 'rowCount': return area.r2 - area.r1 + 1;
      case 'columnCount': return area.c2 - area.c1 + 1;
      case 'address': return addressOf(this.sheet.name, area);
      default: throw officeError('InvalidArgument', `no range property ${name}`);
    }
  }
  protected child(name: string): Proxy | undefined {
    return name === 'format' ? this.format : undefined;
  }
  /** Queues a change of every cell, refused on a protected sheet unless its options allow that kind. */
  write(kind: 'values' | 'format' | 'columns' | 'rows' | 'merge', what: string, change?: (cell: Cell, at: { r: number; c: number }) => void): void {
    this.fake.op(kind, [what, this.locateText()], () => {
      this.sheet.checkProtection(kind);
      // Only fills and values are kept per cell; fonts and heights are checked, not stored (widths are kept per column).
      if (change) for (const [at] of this.cells()) change(this.sheet.cell(at.r, at.c), at);
    });
  }
  setColumnWidth(points: number): void {
    this.fake.op('columns', ['width', this.locateText()], () => {
      this.sheet.checkProtection('columns');
      for (const area of this.areas()) for (let c = area.c1; c <= area.c2; c += 1) this.sheet.columnPoints.set(c, points);
    });
  }
  private locateText(): string {
    return this.resolved ? this.resolved.map((a) => addressOf(this.sheet.name, a)).join(',') : '';
  }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get address(): string { return this.get('address'); }
  get values(): Scalar[][] { return this.get('values'); }
  set values(rows: Scalar[][]) {
    this.fake.op('values', rows, () => {
      this.sheet.checkProtection('values');
      const [{ r1, c1, r2, c2 }] = this.areas();
      if (rows.length !== r2 - r1 + 1 || rows.some((row) => row.length !== c2 - c1 + 1)) throw officeError('InvalidArgument', 'values do not fit the range');
      rows.forEach((row, i) => row.forEach((value, j) => {
        const cell = this.sheet.cell(r1 + i, c1 + j);
        Object.assign(cell, typedInput(value, cell.numberFormat));
        if (!('formula' in typedInput(value, cell.numberFormat))) delete cell.formula;
      }));
    });
  }
  get numberFormat(): string[][] { return this.get('numberFormat'); }
  /** A 1×1 array sets every cell; otherwise the array must fit the range. */
  set numberFormat(formats: string[][]) {
    this.fake.op('format', formats, () => {
      this.sheet.checkProtection('format');
      const [{ r1, c1 }] = this.areas();
      const one = formats.length === 1 && formats[0].length === 1;
      for (const [at] of this.cells()) this.sheet.cell(at.r, at.c).numberFormat = one ? formats[0][0] : formats[at.r - r1][at.c - c1];
    });
  }
  merge(): void {
    this.fake.op('merge', [this.locateText()], () => {
      this.sheet.checkProtection('merge');
      this.sheet.merges.push(this.areas()[0]);
    });
  }
  select(): void { this.fake.op('select', [], () => { this.sheet.selected = this.areas()[0]; }); }
  /** ExcelApi 1.13: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1) */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.fake.need('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.fake, this.sheet, () => {
      const [mine] = this.areas();
      const inside = this.sheet.merges.filter((m) => mine && m.r1 <= mine.r2 && m.r2 >= mine.r1 && m.c1 <= mine.c2 && m.c2 >= mine.c1);
      return inside.length > 0 ? inside : null;
    });
  }
  /** The visible rows of the range (ExcelApi 1.3): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getvisibleview-member(1) */
  getVisibleView(): FakeRangeView {
    this.fake.op('getVisibleView', [], () => undefined);
    return new FakeRangeView(this.fake, this);
  }
  /**
   * ExcelApi 1.9: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1)
   * Each cell gives only the properties the load options ask for (Excel.CellPropertiesLoadOptions:
   * https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesloadoptions): a fill's color and
   * pattern each only when set true, and the format only when some part of it is asked for.
   */
  getCellProperties(props: { address?: boolean; format?: { fill?: { color?: boolean; pattern?: boolean } } }): { value: { address?: string; format?: { fill?: { color?: string; pattern?: string } } }[][] } {
    this.fake.need('1.9', 'Range.getCellProperties');
    type Props = { address?: string; format?: { fill?: { color?: string; pattern?: string } } };
    const result = { value: [] as Props[][] };
    const asked = props?.format?.fill ?? {};
    this.fake.op('getCellProperties', [props], () => {
      const [{ r1, c1, r2, c2 }] = this.areas();
      for (let r = r1; r <= r2; r += 1) {
        const row: Props[] = [];
        for (let c = c1; c <= c2; c += 1) {
          const fill = this.sheet.cellAt(r, c)?.fill ?? null;
          const cell: Props = {};
          if (props?.address === true) cell.address = addressOf(this.sheet.name, { r1: r, c1: c, r2: r, c2: c });
          if (asked.color === true || asked.pattern === true) {
            cell.format = { fill: {} };
            if (asked.color === true) cell.format.fill!.color = fill ? `#${fill}` : '#FFFFFF';
            if (asked.pattern === true) cell.format.fill!.pattern = fill ? 'Solid' : 'None';
          }
          row.push(cell);
        }
        result.value.push(row);
      }
      this.fake.counter.response += sizeOf(result.value);
    });
    return result;
  }
}

/** Range.getVisibleView: cellAddresses of the rows not hidden. */
export class FakeRangeView extends Proxy {
  constructor(fake: FakeWorkbook, private readonly range: FakeRange) {
    super(fake);
  }
  protected scalar(name: string): unknown {
    if (name !== 'cellAddresses') throw officeError('InvalidArgument', `no view property ${name}`);
    const [{ r1, c1, r2, c2 }] = this.range.areas();
    const rows = [];
    for (let r = r1; r <= r2; r += 1) {
      if (this.range.sheet.hiddenRows.has(r)) continue;
      const row = [];
      for (let c = c1; c <= c2; c += 1) row.push(addressOf(this.range.sheet.name, { r1: r, c1: c, r2: r, c2: c }));
      rows.push(row);
    }
    return rows;
  }
  get cellAddresses(): string[][] { return this.get('cellAddresses'); }
}

/** Several areas of one sheet (ExcelApi 1.9): https://learn.microsoft.com/javascript/api/excel/excel.rangeareas */
export class FakeRangeAreas extends Proxy {
  format: FakeFormat;
  private resolved?: Area[] | null;
  private ranges?: FakeRange[];
  readonly areasCollection: FakeCollection<FakeRange>;
  constructor(fake: FakeWorkbook, readonly sheet: FakeSheet, private readonly locate: () => Area[] | null) {
    super(fake);
    this.format = new FakeFormat(fake, this);
    this.areasCollection = new FakeCollection(fake, () => this.rangeList());
  }
  private list(): Area[] {
    if (this.resolved === undefined) this.resolved = this.locate();
    return this.resolved ?? [];
  }
  private rangeList(): FakeRange[] {
    if (!this.ranges) this.ranges = this.list().map((area) => new FakeRange(this.fake, this.sheet, () => [area]));
    return this.ranges;
  }
  get isNullObject(): boolean {
    if (!this.wasSynced) throw officeError('PropertyNotLoaded', 'isNullObject before sync');
    return this.resolved === null;
  }
  get areas(): FakeCollection<FakeRange> { return this.areasCollection; }
  cells(): [Area & { r: number; c: number }, Cell | undefined][] {
    return this.rangeList().flatMap((range) => range.cells());
  }
  protected scalar(name: string): unknown {
    if (name === 'address') return this.list().map((a) => addressOf(this.sheet.name, a)).join(',');
    throw officeError('InvalidArgument', `no areas property ${name}`);
  }
  protected child(name: string): Proxy | undefined {
    return name === 'format' ? this.format : name === 'areas' ? this.areasCollection : undefined;
  }
  write(kind: 'values' | 'format' | 'columns' | 'rows' | 'merge', what: string, change?: (cell: Cell, at: { r: number; c: number }) => void): void {
    this.fake.op(kind, [what], () => {
      this.sheet.checkProtection(kind);
      if (change) for (const [at] of this.cells()) change(this.sheet.cell(at.r, at.c), at);
    });
  }
  setColumnWidth(points: number): void {
    this.fake.op('columns', ['width'], () => {
      this.sheet.checkProtection('columns');
      for (const area of this.list()) for (let c = area.c1; c <= area.c2; c += 1) this.sheet.columnPoints.set(c, points);
    });
  }
}

/** A collection: `items` may be read only after load('items…') and sync. */
export class FakeCollection<T extends Proxy> extends Proxy {
  private loadedItems?: T[];
  constructor(fake: FakeWorkbook, private readonly current: () => T[]) {
    super(fake);
  }
  resolve(path: string[]): void {
    this.loadedItems = this.current();
    const rest = path[0] === 'items' ? path.slice(1) : path;
    if (rest.length > 0 && rest[0] !== '$all') for (const item of this.loadedItems) item.resolve(rest);
    this.fake.counter.response += 2 + this.loadedItems.length;
  }
  protected scalar(_name: string): unknown {
    return undefined;
  }
  get items(): T[] {
    if (!this.loadedItems) throw officeError('PropertyNotLoaded', 'items before load and sync');
    return this.loadedItems;
  }
}

/** Worksheet protection and its options (ExcelApi 1.2): https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions */
class FakeProtection extends Proxy {
  constructor(fake: FakeWorkbook, private readonly sheet: FakeSheet) {
    super(fake);
  }
  protected scalar(name: string): unknown {
    if (name === 'protected') return this.sheet.protected;
    if (name === 'options') return { allowFormatCells: this.sheet.allowFormatCells, allowFormatColumns: this.sheet.allowFormatColumns, allowFormatRows: this.sheet.allowFormatRows };
    if (name === '$all') return { protected: this.sheet.protected };
    throw officeError('InvalidArgument', `no protection property ${name}`);
  }
  get protected(): boolean { return this.get('protected'); }
  get options(): { allowFormatCells: boolean; allowFormatColumns: boolean; allowFormatRows: boolean } { return this.get('options'); }
}

/** Worksheet names: at most 31 characters, none of [ ] : * ? / \, not blank, no apostrophe at either end. https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member */
export function validSheetName(name: string): boolean {
  return name.trim().length > 0 && name.length <= 31 && !/[[\]:*?/\\]/u.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

export class FakeSheet extends Proxy {
  readonly store = new Map<string, Cell>();
  merges: Area[] = [];
  hiddenRows = new Set<number>();
  /** Each column's width in points, where one was set. */
  columnPoints = new Map<number, number>();
  selected?: Area;
  frozenRows = 0;
  protected = false;
  allowFormatCells = false;
  allowFormatColumns = false;
  allowFormatRows = false;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  deleted = false;
  readonly protection: FakeProtection;
  // The footer is a HeaderFooterGroup, ExcelApi 1.9: https://learn.microsoft.com/javascript/api/excel/excel.headerfootergroup
  private readonly layout: Record<string, unknown> = { headersFooters: { defaultForAllPages: { centerFooter: '' } } };
  constructor(fake: FakeWorkbook, public name: string) {
    super(fake);
    this.protection = new FakeProtection(fake, this);
  }
  protected scalar(name: string): unknown {
    if (name === 'name' || name === '$all') return this.name;
    if (name === 'visibility') return this.visibility;
    throw officeError('InvalidArgument', `no sheet property ${name}`);
  }
  protected child(name: string): Proxy | undefined {
    return name === 'protection' ? this.protection : undefined;
  }
  /**
   * A protected sheet refuses changes to cells; formats only where its options allow them
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions: allowFormatCells,
   * allowFormatColumns, allowFormatRows).
   */
  checkProtection(kind: 'values' | 'format' | 'columns' | 'rows' | 'merge'): void {
    if (!this.protected) return;
    const allowed = (kind === 'format' && this.allowFormatCells) || (kind === 'columns' && this.allowFormatColumns) || (kind === 'rows' && this.allowFormatRows);
    if (!allowed) throw officeError('AccessDenied', 'The cell or chart you are trying to change is protected and therefore read-only.');
  }
  cellAt(r: number, c: number): Cell | undefined { return this.store.get(`${r}:${c}`); }
  cell(r: number, c: number): Cell {
    const key = `${r}:${c}`;
    let cell = this.store.get(key);
    if (!cell) {
      cell = { value: '', fill: null, numberFormat: 'General' };
      this.store.set(key, cell);
    }
    return cell;
  }
  getRange(address?: string): FakeRange {
    this.fake.op('getRange', [address ?? ''], () => undefined);
    return new FakeRange(this.fake, this, () => [address ? parseAddress(address) : { r1: 1, c1: 1, r2: 1_048_576, c2: 16_384 }]);
  }
  getRanges(addresses: string): FakeRangeAreas {
    this.fake.need('1.9', 'Worksheet.getRanges');
    if (addresses.length > RANGES_ADDRESS_LIMIT) throw officeError('InvalidArgument', `an address list of ${addresses.length} characters`);
    this.fake.op('getRanges', [addresses], () => undefined);
    return new FakeRangeAreas(this.fake, this, () => addresses.split(/[,;]/u).map((a) => parseAddress(a.trim())));
  }
  /** The used range need not start at A1; valuesOnly ignores cells with formats only: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1) */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.fake.op('getUsedRange', [valuesOnly ?? false], () => undefined);
    return new FakeRange(this.fake, this, () => this.usedArea(valuesOnly ?? false));
  }
  usedArea(valuesOnly: boolean): Area[] | null {
    let r1 = Infinity, c1 = Infinity, r2 = 0, c2 = 0;
    for (const [key, cell] of this.store) {
      if (cell.value === '' && (valuesOnly || (cell.fill === null && cell.numberFormat === 'General'))) continue;
      const [r, c] = key.split(':').map(Number);
      r1 = Math.min(r1, r); c1 = Math.min(c1, c); r2 = Math.max(r2, r); c2 = Math.max(c2, c);
    }
    return r2 === 0 ? null : [{ r1, c1, r2, c2 }];
  }
  /** ExcelApi 1.7: https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes */
  get freezePanes(): { freezeRows: (n: number) => void } {
    this.fake.need('1.7', 'Worksheet.freezePanes');
    return { freezeRows: (n: number) => this.fake.op('freeze', [n], () => { this.frozenRows = n; }) };
  }
  /** ExcelApi 1.9: https://learn.microsoft.com/javascript/api/excel/excel.pagelayout */
  get pageLayout(): Record<string, unknown> {
    this.fake.need('1.9', 'Worksheet.pageLayout');
    const fake = this.fake;
    const layout = this.layout;
    return new globalThis.Proxy(layout, {
      get: (object, key) => {
        if (key === 'setPrintTitleRows') return (rows: string) => fake.op('layout', [rows], () => { layout.printTitleRows = rows; if (fake.failPageLayout) throw officeError('NotImplemented', 'page layout'); });
        // Headers and footers: https://learn.microsoft.com/javascript/api/excel/excel.headerfootergroup
        if (key === 'headersFooters') return { defaultForAllPages: new globalThis.Proxy({} as Record<string, unknown>, { set: (footer, part, value) => { fake.op('layout', [String(part), value], () => { footer[part as string] = value; }); return true; } }) };
        return object[key as string];
      },
      set: (object, key, value) => { fake.op('layout', [String(key), value], () => { if (fake.failPageLayout) throw officeError('NotImplemented', 'page layout'); object[key as string] = value; }); return true; },
    });
  }
  get printLayout(): Record<string, unknown> { return this.layout; }
  activate(): void { this.fake.op('activate', [], () => undefined); }
  /** Deleting needs an unprotected workbook structure: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1) */
  delete(): void {
    this.fake.op('deleteSheet', [this.name], () => {
      if (this.fake.structureProtected) throw officeError('AccessDenied', 'The workbook structure is protected.');
      this.fake.sheets.splice(this.fake.sheets.indexOf(this), 1);
      this.deleted = true;
    });
  }
  /** The sheet's values from A1, '' for blank, for assertions (not an Office.js call). */
  valuesGrid(): unknown[][] {
    const area = this.usedArea(true);
    if (!area) return [];
    const [{ r2, c2 }] = area;
    return Array.from({ length: r2 }, (_, r) => Array.from({ length: c2 }, (_, c) => this.cellAt(r + 1, c + 1)?.value ?? ''));
  }
  /** Every cell's fill, for assertions. */
  fills(): Map<string, string> {
    return new Map([...this.store].filter(([, cell]) => cell.fill !== null).map(([key, cell]) => [key, cell.fill as string]));
  }
}

class FakeSetting extends Proxy {
  constructor(fake: FakeWorkbook, private readonly key: string, private readonly exists: () => boolean) {
    super(fake);
  }
  protected scalar(name: string): unknown {
    if (name === 'value' || name === '$all') return this.fake.settingsStore.get(this.key) ?? null;
    throw officeError('InvalidArgument', `no setting property ${name}`);
  }
  get isNullObject(): boolean {
    if (!this.wasSynced) throw officeError('PropertyNotLoaded', 'isNullObject before sync');
    return !this.exists();
  }
  get value(): string { return this.get('value'); }
  delete(): void { this.fake.op('deleteSetting', [this.key], () => { this.fake.settingsStore.delete(this.key); }); }
}

export interface FakeOptions {
  /** The requirement set the host supports; every API of a later set throws ApiNotFound. */
  api?: ApiVersion;
  /** Excel on the web: requests and responses bound to 5 MB. */
  web?: boolean;
}

export class FakeWorkbook {
  readonly counter = new FakeCounter();
  readonly sheets: FakeSheet[] = [];
  readonly settingsStore = new Map<string, string>();
  readonly worksheets;
  readonly settings;
  readonly api: ApiVersion;
  readonly web: boolean;
  structureProtected = false;
  /** A cell is being edited: batches fail unless run with delayForCellEdit. */
  editing = false;
  /** Make every page-layout command fail, as some hosts do. */
  failPageLayout = false;
  private editEnded: (() => void)[] = [];

  constructor(sheets: { name: string; values: unknown[][]; fills?: Record<string, string>; formats?: Record<string, string> }[], options: FakeOptions = {}) {
    this.api = options.api ?? '1.13';
    this.web = options.web ?? false;
    for (const { name, values, fills, formats } of sheets) {
      const sheet = new FakeSheet(this, name);
      values.forEach((row, r) => row.forEach((value, c) => {
        if (value !== null && value !== '' && value !== undefined) sheet.cell(r + 1, c + 1).value = value as Scalar;
      }));
      for (const [address, fill] of Object.entries(fills ?? {})) {
        const { r1, c1, r2, c2 } = parseAddress(address);
        for (let r = r1; r <= r2; r += 1) for (let c = c1; c <= c2; c += 1) sheet.cell(r, c).fill = fill;
      }
      for (const [address, format] of Object.entries(formats ?? {})) {
        const { r1, c1, r2, c2 } = parseAddress(address);
        for (let r = r1; r <= r2; r += 1) for (let c = c1; c <= c2; c += 1) sheet.cell(r, c).numberFormat = format;
      }
      this.sheets.push(sheet);
    }
    const fake = this;
    const collection = new FakeCollection<FakeSheet>(this, () => [...fake.sheets]);
    this.worksheets = Object.assign(collection, {
      getItem(name: string) {
        fake.op('getItem', [name], () => undefined);
        const sheet = fake.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
        if (!sheet) throw officeError('ItemNotFound', `no sheet ${name}`);
        return sheet;
      },
      /** https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1) */
      add(name: string) {
        if (!validSheetName(name)) throw officeError('InvalidArgument', `not a sheet name: ${name}`);
        const sheet = new FakeSheet(fake, name);
        fake.op('addSheet', [name], () => {
          if (fake.structureProtected) throw officeError('AccessDenied', 'The workbook structure is protected.');
          if (fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', `${name} exists`);
          fake.sheets.push(sheet);
        });
        return sheet;
      },
    });
    this.settings = {
      getItemOrNullObject: (key: string) => {
        const setting = new FakeSetting(this, key, () => this.settingsStore.has(key));
        this.op('getSetting', [key], () => setting.resolve(['value']));
        return setting;
      },
      /** The settings together are size-bound (see SETTINGS_LIMIT); past it the add fails. */
      add: (key: string, value: string) => {
        this.op('addSetting', [key, value], () => {
          const total = [...this.settingsStore].filter(([k]) => k !== key).reduce((sum, [k, v]) => sum + utf8Bytes(k) + utf8Bytes(v), utf8Bytes(key) + utf8Bytes(value));
          if (total > SETTINGS_LIMIT) throw officeError('InvalidArgument', 'settings too large');
          this.settingsStore.set(key, value);
        });
      },
    };
  }

  /** ExcelApi 1.7: https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection */
  get protection(): { protected: boolean; load: (p?: string) => { protected: boolean } } {
    this.need('1.7', 'Workbook.protection');
    const fake = this;
    let loaded = false;
    const view = {
      get protected() {
        if (!loaded) throw officeError('PropertyNotLoaded', 'protection.protected');
        return fake.structureProtected;
      },
      load: () => { fake.op('load', ['protected'], () => { loaded = true; }); return view; },
    };
    return view;
  }

  /** Throws as Office.js does when an API is above the host's requirement set. */
  need(version: ApiVersion, api: string): void {
    if (VERSIONS.indexOf(version) > VERSIONS.indexOf(this.api)) throw officeError('ApiNotFound', `${api} needs ExcelApi ${version}`);
  }

  /** Queues one command; its request size counts toward the sync's request. */
  op(name: string, args: unknown, run: () => void): void {
    this.counter.calls += 1;
    this.counter.request += sizeOf([name, args]) + 16;
    this.counter.pending.push(run);
  }

  sheet(name: string): FakeSheet {
    return this.sheets.find((s) => s.name === name)!;
  }

  /** Requirement-set checks as Office.context.requirements.isSetSupported gives them. */
  isSetSupported(name: string, version: string): boolean {
    return name === 'ExcelApi' && VERSIONS.indexOf(version as ApiVersion) !== -1 && VERSIONS.indexOf(version as ApiVersion) <= VERSIONS.indexOf(this.api);
  }

  /** Ends cell-edit mode, letting delayed batches run. */
  endEdit(): void {
    this.editing = false;
    for (const resume of this.editEnded.splice(0)) resume();
  }

  /** Excel.run: without delayForCellEdit a batch fails while a cell is edited. https://learn.microsoft.com/javascript/api/excel/excel.runoptions */
  async run<T>(first: { delayForCellEdit?: boolean } | ((context: Excel.RequestContext) => Promise<T>), second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const options = typeof first === 'function' ? {} : first;
    const batch = (typeof first === 'function' ? first : second)!;
    if (this.editing) {
      if (!options.delayForCellEdit) throw officeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
      await new Promise<void>((resume) => this.editEnded.push(resume));
    }
    return batch(this.context());
  }

  /** A request context whose sync runs the queued commands in order, measuring and bounding the payloads. */
  context(): Excel.RequestContext {
    const counter = this.counter;
    return {
      workbook: this,
      sync: async () => {
        counter.syncs += 1;
        if (this.editing) {
          counter.pending.splice(0);
          throw officeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
        }
        const request = counter.request;
        counter.request = 0;
        counter.response = 0;
        const pending = counter.pending.splice(0);
        if (this.web && request > WEB_PAYLOAD_LIMIT) throw officeError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
        try {
          for (const run of pending) run();
        } finally {
          counter.requests.push(request);
          counter.responses.push(counter.response);
        }
        if (this.web && counter.response > WEB_PAYLOAD_LIMIT) throw officeError('ResponsePayloadSizeLimitExceeded', `response of ${counter.response} bytes`);
      },
    } as unknown as Excel.RequestContext;
  }
}
