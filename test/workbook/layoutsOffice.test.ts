/**
 * The layout fixtures through the add-in's own adapter on the strict Excel double: the roster as Excel
 * holds it (hidden rows and sheets set on the sheets, a merged block's text in its top-left cell), read by
 * the Office adapter and checked by the same use case, against the results worked out by hand.
 */
import { loadAndCheck } from '../../src/app/runCheck';
import { checkJson } from '../../src/core/check';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { LAYOUTS, Layout, excelValues } from '../fixtures/layouts';
import { expectLayout, expectedLayout } from '../fixtures/expectLayout';
import { settings } from '../helpers';
import { FakeWorkbook } from './fakeExcel';

const FULL = { freezePanes: true, rangeAreas: true, mergedAreas: false };

function excelOf(layout: Layout): FakeWorkbook {
  const workbook = new FakeWorkbook(layout.sheets.map((sheet) => ({ name: sheet.name, values: excelValues(sheet) })), { web: true });
  for (const sheet of layout.sheets) {
    const fake = workbook.sheet(sheet.name);
    if (sheet.hidden) fake.visibility = 'Hidden';
    for (const row of sheet.hiddenRows ?? []) fake.hiddenRows.add(row);
  }
  return workbook;
}

// Excel computes every formula, so a formula without a stored result exists only in files: the layout that has
// one (hidden-and-backup) is read by the CLI and the memory workbook; hidden rows read from Excel are in officeWorkbook.test.ts.
const inExcel = LAYOUTS.filter((layout) => layout.sheets.every((sheet) => Object.keys(sheet.formulas ?? {}).length === 0));

describe.each(inExcel.map((layout) => [layout.file, layout] as const))('the %s layout through the Office adapter', (file, layout) => {
  it('gives every cadre the status worked out by hand and lists every row left out', async () => {
    const workbook = excelOf(layout);
    const result = await loadAndCheck(new OfficeWorkbook(workbook.context(), FULL), { asOf: '2026-11-22', settings: settings() });
    expectLayout(checkJson(result) as never, expectedLayout(file), 'excel');
  });
});
