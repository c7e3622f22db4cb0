/**
 * npm run check-ownership -- --base <ref> --author <login> [--head <ref>] [--format github] [--content <dir>]
 *
 * Decides whether a pull request only touches village folders its author maintains (see
 * src/lib/ownership.ts). Reads git in the current directory:
 *   git diff --raw -z -M <base>...<head>   the changes (--raw: --name-status plus file modes, so a
 *                                          symlink or submodule is caught; -z: any file name)
 *   git ls-tree / cat-file <ref> <path>    profil.md of a folder on the base or head ref
 * Exit codes: 0 everything allowed, 1 something needs a maintainer's review, 2 usage or git error.
 * Any unexpected failure is reported as 2, never as 1, so a workflow can tell them apart.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  checkOwnership,
  githubAnnotations,
  markdownReport,
  maintainersFromProfile,
  parseRawDiff,
  showLogin,
  textReport,
} from '../src/lib/ownership.ts';

const USAGE = `Pemakaian: npm run check-ownership -- --base <ref> --author <login> [--head <ref>] [--format github] [--content <folder>]
  --base     cabang dasar pull request, misalnya origin/main (wajib)
  --author   nama pengguna GitHub pengaju pull request (wajib)
  --head     perubahan yang diperiksa (bawaan: HEAD)
  --format   text (bawaan) atau github (anotasi dan ringkasan langkah)
  --content  folder konten (bawaan: content)`;

class UsageError extends Error {}

const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;
const MAX_PROFILE_BYTES = 1024 * 1024;

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
  if (!LOGIN.test(author)) throw new UsageError(`--author bukan nama pengguna GitHub yang valid: "${author}".`);
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
  const result = checkOwnership({
    changes: parseRawDiff(diff.stdout),
    author,
    base: maintainersAt(base),
    head: maintainersAt(head),
    contentDir,
  });

  console.log(`Pemeriksaan kepemilikan folder desa`);
  console.log(
    `Pengaju: ${showLogin(author)} · dasar: ${values.base} (${base.slice(0, 7)}) · usulan: ${values.head} (${head.slice(0, 7)})\n`,
  );
  if (values.format === 'github') {
    for (const line of githubAnnotations(result)) console.log(line);
    const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
    if (summaryFile) appendFileSync(summaryFile, `${markdownReport(result, author)}\n`);
  }
  console.log(textReport(result));
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
    console.error(`Galat: ${error.message}\n\n${USAGE}`);
  } else {
    console.error(`Galat tak terduga: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 2;
}
