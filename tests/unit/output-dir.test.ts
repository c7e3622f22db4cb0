/**
 * Configuration cannot destroy data: an output folder that is empty, the project, a parent of
 * it, a source folder or a git repository is refused before anything is written or swapped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { env } from '../../src/config.ts';
import { outputDirProblem } from '../../src/lib/output-dir.ts';

describe('the output folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'etalase-out-'));
  mkdirSync(join(root, 'other-repo', '.git'), { recursive: true });

  it('reads an empty or blank setting as unset', () => {
    process.env['ETALASE_TEST_SETTING'] = '  ';
    expect(env('ETALASE_TEST_SETTING')).toBeUndefined();
    process.env['ETALASE_TEST_SETTING'] = ' dist ';
    expect(env('ETALASE_TEST_SETTING')).toBe('dist');
    delete process.env['ETALASE_TEST_SETTING'];
  });

  it.each([
    '.',
    '',
    '..',
    '/',
    root,
    'content',
    'content/desa',
    'src',
    'src/pages',
    'node_modules',
    '.git',
    'other-repo',
  ])('refuses %j', (value) => {
    expect(outputDirProblem(value, root)).toMatch(/ETALASE_OUT_DIR=/);
  });

  it('refuses the configured content folder wherever it is', () => {
    expect(outputDirProblem('data/konten', root, 'data/konten')).toMatch(/data\/konten\//);
  });

  it.each(['dist', '.bench/dist', 'build/site', join(root, 'public-site')])('accepts %j', (value) => {
    expect(outputDirProblem(value, root)).toBeUndefined();
  });

  it('makes npm run build refuse before writing anything', () => {
    const before = readdirSync('.').sort();
    const run = spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/build.ts'],
      { env: { ...process.env, ETALASE_OUT_DIR: '.' }, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Folder hasil build ditolak: ETALASE_OUT_DIR="\." .*folder proyek/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync('.').sort()).toEqual(before);
  });
});
