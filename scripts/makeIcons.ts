/** Draws the add-in's ribbon icons (16, 20, 24, 32, 40, 48, 64 and 80 px PNG: Office picks one by the screen's scaling) from code, so they can be regenerated: `npx tsx scripts/makeIcons.ts`. */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * Encodes RGBA pixels (row by row) as a PNG file.
 * @example encodePng(1, 1, Buffer.from([255, 0, 0, 255])).subarray(1, 4).toString() //=> 'PNG'
 */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // no filter
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (c: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

/** A dark-blue tile with three status bars in the palette's colours (done, in progress, not done): a summary at a glance. */
function drawIcon(size: number): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const bg = hex('#1F4E79');
  const bars: { colour: [number, number, number]; length: number }[] = [
    { colour: hex('#63BE7B'), length: 0.8 },
    { colour: hex('#9BC2E6'), length: 0.55 },
    { colour: hex('#F8696B'), length: 0.35 },
  ];
  const radius = size * 0.18;
  const margin = size * 0.18;
  const barHeight = (size - 2 * margin) / 5;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      // Rounded corners: outside the corner circles stays transparent.
      const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
      const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
      if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius ** 2) continue;
      let colour = bg;
      bars.forEach((bar, b) => {
        const top = margin + barHeight * (2 * b);
        if (y + 0.5 >= top && y + 0.5 < top + barHeight && x + 0.5 >= margin && x + 0.5 < margin + (size - 2 * margin) * bar.length)
          colour = bar.colour;
      });
      px[i] = colour[0];
      px[i + 1] = colour[1];
      px[i + 2] = colour[2];
      px[i + 3] = 255;
    }
  }
  return encodePng(size, size, px);
}

if (process.argv[1]?.endsWith('makeIcons.ts')) {
  for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) writeFileSync(`assets/icon-${size}.png`, drawIcon(size));
}
