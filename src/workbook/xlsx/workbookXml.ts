/**
 * The edits the package writer makes to the workbook's lists, as text edits that leave everything else
 * as written: sheets added and removed in workbook.xml (with the sheet indexes that follow them), their
 * relationships, their content types.
 */
import { escapeRegExp, escapeXml, localName, parseXml, prefixOf } from './xml';

const REL_NAMESPACES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

/** A sheet to add to workbook.xml. */
export interface NewSheet {
  name: string;
  relId: string;
  /** Rows repeated on every printed page, 1-based inclusive. */
  repeatRows?: [number, number];
}

/** A sheet name as a formula writes it: '轮岗检查'!$6:$6. */
const quotedSheet = (name: string): string => `'${name.replace(/'/gu, "''")}'`;

/**
 * workbook.xml with the sheets whose relationship ids are in `removed` taken out and `added` appended;
 * print titles, sheet-scoped names and the active tab follow the sheets' new positions.
 */
export function patchWorkbookXml(text: string, removed: ReadonlySet<string>, added: readonly NewSheet[]): string {
  const root = parseXml(text);
  const p = prefixOf(root.qname);
  const relPrefix = Object.entries(root.attributes).find(([name, value]) => name.startsWith('xmlns:') && REL_NAMESPACES.includes(value))?.[0].slice(6);
  const sheetPattern = new RegExp(`<${escapeRegExp(p)}sheet\\b[^>]*?/>`, 'gu');
  const positions: number[] = [];
  let index = 0;
  let maxId = 0;
  let out = text.replace(sheetPattern, (tag) => {
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/u.exec(tag)?.[1] ?? '';
    const sheetId = Number(/\ssheetId\s*=\s*"(\d+)"/u.exec(tag)?.[1] ?? 0);
    maxId = Math.max(maxId, sheetId);
    const gone = removed.has(id);
    positions.push(gone ? -1 : index);
    if (!gone) index += 1;
    return gone ? '' : tag;
  });
  const kept = index;
  const rel = relPrefix ? `${relPrefix}:id` : 'r:id';
  const declare = relPrefix ? '' : ` xmlns:r="${REL_NAMESPACES[0]}"`;
  const sheets = added.map((sheet, k) => `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${maxId + k + 1}" ${rel}="${sheet.relId}"${declare}/>`).join('');
  const closeSheets = `</${p}sheets>`;
  if (out.includes(closeSheets)) out = out.replace(closeSheets, `${sheets}${closeSheets}`);
  else out = out.replace(new RegExp(`<${escapeRegExp(p)}sheets\\s*/>`, 'u'), `<${p}sheets>${sheets}${closeSheets}`);
  // Sheet-scoped names and the views index sheets by position.
  const moved = (value: string): number => positions[Number(value)] ?? Number(value);
  out = out.replace(new RegExp(`<${escapeRegExp(p)}definedName\\b[^>]*?(?:/>|>[\\s\\S]*?</${escapeRegExp(p)}definedName>)`, 'gu'), (name) => {
    const local = /\slocalSheetId\s*=\s*"(\d+)"/u.exec(name)?.[1];
    if (local === undefined) return name;
    const at = moved(local);
    return at < 0 ? '' : name.replace(/(\slocalSheetId\s*=\s*")\d+"/u, `$1${at}"`);
  });
  out = out.replace(/(\s(?:activeTab|firstSheet)\s*=\s*")(\d+)"/gu, (_, head: string, value: string) => `${head}${Math.max(0, moved(value))}"`);
  const titles = added.flatMap((sheet, k) => sheet.repeatRows
    ? [`<${p}definedName name="_xlnm.Print_Titles" localSheetId="${kept + k}">${escapeXml(quotedSheet(sheet.name))}!$${sheet.repeatRows[0]}:$${sheet.repeatRows[1]}</${p}definedName>`]
    : []).join('');
  return titles ? addDefinedNames(out, p, titles) : out;
}

/** Appends defined names, creating the list where the schema puts it (after sheets, functionGroups, externalReferences). */
function addDefinedNames(text: string, p: string, names: string): string {
  const close = `</${p}definedNames>`;
  if (text.includes(close)) return text.replace(close, `${names}${close}`);
  const element = `<${p}definedNames>${names}${close}`;
  for (const after of ['externalReferences', 'functionGroups', 'sheets']) {
    const end = text.lastIndexOf(`</${p}${after}>`);
    if (end >= 0) {
      const at = end + `</${p}${after}>`.length;
      return text.slice(0, at) + element + text.slice(at);
    }
  }
  return text;
}

/** A relationship to add. */
export interface NewRelationship {
  id: string;
  type: string;
  target: string;
}

/** A .rels text with the relationships of ids in `removed` taken out and `added` appended. */
export function patchRelationships(text: string, removed: ReadonlySet<string>, added: readonly NewRelationship[]): string {
  const p = prefixOf(parseXml(text).qname);
  let out = text.replace(new RegExp(`<${escapeRegExp(p)}Relationship\\b[^>]*?(?:/>|>[\\s\\S]*?</${escapeRegExp(p)}Relationship>)`, 'gu'), (tag) => {
    const id = /\sId\s*=\s*"([^"]*)"/u.exec(tag)?.[1] ?? '';
    return removed.has(id) ? '' : tag;
  });
  const items = added.map((rel) => `<${p}Relationship Id="${rel.id}" Type="${rel.type}" Target="${escapeXml(rel.target)}"/>`).join('');
  const close = `</${p}Relationships>`;
  out = out.includes(close) ? out.replace(close, `${items}${close}`) : out.replace(/\/>\s*$/u, `>${items}${close}`);
  return out;
}

/** [Content_Types].xml with the overrides of `removed` parts taken out and `added` ones appended. */
export function patchContentTypes(text: string, removed: ReadonlySet<string>, added: readonly { part: string; type: string }[], defaults: readonly { extension: string; type: string }[] = []): string {
  const root = parseXml(text);
  const p = prefixOf(root.qname);
  const lowered = new Set(Array.from(removed, (part) => `/${part}`.toLowerCase()));
  let out = text.replace(new RegExp(`<${escapeRegExp(p)}Override\\b[^>]*?/>`, 'gu'), (tag) => {
    const name = /\sPartName\s*=\s*"([^"]*)"/u.exec(tag)?.[1] ?? '';
    return lowered.has(decodeURIComponent(name).toLowerCase()) ? '' : tag;
  });
  const have = new Set(root.children.filter((child) => localName(child.qname) === 'Default').map((child) => (child.attributes.Extension ?? '').toLowerCase()));
  const items = [
    ...defaults.filter((d) => !have.has(d.extension)).map((d) => `<${p}Default Extension="${d.extension}" ContentType="${d.type}"/>`),
    ...added.map((item) => `<${p}Override PartName="/${escapeXml(item.part)}" ContentType="${item.type}"/>`),
  ].join('');
  const close = `</${p}Types>`;
  return out.replace(close, `${items}${close}`);
}
