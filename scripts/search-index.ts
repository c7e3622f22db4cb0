/**
 * Builds the Pagefind index for a built site. Pagefind's Node API returns errors instead of
 * throwing (and the astro-pagefind integration only logs them), so every response is checked
 * and any error fails the build.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { env } from '../src/config.ts';

/** Files Pagefind writes for its bundled UIs, which this site does not use (it has its own). */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$|^wasm\.unknown\.pagefind$/;

/**
 * Pagefind writes one fragment file per page; above this many pages it bundles fragments into
 * shared files. A province directory stays far below free hosts' 20,000-file limit this way
 * (5,200 pages: 5,261 index files unbundled), at the price of a slightly larger first download
 * at that scale. Override with ETALASE_MAX_FRAGMENTS.
 */
export const DEFAULT_MAX_FRAGMENTS = 1000;

export function maxFragmentsFromEnv(): number {
  return Number(env('ETALASE_MAX_FRAGMENTS')) || DEFAULT_MAX_FRAGMENTS;
}

export interface IndexSummary {
  pages: number;
  files: number;
  seconds: number;
}

export async function buildSearchIndex(siteDir: string, maxFragments = maxFragmentsFromEnv()): Promise<IndexSummary> {
  const started = performance.now();
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind: ${step} gagal:\n${errors.join('\n')}`);
  };
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'id', maxFragments });
    if (!created.index || created.errors.length) fail('membuat indeks', created.errors);
    const index = created.index as pagefind.PagefindIndex;
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) fail('membaca halaman', added.errors);
    if (added.page_count === 0) fail('membaca halaman', ['tidak ada halaman dengan data-pagefind-body']);
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('menulis indeks', written.errors);
    for (const file of readdirSync(outputPath)) {
      if (UNUSED.test(file)) rmSync(join(outputPath, file));
    }
    const files = readdirSync(outputPath, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
    return { pages: added.page_count, files, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
