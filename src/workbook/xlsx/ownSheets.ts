/**
 * The workbook's own record of the sheets the tool wrote, with the fingerprint of their values when
 * written: a custom XML part (ECMA-376 part 1, §22.5 custom XML data storage), which Excel keeps when it
 * saves the workbook and which Office.js lists as `workbook.customXmlParts`.
 */
import { attribute, childrenNamed, escapeXml, parseXml } from './xml';

export const OWN_SHEETS_NAMESPACE = 'urn:rotation-planner:own-sheets';
const ITEM_ID = '{6C1E3B52-6F4A-4E8B-9D3A-2F1C7B0A5E41}';
export const CUSTOM_XML_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/** A sheet the tool wrote: its name and its values' fingerprint then. */
export interface OwnSheet {
  name: string;
  fingerprint: string;
}

/** The record in a custom XML part's text, or undefined when the part is someone else's. */
export function parseOwnSheets(text: string): OwnSheet[] | undefined {
  const root = parseXml(text);
  if (root.attributes[root.qname.includes(':') ? `xmlns:${root.qname.split(':')[0]}` : 'xmlns'] !== OWN_SHEETS_NAMESPACE) return undefined;
  return childrenNamed(root, 'sheet').map((sheet) => ({ name: attribute(sheet, 'name') ?? '', fingerprint: attribute(sheet, 'fingerprint') ?? '' }));
}

/** The record part's text. */
export function ownSheetsXml(sheets: readonly OwnSheet[]): string {
  const items = sheets.map((sheet) => `<sheet name="${escapeXml(sheet.name)}" fingerprint="${escapeXml(sheet.fingerprint)}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sheets xmlns="${OWN_SHEETS_NAMESPACE}">${items}</sheets>`;
}

/** The record part's properties part (§22.5.2.1 datastoreItem). */
export const ownSheetsPropsXml = (): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${OWN_SHEETS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`;

/** The record part's relationships: to its properties part (`relType` gives the transitional or strict type). */
export const ownSheetsRelsXml = (propsTarget: string, relType: (kind: string) => string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relType('customXmlProps')}" Target="${propsTarget}"/></Relationships>`;
