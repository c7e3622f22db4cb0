/**
 * npm run check-ownership -- --base <ref> --author <login> [--commit-author <login>…] [--head <ref>]
 *                              [--format github] [--content <dir>]
 *
 * Decides whether a pull request only touches village folders its author (and every commit
 * author GitHub names) maintains (see src/lib/ownership.ts). Reads git in the current directory:
 *   git diff --raw -z -M <base>...<head>   the net change (--raw: --name-status plus file modes, so
 *                                          a symlink or submodule is caught; -z: any file name)
 *   git rev-list --no-merges <base>..<head> and each commit's own diff: a change made and reverted
 *                                          inside the pull request is judged too
 *   git ls-tree / cat-file <ref> <path>    profil.md of a folder on the base or head ref
 * Exit codes: 0 everything allowed, 1 something needs a maintainer's review, 2 usage or git error.
 * Any unexpected failure is reported as 2, never as 1, so a workflow can tell them apart.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  checkPullRequest,
  githubAnnotations,
  markdownReport,
  maintainersFromProfile,
  parseRawDiff,
  textReport,
} from '../src/lib/ownership.ts';
import { visible } from '../src/lib/validation/format.ts';

const USAGE = `Pemakaian: npm run check-ownership -- --base <ref> --author <login> [--commit-author <login>…] [--head <ref>] [--format github] [--content <folder>]
  --base     cabang dasar pull request, misalnya origin/main (wajib)
  --author   nama pengguna GitHub pengaju pull request (wajib)
  --commit-author  nama pengguna GitHub penulis commit (boleh berulang); setiap akun harus pemelihara
  --head     perubahan yang diperiksa (bawaan: HEAD)
  --format   text (bawaan) atau github (anotasi dan ringkasan langkah)
  --content  folder konten (bawaan: content)`;

class UsageError extends Error {}

const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;
const MAX_PROFILE_BYTES = 1024 * 1024;
/** Commits judged one by one; a longer series is judged by its net change and needs review. */
const MAX_COMMITS = 250;

