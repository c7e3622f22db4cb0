/**
 * node scripts/linkcheck.ts [dist] [--base /sub/path/]: checks every page of a built site for
 * broken internal links and anchors, links without a name or with a vague one ("klik di sini"),
 * and images without alt (rules in scripts/lib/linkcheck.ts). External links are not fetched.
 * Exits 1 on any problem. tests/dist/links.test.ts runs the same check in `npm test`.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { siteConfig } from '../src/config.ts';
import { checkLinks } from './lib/linkcheck.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { base: { type: 'string' } } });
const dist = positionals[0] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`${dist} does not exist: run npm run build first.`);
  process.exit(2);
}
const started = performance.now();
const { pages, problems } = checkLinks(dist, {
  base: values.base ?? siteConfig.base,
  siteOrigins: [siteConfig.site],
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  for (const p of problems.slice(0, 100)) console.error(`${p.page}: ${p.message}`);
  if (problems.length > 100) console.error(`… and ${problems.length - 100} more`);
  console.error(`\n${problems.length} link problem(s) in ${pages} pages (${seconds} s).`);
  process.exit(1);
}
console.log(`Links, anchors, labels and alt text OK in ${pages} pages (${seconds} s).`);
