/**
 * The layout fixtures read as the add-in reads them: the same data in the memory workbook, handed over
 * the way Excel hands it (a merged cell's value in its top-left cell only, hidden rows and sheets flagged,
 * a formula with no stored result as NO_RESULT), checked through the use case.
 */
import { loadAndCheck, runCheck } from '../../../src/app/runCheck';
import { checkJson } from '../../../src/core/check';
import { MemoryWorkbook } from '../../../src/workbook/memory/memoryWorkbook';
import { LAYOUTS, Layout, cellAt, excelValues } from '../../fixtures/layouts';
import { expectLayout, expectedLayout, skippedOf } from '../../fixtures/expectLayout';
import { settings } from '../../helpers';

const workbookOf = (layout: Layout) =>
  new MemoryWorkbook(layout.sheets.map((sheet) => ({ name: sheet.name, values: excelValues(sheet), hidden: sheet.hidden, hiddenRows: sheet.hiddenRows })));
const asOf = '2026-11-22';

describe.each(LAYOUTS.map((layout) => [layout.file, layout] as const))('the %s layout in the add-in', (file, layout) => {
  const want = expectedLayout(file);

  it('gives every cadre the status worked out by hand and lists every row left out', async () => {
    const result = await loadAndCheck(workbookOf(layout), { asOf, settings: settings() });
    expectLayout(checkJson(result) as never, want, 'excel');
  });

  if (want.fills) {
    it('fills each flagged row on the sheet the cadre is on', async () => {
      const workbook = workbookOf(layout);
      await runCheck(workbook, { asOf, settings: settings() });
      for (const [where, color] of Object.entries(want.fills!)) {
        const [sheet, address] = where.split('!');
        const { row, column } = cellAt(address);
        expect(workbook.sheets.find((s) => s.name === sheet)!.fills.get(`${row}:${column}`) ?? null).toBe(color === null ? null : color.slice(2));
      }
    });
  }

  if (want.withHiddenRows) {
    it('reads the hidden rows too when the setting says so', async () => {
      const result = checkJson(await loadAndCheck(workbookOf(layout), { asOf, settings: settings({ includeHiddenRows: true }) })) as never as { cadres: { sheet: string; row: number; status: string; unit: string; reasons: string[] }[]; skipped: unknown[]; hidden: string[] };
      for (const [key, value] of Object.entries(want.withHiddenRows!.cadres)) {
        const cadre = result.cadres.find((c) => `${c.sheet}!${c.row}` === key);
        expect({ status: cadre?.status, unit: cadre?.unit }).toEqual(value);
        expect(cadre?.reasons).toEqual(want.withHiddenRows!.reasons[key]);
      }
      expect(result.skipped).toEqual(skippedOf('excel', want.withHiddenRows!.skipped));
      expect(result.hidden).toEqual([]);
    });
  }

  if (want.withColumnMap) {
    it('reads a column as the field the columnMap setting names', async () => {
      const result = checkJson(await loadAndCheck(workbookOf(layout), { asOf, settings: settings(want.withColumnMap!.settings as never) })) as never as { cadres: { sheet: string; row: number; status: string; unit: string; post: string; reasons: string[] }[] };
      for (const [key, value] of Object.entries(want.withColumnMap!.cadres)) {
        const cadre = result.cadres.find((c) => `${c.sheet}!${c.row}` === key);
        expect({ status: cadre?.status, unit: cadre?.unit, post: cadre?.post }).toEqual(value);
        expect(cadre?.reasons).toEqual(want.withColumnMap!.reasons[key]);
      }
    });
  }
});

describe('naming one sheet of a roster kept one sheet per unit', () => {
  it('reads that sheet alone, its name the unit', async () => {
    const layout = LAYOUTS.find((l) => l.file === 'per-unit')!;
    const result = await loadAndCheck(workbookOf(layout), { asOf, settings: settings(), sheetName: '财务科' });
    expect(result.roster.choice.taken).toEqual(['财务科']);
    expect(result.checked.map(({ cadre, status }) => [cadre.sheet, cadre.row, cadre.unit, status])).toEqual([['财务科', 4, '财务科', 'warning'], ['财务科', 5, '财务科', 'ok']]);
  });

  it('reads a hidden sheet when it is named', async () => {
    const layout = LAYOUTS.find((l) => l.file === 'hidden-and-backup')!;
    const result = await loadAndCheck(workbookOf(layout), { asOf, settings: settings(), sheetName: '花名册(2024年备份)' });
    expect(result.checked).toHaveLength(9);
  });
});
