/**
 * npm run bench:images [-- --count 20 --seed 1 --compare-formats --keep]
 *
 * Photos through the build, measured. Generates N phone-like 4000×3000 JPEGs (abstract
 * gradients, shapes and grain, with EXIF orientation 6 or 1, camera make and XMP), prepares them
 * as the repository holds them (`npm run foto`'s code: upright, ≤ 1,280 px, ≤ 300 KB, no
 * metadata — the validator refuses phone originals), spreads them 1–3 per entry over village
 * profiles and products of a fixture site (province 31), then:
 *
 *   1. builds the site cold (empty caches), then warm (same caches, unchanged photos);
 *   2. runs plain sharp over the same photos with the same transforms and concurrency, in a
 *      fresh process like the build (scripts/bench/plain-images.ts);
 *   3. prints image time, images per second, the Astro/plain ratio, bytes per image by role,
 *      file counts, and what the image plan costs in files for the bench corpus.
 *
 * With --compare-formats it also measures AVIF against WebP (bytes and encode time) at the
 * plan's widths on up to four of the photos. Figures only: it fails only when something does
 * not work, never because something is slow.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import { loadAreas } from '../src/lib/area.ts';
import { ENCODE_STEPS, GALLERY_PHOTO, MAIN_PHOTO, THUMB_PHOTO, MAX_INPUT_PIXELS } from '../src/lib/image-plan.ts';
import { villageFolder } from '../src/lib/paths.ts';
import { runMeasured, type Measurement } from './bench/measure.ts';
import { phonePhoto } from './bench/photos.ts';
import { preparePhoto } from '../src/lib/photo-prepare.ts';
import type { PlainImageJobs } from './bench/plain-images.ts';
import { int, seconds, table } from './bench/format.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    'compare-formats': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('Usage: npm run bench:images -- [--count 20] [--seed 1] [--compare-formats] [--keep]');
  process.exit(0);
}
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1) fail(`--count must be a whole number ≥ 1, got "${values.count}"`);
if (!Number.isInteger(seed) || seed < 0) fail(`--seed must be a whole number ≥ 0, got "${values.seed}"`);

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.bench', 'images');
const PROVINCE = '31';
const KiB = 1024;

function fail(message: string): never {
  console.error(`\nbench:images: FAILED: ${message}`);
  process.exit(1);
}

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

// ---------------------------------------------------------------------------------------------
// 1. Photos and fixture content.

interface Entry {
  kind: 'desa' | 'produk';
  folder: string;
  file: string;
  photos: string[];
}

console.log(`Etalase Desa image benchmark: ${count} photos, seed ${seed}`);
console.log(
  `Node ${process.version}, ${cpus().length} CPUs (Astro and the baseline use ${availableParallelism()} image workers), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}\n`,
);

rmSync(work, { recursive: true, force: true });
const content = join(work, 'content');
const photoDir = join(work, 'photos');
mkdirSync(photoDir, { recursive: true });

const t = performance.now();
const photoFiles: string[] = [];
for (let i = 0; i < count; i += 1) {
  const file = join(photoDir, `foto-${String(i + 1).padStart(3, '0')}.jpg`);
  const original = await phonePhoto({ seed: seed * 1000 + i, orientation: i % 2 === 0 ? 6 : 1, gps: false });
  writeFileSync(file, (await preparePhoto(original)).data);
  photoFiles.push(file);
}
const photoBytes = photoFiles.reduce((sum, f) => sum + statSync(f).size, 0);
console.log(
  `[1/5] photos: ${count} × 4000×3000 JPEG prepared for the repository (≤ 1,280 px), ${kib(photoBytes / count)} each on average (${seconds((performance.now() - t) / 1000)})`,
);

const areas = await loadAreas(PROVINCE);
const entries: Entry[] = [];
{
  let next = 0;
  let village = 0;
  while (next < count) {
    const code = areas.villages[village]?.code;
    if (!code) fail('ran out of villages for the fixture');
    const folder = villageFolder(areas, code);
    for (const kind of ['desa', 'produk'] as const) {
      if (next >= count) break;
      const take = Math.min(count - next, 1 + (entries.length % 3));
      const file = kind === 'desa' ? `${folder}/profil.md` : `${folder}/produk/produk-${village + 1}.md`;
      entries.push({ kind, folder, file, photos: photoFiles.slice(next, next + take) });
      next += take;
    }
    village += 1;
  }
  // A product needs its village's profile: give each folder one.
  for (const folder of new Set(entries.map((e) => e.folder))) {
    if (!entries.some((e) => e.folder === folder && e.kind === 'desa'))
      entries.push({ kind: 'desa', folder, file: `${folder}/profil.md`, photos: [] });
  }
}

function write(entry: Entry) {
  const dir = join(content, entry.file, '..');
  mkdirSync(dir, { recursive: true });
  const foto = entry.photos.map((photo, i) => {
    const name = `${entry.kind}-${i + 1}-${photo.split('/').at(-1)}`;
    writeFileSync(join(dir, name), readFileSync(photo));
    return `  - src: ./${name}\n    alt: Gambar abstrak hasil generator nomor ${i + 1}\n`;
  });
  const photos = foto.length ? `foto:\n${foto.join('')}` : '';
  const code = /(\d{2}\.\d{2}\.\d{2}\.\d{4})-/.exec(entry.folder)?.[1] ?? '';
  const village = areas.village(code);
  const text =
    entry.kind === 'desa'
      ? `---\nkode: "${code}"\nnama: "${village?.name}"\njenis: ${village?.kind}\nringkasan: Profil contoh untuk mengukur pengolahan foto di build.\nkontak:\n  whatsapp: "6281234567890"\n${photos}diperbarui: 2026-11-30\n---\n\nIsi.\n`
      : `---\nnama: Produk Contoh ${entry.file.split('-').at(-1)?.replace('.md', '')}\nringkasan: Produk contoh untuk mengukur pengolahan foto di build.\nprodusen:\n  nama: UMKM Contoh\n  jenis: umkm\nkategori: makanan\nharga:\n  dari: 15000\n  satuan: kotak\n${photos}diperbarui: 2026-11-30\n---\n\nIsi.\n`;
  writeFileSync(join(content, entry.file), text);
}
entries.forEach(write);
const profiles = entries.filter((e) => e.kind === 'desa').length;
console.log(
  `[2/5] fixture: ${profiles} profiles and ${entries.length - profiles} products, 1–3 photos each (${PROVINCE === '31' ? 'province 31, few area pages' : ''})`,
);

// ---------------------------------------------------------------------------------------------
// 2. Cold and warm builds.

interface BuildFigures {
  run: Measurement;
  imageSeconds: number;
  generated: number;
  reused: number;
  ogSeconds: number;
  ogPages: number;
  ogCacheFiles: number;
  dist: string;
}

const caches = { astro: join(work, 'cache', 'astro'), og: join(work, 'cache', 'og') };

/** Seconds during which at least one of the intervals (in ms) was running. */
function busySeconds(intervals: { start: number; end: number }[]): number {
  let busy = 0;
  let until = -Infinity;
  for (const { start, end } of [...intervals].sort((a, b) => a.start - b.start)) {
    if (end <= until) continue;
    busy += end - Math.max(start, until);
    until = end;
  }
  return busy / 1000;
}

