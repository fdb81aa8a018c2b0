/**
 * A small fake of the Excel object model, for the subset the Office.js adapter calls. It keeps cells
 * (values, fills, number formats), enforces load-then-sync before a loaded property is read, and counts
 * syncs and calls, so tests can see that an action's round trips do not grow with the roster.
 */
import { columnLetters } from '../../src/core/grid';

type Cell = { value: string | number | boolean; fill: string | null; numberFormat: string };

export class FakeCounter {
  syncs = 0;
  calls = 0;
  pending: (() => void)[] = [];
}

function parseAddress(address: string): { r1: number; c1: number; r2: number; c2: number } {
  const ref = address.split('!').pop()!.replace(/\$/gu, '');
  const col = (letters: string) => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [a, b = a] = ref.split(':');
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/u.exec(p)!;
    return { c: m[1] ? col(m[1]) : undefined, r: m[2] ? Number(m[2]) : undefined };
  };
  const s = part(a);
  const e = part(b);
  return { r1: s.r ?? 1, c1: s.c ?? 1, r2: e.r ?? 1_048_576, c2: e.c ?? 16_384 };
}

/** A value that may only be read after load() and sync(), like an Office.js proxy property. */
class Loadable {
  private loaded = false;
  constructor(protected readonly counter: FakeCounter, private readonly snapshot: () => void) {}
  load(_props?: unknown): this {
    this.counter.calls += 1;
    this.counter.pending.push(() => {
      this.snapshot();
      this.loaded = true;
    });
    return this;
  }
  protected check(): void {
    if (!this.loaded) throw new Error('PropertyNotLoaded: load() and sync() before reading');
  }
}

export class FakeFill extends Loadable {
  private seen: { color: string | null; pattern: string } = { color: null, pattern: 'None' };
  constructor(counter: FakeCounter, private readonly range: FakeRange) {
    super(counter, () => {
      const fills = new Set(range.cells().map((cell) => cell.fill));
      const only = fills.size === 1 ? [...fills][0] : undefined;
      this.seen = only === undefined ? { color: null, pattern: 'None' } : only === null ? { color: '#FFFFFF', pattern: 'None' } : { color: `#${only}`, pattern: 'Solid' };
    });
  }
  get color(): string | null { this.check(); return this.seen.color; }
  set color(value: string | null) {
    this.counter.calls += 1;
    for (const cell of this.range.cells()) cell.fill = value ? value.replace('#', '').toUpperCase() : null;
  }
  get pattern(): string { this.check(); return this.seen.pattern; }
  clear(): void {
    this.counter.calls += 1;
    for (const cell of this.range.cells()) cell.fill = null;
  }
}

class FakeFormat {
  fill: FakeFill;
  font: Record<string, unknown> = {};
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  columnWidth?: number;
  rowHeight?: number;
  borders = { getItem: (_edge: string) => ({ style: '', color: '' }) };
  constructor(counter: FakeCounter, range: FakeRange) {
    this.fill = new FakeFill(counter, range);
  }
}

export class FakeRange extends Loadable {
  format: FakeFormat;
  isNullObject = false;
  private seen: { values: unknown[][]; numberFormat: string[][] } = { values: [], numberFormat: [] };
  constructor(counter: FakeCounter, readonly sheet: FakeSheet, readonly areas: { r1: number; c1: number; r2: number; c2: number }[]) {
    super(counter, () => {
      const { r1, c1, r2, c2 } = areas[0];
      const rows = [];
      const formats = [];
      for (let r = r1; r <= r2; r += 1) {
        const row = [];
        const format = [];
        for (let c = c1; c <= c2; c += 1) {
          const cell = sheet.cellAt(r, c);
          row.push(cell?.value ?? '');
          format.push(cell?.numberFormat ?? 'General');
        }
        rows.push(row);
        formats.push(format);
      }
      this.seen = { values: rows, numberFormat: formats };
    });
    this.format = new FakeFormat(counter, this);
  }
  cells(): Cell[] {
    const out: Cell[] = [];
    for (const { r1, c1, r2, c2 } of this.areas) for (let r = r1; r <= r2; r += 1) for (let c = c1; c <= c2; c += 1) out.push(this.sheet.cell(r, c));
    return out;
  }
  get rowIndex(): number { return this.areas[0].r1 - 1; }
  get columnIndex(): number { return this.areas[0].c1 - 1; }
  get values(): unknown[][] { this.check(); return this.seen.values; }
  set values(rows: unknown[][]) {
    this.counter.calls += 1;
    const { r1, c1, r2, c2 } = this.areas[0];
    if (rows.length !== r2 - r1 + 1 || rows.some((row) => row.length !== c2 - c1 + 1)) throw new Error('InvalidArgument: values do not fit the range');
    rows.forEach((row, i) => row.forEach((value, j) => { this.sheet.cell(r1 + i, c1 + j).value = value as Cell['value']; }));
  }
  get numberFormat(): string[][] { this.check(); return this.seen.numberFormat; }
  set numberFormat(_formats: string[][]) { this.counter.calls += 1; }
  merge(): void { this.counter.calls += 1; this.sheet.merges.push(this.areas[0]); }
  select(): void { this.counter.calls += 1; this.sheet.selected = this.areas[0]; }
  getCellProperties(_props: unknown): { value: { address: string; format: { fill: { color: string; pattern: string } } }[][] } {
    this.counter.calls += 1;
    const result = { value: [] as { address: string; format: { fill: { color: string; pattern: string } } }[][] };
    this.counter.pending.push(() => {
      const { r1, c1, r2, c2 } = this.areas[0];
      for (let r = r1; r <= r2; r += 1) {
        const row = [];
        for (let c = c1; c <= c2; c += 1) {
          const fill = this.sheet.cell(r, c).fill;
          row.push({ address: `${this.sheet.name}!${columnLetters(c)}${r}`, format: { fill: { color: fill ? `#${fill}` : '#FFFFFF', pattern: fill ? 'Solid' : 'None' } } });
        }
        result.value.push(row);
      }
    });
    return result;
  }
}

