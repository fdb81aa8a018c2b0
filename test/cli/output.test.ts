/**
 * The CLI's output file: never the input, written whole or not at all, an unusable target told in one line.
 */
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../src/workbook/port';
import { writeAtomically } from '../../src/workbook/xlsx/safeOutput';
import { runCli } from './runCli';

const ROSTER = join(__dirname, '../fixtures/title-rows.xlsx');
const tmp = mkdtempSync(join(tmpdir(), 'rotation-out-'));
chmodSync(tmp, 0o755);

const rotation = runCli;

/** A copy of the roster in a folder of its own, and its bytes. */
function inputCopy(name: string): { path: string; bytes: Buffer } {
  const folder = join(tmp, name);
  mkdirSync(folder);
  const path = join(folder, 'roster.xlsx');
  copyFileSync(ROSTER, path);
  return { path, bytes: readFileSync(path) };
}

const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^错误:/u);
  expect(stderr).not.toMatch(/\n\s+at /u);
};

describe('--out', () => {
  it.each([
    ['the same path', (input: string) => input],
    ['the same path spelled otherwise', (input: string) => join(input, '..', '.', 'roster.xlsx')],
    ['a hard link to the input', (input: string) => { const link = join(input, '..', 'link.xlsx'); linkSync(input, link); return link; }],
    ['a symbolic link to the input', (input: string) => { const link = join(input, '..', 'symlink.xlsx'); symlinkSync(input, link); return link; }],
  ])('naming the input (%s) is refused with exit 2 and the input untouched', async (label, outOf) => {
    const { path, bytes } = inputCopy(label.replace(/\s/gu, '-'));
    const { code, stderr, stdout } = await rotation(['plan', path, '--out', outOf(path), '--as-of', '2026-11-22']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toMatch(/输入文件/u);
    expect(stdout).toBe('');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('naming a folder is exit 2 saying so', async () => {
    const { path, bytes } = inputCopy('folder');
    const folder = join(tmp, 'folder', 'out.xlsx');
    mkdirSync(folder);
    const { code, stderr } = await rotation(['check', path, '--out', folder, '--as-of', '2026-11-22']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toMatch(/文件夹/u);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('under a file, not a folder, is exit 2 saying so', async () => {
    const { path } = inputCopy('under-file');
    const { code, stderr } = await rotation(['check', path, '--out', join(path, 'out.xlsx'), '--as-of', '2026-11-22']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toMatch(/不是文件夹/u);
  });

  // Root passes every permission check, so the command runs as the unprivileged user `nobody` here.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  it('in a folder without write permission is exit 2 saying so, leaving nothing there', async () => {
    const { path, bytes } = inputCopy('no-permission');
    const locked = join(tmp, 'no-permission', 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    chmodSync(join(tmp, 'no-permission'), 0o755);
    chmodSync(path, 0o644);
    const { code, stderr } = await rotation(['check', path, '--out', join(locked, 'out.xlsx'), '--as-of', '2026-11-22'], asNobody);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toMatch(/没有权限/u);
    expect(readdirSync(locked)).toEqual([]);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('replaces an earlier output file whole, and leaves the input byte for byte as it was', async () => {
    const { path, bytes } = inputCopy('replace');
    const out = join(tmp, 'replace', 'out.xlsx');
    writeFileSync(out, 'an earlier file');
    const { code } = await rotation(['check', path, '--out', out, '--as-of', '2026-11-22']);
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(join(tmp, 'replace')).sort()).toEqual(['out.xlsx', 'roster.xlsx']);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('must be of the input\'s kind: a workbook with macros gives a .xlsm', async () => {
    const folder = join(tmp, 'kind');
    mkdirSync(folder);
    const macro = join(folder, 'roster.xlsm');
    copyFileSync(ROSTER, macro);
    const { code, stderr } = await rotation(['check', macro, '--out', join(folder, 'out.xlsx')]);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toMatch(/\.xlsm/u);
  });
});

describe('writeAtomically', () => {
  it('leaves no file at all when the write fails half-way, and says which failure in one line', async () => {
    const folder = join(tmp, 'atomic');
    mkdirSync(folder);
    const out = join(folder, 'out.xlsx');
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const attempt = writeAtomically(out, async (temporary) => {
      writeFileSync(temporary, 'half a workbook');
      throw full;
    });
    await expect(attempt).rejects.toThrow(AppError);
    await expect(attempt).rejects.toThrow(/磁盘空间不足/u);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps the earlier file when the write fails', async () => {
    const folder = join(tmp, 'atomic-keep');
    mkdirSync(folder);
    const out = join(folder, 'out.xlsx');
    writeFileSync(out, 'earlier');
    await expect(writeAtomically(out, async () => { throw Object.assign(new Error('denied'), { code: 'EACCES' }); })).rejects.toThrow(/没有权限/u);
    expect(readFileSync(out, 'utf8')).toBe('earlier');
    expect(readdirSync(folder)).toEqual(['out.xlsx']);
  });

  it('passes on a failure it does not foresee, still leaving nothing behind', async () => {
    const folder = join(tmp, 'atomic-other');
    mkdirSync(folder);
    await expect(writeAtomically(join(folder, 'o.xlsx'), async (temporary) => { writeFileSync(temporary, 'x'); throw new Error('bug'); })).rejects.toThrow('bug');
    expect(readdirSync(folder)).toEqual([]);
  });
});