function duration(text: string): number {
  const m = /([\d.]+)(ms|s|m)\b/.exec(text);
  if (!m) return 0;
  const v = Number(m[1]);
  return m[2] === 'ms' ? v / 1000 : m[2] === 'm' ? v * 60 : v;
}

async function build(label: string): Promise<BuildFigures> {
  const dist = join(work, `dist-${label}`);
  const log = join(work, `build-${label}.log`);
  const env = {
    ETALASE_CONTENT: content,
    ETALASE_OUT_DIR: dist,
    ETALASE_PROVINCE: PROVINCE,
    ETALASE_CACHE_DIR: caches.astro,
    ETALASE_OG_CACHE: caches.og,
    ETALASE_OG_TIMING: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  const run = await runMeasured(['npx', 'astro', 'build'], { cwd: root, env, logFile: log, workDir: work });
  const output = readFileSync(log, 'utf8');
  if (run.exitCode !== 0) {
    console.error(output.split('\n').slice(-40).join('\n'));
    fail(`${label} build exited with ${run.exitCode}`);
  }
  const images = output.split('generating optimized images')[1] ?? '';
  const done = /Completed in ([^\s.]+(?:\.\d+)?\w+)/.exec(images)?.[1] ?? '0s';
  const og = [...output.matchAll(/\/og\/\S+\.jpg \(\+([\d.]+\w+)\)/g)];
  // Cards are made ahead of page rendering, several at once: their time is how long at least one
  // was being made (the union of the intervals src/pages/og/[...path].jpg.ts logs).
  const spans = [...output.matchAll(/\[og-timing\] \S+ (\d+) (\d+)/g)].map((m) => ({
    start: Number(m[1]),
    end: Number(m[2]),
  }));
  const ogSeconds = busySeconds(spans);
  return {
    run,
    imageSeconds: duration(done),
    generated: (images.match(/\(before: /g) ?? []).length,
    reused: (images.match(/\(reused cache entry\)/g) ?? []).length,
    ogSeconds,
    ogPages: spans.length || og.length,
    ogCacheFiles: files(caches.og).length,
    dist,
  };
}

console.log(`[3/5] cold build (empty .bench/images/cache/)…`);
const cold = await build('cold');
console.log(
  `      ${seconds(cold.run.wallSeconds)}; images ${seconds(cold.imageSeconds)}, share images ${seconds(cold.ogSeconds)}`,
);
console.log(`[4/5] warm build (same caches, unchanged photos)…`);
const warm = await build('warm');
console.log(
  `      ${seconds(warm.run.wallSeconds)}; images ${seconds(warm.imageSeconds)}, share images ${seconds(warm.ogSeconds)}`,
);

// ---------------------------------------------------------------------------------------------
// 3. Plain sharp: the same work without Astro, in a fresh process (scripts/bench/plain-images.ts).

const plainOut = join(work, 'plain');
mkdirSync(plainOut, { recursive: true });
const plainJobs: PlainImageJobs = {
  photos: entries.flatMap((e, n) =>
    e.photos.flatMap((photo, i) => [
      { photo, role: i === 0 ? MAIN_PHOTO : GALLERY_PHOTO, out: join(plainOut, `${n}-${i}.webp`) },
      // The entry's list thumbnail, from its first photo.
      ...(i === 0 ? [{ photo, role: THUMB_PHOTO, out: join(plainOut, `${n}-thumb.webp`) }] : []),
    ]),
  ),
  cards: entries.flatMap((e, n) => {
    const photo = e.photos[0];
    const card = { kind: 'Produk desa', title: 'Produk Contoh', site: 'example.org' };
    return photo ? [{ card, photo, out: join(plainOut, `${n}.jpg`) }] : [];
  }),
};
const jobFile = join(work, 'plain-jobs.json');
writeFileSync(jobFile, JSON.stringify(plainJobs));
const variantCount = plainJobs.photos.length;
const photoCards = plainJobs.cards.length;
console.log(`[5/5] plain sharp: ${variantCount} photos and ${photoCards} share images, best of 2 fresh processes…`);
async function plainRun(): Promise<{ photoSeconds: number; cardSeconds: number }> {
  const log = join(work, 'plain.log');
  const script = join(root, 'scripts', 'bench', 'plain-images.ts');
  const command = [
    process.execPath,
    '--experimental-strip-types',
    '--disable-warning=ExperimentalWarning',
    script,
    jobFile,
  ];
  const run = await runMeasured(command, { cwd: root, env: {}, logFile: log, workDir: work });
  const output = readFileSync(log, 'utf8').trim();
  if (run.exitCode !== 0) fail(`plain sharp baseline exited with ${run.exitCode}:\n${output}`);
  return JSON.parse(output.split('\n').at(-1) ?? '{}') as { photoSeconds: number; cardSeconds: number };
}
// The machine may be busy with other work: the better of two runs is the fairer baseline.
const plainRuns = [await plainRun(), await plainRun()];
const plainImageSeconds = Math.min(...plainRuns.map((r) => r.photoSeconds));
const plainOgSeconds = Math.min(...plainRuns.map((r) => r.cardSeconds));

// ---------------------------------------------------------------------------------------------
// Report.

const distFiles = files(cold.dist);
const webp = distFiles.filter((f) => f.endsWith('.webp'));
const og = distFiles.filter((f) => /\/og\/.+\.jpg$/.test(f));
const sizeOf = (f: string) => statSync(f).size;
const widthOf = async (f: string) => (await sharp(f).metadata()).width ?? 0;
// The fixture names photos `<kind>-<position>-foto-NNN.jpg`; Astro keeps the name.
const roles = new Map<string, number[]>();
const widths = new Map<string, number[]>();
for (const file of webp) {
  const first = /-1-foto-/.test(file);
  const width = await widthOf(file);
  const role =
    width <= THUMB_PHOTO.width
      ? `list thumbnail (${THUMB_PHOTO.width}w, ≤ ${THUMB_PHOTO.maxBytes / KiB} KiB)`
      : first
        ? `first photo: main (${MAIN_PHOTO.width}w, ≤ ${MAIN_PHOTO.maxBytes / KiB} KiB)`
        : `further photo (${GALLERY_PHOTO.width}w, ≤ ${GALLERY_PHOTO.maxBytes / KiB} KiB)`;
  roles.set(role, [...(roles.get(role) ?? []), sizeOf(file)]);
  widths.set(role, [...(widths.get(role) ?? []), width]);
}
roles.set('share image 1200×630 JPEG', og.map(sizeOf));
const stats = (sizes: number[]) => {
  const sorted = [...sizes].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return [int(sorted.length), kib(mean), kib(sorted[sorted.length - 1] ?? 0)];
};
const spread = (values: number[]) =>
  values.length === 0 ? '' : `${Math.min(...values)}–${Math.max(...values)}`.replace(/^(\d+)–\1$/, '$1');
const perSecond = (n: number, s: number) => (s > 0 ? `${(n / s).toFixed(1)}/s` : 'n/a');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

console.log(`
${table([
  ['', 'cold build', 'warm build', 'plain sharp', 'cold / plain'],
  ['wall time (whole build)', seconds(cold.run.wallSeconds), seconds(warm.run.wallSeconds), '', ''],
  [
    'photos: time',
    seconds(cold.imageSeconds),
    seconds(warm.imageSeconds),
    seconds(plainImageSeconds),
    ratio(cold.imageSeconds, plainImageSeconds),
  ],
  [
    'photos: made / reused',
    `${cold.generated} / ${cold.reused}`,
    `${warm.generated} / ${warm.reused}`,
    `${variantCount} / 0`,
    '',
  ],
  [
    'photos per second',
    perSecond(cold.generated, cold.imageSeconds),
    '',
    perSecond(variantCount, plainImageSeconds),
    '',
  ],
  [
    'share images: time',
    seconds(cold.ogSeconds),
    seconds(warm.ogSeconds),
    seconds(plainOgSeconds),
    ratio(cold.ogSeconds, plainOgSeconds),
  ],
  [
    'share images per second',
    perSecond(cold.ogPages, cold.ogSeconds),
    perSecond(warm.ogPages, warm.ogSeconds),
    perSecond(photoCards, plainOgSeconds),
    '',
  ],
  ['share image cache files', int(cold.ogCacheFiles), int(warm.ogCacheFiles), '', ''],
  [
    'peak RSS',
    `${((cold.run.peakRssKiB ?? 0) / 1024).toFixed(0)} MiB`,
    `${((warm.run.peakRssKiB ?? 0) / 1024).toFixed(0)} MiB`,
    '',
    '',
  ],
])}
A warm build made ${warm.generated} photo files and ${warm.ogCacheFiles - cold.ogCacheFiles} share images (${warm.generated === 0 && warm.ogCacheFiles === cold.ogCacheFiles ? 'no image work' : 'IMAGE WORK ON A WARM BUILD'}).
Share images: the build made ${cold.ogPages} (${photoCards} over a photo); plain sharp made the ${photoCards} photo cards.

Output bytes per image (${count} photos in, ${kib(photoBytes / count)} each on average)
${table([
  ['', 'files', 'mean', 'largest', 'widths (px)'],
  ...[...roles].map(([role, sizes]) => [role, ...stats(sizes), spread(widths.get(role) ?? [])]),
])}

Files in the fixture's dist/: ${int(distFiles.length)} (${int(webp.length)} WebP photos, ${int(og.length)} share images, ${int(distFiles.filter((f) => f.endsWith('.html')).length)} HTML)`);

// The file count of the plan at bench scale is measured, not estimated: npm run bench -- --photos.

// ---------------------------------------------------------------------------------------------
// Optional: AVIF against WebP.

if (values['compare-formats']) {
  const sample = photoFiles.slice(0, 4);
  const webpQuality = ENCODE_STEPS[0]?.quality ?? 50;
  const encoders: [string, (s: Sharp) => Sharp][] = [
    [`WebP q${webpQuality}`, (s) => s.webp({ quality: webpQuality })],
    ['AVIF q40', (s) => s.avif({ quality: 40 })],
    ['AVIF q50 (sharp default)', (s) => s.avif({ quality: 50 })],
  ];
  const rows: string[][] = [['', 'width', 'mean bytes', 'ms per image (decode + resize + encode)']];
  for (const width of [MAIN_PHOTO.width, GALLERY_PHOTO.width]) {
    for (const [name, encode] of encoders) {
      let bytes = 0;
      const start = performance.now();
      for (const file of sample) {
        const pipeline = sharp(readFileSync(file), { limitInputPixels: MAX_INPUT_PIXELS }).rotate().resize({ width });
        bytes += (await encode(pipeline).toBuffer()).length;
      }
      rows.push([
        name,
        `${width}w`,
        kib(bytes / sample.length),
        ((performance.now() - start) / sample.length).toFixed(0),
      ]);
    }
  }
  console.log(`\nAVIF against WebP on ${sample.length} photos, one at a time:\n${table(rows)}`);
}

if (values.keep) console.log(`\nKept ${relative(root, work)}/ (photos, content, dist-cold, dist-warm, cache, logs).`);
else rmSync(work, { recursive: true, force: true });
