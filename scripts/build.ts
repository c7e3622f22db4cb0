/**
 * npm run build: builds into a fresh temporary folder and swaps it into place only when the
 * whole build succeeded, so a failed build (bad content, a crash) leaves the previous dist/
 * untouched and never publishes half a site. An output folder that would replace the project
 * (src/lib/output-dir.ts) is refused before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { siteConfig } from '../src/config.ts';
import { safeOutputDir } from '../src/lib/output-dir.ts';
import { buildSearchIndex } from './search-index.ts';

const outDir = safeOutputDir(siteConfig.outDir, process.cwd(), siteConfig.contentDir);
const staging = `${outDir}.staging-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;

const started = performance.now();
const astro = spawnSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ETALASE_OUT_DIR: staging },
});
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild gagal; ${outDir} tidak diubah.`);
  process.exit(astro.status ?? 1);
}

try {
  const search = await buildSearchIndex(staging);
  console.log(`Indeks pencarian: ${search.pages} halaman, ${search.files} berkas, ${search.seconds.toFixed(1)} s.`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${error instanceof Error ? error.message : String(error)}\nBuild gagal; ${outDir} tidak diubah.`);
  process.exit(1);
}

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\nSitus siap di ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
