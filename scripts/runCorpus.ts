/**
 * Runs `rotation plan` over a folder of workbooks from elsewhere (public test files), each with a roster
 * sheet added, and checks each copy part by part: every part the tool does not own byte-equal, every
 * original sheet's values unchanged. Prints one line per failure and a summary; the files stay where they are.
 *
 * Run: npm run build:cli && node build/scripts/runCorpus.js <folder>
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ROSTER_ROWS } from './packageFixtures';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { runPlan } from '../src/app/runPlan';
import { PackageWorkbook } from '../src/workbook/xlsx/packageWorkbook';
import { parseRelationships, parseWorkbook, relsPartOf } from '../src/workbook/xlsx/packageParts';
import { patchContentTypes, patchRelationships, patchWorkbookXml } from '../src/workbook/xlsx/workbookXml';

function* files(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.xls[xm]$/iu.test(name)) yield path;
  }
}

const ROSTER_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${ROSTER_ROWS.map((row, r) => `<row r="${r + 1}">${row.map((text, c) => (text ? `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${text}</t></is></c>` : '')).join('')}</row>`).join('')}</sheetData></worksheet>`;

/** The workbook's parts with a roster sheet 花名册 added at the end, and the roster part's name. */
function withRoster(parts: Record<string, Uint8Array>): { parts: Record<string, Uint8Array>; roster: string } {
  const rootRels = parseRelationships(strFromU8(parts['_rels/.rels']), '');
  const workbookPart = rootRels.find((rel) => rel.kind === 'officeDocument')!.part!;
  const relsPart = relsPartOf(workbookPart);
  const rels = strFromU8(parts[relsPart]);
  const roster = `${workbookPart.split('/').slice(0, -1).join('/')}/worksheets/rosterAdded.xml`;
  const id = 'rIdRosterAdded';
  return {
    roster,
    parts: {
      ...parts,
      [roster]: strToU8(ROSTER_XML),
      [relsPart]: strToU8(patchRelationships(rels, new Set(), [{ id, type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet', target: 'worksheets/rosterAdded.xml' }])),
      [workbookPart]: strToU8(patchWorkbookXml(strFromU8(parts[workbookPart]), new Set(), [{ name: '花名册', relId: id }])),
      '[Content_Types].xml': strToU8(patchContentTypes(strFromU8(parts['[Content_Types].xml']), new Set(), [{ part: roster, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml' }])),
    },
  };
}

async function gridsOf(path: string) {
  const workbook = await PackageWorkbook.open(path);
  try {
    return await workbook.readSheets();
  } finally {
    workbook.close();
  }
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  const work = join(tmpdir(), `rotation-corpus-${process.pid}`);
  let ok = 0;
  const failures: string[] = [];
  for (const file of files(folder)) {
    const input = `${work}-in.${file.slice(-4)}`;
    const out = `${work}-out.${file.slice(-4)}`;
    try {
      const original = unzipSync(readFileSync(file));
      const { parts, roster } = withRoster(original);
      writeFileSync(input, zipSync(parts));
      rmSync(out, { force: true });
      const workbook = await PackageWorkbook.open(input);
      const start = Date.now();
      try {
        await runPlan(workbook, { asOf: '2026-11-22', settings: DEFAULT_SETTINGS, sheetName: '花名册' });
        await workbook.save(out);
      } finally {
        workbook.close();
      }
      const copy = unzipSync(readFileSync(out));
      const workbookPart = parseRelationships(strFromU8(parts['_rels/.rels']), '').find((rel) => rel.kind === 'officeDocument')!.part!;
      const rels = parseRelationships(strFromU8(parts[relsPartOf(workbookPart)]), workbookPart);
      const owned = new Set(['[Content_Types].xml', workbookPart, relsPartOf(workbookPart), roster, ...rels.filter((rel) => rel.kind === 'styles').map((rel) => rel.part!)]);
      const changed = Object.keys(parts).filter((part) => !owned.has(part) && !(copy[part] && Buffer.from(copy[part]).equals(Buffer.from(parts[part]))));
      if (changed.length > 0) throw new Error(`parts changed: ${changed.join(', ')}`);
      const was = (await gridsOf(input)).filter((grid) => grid.name !== '花名册');
      const now = await gridsOf(out);
      for (const grid of was) {
        if (JSON.stringify(now.find((other) => other.name === grid.name)) !== JSON.stringify(grid)) throw new Error(`values changed on ${grid.name}`);
      }
      parseWorkbook(strFromU8(copy[workbookPart]), rels);
      if (Date.now() - start > 5000) throw new Error(`took ${Date.now() - start} ms`);
      ok += 1;
    } catch (error) {
      failures.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  rmSync(`${work}-in.xlsx`, { force: true });
  rmSync(`${work}-out.xlsx`, { force: true });
  for (const line of failures) process.stdout.write(`${line}\n`);
  process.stdout.write(`${ok} passed, ${failures.length} failed\n`);
}

main();
