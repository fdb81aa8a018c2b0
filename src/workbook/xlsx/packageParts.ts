/**
 * How the parts of a workbook package find each other (ECMA-376 part 2, Open Packaging Conventions):
 * relationships with targets relative to their source part or absolute from the package root, content
 * types by extension or by part; and the workbook's own list of sheets.
 */
import { XmlElement, attribute, childNamed, childrenNamed, parseXml } from './xml';

export interface Relationship {
  id: string;
  /** The type URI's last segment: 'worksheet', 'styles', 'officeDocument' … (transitional and strict alike). */
  kind: string;
  type: string;
  /** The target part's name from the package root, no leading slash; undefined for external targets. */
  part?: string;
}

/** A part name from a relationship target: '/xl/workbook.xml' and 'worksheets/sheet1.xml' from 'xl/' alike. */
export function resolvePart(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A target with a stray % is taken as written.
  }
  decoded = decoded.replace(/\\/gu, '/').split('#')[0];
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The relationships part of a part: 'xl/_rels/workbook.xml.rels' for 'xl/workbook.xml'. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships a .rels text lists, with targets resolved from their source part. */
export function parseRelationships(text: string, sourcePart: string): Relationship[] {
  return childrenNamed(parseXml(text), 'Relationship').map((element) => {
    const type = attribute(element, 'Type') ?? '';
    const target = attribute(element, 'Target') ?? '';
    const external = attribute(element, 'TargetMode') === 'External';
    return { id: attribute(element, 'Id') ?? '', type, kind: type.slice(type.lastIndexOf('/') + 1), part: external ? undefined : resolvePart(sourcePart, target) };
  });
}

/** A sheet as the workbook lists it. */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  hidden: boolean;
  relId: string;
  /** 'worksheet', 'chartsheet', 'dialogsheet', … from the relationship. */
  kind: string;
  part?: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** The spreadsheetml namespace the workbook is written in (transitional or strict). */
  namespace: string;
}

/** The sheets of workbook.xml, in order, joined to their relationships. */
export function parseWorkbook(text: string, relationships: Relationship[]): WorkbookInfo {
  const root = parseXml(text);
  const byId = new Map(relationships.map((rel) => [rel.id, rel]));
  const sheets = childrenNamed(childNamed(root, 'sheets'), 'sheet').map((element: XmlElement) => {
    const relId = attribute(element, 'id', true) ?? '';
    const rel = byId.get(relId);
    const state = attribute(element, 'state');
    return {
      name: attribute(element, 'name') ?? '',
      sheetId: Number(attribute(element, 'sheetId') ?? 0),
      hidden: state === 'hidden' || state === 'veryHidden',
      relId,
      kind: rel?.kind ?? 'worksheet',
      part: rel?.part,
    };
  });
  const flag = attribute(childNamed(root, 'workbookPr') ?? root, 'date1904');
  const namespace = root.attributes[root.qname.includes(':') ? `xmlns:${root.qname.split(':')[0]}` : 'xmlns'] ?? '';
  return { sheets, date1904: flag === '1' || flag === 'true', namespace };
}

/** Whether a content-types text lists a default for the extension. */
export function hasDefault(contentTypes: string, extension: string): boolean {
  return childrenNamed(parseXml(contentTypes), 'Default').some((element) => attribute(element, 'Extension')?.toLowerCase() === extension);
}
