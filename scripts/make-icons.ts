import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/**
 * Draws Pacer's icon — a gauge with a needle past the middle (on pace) — into RGBA pixels and
 * writes public/icon/<size>.png. Pure Node, no image libraries: the mark is a few distance
 * functions sampled 4×4 per pixel for smooth edges. Run: `node --import tsx scripts/make-icons.ts`.
 */
type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [15, 118, 110]; // teal 700
const INK: Rgb = [255, 255, 255];
const ACCENT: Rgb = [253, 224, 71]; // the "pace" segment of the dial

const TAU = Math.PI * 2;
const clamp01 = (v: number): number => Math.max(0, Math.min(1, v));

/** Signed distance to a rounded square centred at 0.5,0.5 (units of the icon's side). */
function roundedSquare(x: number, y: number, half: number, radius: number): number {
  const qx = Math.abs(x - 0.5) - half + radius;
  const qy = Math.abs(y - 0.5) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = clamp01(((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** Angle on the dial measured clockwise from the left end (0) to the right end (1) of a 240° arc. */
function dialPosition(dx: number, dy: number): number {
  const a = Math.atan2(-dy, dx); // counter-clockwise from +x, y up
  const fromStart = (((210 * Math.PI) / 180 - a) % TAU + TAU) % TAU;
  return fromStart / ((240 * Math.PI) / 180);
}

const CX = 0.5;
const CY = 0.56;
const R = 0.3;
const STROKE = 0.085;
const NEEDLE_AT = 0.68; // a little past the middle: ahead of pace

/** The colour (or null for transparent) at a point of the unit square. */
function shade(x: number, y: number): Rgb | null {
  if (roundedSquare(x, y, 0.47, 0.2) > 0) return null;
  const dx = x - CX;
  const dy = y - CY;
  const pos = dialPosition(dx, dy);
  if (Math.abs(Math.hypot(dx, dy) - R) < STROKE / 2 && pos <= 1) return pos > 0.55 && pos < 0.8 ? ACCENT : INK;
  const angle = ((210 - 240 * NEEDLE_AT) * Math.PI) / 180;
  const tipX = CX + Math.cos(angle) * (R - 0.06);
  const tipY = CY - Math.sin(angle) * (R - 0.06);
  if (segmentDistance(x, y, CX, CY, tipX, tipY) < 0.038) return INK;
  if (Math.hypot(dx, dy) < 0.065) return INK;
  return BACKGROUND;
}

function render(size: number): Buffer {
  const SS = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A minimal PNG: 8-bit RGBA, filter 0 on every row, one IDAT. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 48, 128] as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('../public/icon/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(new URL(`${size}.png`, dir), encodePng(size, render(size)));
  console.log(`Wrote public/icon/{${ICON_SIZES.join(',')}}.png`);
}
