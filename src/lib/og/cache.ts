/**
 * A file cache for share images, kept between builds (.cache/og/ by default, next to Astro's
 * image cache in .cache/astro/). The key is a hash of everything that decides the image — the
 * card's SVG, the photo's content key and the encoder settings — so an unchanged entry costs one
 * file read, and a changed one gets a new file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../config.ts';

export const OG_CACHE_DIR = siteConfig.ogCacheDir;

export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 40);
}

export interface CacheResult {
  data: Buffer;
  hit: boolean;
}

/** The cached bytes for `key`, or `make()`'s, written atomically for the next build. */
export async function cached(key: string, make: () => Promise<Buffer>, dir = OG_CACHE_DIR): Promise<CacheResult> {
  const file = join(dir, `${key}.jpg`);
  try {
    return { data: readFileSync(file), hit: true };
  } catch {
    // Not cached yet.
  }
  const data = await make();
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
  return { data, hit: false };
}
