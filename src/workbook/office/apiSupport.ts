/**
 * Which Excel API requirement sets the host has. The add-in needs ExcelApi 1.4 (used ranges that may be
 * empty, workbook settings); newer sets make it better where present and are never required:
 * 1.7 freezes the header of new sheets; 1.9 fills many rows in one call (RangeAreas), tells no fill from
 * white (fill.pattern), reads mixed fills cell by cell (getCellProperties) and sets up printing (pageLayout);
 * 1.13 lists merged areas, so a unit merged down several rows gives its value to each of them.
 */

export interface ApiSupport {
  freezePanes: boolean;
  rangeAreas: boolean;
  mergedAreas: boolean;
}

export const MINIMUM_EXCEL_API = '1.4';

/** What the running host supports, asked of Office.js. */
export function detectApiSupport(isSetSupported: (name: string, version: string) => boolean): ApiSupport {
  return { freezePanes: isSetSupported('ExcelApi', '1.7'), rangeAreas: isSetSupported('ExcelApi', '1.9'), mergedAreas: isSetSupported('ExcelApi', '1.13') };
}
