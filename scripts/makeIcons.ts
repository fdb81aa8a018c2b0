/**
 * Draws the add-in's icons (16, 32, 64, 80 px): a green tile with a white ring broken in two places,
 * two arcs chasing each other, for rotation. Plain PNG written with zlib, so no image library is needed.
 *
 * Run: npm run icons
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
};

/** The colour of one pixel, sampled 4×4 for smooth edges. */
function pixel(x: number, y: number, size: number): [number, number, number, number] {
  let tile = 0;
  let ring = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const u = (x + (sx + 0.5) / 4) / size - 0.5;
      const v = (y + (sy + 0.5) / 4) / size - 0.5;
      const corner = Math.max(Math.abs(u) - 0.32, 0) ** 2 + Math.max(Math.abs(v) - 0.32, 0) ** 2;
      if (corner <= 0.18 ** 2 && Math.abs(u) <= 0.5 && Math.abs(v) <= 0.5) tile += 1;
      const r = Math.hypot(u, v);
      const angle = (Math.atan2(v, u) * 180) / Math.PI;
      const gap = (angle > -60 && angle < -20) || (angle > 120 && angle < 160);
      if (r > 0.2 && r < 0.31 && !gap) ring += 1;
    }
  }
  const a = tile / 16;
  const w = ring / 16;
  return [Math.round(0x21 + (255 - 0x21) * w), Math.round(0x73 + (255 - 0x73) * w), Math.round(0x46 + (255 - 0x46) * w), Math.round(255 * a)];
}

function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel(x, y, size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, png(size));
process.stdout.write('assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png\n');
