// Draws the toolbar icon in code (no image tools, no network): a rounded teal square with a white
// magnifier lens over three "text lines", one of them highlighted in amber. Written as RGBA PNG.
import { deflateSync } from 'node:zlib';
import { crc32 } from './zip';

type RGBA = [number, number, number, number];
const TEAL: RGBA = [15, 118, 110, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const AMBER: RGBA = [251, 191, 36, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

/** Colour of the icon at a point given in unit coordinates (0..1), before anti-aliasing. */
function shade(x: number, y: number): RGBA {
  // rounded square background (corner radius 0.2)
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  // magnifier ring centred at (0.44, 0.44)
  const d = Math.hypot(x - 0.44, y - 0.44);
  if (d >= 0.22 && d <= 0.3) return WHITE;
  // handle, from the ring towards the bottom-right corner
  const t = (x - 0.44 + (y - 0.44)) / 2;
  const off = Math.abs(x - 0.44 - (y - 0.44)) / Math.SQRT2;
  if (t > 0.2 && t < 0.4 && off < 0.055) return WHITE;
  // lines of text inside the lens; the middle one highlighted
  if (d < 0.22) {
    if (Math.abs(y - 0.44) < 0.04 && x > 0.28 && x < 0.6) return AMBER;
    if ((Math.abs(y - 0.34) < 0.025 || Math.abs(y - 0.54) < 0.025) && x > 0.3 && x < 0.58) return WHITE;
  }
  return TEAL;
}

/** Supersampled 4×4 per pixel so small sizes stay smooth. */
function render(size: number): Buffer {
  const SS = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const a = acc[3];
      raw[o] = a ? Math.round(acc[0] / a) : 0;
      raw[o + 1] = a ? Math.round(acc[1] / a) : 0;
      raw[o + 2] = a ? Math.round(acc[2] / a) : 0;
      raw[o + 3] = Math.round(a / (SS * SS));
    }
  }
  return raw;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function iconPng(size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(render(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 48, 128] as const;
