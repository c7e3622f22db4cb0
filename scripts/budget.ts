/**
 * npm run budget [dist] [--base /sub/path/] [--json file]: measures every page of a built site
 * (all of them: a whole province takes seconds) against the budgets in scripts/lib/budget.ts,
 * prints one row per page kind and the site's size against the free hosts, and exits 1 when a
 * budget is broken.
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { env, siteConfig } from '../src/config.ts';
import { checkHosts, DEFAULT_HOST, formatHostChecks, hostById, HOSTS, markdownHostTable } from '../src/lib/hosts.ts';
import {
  KB,
  SiteMeasurer,
  budgets,
  formatTable,
  measureSite,
  pageViolations,
  siteViolations,
  summarize,
} from './lib/budget.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string' }, json: { type: 'string' }, host: { type: 'string', default: DEFAULT_HOST } },
});
const host = hostById(values.host);
if (!host) {
  console.error(`Unknown host "${values.host}": one of ${HOSTS.map((h) => h.id).join(', ')}.`);
  process.exit(2);
}
const dist = positionals[0] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`${dist} does not exist: run npm run build first.`);
  process.exit(2);
}

const started = performance.now();
const measurer = new SiteMeasurer(dist, {
  base: values.base ?? siteConfig.base,
  siteOrigins: [siteConfig.site],
});
const measures = measurer.pages().map((path) => measurer.measure(path));
const site = measureSite(dist);
const violations = [...measures.flatMap(pageViolations), ...siteViolations(site, host)];
const hostChecks = checkHosts(site);

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
console.log(
  `Budgets: HTML + CSS ≤ ${budgets.htmlCss / KB} KB gzipped (an unprofiled village ≤ ${budgets.unprofiledHtmlCss / KB} KB) and no JavaScript on every page but search and the editor`,
);
console.log(
  `(≤ ${budgets.searchJs / KB} KB before use), first image ≤ ${budgets.firstImage / KB} KB, list thumbnail ≤ ${budgets.thumbnail / KB} KB,`,
);
console.log(`product page ≤ ${budgets.productTotal / KB} KB, any image file ≤ ${budgets.anyImage / KB} KB;`);
console.log('images as a 360 px phone at 2× picks them; "requests" = HTML + resources loaded without interaction.\n');
console.log(formatTable(summarize(measures)));
console.log(
  `\nSite: ${site.files} files, ${mib(site.bytes)}, largest ${site.largest.path} ${mib(site.largest.bytes)}, ` +
    `largest image ${site.largestImage.path || '(none)'} ${(site.largestImage.bytes / KB).toFixed(1)} KB, ` +
    `fullest folder ${site.busiestDirectory.path} ${site.busiestDirectory.files} files. Against the free hosts ` +
    `(the build fails past ${host.name}'s limits):\n${formatHostChecks(hostChecks)}`,
);
const summaryFile = env('GITHUB_STEP_SUMMARY');
if (summaryFile) {
  appendFileSync(
    summaryFile,
    `## Ukuran situs terhadap hosting gratis\n\n${site.files.toLocaleString('id-ID')} berkas, ${mib(site.bytes)}. ` +
      `Pull request gagal bila melewati batas ${host.name}.\n\n${markdownHostTable(hostChecks, host.id)}\n\n`,
  );
}
console.log(`Measured ${measures.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

if (values.json) {
  mkdirSync(dirname(values.json), { recursive: true });
  const pages = measures.map(({ resources: _resources, ...rest }) => rest);
  writeFileSync(values.json, `${JSON.stringify({ budgets, site, summary: summarize(measures), pages }, null, 2)}\n`);
}

if (violations.length) {
  console.error(`\n${violations.length} budget(s) broken:`);
  for (const v of violations.slice(0, 50)) console.error(`  ${v.path}: ${v.message}`);
  if (violations.length > 50) console.error(`  … and ${violations.length - 50} more`);
  process.exit(1);
}
console.log('All budgets kept.');
