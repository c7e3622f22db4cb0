/**
 * The ownership check against real git repositories: a base branch with one village whose
 * profile lists `operator-a`, then one branch per pull request scenario. The CLI runs in the
 * temporary repository exactly as the workflow runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/check-ownership.ts');
const VILLAGE = 'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan';
const NEW_VILLAGE = 'content/desa/kabupaten-garut/cisurupan/32.05.12.2001-sirnajaya';

// Keep the machine's git configuration (signing, hooks, templates, default branch) out of it.
const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

const profile = (kode: string, nama: string, pemelihara: string[]) => `---
kode: "${kode}"
nama: ${nama}
jenis: desa
ringkasan: Desa contoh untuk pengujian kepemilikan folder.
kontak:
  whatsapp: "6281234567890"
pemelihara: [${pemelihara.join(', ')}]
diperbarui: 2026-11-30
---
Cerita desa.
`;

let repo: string;

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function write(path: string, text: string) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

/** A branch off main with the given edits committed by the given author. */
function branch(name: string, edit: () => void) {
  git('checkout', '--quiet', '-b', name, 'main');
  edit();
  git('add', '--all');
  git('commit', '--quiet', '-m', name);
  git('checkout', '--quiet', 'main');
}

interface Run {
  status: number | null;
  out: string;
  summary: string;
}

let runs = 0;

