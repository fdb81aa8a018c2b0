/**
 * Helpers for the package tests: fixtures written to a temporary folder, packages unzipped with fflate
 * (a zip reader independent of the one under test), parts compared.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Parts, zip } from '../../../scripts/packageFixtures';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { runPlan } from '../../../src/app/runPlan';
import { PackageWorkbook } from '../../../src/workbook/xlsx/packageWorkbook';

export const tmp = mkdtempSync(join(tmpdir(), 'rotation-package-'));

export function writeFixture(name: string, parts: Parts): string {
  const path = join(tmp, name);
  writeFileSync(path, zip(parts));
  return path;
}

/** A package's parts by name. */
export const unzip = (path: string): Record<string, Uint8Array> => unzipSync(readFileSync(path));

export const text = (bytes: Uint8Array | undefined): string => (bytes ? strFromU8(bytes) : '');

/** Plans a workbook file and saves the copy; the outcome and the copy's path. */
export async function planCopy(input: string, out: string) {
  rmSync(out, { force: true });
  const workbook = await PackageWorkbook.open(input);
  try {
    const outcome = await runPlan(workbook, { asOf: '2026-11-22', settings: DEFAULT_SETTINGS });
    await workbook.save(out);
    return outcome;
  } finally {
    workbook.close();
  }
}

/** The grids of every sheet of a file, by name. */
export async function gridsOf(path: string) {
  const workbook = await PackageWorkbook.open(path);
  try {
    return Object.fromEntries((await workbook.readSheets()).map((grid) => [grid.name, grid]));
  } finally {
    workbook.close();
  }
}

/** The XML elements of a local name in a text, as written ('xf' finds `<xf …/>` and `<x:xf …>…</x:xf>`). */
export function elements(xml: string, name: string): string[] {
  const pattern = new RegExp(`<((?:[\\w.-]+:)?)${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1${name}>)`, 'gu');
  return xml.match(pattern) ?? [];
}

/** The body of the first element of a local name. */
export function body(xml: string, name: string): string {
  return new RegExp(`<((?:[\\w.-]+:)?)${name}\\b[^>]*>([\\s\\S]*?)</\\1${name}>`, 'u').exec(xml)?.[2] ?? '';
}
