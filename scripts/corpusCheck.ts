/**
 * One workbook of the corpus, checked as a user would meet it: a roster sheet 花名册 is added to the
 * package by plain string edits (not by the code under test), `rotation plan --out` runs on it through
 * the command's own entry, and the copy is checked part by part: every part the tool does not own
 * byte-equal, every original sheet's values unchanged, the owned parts well-formed and consistent
 * (checked with fast-xml-parser, a parser independent of the one under test). Files that are no
 * workbook package must be refused with exit 2 and one Chinese line.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ROSTER_ROWS } from './packageFixtures';
import { execute } from '../src/cli/execute';
import { PackageWorkbook } from '../src/workbook/xlsx/packageWorkbook';

/** What became of one file: ok, refused as not a workbook (correctly), or a failure of a named form. */
export interface CorpusResult {
  outcome: 'ok' | 'invalid' | 'fail';
  form?: string;
  detail?: string;
  ms?: number;
}

type Parts = Record<string, Uint8Array>;

const ROSTER_SHEET = '花名册';
const TRANSITIONAL_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

class Form extends Error {
  constructor(readonly form: string, detail: string) {
    super(detail);
  }
}

/** A part name from a target, relative to a folder or absolute (OPC, ECMA-376 part 2 §9.3). */
function partName(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of decodeURIComponent(target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

const folderOf = (part: string) => part.split('/').slice(0, -1).join('/');
const relsOf = (part: string) => `${folderOf(part) ? `${folderOf(part)}/` : ''}_rels/${part.split('/').pop()}.rels`;
/** A part by name as the package stores it (names compare case-insensitively, §9.1.1.1; some writers use '\\'). */
const find = (parts: Parts, name: string) => (name in parts ? name : undefined) ?? Object.keys(parts).find((candidate) => candidate.replace(/\\/gu, '/').toLowerCase() === name.toLowerCase());
const CONTENT_TYPES = '[Content_Types].xml';

export function officeDocument(parts: Parts): string | undefined {
  const root = parts[find(parts, '_rels/.rels') ?? ''];
  const target = root && /<(?:\w+:)?Relationship\b[^>]*Type\s*=\s*"[^"]*\/officeDocument"[^>]*>/u.exec(strFromU8(root))?.[0];
  const to = target && /\bTarget\s*=\s*"([^"]*)"/u.exec(target)?.[1];
  // The name as the format spells it; `find` gives the key the zip stores it under.
  return to && find(parts, partName('', to)) ? partName('', to) : undefined;
}

