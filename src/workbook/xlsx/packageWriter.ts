/**
 * Writes the patched package: [Content_Types].xml, the workbook and its relationships edited to list the
 * new sheets; the roster sheets streamed with their fills laid on; the new sheets rendered; the record of
 * our sheets; the style sheet with its appended records last (the sheets before it allot the styles).
 * Every other part is copied with its stored bytes.
 */
import { FileHandle } from 'node:fs/promises';
import { CellValue } from '../../core/grid';
import { fingerprintOf } from '../../core/sheets/fingerprint';
import { SheetSpec } from '../../core/sheets/sheetSpec';
import { Highlight } from '../port';
import { HighlightJob, HighlightedSheets } from './highlightAhead';
import { SheetFills, highlightSheet, sheetFills } from './highlightSheet';
import { CUSTOM_XML_PROPS_TYPE, OwnSheet, ownSheetsPropsXml, ownSheetsRelsXml, ownSheetsXml } from './ownSheets';
import { relsPartOf } from './packageParts';
import type { PackageLayout } from './packageWorkbook';
import { decodeCell } from './sheetReader';
import { sheetXml, storedCell } from './sheetXml';
import { EMPTY_STYLES, StyleSheetPatch } from './styles';
import { NewRelationship, NewSheet, patchContentTypes, patchRelationships, patchWorkbookXml } from './workbookXml';
import { ZipPart, textChunks } from './zipReader';
import { ZipWriter } from './zipWriter';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const TRANSITIONAL = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface PackageChanges {
  highlights: Highlight[];
  added: { name: string; spec: SheetSpec }[];
  /** Relationship ids of the sheets removed (our own, unedited, replaced). */
  removed: ReadonlySet<string>;
  own: OwnSheet[];
  /** The highlighted sheets laid out ahead (highlightAhead.ts) for exactly these highlights, when they were. */
  ahead?: HighlightedSheets;
}

/** A cell's key in `numberFormats`: a sheet has at most 16,384 columns. */
const cellKey = (row: number, column: number): number => row * 16384 + column;

/** The number format of each cell of a spec that has one, by `cellKey` (0-based). */
function numberFormats(spec: SheetSpec): Map<number, string> {
  const formats = new Map<number, string>();
  for (const block of spec.styles ?? []) {
    if (!block.style.numberFormat) continue;
    for (let r = block.row; r < block.row + (block.rows ?? 1); r += 1) {
      for (let c = block.column; c < block.column + (block.columns ?? 1); c += 1) formats.set(cellKey(r, c), block.style.numberFormat);
    }
  }
  return formats;
}

/** A spec's rows as the reader will give them back from the file, one at a time. */
function* rowsAsRead(spec: SheetSpec, date1904: boolean): Generator<CellValue[]> {
  const formats = numberFormats(spec);
  const context = { sharedStrings: [], formatOfStyle: () => null, date1904 };
  for (let r = 0; r < spec.rows.length; r += 1) {
    yield spec.rows[r].map((value, c): CellValue => {
      const stored = storedCell(value, date1904);
      if (!stored) return null;
      const format = value instanceof Date ? 'yyyy-mm-dd' : formats.get(cellKey(r, c)) ?? null;
      return decodeCell(stored.type, stored.text, format, context, false);
    });
  }
}

/** The fingerprint of a spec's values as the reader will give them back from the file. */
export function specFingerprint(spec: SheetSpec, date1904: boolean): string {
  return fingerprintOf(rowsAsRead(spec, date1904));
}

