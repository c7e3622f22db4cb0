/**
 * npm run lighthouse [dist] [--only path,path]: Lighthouse (the pinned npm package) in Debian's
 * Chromium, mobile with its default simulated Slow 4G throttling (150 ms RTT, 1.6 Mbps, 4× CPU),
 * on one page of each main kind served from dist/ with gzip like the free hosts. Every category
 * (Performance, Accessibility, Best Practices, SEO) must score 100; an audit that cannot pass
 * for a reason outside the site is listed in EXCUSED with that reason, and Total Blocking Time,
 * which varies with the machine's load, is reported but not gated (LOAD_DEPENDENT). Reports (HTML + JSON) go
 * to reports/lighthouse/ for CI to keep. Never downloads a browser: CHROMIUM_PATH or
 * /usr/bin/chromium.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../tests/helpers/static-server.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' } } });
const dist = positionals[0] ?? 'dist';
const out = 'reports/lighthouse';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Audits that may fail without failing the run, each with the reason it is outside our control.
 * Keep this empty unless a run shows such an audit; prefer fixing the site.
 */
const EXCUSED: Record<string, string> = {};

/**
 * Audits measured on this machine's CPU rather than simulated: Total Blocking Time is the real
 * main-thread time of parsing and layout multiplied by 4, so a busy CI machine fails a page
 * with no JavaScript at all (TBT 120–160 ms on kecamatan pages while tests ran; 0–30 ms on a
 * quiet machine). Reported, never gated: CI must not turn red because the machine is busy.
 * FCP, LCP and CLS come from Lighthouse's network simulation and stay gated.
 */
const LOAD_DEPENDENT: Record<string, string> = {
  'total-blocking-time': 'measured on this machine’s CPU (×4): reported, not gated',
  // Computed from the frames the machine actually painted: 2.1 s on a script-free kab/kota page
  // in one clean-clone CI run (audit below 1 while the category still scored 100), 0.7–0.8 s
  // in others.
  'speed-index': 'computed from frames painted on this machine: reported, not gated',
};

/** The largest kecamatan page: the heaviest page a visitor commonly opens. */
function largestDistrict(): string {
  let best = { path: '/wilayah/kabupaten-bandung/cileunyi/', bytes: 0 };
  const root = join(dist, 'wilayah');
  for (const regency of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const district of readdirSync(join(root, regency.name), { withFileTypes: true })) {
      if (!district.isDirectory()) continue;
      const bytes = readFileSync(join(root, regency.name, district.name, 'index.html')).length;
      if (bytes > best.bytes) best = { path: `/wilayah/${regency.name}/${district.name}/`, bytes };
    }
  }
  return best.path;
}

const pages: Record<string, string> = {
  home: '/',
  regency: '/wilayah/kabupaten-bandung/',
  district: largestDistrict(),
  village: '/desa/32.18.01.2006-selasari/',
  unprofiled: '/desa/32.04.05.2001-cileunyi-kulon/',
  product: '/desa/32.18.01.2006-selasari/produk/paket-river-tubing-santirah/',
  hub: '/creative-center/bandung-creative-hub/',
  search: '/cari/',
};
const selected = values.only
  ? Object.entries(pages).filter(([name, path]) => values.only?.split(',').some((o) => o === name || o === path))
  : Object.entries(pages);

const started = performance.now();
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

/**
 * One Lighthouse run; when Performance is below 100, two more and the median of the three, as
 * Lighthouse's documentation advises against run-to-run variance (a busy 2-core machine
 * inflates Total Blocking Time). The other categories do not vary between runs.
 */
async function audit(path: string, port: number): Promise<Result & { runs: number }> {
  const runs: Result[] = [];
  while (runs.length < 3) {
    const result = await lighthouse(`${server.origin}${path}`, {
      port,
      output: ['html', 'json'],
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    runs.push(result);
    if (runs.length === 1 && (result.lhr.categories['performance']?.score ?? 0) >= 0.995) break;
  }
  const sorted = runs.sort(
    (a, b) => (a.lhr.categories['performance']?.score ?? 0) - (b.lhr.categories['performance']?.score ?? 0),
  );
  const median = sorted[Math.floor(sorted.length / 2)] as Result;
  return { ...median, runs: runs.length };
}

interface Row {
  name: string;
  path: string;
  runs: number;
  scores: Record<string, number>;
  metrics: Record<string, string>;
  failing: string[];
}
const rows: Row[] = [];
let broken = false;
try {
  // A freshly started Chromium is busy for its first seconds (profile, font and process set-up)
  // and the first page measured would pay for it in Total Blocking Time: one run to discard.
  await lighthouse(`${server.origin}/`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
  for (const [name, path] of selected) {
    const { lhr, report, runs } = await audit(path, chrome.port);
    const [html = '', json = ''] = Array.isArray(report) ? report : [report];
    writeFileSync(join(out, `${name}.report.html`), html);
    writeFileSync(join(out, `${name}.report.json`), json);
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores: Record<string, number> = {};
    const failing: string[] = [];
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = Math.round((category?.score ?? 0) * 100);
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue;
        failing.push(`${id}/${ref.id} (${audit.displayValue ?? audit.score})`);
      }
    }
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    rows.push({
      name,
      path,
      runs,
      scores,
      metrics: {
        FCP: metric('first-contentful-paint'),
        LCP: metric('largest-contentful-paint'),
        TBT: metric('total-blocking-time'),
        CLS: metric('cumulative-layout-shift'),
        transfer: metric('total-byte-weight'),
      },
      failing,
    });
    const auditId = (f: string) => f.split('/')[1]?.split(' ')[0] ?? '';
    const unexcused = failing.filter((f) => !EXCUSED[auditId(f)] && !LOAD_DEPENDENT[auditId(f)]);
    const below = CATEGORIES.filter((c) => (scores[c] ?? 0) < 100);
    if (below.length && unexcused.length) broken = true;
    console.log(
      `${name.padEnd(8)} ${runs > 1 ? `(median of ${runs}) ` : ''} ${CATEGORIES.map((c) => String(scores[c]).padStart(3)).join(' ')}  ` +
        `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
        `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}  ${path}`,
    );
    for (const f of failing) {
      const id = auditId(f);
      const reason = EXCUSED[id] ?? LOAD_DEPENDENT[id];
      console.log(`         ${reason ? 'reported' : 'FAILING'}: ${f}${reason ? ` — ${reason}` : ''}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

writeFileSync(join(out, 'summary.json'), `${JSON.stringify({ excused: EXCUSED, pages: rows }, null, 2)}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`\nColumns: performance, accessibility, best practices, SEO. Reports in ${out}/ (${seconds} s).`);
if (broken) {
  console.error('A Lighthouse category is below 100 (see FAILING above).');
  process.exit(1);
}
