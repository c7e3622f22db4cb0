/**
 * Generated "phone photos" for tests and benchmarks: 4000×3000 JPEGs of abstract gradients,
 * shapes and sensor-like grain, with the EXIF a phone writes (orientation, camera make and
 * model, GPS position). They stand in for real photos in size and in the metadata a build must
 * strip; they do not depict any place or product.
 */
import sharp from 'sharp';

export interface PhonePhotoOptions {
  seed: number;
  /** Stored (sensor) size; an orientation of 5–8 shows it turned a quarter. Default 4000×3000. */
  width?: number;
  height?: number;
  /** EXIF orientation, 1–8. Phones held upright write 6. Default 6. */
  orientation?: number;
  /**
   * GPS position written into the EXIF GPS directory, as phones do; `false` for none (what the
   * content validator demands). Default: somewhere in West Java.
   */
  gps?: { lat: number; lng: number } | false | undefined;
  /** JPEG quality; phones write 85–95. Default 90. */
  quality?: number;
  /**
   * Camera EXIF (make, model, software) and an XMP packet, as phones write; `false` keeps only
   * the orientation (what a prepared photo in the repository may carry). Default true.
   */
  camera?: boolean;
}

/**
 * Written into every generated photo's EXIF (camera make) so tests can look for it in the
 * output bytes: if it is there, metadata leaked.
 */
export const FIXTURE_CAMERA = 'EtalaseFixtureCam';

/** mulberry32, as in corpus.ts: the same seed gives the same photo everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A small grid of random values, smoothly enlarged: variation at the scale of one cell. */
async function layer(next: () => number, cols: number, rows: number, width: number, height: number, channels: 1 | 3) {
  const pixels = Buffer.alloc(cols * rows * channels);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = Math.floor(next() * 256);
  return sharp(pixels, { raw: { width: cols, height: rows, channels } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .raw()
    .toBuffer();
}

/** Hills, discs and bars: hard edges, as real scenes have. */
function shapes(next: () => number, width: number, height: number): Buffer {
  const colour = () => `rgb(${Math.round(next() * 255)},${Math.round(next() * 255)},${Math.round(next() * 255)})`;
  const parts: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const y = height * (0.35 + 0.2 * i);
    const points = Array.from({ length: 9 }, (_, k) => `${(k * width) / 8},${y + (next() - 0.5) * height * 0.2}`);
    parts.push(
      `<polygon points="0,${height} ${points.join(' ')} ${width},${height}" fill="${colour()}" fill-opacity="0.55"/>`,
    );
  }
  for (let i = 0; i < 14; i += 1) {
    parts.push(
      `<circle cx="${next() * width}" cy="${next() * height}" r="${40 + next() * height * 0.12}" fill="${colour()}" fill-opacity="${0.3 + next() * 0.5}"/>`,
    );
  }
  for (let i = 0; i < 10; i += 1) {
    parts.push(
      `<rect x="${next() * width}" y="${next() * height}" width="${20 + next() * width * 0.1}" height="${40 + next() * height * 0.3}" fill="${colour()}" fill-opacity="0.6"/>`,
    );
  }
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`,
  );
}

/** Degrees → EXIF rational triple "d/1 m/1 s/100". */
function dms(value: number): string {
  const abs = Math.abs(value);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  const s = Math.round(((abs - d) * 60 - m) * 60 * 100);
  return `${d}/1 ${m}/1 ${s}/100`;
}

export async function phonePhoto(options: PhonePhotoOptions): Promise<Buffer> {
  const { seed, width = 4000, height = 3000, orientation = 6, quality = 90, camera = true } = options;
  const gps = options.gps ?? { lat: -6.9 - (seed % 10) / 100, lng: 107.6 + (seed % 10) / 100 };
  const gpsIfd = gps
    ? {
        IFD3: {
          GPSVersionID: '2 2 0 0',
          GPSLatitudeRef: gps.lat < 0 ? 'S' : 'N',
          GPSLatitude: dms(gps.lat),
          GPSLongitudeRef: gps.lng < 0 ? 'W' : 'E',
          GPSLongitude: dms(gps.lng),
        },
      }
    : {};
  const next = random(seed);
  const [coarse, medium, fine, mask, drawn] = await Promise.all([
    layer(next, 6, 5, width, height, 3),
    layer(next, 120, 90, width, height, 1),
    layer(next, 800, 600, width, height, 1),
    layer(next, 5, 4, width, height, 1),
    sharp(shapes(next, width, height))
      .ensureAlpha()
      .raw()
      .toBuffer(),
  ]);
  // Colour gradients, hard-edged shapes over them, then texture (busy in some regions, smooth
  // in others, as grass next to sky) and a little sensor grain.
  const out = new Uint8ClampedArray(width * height * 3);
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let p = 0, o = 0, d = 0; p < width * height; p += 1, o += 3, d += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const busy = mask[p]! / 255;
    const texture =
      busy * busy * ((medium[p]! - 128) * 0.5 + (fine[p]! - 128) * 0.35) + (((state >>> 0) & 15) - 7.5) * 1.2;
    const alpha = drawn[d + 3]! / 255;
    out[o] = coarse[o]! * (1 - alpha) + drawn[d]! * alpha + texture;
    out[o + 1] = coarse[o + 1]! * (1 - alpha) + drawn[d + 1]! * alpha + texture;
    out[o + 2] = coarse[o + 2]! * (1 - alpha) + drawn[d + 2]! * alpha + texture;
  }
  const image = sharp(out, { raw: { width, height, channels: 3 }, limitInputPixels: false }).jpeg({ quality });
  if (camera) {
    image
      .withExif({
        IFD0: { Make: FIXTURE_CAMERA, Model: 'Generated test image', Software: 'scripts/bench/photos.ts' },
        ...gpsIfd,
      })
      .withXmp(
        `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
          `<rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="${FIXTURE_CAMERA}"/>` +
          `</rdf:RDF></x:xmpmeta>`,
      );
  } else if (gps) {
    image.withExif(gpsIfd);
  }
  return image.withMetadata({ orientation }).toBuffer();
}