export class FakeSheet {
  readonly store = new Map<string, Cell>();
  merges: object[] = [];
  selected?: object;
  frozenRows = 0;
  protected = false;
  get protection(): { protected: boolean } { return { protected: this.protected }; }
  // Margins in points and the footer's header/footer codes, ExcelApi 1.9:
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout
  pageLayout = {
    orientation: '', paperSize: '', centerHorizontally: false, zoom: {}, setPrintTitleRows: (_rows: string) => undefined,
    leftMargin: 0, rightMargin: 0, topMargin: 0, bottomMargin: 0, headersFooters: { defaultForAllPages: { centerFooter: '' } },
  };
  freezePanes = { freezeRows: (n: number) => { this.counter.calls += 1; this.frozenRows = n; } };
  constructor(private readonly counter: FakeCounter, public name: string) {}
  cellAt(r: number, c: number): Cell | undefined { return this.store.get(`${r}:${c}`); }
  cell(r: number, c: number): Cell {
    if (this.protected) throw Object.assign(new Error('The sheet is protected'), { code: 'AccessDenied' });
    const key = `${r}:${c}`;
    let cell = this.store.get(key);
    if (!cell) {
      cell = { value: '', fill: null, numberFormat: 'General' };
      this.store.set(key, cell);
    }
    return cell;
  }
  getRange(address: string): FakeRange {
    this.counter.calls += 1;
    return new FakeRange(this.counter, this, [parseAddress(address)]);
  }
  getRanges(addresses: string): FakeRange {
    this.counter.calls += 1;
    return new FakeRange(this.counter, this, addresses.split(',').map((a) => parseAddress(a.trim())));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.counter.calls += 1;
    let r2 = 0;
    let c2 = 0;
    for (const [key, cell] of this.store) {
      if (cell.value === '') continue;
      const [r, c] = key.split(':').map(Number);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    const range = new FakeRange(this.counter, this, [{ r1: 1, c1: 1, r2: Math.max(r2, 1), c2: Math.max(c2, 1) }]);
    range.isNullObject = r2 === 0;
    return range;
  }
  activate(): void { this.counter.calls += 1; }
  /** The sheet's values from A1, '' for blank, for assertions. */
  valuesGrid(): unknown[][] {
    const range = this.getUsedRangeOrNullObject();
    if (range.isNullObject) return [];
    const { r2, c2 } = range.areas[0];
    return Array.from({ length: r2 }, (_, r) => Array.from({ length: c2 }, (_, c) => this.cellAt(r + 1, c + 1)?.value ?? ''));
  }
}

class FakeSetting extends Loadable {
  isNullObject: boolean;
  constructor(counter: FakeCounter, private readonly settings: Map<string, string>, private readonly key: string) {
    super(counter, () => { this.isNullObject = !settings.has(key); });
    this.isNullObject = !settings.has(key);
  }
  get value(): string { this.check(); return this.settings.get(this.key)!; }
  delete(): void { this.counter.calls += 1; this.settings.delete(this.key); }
}

export class FakeWorkbook {
  readonly counter = new FakeCounter();
  readonly sheets: FakeSheet[] = [];
  readonly settingsStore = new Map<string, string>();
  readonly worksheets;
  readonly settings;
  protection: { protected: boolean; load: () => unknown };

  constructor(sheets: { name: string; values: unknown[][]; fills?: Record<string, string> }[]) {
    for (const { name, values, fills } of sheets) {
      const sheet = new FakeSheet(this.counter, name);
      values.forEach((row, r) => row.forEach((value, c) => {
        if (value !== null && value !== '') sheet.cell(r + 1, c + 1).value = value as Cell['value'];
      }));
      for (const [address, fill] of Object.entries(fills ?? {})) {
        const { r1, c1 } = parseAddress(address);
        sheet.cell(r1, c1).fill = fill;
      }
      this.sheets.push(sheet);
    }
    const counter = this.counter;
    const workbook = this;
    this.worksheets = {
      get items() { return workbook.sheets; },
      load(_props?: unknown) { counter.calls += 1; return this; },
      getItem(name: string) {
        counter.calls += 1;
        const sheet = workbook.sheets.find((s) => s.name === name);
        if (!sheet) throw Object.assign(new Error(`no sheet ${name}`), { code: 'ItemNotFound' });
        return sheet;
      },
      add(name: string) {
        counter.calls += 1;
        if (workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw Object.assign(new Error('name taken'), { code: 'ItemAlreadyExists' });
        const sheet = new FakeSheet(counter, name);
        workbook.sheets.push(sheet);
        return sheet;
      },
    };
    this.protection = { protected: false, load: () => { counter.calls += 1; return this.protection; } };
    this.settings = {
      getItemOrNullObject: (key: string) => { counter.calls += 1; return new FakeSetting(counter, this.settingsStore, key); },
      add: (key: string, value: string) => { counter.calls += 1; this.settingsStore.set(key, value); },
    };
  }

  sheet(name: string): FakeSheet {
    return this.sheets.find((s) => s.name === name)!;
  }

  /** A request context whose sync resolves the loads queued since the last one. */
  context(): Excel.RequestContext {
    const counter = this.counter;
    return {
      workbook: this,
      sync: async () => {
        counter.syncs += 1;
        const pending = counter.pending.splice(0);
        for (const resolve of pending) resolve();
      },
    } as unknown as Excel.RequestContext;
  }
}
