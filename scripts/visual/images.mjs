// Reading, comparing and writing the visual test's PNGs (pngjs + pixelmatch).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const decode = (buffer) => PNG.sync.read(buffer);

/** Best deflate and adaptive filters: references are committed, so bytes matter more than time. */
export const encode = (png) => PNG.sync.write(png, { deflateLevel: 9, filterType: -1 });

export const writePng = (path, png) => writeFileSync(path, encode(png));

/** `png` on a canvas of `width` x `height`; the added area is transparent. */
function padTo(png, width, height) {
  if (png.width === width && png.height === height) return png;
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
  return out;
}

/**
 * Compares an actual shot with its reference. `threshold` is pixelmatch's per-pixel colour
 * tolerance; anti-aliased pixels are not counted. A size change counts every pixel outside the
 * common area as different.
 * Returns { differing, sizeChanged, diff } where diff is a PNG that marks the differences in red.
 */
export function compare(actual, reference, { threshold }) {
  const width = Math.max(actual.width, reference.width);
  const height = Math.max(actual.height, reference.height);
  const a = padTo(actual, width, height);
  const b = padTo(reference, width, height);
  const diff = new PNG({ width, height });
  const differing = pixelmatch(b.data, a.data, diff.data, width, height, { threshold, alpha: 0.2 });
  return { differing, sizeChanged: actual.width !== reference.width || actual.height !== reference.height, diff };
}

export const readPng = (path) => decode(readFileSync(path));

const QUANTIZE_SLACK = 2;

/**
 * A reference image as committed: 256 colours without dithering (ImageMagick), a fifth to a
 * tenth of the bytes of full colour, kept only if it matches the shot under the test's own
 * tolerance but for at most QUANTIZE_SLACK pixels (a smooth gradient in the article picture may
 * lose one); else (or without ImageMagick) the full-colour PNG.
 */
export function writeReference(path, png, { threshold }) {
  const full = encode(png);
  const quantized = spawnSync('convert', ['png:-', '+dither', '-colors', '256', 'PNG8:-'], {
    input: full,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (quantized.status === 0 && quantized.stdout.length > 0 && quantized.stdout.length < full.length) {
    const small = decode(quantized.stdout);
    if (compare(png, small, { threshold }).differing <= QUANTIZE_SLACK) {
      writeFileSync(path, quantized.stdout);
      return;
    }
  }
  writeFileSync(path, full);
}
