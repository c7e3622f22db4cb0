/**
 * npm run bench [-- --profiles 1500 --products 3000 --hubs 5 --seed 1 --province 32 --photos 0 --keep]
 *
 * Generates a synthetic, schema-valid corpus in .bench/content/, validates it with the
 * standalone validator, builds the site from it (child process) and runs a bare
 * gray-matter + markdown-it baseline on the same corpus (child process), then prints wall time,
 * peak memory and output size. Figures only: it fails only when something does not work
 * (invalid corpus, failed build), never because something is slow. It then indexes the output
 * with Pagefind, as `npm run build` does, and checks what would be deployed against the free
 * hosts' limits (src/lib/hosts.ts) and the page budgets (scripts/budget.ts).
 * `--province '*'` builds all of Indonesia. `--photos N` generates N phone-like photos and gives
 * every profile, product and hub 1–3 copies of them (each copy distinct bytes), with image
 * caches of its own under .bench/cache/ (a cold image build): the image plan's file count and
 * budgets, measured. The photos are what the repository accepts (src/lib/caps.ts): 1,280 px on
 * the long side, prepared by the same code as `npm run foto`, so no metadata and ≤ 300 KB
 * (`npm run bench:images` measures phone-sized originals).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, arch, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadAreas } from '../src/lib/area.ts';
import { formatIssue } from '../src/lib/validation/format.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';
import { generateCorpus } from './bench/corpus.ts';
import { runMeasured, type Measurement } from './bench/measure.ts';
import { checkHosts, formatHostChecks } from '../src/lib/hosts.ts';
import { outputStats } from './bench/output-stats.ts';
import { int, seconds, table } from './bench/format.ts';
import { preparePhoto } from '../src/lib/photo-prepare.ts';
import { phonePhoto } from './bench/photos.ts';

/**
 * The site build under test, run from the repository root with ETALASE_CONTENT and
 * ETALASE_OUT_DIR pointing into .bench/. `--force` clears Astro's content-layer cache
 * (node_modules/.astro) so every run is a cold build, as in CI; without it a second run reuses
 * the parsed entries of the first. When the build moves to scripts/build.ts, change only this.
 */
const BUILD_COMMAND: readonly string[] = ['npx', 'astro', 'build', '--force'];

const BENCH_DIR = '.bench';
const CONTENT_DIR = `${BENCH_DIR}/content`;
const DIST_DIR = `${BENCH_DIR}/dist`;
const PLAIN_DIR = `${BENCH_DIR}/plain`;
const PHOTO_DIR = `${BENCH_DIR}/photos`;
const CACHE_DIR = `${BENCH_DIR}/cache`;
const NODE_TS = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];