function check(head: string, author: string, ...extra: string[]): Run {
  const summaryFile = join(root, `summary-${++runs}.md`);
  const result = spawnSync(
    process.execPath,
    [
      '--experimental-strip-types',
      '--disable-warning=ExperimentalWarning',
      SCRIPT,
      '--base',
      'main',
      '--head',
      head,
      '--author',
      author,
      ...extra,
    ],
    { cwd: repo, env: { ...gitEnv, GITHUB_STEP_SUMMARY: summaryFile, NO_COLOR: '1' }, encoding: 'utf8' },
  );
  let summary = '';
  try {
    summary = readFileSync(summaryFile, 'utf8');
  } catch {
    // No summary written (text format).
  }
  return { status: result.status, out: `${result.stdout}${result.stderr}`, summary };
}

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'etalase-ownership-'));
  repo = join(root, 'repo');
  mkdirSync(repo);
  git('init', '--quiet', '-b', 'main');
  git('config', 'user.name', 'Penguji Etalase');
  git('config', 'user.email', 'penguji@example.invalid');
  git('config', 'commit.gpgsign', 'false');
  write(`${VILLAGE}/profil.md`, profile('32.04.05.2006', 'Cibiru Wetan', ['operator-a']));
  write(`${VILLAGE}/produk/kopi.md`, '---\nnama: Kopi\n---\nKopi.\n');
  write('content/hub/creative-center-garut.md', '---\nnama: Garut\n---\n');
  write('src/lib/x.ts', 'export const x = 1;\n');
  write('package.json', '{}\n');
  write('package-lock.json', '{}\n');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'base');

  branch('owner-edit', () => {
    write(`${VILLAGE}/profil.md`, profile('32.04.05.2006', 'Cibiru Wetan', ['operator-a']).replace('Cerita', 'Kisah'));
    write(`${VILLAGE}/produk/susu sapi é.md`, '---\nnama: Susu\n---\n');
    git('mv', `${VILLAGE}/produk/kopi.md`, `${VILLAGE}/produk/kopi-arabika.md`);
  });
  branch('grab-ownership', () => {
    write(`${VILLAGE}/profil.md`, profile('32.04.05.2006', 'Cibiru Wetan', ['operator-a', 'intruder']));
  });
  branch('new-village', () => {
    write(`${NEW_VILLAGE}/profil.md`, profile('32.05.12.2001', 'Sirnajaya', ['warga-baru']));
    write(`${NEW_VILLAGE}/produk/dodol.md`, '---\nnama: Dodol\n---\n');
  });
  branch('workflow', () => write('.github/workflows/x.yml', 'on: push\n'));
  branch('lockfile', () => write('package-lock.json', '{"evil": true}\n'));
  branch('source', () => write('src/lib/x.ts', 'export const x = 2;\n'));
  branch('hub', () => write('content/hub/creative-center-garut.md', '---\nnama: Garut!\n---\n'));
  branch('delete-profile', () => git('rm', '--quiet', `${VILLAGE}/profil.md`));
  branch('symlink', () => symlinkSync('../../../../../package.json', join(repo, VILLAGE, 'foto.jpg')));
  branch('mixed', () => {
    write(`${VILLAGE}/produk/teh.md`, '---\nnama: Teh\n---\n');
    write('scripts/x.ts', 'console.log(1);\n');
  });
  git('checkout', '--quiet', 'owner-edit');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('check-ownership on real git repositories', () => {
  it('exit 0 when the maintainer edits their own folder (HEAD is the default head)', () => {
    const run = check('HEAD', 'operator-a');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('✓ Semua 3 berkas');
    expect(run.out).toContain('susu sapi é.md');
    expect(run.out).toContain('pindah');
  });

  it('matches the login case-insensitively', () => {
    expect(check('owner-edit', 'Operator-A').status).toBe(0);
  });

  it('exit 1 when another user edits the folder', () => {
    const run = check('owner-edit', 'operator-b');
    expect(run.status, run.out).toBe(1);
    expect(run.out).toContain('`operator-b` bukan pemelihara desa 32.04.05.2006-cibiru-wetan');
    expect(run.out).toContain('perlu ditinjau pengelola');
  });

  it('exit 0 for a new village folder whose profile lists the author', () => {
    const run = check('new-village', 'warga-baru');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('Folder desa baru 32.05.12.2001-sirnajaya');
  });

  it('exit 1 for a new village folder whose profile does not list the author', () => {
    const run = check('new-village', 'orang-lain');
    expect(run.status, run.out).toBe(1);
    expect(run.out).toContain('tidak mencantumkan `orang-lain`');
  });

  it('exit 1 when a pull request adds its author to the pemelihara of a folder they do not own', () => {
    const run = check('grab-ownership', 'intruder');
    expect(run.status, run.out).toBe(1);
    expect(run.out).toContain('bukan pemelihara desa 32.04.05.2006-cibiru-wetan di cabang dasar');
    // The real maintainer may make that same change.
    expect(check('grab-ownership', 'operator-a').status).toBe(0);
  });

  for (const [head, path] of [
    ['workflow', '.github/workflows/x.yml'],
    ['lockfile', 'package-lock.json'],
    ['source', 'src/lib/x.ts'],
    ['hub', 'content/hub/creative-center-garut.md'],
  ] as const) {
    it(`exit 1 for ${path}, even from a village maintainer`, () => {
      const run = check(head, 'operator-a');
      expect(run.status, run.out).toBe(1);
      expect(run.out).toContain(path);
      expect(run.out).toContain('perlu ditinjau pengelola');
    });
  }

  it("exit 1 when the maintainer deletes the village's profil.md", () => {
    const run = check('delete-profile', 'operator-a');
    expect(run.status, run.out).toBe(1);
    expect(run.out).toContain('Menghapus atau memindahkan profil.md');
  });

  it('exit 1 for a symlink in an owned folder', () => {
    const run = check('symlink', 'operator-a');
    expect(run.status, run.out).toBe(1);
    expect(run.out).toContain('symlink');
  });

  it('--format github prints annotations and appends a Markdown summary', () => {
    const run = check('mixed', 'operator-a', '--format', 'github');
    expect(run.status, run.out).toBe(1);
    expect(run.out).toContain('::warning file=scripts/x.ts,title=Perlu ditinjau pengelola::Skrip proyek (scripts/)');
    expect(run.out).toContain('::notice title=Kepemilikan folder desa::1 dari 2 berkas perlu ditinjau pengelola.');
    expect(run.summary).toContain('## Kepemilikan folder desa');
    expect(run.summary).toContain('| ⚠ perlu ditinjau | baru | <code>scripts/x.ts</code> |');
    expect(run.summary).toContain('✓ diizinkan');
  });

  it('writes no annotations in the default text format', () => {
    const run = check('mixed', 'operator-a');
    expect(run.out).not.toContain('::warning');
    expect(run.summary).toBe('');
  });

  it('exit 2 on usage errors', () => {
    const missingAuthor = spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', SCRIPT, '--base', 'main'],
      { cwd: repo, env: gitEnv, encoding: 'utf8' },
    );
    expect(missingAuthor.status).toBe(2);
    expect(missingAuthor.stderr).toContain('--author wajib diisi');
    expect(check('no-such-branch', 'operator-a').status).toBe(2);
    expect(check('owner-edit', 'bad login;rm -rf').status).toBe(2);
    expect(check('--output=/tmp/x', 'operator-a').status).toBe(2);
    expect(check('owner-edit', 'operator-a', '--format', 'json').status).toBe(2);
    expect(check('owner-edit', 'operator-a', '--unknown').status).toBe(2);
  });

  it('exit 2 outside a git repository', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--experimental-strip-types',
        '--disable-warning=ExperimentalWarning',
        SCRIPT,
        '--base',
        'main',
        '--author',
        'operator-a',
      ],
      { cwd: root, env: { ...gitEnv, GIT_CEILING_DIRECTORIES: dirname(root) }, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
  });
});
