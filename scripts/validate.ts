/**
 * npm run validate [paths…] [--changed <git-ref>] [--format github]
 * Checks content without building the site: same schemas and rules as the build.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { env, siteConfig } from '../src/config.ts';
import { loadAreas } from '../src/lib/area.ts';
import { walkContent } from '../src/lib/content-walk.ts';
import { formatIssues, githubAnnotation, markdownTable, summarize, visible } from '../src/lib/validation/format.ts';
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
  const contentDir = toRepo(siteConfig.contentDir);
  const files = walkContent(resolve(siteConfig.contentDir)).files.map((f) => `${contentDir}/${f.rel}`);
  only = selectContentFiles(requested, contentDir, files);
  const outside = positionals.map(toRepo).filter((p) => p !== contentDir && !p.startsWith(`${contentDir}/`));
  for (const path of outside) {
    console.log(`Dilewati: ${visible(path)} berada di luar folder konten ${visible(contentDir)}/ dan tidak diperiksa.`);
  }
}

const started = performance.now();
const areas = await loadAreas(siteConfig.provinceCode);
const result = await validateContent(
  {
    root,
    contentDir: siteConfig.contentDir,
    areas,
    provinceCode: siteConfig.provinceCode,
    verdictCache: siteConfig.verdictCache,
  },
  only,
);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summary = result.fatal
  ? `✗ Konten tidak dapat diperiksa.`
  : only && only.size === 0
    ? values.changed !== undefined
      ? 'Tidak ada berkas konten yang berubah; tidak ada yang diperiksa.'
      : 'Tidak ada berkas konten di antara yang diminta; tidak ada yang diperiksa.'
    : `${summarize(result.issues, result.files)} (${seconds} detik)`;

if (values.format === 'github') {
  // GitHub shows at most 10 error annotations per step; the full list follows as plain text.
  result.issues.slice(0, 10).forEach((issue) => console.log(githubAnnotation(issue)));
  const summaryFile = env('GITHUB_STEP_SUMMARY');
  if (summaryFile && result.issues.length > 0) {
    appendFileSync(summaryFile, `## Pemeriksaan konten\n\n${visible(summary)}\n\n${markdownTable(result.issues)}\n`);
  }
  // Defence in depth: while the listing prints, the runner reads no workflow commands at all.
  const token = randomBytes(16).toString('hex');
  console.log(`::stop-commands::${token}`);
  for (const line of formatIssues(result.issues)) console.log(line);
  console.log(`::${token}::`);
} else {
  for (const line of formatIssues(result.issues)) console.log(line);
}
console.log(summary);
process.exitCode = result.fatal || result.issues.some((i) => i.severity === 'error') ? 1 : 0;
