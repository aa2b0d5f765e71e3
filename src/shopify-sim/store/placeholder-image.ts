/**
 * Pictures the store draws itself: a seeded product's images are small one-colour PNGs the
 * store holds (nothing is fetched from the addresses a seed names), so downloading them
 * works offline. Tests build their images with the same function.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of one colour; different colours give different bytes. */
export function solidPng(rgb: readonly [number, number, number], size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // 8 bits a channel
  header.writeUInt8(2, 9); // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The picture a seed's image address stands for: its colour follows from the address. */
export function placeholderFor(address: string): { filename: string; bytes: Buffer } {
  const [r = 0, g = 0, b = 0] = createHash('sha256').update(address).digest();
  const base = address.split(/[?#]/)[0]?.split('/').pop()?.replace(/\.[a-z0-9]+$/i, '') || 'image';
  return { filename: `${base}.png`, bytes: solidPng([r, g, b], 64) };
}
