/**
 * The add-in's actions as real Excel would take them, table-driven over roster sizes and requirement
 * sets, on the strict double in web mode (5 MB per request and response): every roster value and every
 * fill of the user's own comes back exactly, and no request passes a limit.
 */
import { runCheck } from '../../src/app/runCheck';
import { runPlan } from '../../src/app/runPlan';
import { detectApiSupport } from '../../src/workbook/office/apiSupport';
import { OfficeHost } from '../../src/workbook/office/officeHost';
import { OfficeWorkbook } from '../../src/workbook/office/officeWorkbook';
import { settings } from '../helpers';
import { ApiVersion, FakeWorkbook, WEB_PAYLOAD_LIMIT } from './fakeExcel';
import { roster } from './roster';

const options = { asOf: '2026-11-22', settings: settings() };
const APIS: ApiVersion[] = ['1.4', '1.7', '1.9', '1.13'];
/** The user's own fills: a coloured title, a coloured column over the first rows, one coloured row. */
const USER_FILLS = { 'A1:H1': 'DDEBF7', 'C3:C60': 'FFFF00', 'A9:H9': 'E2EFDA' };

function workbookOf(rows: number, api: ApiVersion, extra: { name: string; values: unknown[][]; fills?: Record<string, string> }[] = []) {
  return new FakeWorkbook([{ name: '名册', values: roster(rows), fills: USER_FILLS }, ...extra], { api, web: true });
}

const portOf = (workbook: FakeWorkbook) => new OfficeWorkbook(workbook.context(), detectApiSupport((name, version) => workbook.isSetSupported(name, version)));

/** What must come back exactly: the roster's values and fills. */
const snapshot = (workbook: FakeWorkbook, sheet = '名册') => ({ values: workbook.sheet(sheet).valuesGrid(), fills: workbook.sheet(sheet).fills() });

function withinLimits(workbook: FakeWorkbook): void {
  expect(Math.max(...workbook.counter.requests)).toBeLessThan(WEB_PAYLOAD_LIMIT);
  expect(Math.max(...workbook.counter.responses)).toBeLessThan(WEB_PAYLOAD_LIMIT);
}

type Scenario = (workbook: FakeWorkbook) => Promise<void>;

const SCENARIOS: Record<string, Scenario> = {
  'check, plan, clear': async (workbook) => {
    await runCheck(portOf(workbook), options);
    await runPlan(portOf(workbook), options);
    await portOf(workbook).clearHighlights();
  },
  'plan five times in a row, then clear': async (workbook) => {
    for (let i = 0; i < 5; i += 1) await runPlan(portOf(workbook), options);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['名册', '轮岗检查', '轮岗方案', '公示名单']);
    await portOf(workbook).clearHighlights();
  },
  'check, fix a cadre, check again, clear': async (workbook) => {
    const { result } = await runCheck(portOf(workbook), options);
    const row = result.checked.find((c) => c.status === 'due')!.cadre.row;
    const sheet = workbook.sheet('名册');
    const was = sheet.cellAt(row, 7)!.value;
    sheet.cell(row, 7).value = '2026.01';
    await runCheck(portOf(workbook), options);
    expect(sheet.cellAt(row, 2)?.fill ?? null).toBe(row === 9 ? 'E2EFDA' : null);
    await portOf(workbook).clearHighlights();
    sheet.cell(row, 7).value = was;
  },
};

describe.each(APIS)('ExcelApi %s, Excel on the web', (api) => {
  describe.each(Object.keys(SCENARIOS))('%s', (name) => {
    const sizes = name.startsWith('plan five') ? [200, 3000] : [200, 3000, 10000];
    it.each(sizes)('at %i rows gives back every value and fill', async (rows) => {
      const workbook = workbookOf(rows, api);
      const before = snapshot(workbook);
      await SCENARIOS[name](workbook);
      expect(snapshot(workbook)).toEqual(before);
      withinLimits(workbook);
    });
  });

  it('checks and clears a roster over two sheets', async () => {
    const workbook = workbookOf(200, api, [{ name: '二科', values: roster(50), fills: { 'B3:B20': 'FCE4D6' } }]);
    const before = [snapshot(workbook), snapshot(workbook, '二科')];
    const port = portOf(workbook);
    await port.listSheets();
    await port.write({ sheets: [], highlights: [{ sheet: '名册', firstColumn: 1, lastColumn: 8, rows: [{ row: 5, color: 'FFC7CE' }, { row: 9, color: 'FFC7CE' }] }, { sheet: '二科', firstColumn: 1, lastColumn: 8, rows: [{ row: 4, color: 'FFEB9C' }] }] });
    expect(workbook.sheet('二科').cellAt(4, 2)?.fill).toBe('FFEB9C');
    await portOf(workbook).clearHighlights();
    expect([snapshot(workbook), snapshot(workbook, '二科')]).toEqual(before);
  });

  it('a user-coloured column at 5,000 rows comes back, with a small record', async () => {
    const workbook = new FakeWorkbook([{ name: '名册', values: roster(5000), fills: { 'D3:D5002': 'FFFF00' } }], { api, web: true });
    const before = snapshot(workbook);
    await runCheck(portOf(workbook), options);
    expect(Buffer.byteLength(workbook.settingsStore.get('rotationPlanner.marks')!, 'utf8')).toBeLessThan(100_000);
    await portOf(workbook).clearHighlights();
    expect(snapshot(workbook)).toEqual(before);
    withinLimits(workbook);
  });

  it.each([true, false])('a protected roster (formatting allowed: %s) is marked or refused, and nothing is lost', async (allowFormatCells) => {
    const workbook = workbookOf(200, api);
    Object.assign(workbook.sheet('名册'), { protected: true, allowFormatCells });
    const before = snapshot(workbook);
    const check = runCheck(portOf(workbook), options);
    if (allowFormatCells) await check;
    else await expect(check).rejects.toThrow(/受保护/u);
    await portOf(workbook).clearHighlights();
    expect(snapshot(workbook)).toEqual(before);
  });

  it('waits for a cell being edited instead of failing', async () => {
    const workbook = workbookOf(200, api);
    const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    globals.Excel = { run: workbook.run.bind(workbook) };
    globals.Office = { context: { requirements: { isSetSupported: workbook.isSetSupported.bind(workbook) } } };
    try {
      workbook.editing = true;
      const host = new OfficeHost();
      const running = host.run((port) => runCheck(port, options));
      setTimeout(() => workbook.endEdit(), 20);
      await expect(running).resolves.toMatchObject({ written: { sheets: ['轮岗检查'] } });
    } finally {
      delete globals.Excel;
      delete globals.Office;
    }
  });
});