function git(args: string[], maxBuffer = 256 * 1024 * 1024): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('git', args, {
    encoding: 'utf8',
    maxBuffer,
    env: { ...process.env, GIT_LITERAL_PATHSPECS: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Resolves a ref to a commit id; refuses anything git could read as an option. */
function resolveCommit(ref: string, option: string): string {
  // eslint-disable-next-line no-control-regex
  if (ref === '' || ref.startsWith('-') || /[\s\u0000-\u001f]/.test(ref)) {
    throw new UsageError(`Nilai ${option} tidak valid: "${ref}".`);
  }
  const result = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const id = result.stdout.trim();
  if (result.status !== 0 || !/^[0-9a-f]{40,64}$/.test(id)) {
    throw new UsageError(
      `Ref ${option} "${ref}" tidak ditemukan di repositori ini. Di GitHub Actions, checkout dengan fetch-depth: 0.`,
    );
  }
  return id;
}

/** `pemelihara` of `<folder>/profil.md` at a commit; undefined when there is no such file. */
function maintainersAt(commit: string): (folder: string) => string[] | undefined {
  return (folder) => {
    const listing = git(['ls-tree', '-z', '--full-tree', commit, '--', `${folder}/profil.md`]);
    if (listing.status !== 0) throw new Error(`git ls-tree gagal: ${listing.stderr.trim()}`);
    const entry = listing.stdout.split('\0')[0] ?? '';
    if (entry === '') return undefined;
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t/.exec(entry);
    // A profil.md that is a symlink, a folder or a submodule lists nobody.
    if (!match || match[2] !== 'blob' || (match[1] !== '100644' && match[1] !== '100755')) return [];
    const blob = git(['cat-file', 'blob', match[3]!], MAX_PROFILE_BYTES);
    if (blob.status !== 0) return [];
    return maintainersFromProfile(blob.stdout);
  };
}

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      allowPositionals: false,
      options: {
        base: { type: 'string' },
        head: { type: 'string', default: 'HEAD' },
        author: { type: 'string' },
        'commit-author': { type: 'string', multiple: true, default: [] },
        format: { type: 'string', default: 'text' },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const author = values.author?.trim() ?? '';
  if (!values.base) throw new UsageError('--base wajib diisi.');
  if (!author) throw new UsageError('--author wajib diisi.');
  if (!LOGIN.test(author))
    throw new UsageError(`--author bukan nama pengguna GitHub yang valid: "${visible(author)}".`);
  // Commits GitHub could not link to an account come through as empty values: skipped.
  const commitAuthors = values['commit-author'].map((l) => l.trim()).filter(Boolean);
  for (const login of commitAuthors) {
    if (!LOGIN.test(login))
      throw new UsageError(`--commit-author bukan nama pengguna GitHub yang valid: "${visible(login)}".`);
  }
  if (values.format !== 'text' && values.format !== 'github') {
    throw new UsageError(`--format harus text atau github, bukan "${values.format}".`);
  }
  const contentDir = values.content.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (!contentDir || contentDir.startsWith('/') || contentDir.split('/').some((s) => s === '..' || s === '.')) {
    throw new UsageError(`--content harus folder relatif di dalam repositori, bukan "${values.content}".`);
  }

  const inside = git(['rev-parse', '--is-inside-work-tree']);
  if (inside.status !== 0) throw new UsageError('Folder ini bukan repositori git.');
  const base = resolveCommit(values.base, '--base');
  const head = resolveCommit(values.head, '--head');

  const diff = git(['diff', '--raw', '-z', '-M', '--no-color', '--no-ext-diff', `${base}...${head}`, '--']);
  if (diff.status !== 0) {
    throw new UsageError(
      `git diff ${values.base}...${values.head} gagal: ${diff.stderr.trim()} (riwayat lengkap diperlukan: fetch-depth: 0).`,
    );
  }
  const list = git(['rev-list', '--no-merges', '--reverse', `${base}..${head}`]);
  if (list.status !== 0) throw new UsageError(`git rev-list gagal: ${visible(list.stderr.trim())}`);
  const ids = list.stdout.split('\n').filter((id) => /^[0-9a-f]{40,64}$/.test(id));
  const commits = ids.slice(0, MAX_COMMITS).map((id) => {
    const own = git(['diff-tree', '-r', '--raw', '-z', '-M', '--no-commit-id', '--root', id]);
    if (own.status !== 0) throw new UsageError(`git diff-tree ${id.slice(0, 7)} gagal: ${visible(own.stderr.trim())}`);
    return { id, changes: parseRawDiff(own.stdout) };
  });
  const result = checkPullRequest({
    changes: parseRawDiff(diff.stdout),
    commits,
    author,
    commitAuthors,
    base: maintainersAt(base),
    head: maintainersAt(head),
    contentDir,
  });
  if (ids.length > MAX_COMMITS) {
    result.verdict = 'needs-review';
    result.summary += ` Pull request ini berisi ${ids.length} commit; hanya ${MAX_COMMITS} yang pertama dinilai satu per satu, jadi perlu ditinjau pengelola.`;
  }

  console.log(`Pemeriksaan kepemilikan folder desa`);
  console.log(
    `Akun yang dinilai: ${result.judged.join(', ')} (pengaju dan penulis commit; setiap akun harus pemelihara) · dasar: ${visible(values.base)} (${base.slice(0, 7)}) · usulan: ${visible(values.head)} (${head.slice(0, 7)}) · ${ids.length} commit\n`,
  );
  if (values.format === 'github') {
    for (const line of githubAnnotations(result)) console.log(line);
    const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
    if (summaryFile) appendFileSync(summaryFile, `${markdownReport(result, author)}\n`);
    // Defence in depth: while the report (contributors' paths) prints, the runner reads no commands.
    const token = randomBytes(16).toString('hex');
    console.log(`::stop-commands::${token}`);
    console.log(textReport(result));
    console.log(`::${token}::`);
  } else {
    console.log(textReport(result));
  }
  if (result.verdict === 'needs-review') {
    console.log(
      '\nBerkas di atas yang bertanda "perlu ditinjau" akan diperiksa pengelola sebelum digabungkan. ' +
        'Untuk mengubah folder desa sendiri tanpa menunggu, minta pemelihara desa mencantumkan nama pengguna Anda di "pemelihara" profil.md.',
    );
    return 1;
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`Galat: ${visible(error.message)}\n\n${USAGE}`);
  } else {
    console.error(`Galat tak terduga: ${visible(error instanceof Error ? error.message : String(error))}`);
  }
  process.exitCode = 2;
}
