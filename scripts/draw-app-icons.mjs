#!/usr/bin/env node
// Draws Stockpilot's icons (a parcel: a box with its tape) into resources/, with no image
// library: shapes are rendered by supersampling and written as PNG through node:zlib.
// Run `node scripts/draw-app-icons.mjs` after changing the drawing; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const resources = join(import.meta.dirname, '..', 'resources');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** RGBA pixels (size × size × 4) → PNG bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Is the point (x, y) in unit coordinates (0..1) ink? The parcel: outline, lid seam, tape. */
function parcel(x, y, stroke) {
  const inBox = x >= 0.1 && x <= 0.9 && y >= 0.18 && y <= 0.88;
  const inInner = x >= 0.1 + stroke && x <= 0.9 - stroke && y >= 0.18 + stroke && y <= 0.88 - stroke;
  const lid = y >= 0.38 && y <= 0.38 + stroke * 0.8 && inBox;
  const tape = x >= 0.5 - stroke * 0.6 && x <= 0.5 + stroke * 0.6 && y >= 0.18 && y <= 0.38;
  return (inBox && !inInner) || lid || tape;
}

function draw(size, colour, { background } = {}) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  const stroke = size <= 16 ? 0.13 : size <= 32 ? 0.1 : 0.07;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) if (parcel((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, stroke)) hits++;
      const ink = hits / (samples * samples);
      const i = (py * size + px) * 4;
      const base = background ?? [0, 0, 0, 0];
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(colour[c] * ink + base[c] * (1 - ink));
      rgba[i + 3] = Math.round(255 * ink + base[3] * (1 - ink));
    }
  }
  return encodePng(size, rgba);
}

const teal = [15, 118, 110];
const black = [0, 0, 0];
const white = [255, 255, 255];
const files = {
  'tray.png': draw(16, teal),
  'tray@2x.png': draw(32, teal),
  'trayTemplate.png': draw(16, black),
  'trayTemplate@2x.png': draw(32, black),
  'icon.png': draw(512, white, { background: [...teal, 255] }),
};
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(resources, name), bytes);
console.log(`Drew ${Object.keys(files).join(', ')} in resources/`);
