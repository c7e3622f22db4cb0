/**
 * What `npm run bench` reports of an output folder: files by kind, total size, largest file and
 * fullest folder, the figures src/lib/hosts.ts checks against the free hosts.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { imageFile } from '../lib/budget.ts';

export interface OutputStats {
  files: number;
  bytes: number;
  html: number;
  /** Image files (photos and share images). */
  images: number;
  /** Files of the search index (pagefind/). */
  search: number;
  largest: { path: string; bytes: number };
  busiestDirectory: { path: string; files: number };
}

export function outputStats(dir: string): OutputStats {
  const stats: OutputStats = {
    files: 0,
    bytes: 0,
    html: 0,
    images: 0,
    search: 0,
    largest: { path: '', bytes: 0 },
    busiestDirectory: { path: '.', files: 0 },
  };
  const perDirectory = new Map<string, number>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    stats.files += 1;
    stats.bytes += size;
    if (entry.name.endsWith('.html')) stats.html += 1;
    if (imageFile.test(entry.name)) stats.images += 1;
    if (relative(dir, path).split(sep)[0] === 'pagefind') stats.search += 1;
    if (size > stats.largest.bytes) stats.largest = { path: relative(dir, path), bytes: size };
    const folder = relative(dir, entry.parentPath) || '.';
    perDirectory.set(folder, (perDirectory.get(folder) ?? 0) + 1);
  }
  for (const [path, files] of perDirectory)
    if (files > stats.busiestDirectory.files) stats.busiestDirectory = { path, files };
  return stats;
}
