/**
 * Reading a part of a zip: deflated parts inflated whole, across many chunks; stored parts as they are;
 * a part whose inflated bytes are more or fewer than the central directory lists refused, as a damaged
 * file must be, not read short.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { INFLATE_CHUNK, ZipReader } from '../../../src/workbook/xlsx/zipReader';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'zip-reader-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sheet-like text several inflate chunks long. */
const long = Array.from({ length: 40_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i % 97}</v></c></row>`).join('');

function written(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The zip with the uncompressed size of its only part listed as `size` in the local header and the central directory. */
function listedAs(bytes: Uint8Array, size: number): Uint8Array {
  const copy = Buffer.from(bytes);
  for (let at = 0; at + 4 <= copy.length; at += 1) {
    const signature = copy.readUInt32LE(at);
    if (signature === 0x04034b50) copy.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50) copy.writeUInt32LE(size, at + 24);
  }
  return copy;
}

async function read(path: string, name: string): Promise<Buffer> {
  const zip = await ZipReader.open(path);
  try {
    return await zip.bytes(zip.part(name)!);
  } finally {
    zip.close();
  }
}

describe('a part read from a zip', () => {
  it('is inflated whole across many chunks, and a stored part is read as it is', async () => {
    expect(long.length).toBeGreaterThan(8 * INFLATE_CHUNK);
    const path = written('both.zip', zipSync({ 'deflated.xml': [strToU8(long), { level: 6 }], 'stored.xml': [strToU8('<a>表</a>'), { level: 0 }] }));
    expect((await read(path, 'deflated.xml')).toString('utf8')).toBe(long);
    expect((await read(path, 'stored.xml')).toString('utf8')).toBe('<a>表</a>');
  });

  it('is refused when it inflates to fewer or more bytes than the directory lists', async () => {
    const good = zipSync({ 'sheet.xml': [strToU8(long), { level: 6 }] });
    const size = Buffer.byteLength(long);
    await expect(read(written('longer.zip', listedAs(good, size + 1)), 'sheet.xml')).rejects.toThrow(`part sheet.xml has ${size} bytes, ${size + 1} listed`);
    await expect(read(written('shorter.zip', listedAs(good, size - 1)), 'sheet.xml')).rejects.toThrow(`part sheet.xml is longer than the ${size - 1} bytes listed`);
    expect((await read(written('same.zip', listedAs(good, size)), 'sheet.xml')).length).toBe(size);
  });
});