/** The parts with a roster sheet added at the end of the workbook, and the roster part's name. */
export function withRoster(parts: Parts, workbookPart: string): { parts: Parts; roster: string } {
  const workbookKey = find(parts, workbookPart)!;
  const workbook = strFromU8(parts[workbookKey]);
  const strict = workbook.includes('purl.oclc.org/ooxml');
  const main = strict ? 'http://purl.oclc.org/ooxml/spreadsheetml/main' : 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const folder = folderOf(workbookPart);
  const roster = `${folder ? `${folder}/` : ''}worksheets/rosterAdded.xml`;
  const id = 'rIdRosterAdded';
  const cell = (text: string, r: number, c: number) => (text ? `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${text}</t></is></c>` : '');
  const sheetXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}"><sheetData>${ROSTER_ROWS.map((row, r) => `<row r="${r + 1}">${row.map((text, c) => cell(text, r, c)).join('')}</row>`).join('')}</sheetData></worksheet>`;
  const relsPart = find(parts, relsOf(workbookPart)) ?? relsOf(workbookPart);
  const rels = parts[relsPart] ? strFromU8(parts[relsPart]) : '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const relType = `${strict ? STRICT_REL : TRANSITIONAL_REL}/worksheet`;
  const newRel = `<Relationship Id="${id}" Type="${relType}" Target="worksheets/rosterAdded.xml"/>`;
  const sheetIds = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bsheetId="(\d+)"/gu)].map((match) => Number(match[1]));
  const prefix = /<(\w+:)?sheets\b/u.exec(workbook)?.[1] ?? '';
  const sheet = `<${prefix}sheet name="${ROSTER_SHEET}" sheetId="${Math.max(0, ...sheetIds) + 1}" xmlns:rr="${strict ? STRICT_REL : TRANSITIONAL_REL}" rr:id="${id}"/>`;
  const listed = workbook.replace(new RegExp(`</${prefix}sheets>`, 'u'), `${sheet}</${prefix}sheets>`).replace(new RegExp(`<${prefix}sheets\\s*/>`, 'u'), `<${prefix}sheets>${sheet}</${prefix}sheets>`);
  if (listed === workbook) throw new Form('roster not added', 'no <sheets> in the workbook');
  const typesPart = find(parts, CONTENT_TYPES)!;
  const types = strFromU8(parts[typesPart]);
  const override = `<Override PartName="/${roster}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  return {
    roster,
    parts: {
      ...parts,
      [roster]: strToU8(sheetXml),
      [relsPart]: strToU8(rels.replace(/<\/((?:\w+:)?)Relationships>/u, `${newRel}</$1Relationships>`)),
      [workbookKey]: strToU8(listed),
      [typesPart]: strToU8(types.replace(/<\/((?:\w+:)?)Types>/u, `${override}</$1Types>`)),
    },
  };
}

/** Whether a command's outcome is a refusal the way a user should see it: exit 2, one Chinese line. */
const cleanRefusal = (outcome: { code: number; stderr: string }) => outcome.code === 2 && /^错误:[\u4e00-\u9fff][^\n]*\n?$/u.test(outcome.stderr);

async function refusedCleanly(file: string): Promise<CorpusResult> {
  const outcome = await execute(['check', file]);
  if (cleanRefusal(outcome)) return { outcome: 'invalid', detail: outcome.stderr.trim() };
  return { outcome: 'fail', form: 'invalid file not refused cleanly', detail: `exit ${outcome.code}: ${outcome.stderr.trim().split('\n')[0]}` };
}

/**
 * Evidence, found without the code under test, that a package is damaged: an XML part that is not
 * well-formed or declares a DTD (OOXML forbids them, ECMA-376 part 2 §8.1.4), or a row past 1,048,576.
 */
function damage(parts: Parts): string | undefined {
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/iu.test(name)) continue;
    const xml = strFromU8(bytes);
    if (/<!DOCTYPE/iu.test(xml)) return `${name}: a DTD`;
    const valid = XMLValidator.validate(xml);
    if (valid !== true) return `${name}: ${valid.err.msg}`;
    if ([...xml.matchAll(/<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/gu)].some((match) => Number(match[1]) > 1_048_576)) return `${name}: a row past 1,048,576`;
  }
  return undefined;
}

async function gridsOf(path: string) {
  const workbook = await PackageWorkbook.open(path);
  try {
    return await workbook.readSheets();
  } finally {
    workbook.close();
  }
}

const LISTS = new Set(['Relationship', 'sheet', 'Override', 'Default']);
const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, isArray: (name) => LISTS.has(name) });
const xmlOf = (bytes: Uint8Array) => parser.parse(strFromU8(bytes));

/** The sheets of workbook.xml, each with the part its relationship names (undefined when none). */
function sheetsOf(parts: Parts, workbookPart: string): { name: string; part?: string }[] {
  const rels = xmlOf(parts[find(parts, relsOf(workbookPart))!]).Relationships?.Relationship ?? [];
  const targets = new Map<string, string>(rels.map((rel: Record<string, string>) => [rel['@_Id'], partName(folderOf(workbookPart), rel['@_Target'])]));
  const sheets: Record<string, string>[] = xmlOf(parts[find(parts, workbookPart)!]).workbook?.sheets?.sheet ?? [];
  return sheets.map((sheet) => ({ name: String(sheet['@_name']), part: targets.get(sheet['@_id']) }));
}

/** The sheets the input itself lists without a part (its own damage, not the copy's). */
const danglingSheets = (parts: Parts, workbookPart: string) => new Set(sheetsOf(parts, workbookPart).filter((sheet) => !sheet.part || !find(parts, sheet.part)).map((sheet) => sheet.name));

/** The owned parts of the copy well-formed, every sheet's relationship and content type present. */
function checkStructure(copy: Parts, workbookPart: string, owned: string[], dangling: ReadonlySet<string>): void {
  for (const name of owned) {
    const part = find(copy, name.replace(/\\/gu, '/'));
    if (!part) throw new Form('owned part missing', name);
    const valid = XMLValidator.validate(strFromU8(copy[part]));
    if (valid !== true) throw new Form('owned part not well-formed', `${part}: ${valid.err.msg}`);
  }
  const types = xmlOf(copy[find(copy, CONTENT_TYPES)!]).Types;
  const overrides = new Set((types.Override ?? []).map((o: Record<string, string>) => o['@_PartName'].toLowerCase()));
  const defaults = new Set((types.Default ?? []).map((d: Record<string, string>) => d['@_Extension'].toLowerCase()));
  const names = new Set<string>();
  for (const { name, part } of sheetsOf(copy, workbookPart)) {
    if (names.has(name.toLowerCase())) throw new Form('sheet listed twice', name);
    names.add(name.toLowerCase());
    if (dangling.has(name)) continue;
    if (!part || !find(copy, part)) throw new Form('sheet without its part', `${name} → ${part}`);
    if (!overrides.has(`/${part}`.toLowerCase()) && !defaults.has(part.split('.').pop()!.toLowerCase())) throw new Form('part without a content type', part);
  }
}

/** Runs the whole check on one file. */
export async function checkOne(file: string, work: string): Promise<CorpusResult> {
  let original: Parts;
  try {
    original = unzipSync(readFileSync(file));
  } catch {
    return refusedCleanly(file);
  }
  const workbookPart = officeDocument(original);
  if (!workbookPart || !find(original, CONTENT_TYPES)) return refusedCleanly(file);
  const extension = file.slice(-4).toLowerCase();
  const input = `${work}-in.${extension}`;
  const out = `${work}-out.${extension}`;
  try {
    const { parts, roster } = withRoster(original, workbookPart);
    writeFileSync(input, zipSync(parts));
    rmSync(out, { force: true });
    const start = Date.now();
    const outcome = await execute(['plan', input, '--out', out, '--as-of', '2026-11-22', '--sheet', ROSTER_SHEET]);
    const ms = Date.now() - start;
    if (outcome.code !== 0) {
      const line = outcome.stderr.trim().split('\n')[0];
      const damaged = damage(original);
      if (damaged && cleanRefusal(outcome)) return { outcome: 'invalid', detail: `${damaged}; ${line}` };
      throw new Form(outcome.code === 2 && /^错误:无法读取/u.test(line) ? 'refused as unreadable' : `plan exit ${outcome.code}`, line);
    }
    const copy = unzipSync(readFileSync(out));
    const relsPart = find(parts, relsOf(workbookPart))!;
    const stylesTarget = /<(?:\w+:)?Relationship\b[^>]*Type="[^"]*\/styles"[^>]*>/u.exec(strFromU8(parts[relsPart]))?.[0];
    const styles = stylesTarget ? find(parts, partName(folderOf(workbookPart), /\bTarget="([^"]*)"/u.exec(stylesTarget)![1])) : undefined;
    const owned = [find(parts, CONTENT_TYPES)!, find(parts, workbookPart)!, relsPart, roster, ...(styles ? [styles] : [])];
    // A name written with '\\' may come back with '/' (OPC part names use '/', §9.1.1.1): the bytes must not change.
    const copied = (part: string) => copy[part] ?? copy[find(copy, part.replace(/\\/gu, '/')) ?? ''];
    const changed = Object.keys(parts).filter((part) => !owned.includes(part) && !(copied(part) && Buffer.from(copied(part)).equals(Buffer.from(parts[part]))));
    if (changed.length > 0) throw new Form('parts changed', changed.join(', '));
    checkStructure(copy, workbookPart, owned, danglingSheets(parts, workbookPart));
    const was = (await gridsOf(input)).filter((grid) => grid.name !== ROSTER_SHEET);
    const now = await gridsOf(out);
    for (const grid of was) {
      if (!isDeepStrictEqual(now.find((other) => other.name === grid.name), grid)) throw new Form('values changed', grid.name);
    }
    return { outcome: 'ok', ms };
  } catch (error) {
    if (error instanceof Form) return { outcome: 'fail', form: error.form, detail: error.message };
    return { outcome: 'fail', form: 'check threw', detail: (error as Error).message.split('\n')[0] };
  } finally {
    rmSync(input, { force: true });
    rmSync(out, { force: true });
  }
}
