/**
 * npm run validate [paths…] [--changed <git-ref>] [--format github]
 * Checks content without building the site: same schemas and rules as the build.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../src/config.ts';
import { loadAreas } from '../src/lib/area.ts';
import { formatIssue, githubAnnotation, markdownTable, summarize } from '../src/lib/validation/format.ts';
import { selectContentFiles } from '../src/lib/validation/selection.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' }, changed: { type: 'string' } },
});

const root = process.cwd();
const toRepo = (p: string) => relative(root, resolve(p)).split(sep).join('/');

/** Files changed since `ref` (committed, staged, unstaged and untracked), repository-relative. */
function changedSince(ref: string): string[] {
  if (ref.startsWith('-')) throw new Error(`Ref tidak valid: ${ref}`);
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).split('\n').filter(Boolean);
  const base = git('merge-base', ref, 'HEAD')[0] ?? ref;
  return [...git('diff', '--name-only', base), ...git('ls-files', '--others', '--exclude-standard')];
}

const requested = values.changed !== undefined ? changedSince(values.changed) : positionals.map(toRepo);
let only: Set<string> | undefined;
if (values.changed !== undefined || positionals.length) {
  const markdown = readdirSync(siteConfig.contentDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => toRepo(`${d.parentPath}/${d.name}`));
  only = selectContentFiles(requested, toRepo(siteConfig.contentDir), markdown);
}

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
