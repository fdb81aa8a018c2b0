/**
 * Our own output sheets across runs: which earlier ones a new write replaces (nobody edited them since:
 * their values still have the fingerprint recorded when we wrote them), which it keeps (edited), and
 * the names the new sheets take. Never a sheet that is not in the record.
 */
import { fingerprintOf } from '../core/sheets/fingerprint';
import { SheetSpec, freeSheetName } from '../core/sheets/sheetSpec';

/** A sheet we wrote, as the workbook's record keeps it. */
export interface OwnSheet {
  name: string;
  fingerprint: string;
}

/** Whether a sheet name is the base name or one of its numbered copies: '轮岗方案 (3)' is under '轮岗方案'. */
export function isUnderBase(name: string, base: string): boolean {
  const lower = name.toLowerCase();
  const wanted = base.toLowerCase();
  return lower === wanted || (lower.startsWith(`${wanted} (`) && /^ \(\d+\)$/u.test(lower.slice(wanted.length)));
}

/** The recorded sheets a write under these base names must look at (their values decide). */
export function candidatesFor(specs: readonly SheetSpec[], record: readonly OwnSheet[], existing: readonly string[]): OwnSheet[] {
  const present = new Set(existing.map((name) => name.toLowerCase()));
  return record.filter((own) => present.has(own.name.toLowerCase()) && specs.some((spec) => isUnderBase(own.name, spec.name)));
}

export interface Placement {
  /** The names the new sheets take, in the order given. */
  names: string[];
  replaced: string[];
  kept: string[];
  /** The record after the write. */
  record: OwnSheet[];
}

/**
 * Where the new sheets go: `now` gives each candidate's fingerprint as its values are today.
 * The replaced are deleted by the caller before the new sheets are added.
 */
export function placeSheets(specs: readonly SheetSpec[], record: readonly OwnSheet[], existing: readonly string[], now: ReadonlyMap<string, string>): Placement {
  const candidates = candidatesFor(specs, record, existing);
  const replaced = candidates.filter((own) => now.get(own.name) === own.fingerprint).map((own) => own.name);
  const kept = candidates.filter((own) => now.get(own.name) !== own.fingerprint).map((own) => own.name);
  const gone = new Set(replaced.map((name) => name.toLowerCase()));
  const present = new Set(existing.map((name) => name.toLowerCase()));
  const taken = existing.filter((name) => !gone.has(name.toLowerCase()));
  const names = specs.map((spec) => {
    const name = freeSheetName(spec.name, taken);
    taken.push(name);
    return name;
  });
  const survivors = record.filter((own) => present.has(own.name.toLowerCase()) && !gone.has(own.name.toLowerCase()));
  return { names, replaced, kept, record: [...survivors, ...specs.map((spec, i) => ({ name: names[i], fingerprint: fingerprintOf(spec.rows) }))] };
}
