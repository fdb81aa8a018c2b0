/**
 * Turns assets/sample-roster.xlsx into build/demo/sample-roster.json: each sheet's values and number
 * formats as Excel gives them to an add-in (dates as serial numbers with a date format), for the
 * browser preview. Done at build time so the task pane never loads a workbook library.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { toExcelSerial, fromJsDate } from '../src/core/dates';
import { XlsxWorkbook } from '../src/workbook/xlsx/xlsxWorkbook';

async function main(): Promise<void> {
  const workbook = await XlsxWorkbook.open('assets/sample-roster.xlsx');
  const sheets = (await workbook.readSheets((await workbook.listSheets()).map((sheet) => sheet.name))).map((sheet) => ({
    name: sheet.name,
    values: sheet.values.map((row) => row.map((value) => (value instanceof Date ? toExcelSerial(fromJsDate(value) as string) : value))),
    formats: sheet.values.map((row, r) => row.map((value, c) => (value instanceof Date ? 'yyyy-mm-dd' : sheet.formats?.[r]?.[c] ?? null))),
  }));
  mkdirSync('build/demo', { recursive: true });
  writeFileSync('build/demo/sample-roster.json', JSON.stringify(sheets));
  process.stdout.write(`build/demo/sample-roster.json: ${sheets.map((s) => `${s.name} (${s.values.length} rows)`).join(', ')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error}\n`);
  process.exitCode = 1;
});