const { values } = parseArgs({
  options: {
    profiles: { type: 'string', default: '1500' },
    products: { type: 'string', default: '3000' },
    hubs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    province: { type: 'string', default: '32' },
    photos: { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(
    "Usage: npm run bench -- [--profiles 1500] [--products 3000] [--hubs 5] [--seed 1] [--province 32|'*'] [--photos N] [--keep]",
  );
  process.exit(0);
}
/** Two-digit Kemendagri province code, or `*` for all of Indonesia. */
const PROVINCE = values.province;
if (PROVINCE !== '*' && !/^\d{2}$/.test(PROVINCE)) {
  console.error(`bench: --province must be a two-digit province code or '*', got "${PROVINCE}"`);
  process.exit(1);
}
const count = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a whole number ≥ 0, got "${value}"`);
  return n;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = join(root, BENCH_DIR);

function fail(message: string): never {
  console.error(`\nbench: FAILED: ${message}`);
  if (existsSync(bench)) console.error(`bench: ${BENCH_DIR}/ kept for inspection.`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers.

const MiB = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
const kibToMiB = (kib: number | undefined) => (kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`);
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(1)}×` : 'n/a');

function tail(file: string, lines: number): string {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function checkRun(label: string, run: Measurement, logFile: string) {
  if (run.exitCode === 0) return;
  console.error(`\n--- last lines of ${relative(root, logFile)} ---\n${tail(logFile, 40)}\n---`);
  fail(
    `${label} exited with ${run.signal ? `signal ${run.signal}` : `code ${run.exitCode}`} after ${seconds(run.wallSeconds)}`,
  );
}

// ---------------------------------------------------------------------------------------------

const options = {
  profiles: count('profiles', values.profiles),
  products: count('products', values.products),
  hubs: count('hubs', values.hubs),
  seed: count('seed', values.seed),
};
const photoPool = count('photos', values.photos);

console.log(
  `Etalase Desa benchmark: province ${PROVINCE}, ${options.profiles} profiles, ${options.products} products, ${options.hubs} hubs, seed ${options.seed}${photoPool ? `, 1–3 photos each from ${photoPool} generated phone photos` : ''}`,
);
console.log(`Node ${process.version}, ${platform()} ${arch()}, ${cpus().length} CPUs, ${mib(totalmem())} RAM\n`);

for (const dir of [CONTENT_DIR, DIST_DIR, PLAIN_DIR, PHOTO_DIR, CACHE_DIR]) {
  rmSync(join(root, dir), { recursive: true, force: true });
}
mkdirSync(bench, { recursive: true });

// 1. Corpus.
let t = performance.now();
const pool: string[] = [];
if (photoPool > 0) {
  mkdirSync(join(root, PHOTO_DIR), { recursive: true });
  for (let i = 0; i < photoPool; i += 1) {
    const file = join(root, PHOTO_DIR, `foto-${i + 1}.jpg`);
    // A phone photo at the source caps' size, prepared as a contributor's would be (npm run foto).
    const photo = { seed: options.seed * 1000 + i, width: 1280, height: 960, orientation: i % 2 ? 1 : 6 };
    writeFileSync(file, (await preparePhoto(await phonePhoto(photo))).data);
    pool.push(file);
  }
  console.log(
    `      ${photoPool} photos (prepared 1280 px JPEG, as npm run foto writes) in ${PHOTO_DIR}/ (${seconds((performance.now() - t) / 1000)})`,
  );
}
const areas = await loadAreas(PROVINCE);
const corpus = generateCorpus({
  contentRoot: join(root, CONTENT_DIR),
  areas,
  provinceCode: PROVINCE,
  ...options,
  photoPool: pool,
});
const generateSeconds = (performance.now() - t) / 1000;
console.log(
  `[1/4] corpus: ${int(corpus.files)} files, ${mib(corpus.bytes)} in ${CONTENT_DIR}/${corpus.photos ? `, ${int(corpus.photos)} photos beside them` : ''} (${seconds(generateSeconds)})`,
);

// 2. Standalone validator, in this process (area data already loaded, as in `npm run validate` after start-up).
t = performance.now();
// Photo verdicts go to the bench's own cache: this run judges every photo cold, the build after
// it finds them there (as a deploy after a validated pull request does).
const VERDICT_CACHE = `${CACHE_DIR}/photo-verdicts.json`;
rmSync(join(root, VERDICT_CACHE), { force: true });
const validation = await validateContent({
  root,
  contentDir: CONTENT_DIR,
  areas,
  provinceCode: PROVINCE,
  verdictCache: VERDICT_CACHE,
});
const validateSeconds = (performance.now() - t) / 1000;
const errors = validation.issues.filter((i) => i.severity === 'error');
const warnings = validation.issues.length - errors.length;
console.log(
  `[2/4] validate: ${int(validation.files)} files, ${errors.length} errors, ${warnings} warnings (${seconds(validateSeconds)})`,
);
// The validator counts every file it judged: Markdown and photos.
if (errors.length > 0 || validation.files !== corpus.files + corpus.photos) {
  for (const issue of validation.issues.slice(0, 20)) console.error(formatIssue(issue));
  fail(
    errors.length > 0
      ? `the generated corpus has ${errors.length} validation errors (bug in scripts/bench/corpus.ts or a schema change)`
      : `validator checked ${validation.files} files, generator wrote ${corpus.files + corpus.photos}`,
  );
}

// 3. Astro build.
const childEnv = {
  ETALASE_PROVINCE: PROVINCE,
  ETALASE_CONTENT: CONTENT_DIR,
  ETALASE_OUT_DIR: DIST_DIR,
  ASTRO_TELEMETRY_DISABLED: '1',
  // With photos: image caches of the bench's own, so the images are made cold and the
  // repository's caches stay as they were.
  ...(photoPool > 0 ? { ETALASE_CACHE_DIR: `${CACHE_DIR}/astro`, ETALASE_OG_CACHE: `${CACHE_DIR}/og` } : {}),
  ETALASE_VERDICT_CACHE: VERDICT_CACHE,
};
const buildLog = join(bench, 'build.log');
console.log(
  `[3/4] build: ${Object.entries(childEnv)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')} ${BUILD_COMMAND.join(' ')}  (log: ${BENCH_DIR}/build.log)`,
);
const build = await runMeasured(BUILD_COMMAND, { cwd: root, env: childEnv, logFile: buildLog, workDir: bench });
checkRun('astro build', build, buildLog);
if (!existsSync(join(root, DIST_DIR))) fail(`astro build succeeded but wrote no ${DIST_DIR}/`);
const dist = outputStats(join(root, DIST_DIR));
console.log(`      done in ${seconds(build.wallSeconds)}, peak RSS ${kibToMiB(build.peakRssKiB)}`);

// 3b. Search index, as npm run build makes it: part of what the hosts receive.
const indexLog = join(bench, 'search-index.log');
const indexRun = await runMeasured([process.execPath, ...NODE_TS, 'scripts/bench/search-index.ts', DIST_DIR], {
  cwd: root,
  env: childEnv,
  logFile: indexLog,
  workDir: bench,
});
checkRun('search index', indexRun, indexLog);
const indexed = JSON.parse(tail(indexLog, 1)) as { pages: number; files: number };
console.log(
  `      search index: ${int(indexed.pages)} pages, ${int(indexed.files)} files in ${seconds(indexRun.wallSeconds)}, tree peak ${kibToMiB(indexRun.treePeakKiB)}  (log: ${BENCH_DIR}/search-index.log)`,
);
const deployed = outputStats(join(root, DIST_DIR));
const hostChecks = checkHosts(deployed);

// 3c. Page budgets on the deployed output (figures: a broken budget is reported, not fatal).
const budgetLog = join(bench, 'budget.log');
const budgetRun = await runMeasured([process.execPath, ...NODE_TS, 'scripts/budget.ts', DIST_DIR], {
  cwd: root,
  env: childEnv,
  logFile: budgetLog,
  workDir: bench,
});
const budgetReport = readFileSync(budgetLog, 'utf8').trim();
console.log(`      budgets: ${budgetRun.exitCode === 0 ? 'all kept' : 'BROKEN'}  (log: ${BENCH_DIR}/budget.log)`);

// 4. Baseline.
const plainLog = join(bench, 'plain.log');
const plainCommand = [
  process.execPath,
  ...NODE_TS,
  'scripts/bench/plain.ts',
  '--content',
  CONTENT_DIR,
  '--out',
  PLAIN_DIR,
  '--province',
  PROVINCE,
];
console.log(`[4/4] baseline: gray-matter + markdown-it → ${PLAIN_DIR}/  (log: ${BENCH_DIR}/plain.log)`);
const plain = await runMeasured(plainCommand, { cwd: root, env: childEnv, logFile: plainLog, workDir: bench });
checkRun('baseline', plain, plainLog);
const plainStats = outputStats(join(root, PLAIN_DIR));
const expectedPlain = areas.villages.length + corpus.profiles + corpus.products;
if (plainStats.html !== expectedPlain) fail(`baseline wrote ${plainStats.html} pages, expected ${expectedPlain}`);
console.log(`      done in ${seconds(plain.wallSeconds)}, peak RSS ${kibToMiB(plain.peakRssKiB)}`);

// Report.
const peakNote =
  build.peakSource === 'getrusage'
    ? 'peak RSS = max getrusage(maxrss) over the Node processes of the child tree'
    : `peak RSS source: ${build.peakSource}`;
console.log(`
Corpus        ${int(corpus.profiles)} profiles + ${int(corpus.products)} products + ${int(corpus.hubs)} hubs = ${int(corpus.files)} files, ${mib(corpus.bytes)}
Generate      ${seconds(generateSeconds)}
Validate      ${seconds(validateSeconds)}  (validateContent, ${int(validation.files)} files, 0 errors, ${warnings} warnings)

${table([
  ['', 'wall', 'peak RSS', 'tree peak*', 'files', 'HTML pages', 'bytes'],
  [
    `astro build`,
    seconds(build.wallSeconds),
    kibToMiB(build.peakRssKiB),
    kibToMiB(build.treePeakKiB),
    int(dist.files),
    int(dist.html),
    mib(dist.bytes),
  ],
  [
    `baseline (plain)`,
    seconds(plain.wallSeconds),
    kibToMiB(plain.peakRssKiB),
    kibToMiB(plain.treePeakKiB),
    int(plainStats.files),
    int(plainStats.html),
    mib(plainStats.bytes),
  ],
  [
    'ratio astro / baseline',
    ratio(build.wallSeconds, plain.wallSeconds),
    ratio(build.peakRssKiB, plain.peakRssKiB),
    ratio(build.treePeakKiB, plain.treePeakKiB),
    '',
    '',
    '',
  ],
])}
${peakNote}; *tree peak = largest sampled sum of RSS of all live processes in the tree (/proc, every 200 ms).
Baseline pages: ${int(areas.villages.length)} villages + ${int(corpus.profiles)} profiles + ${int(corpus.products)} products.

Page budgets (scripts/budget.ts on ${DIST_DIR}/):
${budgetReport}

Deployed output ${DIST_DIR}/ (site + search index): ${int(deployed.files)} files (${int(deployed.html)} HTML, ${int(deployed.images)} images, ${int(deployed.search)} search index, ${int(deployed.files - deployed.html - deployed.images - deployed.search)} other), ${mib(deployed.bytes)}, largest ${mib(deployed.largest.bytes)} (${deployed.largest.path})
Free-host limits:
${formatHostChecks(hostChecks)}`);
if (hostChecks.some((c) => !c.fits)) {
  console.log(
    `\nDoes not fit: ${hostChecks
      .filter((c) => !c.fits)
      .map((c) => c.host.name)
      .join(', ')}.`,
  );
}

if (values.keep) console.log(`\nKept ${BENCH_DIR}/ (content, photos, dist, plain, caches, logs).`);
else rmSync(bench, { recursive: true, force: true });
