/**
 * The part of WPS 表格's ET object model (window.Application in a WPS add-in's pages) that the adapter
 * calls. ET follows Excel's VBA object model and is called synchronously; the declarations WPS ships
 * (et-jsapi-declare on npm, lib.et.d.ts) type most of it as `any`, so these say what the adapter relies on.
 */

/** Constants of the ET object model (lib.et.d.ts: XlColorIndex, XlSheetVisibility, XlHAlign …). */
export const ET = {
  /** Interior.ColorIndex of a cell without fill (xlColorIndexNone / xlNone). */
  colorIndexNone: -4142,
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  alignLeft: -4131,
  alignCenter: -4108,
  alignRight: -4152,
  alignTop: -4160,
  lineContinuous: 1,
  portrait: 1,
  landscape: 2,
  paperA4: 9,
} as const;

export interface EtInterior {
  /** A BGR number (red is 255, blue 16711680); null where the cells' fills differ. */
  Color: number | null;
  /** -4142 for none; null where the cells differ. */
  ColorIndex: number | null;
}

export interface EtFont {
  Bold: boolean | null;
  Size: number | null;
  Color: number | null;
}

export interface EtBorders {
  LineStyle: number | null;
  Color: number | null;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  CenterHorizontally: boolean;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  PrintTitleRows: string;
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  CenterFooter: string;
}

export interface EtRange {
  /** A scalar for one cell, a 2-D array (rows of columns, 0-based) for a block. */
  Value2: unknown;
  /** One format for the whole range, or null where its cells differ. */
  NumberFormat: string | null;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtRange & { readonly Count: number };
  readonly Columns: EtRange & { readonly Count: number };
  readonly EntireRow: EtRange;
  /** For whole rows or columns: true when all are hidden, false when none, null when some are. */
  Hidden: boolean | null;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean | null;
  /** In characters of the Normal style's font. */
  ColumnWidth: number;
  /** In points, read-only. */
  readonly Width: number;
  RowHeight: number;
  /** true when every cell is in a merged area, false when none is, null when some are. */
  readonly MergeCells: boolean | null;
  Merge(Across?: boolean): void;
  Select(): void;
}

export interface EtProtection {
  readonly AllowFormattingCells: boolean;
}

export interface EtWorksheet {
  Name: string;
  Visible: number | boolean;
  readonly ProtectContents: boolean;
  readonly Protection: EtProtection;
  readonly UsedRange: EtRange;
  readonly PageSetup: EtPageSetup;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtWorksheets {
  readonly Count: number;
  /** 1-based, or by name. */
  Item(index: number | string): EtWorksheet;
  Add(Before?: EtWorksheet | null, After?: EtWorksheet | null, Count?: number): EtWorksheet;
}

export interface EtWorkbook {
  readonly Worksheets: EtWorksheets;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ProtectStructure: boolean;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  Navigate(url: string): void;
}

export interface EtWindow {
  SplitColumn: number;
  SplitRow: number;
  FreezePanes: boolean;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
}

/** RRGGBB as ET's BGR number: 'FF0000' (red) is 255. */
export function bgrOf(rgb: string): number {
  const n = parseInt(rgb, 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** ET's BGR number as RRGGBB: 255 is 'FF0000'. */
export function rgbOf(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return rgb.toString(16).toUpperCase().padStart(6, '0');
}
