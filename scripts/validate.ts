/**
 * npm run validate [paths…] [--format github]
 * Checks content without building the site: same schemas and rules as the build.
 */
import { appendFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../src/config.ts';
import { loadAreas } from '../src/lib/area.ts';
import { formatIssue, githubAnnotation, markdownTable, summarize } from '../src/lib/validation/format.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' } },
});

const root = process.cwd();
const only = positionals.length
  ? new Set(positionals.map((p) => relative(root, resolve(p)).split(sep).join('/')))
  : undefined;

const started = performance.now();
const areas = await loadAreas(siteConfig.provinceCode);
const result = validateContent(
  { root, contentDir: siteConfig.contentDir, areas, provinceCode: siteConfig.provinceCode },
  only,
);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (values.format === 'github') {
  result.issues.slice(0, 10).forEach((issue) => console.log(githubAnnotation(issue)));
  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (summaryFile && result.issues.length > 0) {
    appendFileSync(
      summaryFile,
      `## Pemeriksaan konten\n\n${summarize(result.issues, result.files)}\n\n${markdownTable(result.issues)}\n`,
    );
  }
}
for (const issue of result.issues) console.log(formatIssue(issue));
console.log(`${summarize(result.issues, result.files)} (${seconds} detik)`);
process.exitCode = result.issues.some((i) => i.severity === 'error') ? 1 : 0;