/** A part name not yet in the package: 'xl/worksheets/sheet4.xml'. */
function freePart(taken: Set<string>, make: (n: number) => string): string {
  for (let n = 1; ; n += 1) {
    const name = make(n);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** A relative target from one part's folder to another part. */
function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The style sheet the new styles go into: the one the relationships name, where the package has it. */
function styleSheetPart({ zip, relationships }: PackageLayout): ZipPart | undefined {
  const rel = relationships.find((candidate) => candidate.kind === 'styles' && candidate.part && zip.part(candidate.part));
  return rel ? zip.part(rel.part!)! : undefined;
}

/** The fills of each highlighted sheet, by its part's name in lower case. */
function fillsByPart({ info }: PackageLayout, highlights: readonly Highlight[]): Map<string, SheetFills> {
  return new Map(highlights.map((highlight) => {
    const sheet = info.sheets.find((candidate) => candidate.name === highlight.sheet);
    return [sheet?.part?.toLowerCase() ?? '', sheetFills(highlight)];
  }));
}

/** The job of laying these highlights ahead: the sheets in the order writePackage meets them, and its style sheet. */
export function highlightJob(layout: PackageLayout, path: string, highlights: readonly Highlight[]): HighlightJob {
  const fills = fillsByPart(layout, highlights);
  const sheets = layout.zip.parts.filter((part) => fills.has(part.name.toLowerCase())).map((part) => ({ part: part.name, fills: fills.get(part.name.toLowerCase())! }));
  return { path, stylesPart: styleSheetPart(layout)?.name, sheets };
}

export async function writePackage(file: FileHandle, layout: PackageLayout, changes: PackageChanges): Promise<void> {
  const { zip, workbookPart, relationships, info } = layout;
  const writer = new ZipWriter(file);
  // A part a relationship names is taken even when the package lacks it: a new sheet there would become that sheet.
  const taken = new Set([...zip.parts.map((part) => part.name), ...relationships.flatMap((rel) => (rel.part ? [rel.part] : []))].map((name) => name.toLowerCase()));
  const folder = workbookPart.split('/').slice(0, -1).join('/');
  const inFolder = (name: string) => (folder ? `${folder}/${name}` : name);
  const strict = info.namespace !== '' && info.namespace !== TRANSITIONAL;
  const relType = (kind: string) => `${strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}/${kind}`;
  // A sheet may name an id its relationships lack (some writers leave them out): a new id must not be it.
  const ids = [...relationships.map((rel) => rel.id), ...info.sheets.map((sheet) => sheet.relId)];
  let nextId = 1 + Math.max(0, ...ids.map((id) => Number(/^rId(\d+)$/u.exec(id)?.[1] ?? 0)));
  const newId = () => `rId${nextId++}`;

  const removedSheets = info.sheets.filter((sheet) => changes.removed.has(sheet.relId));
  const removedParts = new Set<string>();
  for (const sheet of removedSheets) {
    if (!sheet.part) continue;
    removedParts.add(sheet.part.toLowerCase());
    removedParts.add(relsPartOf(sheet.part).toLowerCase());
  }
  const newSheets = changes.added.map(({ name, spec }) => ({ name, spec, part: freePart(taken, (n) => inFolder(`worksheets/sheet${n}.xml`)), relId: newId() }));
  const newRels: NewRelationship[] = newSheets.map((sheet) => ({ id: sheet.relId, type: relType('worksheet'), target: relativeTarget(workbookPart, sheet.part) }));
  const newTypes = newSheets.map((sheet) => ({ part: sheet.part, type: WORKSHEET_TYPE }));

  let ownPart = layout.ownPart;
  const ownProps: { part: string; rels: string } | undefined = !ownPart && changes.own.length > 0 ? (() => {
    ownPart = freePart(taken, (n) => `customXml/item${n}.xml`);
    const props = freePart(taken, (n) => `customXml/itemProps${n}.xml`);
    newRels.push({ id: newId(), type: relType('customXml'), target: relativeTarget(workbookPart, ownPart) });
    newTypes.push({ part: props, type: CUSTOM_XML_PROPS_TYPE });
    return { part: props, rels: relsPartOf(ownPart) };
  })() : undefined;

  const stylesPart = styleSheetPart(layout);
  const styles = new StyleSheetPatch(stylesPart ? await zip.text(stylesPart) : EMPTY_STYLES);
  // A style sheet the relationships do not list is not the workbook's: the new one takes a free name beside it.
  const newStylesPart = stylesPart ? undefined : freePart(taken, (n) => inFolder(n === 1 ? 'styles.xml' : `styles${n}.xml`));
  if (newStylesPart) {
    newRels.push({ id: newId(), type: relType('styles'), target: relativeTarget(workbookPart, newStylesPart) });
    newTypes.push({ part: newStylesPart, type: STYLES_TYPE });
  }

  const fills = fillsByPart(layout, changes.highlights);
  const removedIds = new Set(removedSheets.map((sheet) => sheet.relId));
  const workbookRels = relsPartOf(workbookPart).toLowerCase();
  const sheetsAdded: NewSheet[] = newSheets.map((sheet) => ({ name: sheet.name, relId: sheet.relId, repeatRows: sheet.spec.print?.repeatRows }));

  // The styles the sheets laid out ahead asked for, made first and in the same order: the same numbers.
  for (const [style, color] of changes.ahead?.styles ?? []) styles.highlight(style, color);
  const ahead = new Map((changes.ahead?.parts ?? []).map(({ part, deflated }) => [part.toLowerCase(), deflated]));

  const contentTypes = zip.part('[Content_Types].xml')!;
  await writer.add(contentTypes.name, patchContentTypes(await zip.text(contentTypes), removedParts, newTypes, [{ extension: 'xml', type: 'application/xml' }]));
  for (const part of zip.parts) {
    const name = part.name.toLowerCase();
    if (part === contentTypes || part === stylesPart || removedParts.has(name)) continue;
    if (name === workbookPart.toLowerCase()) await writer.add(part.name, patchWorkbookXml(await zip.text(part), removedIds, sheetsAdded));
    else if (name === workbookRels) await writer.add(part.name, patchRelationships(await zip.text(part), removedIds, newRels));
    else if (ownPart && name === ownPart.toLowerCase()) await writer.add(part.name, ownSheetsXml(changes.own));
    else if (ahead.has(name)) await writer.addDeflated(part.name, ahead.get(name)!);
    else if (fills.has(name)) await writer.add(part.name, highlightSheet(textChunks(await zip.stream(part)), fills.get(name)!, styles));
    else await writer.copy(part.name, part.entry, await zip.raw(part));
  }
  if (!zip.part(relsPartOf(workbookPart)) && newRels.length > 0) {
    await writer.add(relsPartOf(workbookPart), patchRelationships('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>', new Set(), newRels));
  }
  const namespace = info.namespace || TRANSITIONAL;
  for (const sheet of newSheets) await writer.add(sheet.part, sheetXml(sheet.spec, styles, namespace, info.date1904));
  if (ownProps && ownPart) {
    await writer.add(ownPart, ownSheetsXml(changes.own));
    await writer.add(ownProps.part, ownSheetsPropsXml());
    await writer.add(ownProps.rels, ownSheetsRelsXml(relativeTarget(ownPart, ownProps.part), relType));
  }
  if (stylesPart && styles.changed) await writer.add(stylesPart.name, styles.text());
  else if (stylesPart) await writer.copy(stylesPart.name, stylesPart.entry, await zip.raw(stylesPart));
  else await writer.add(newStylesPart!, styles.text());
  await writer.finish();
}
