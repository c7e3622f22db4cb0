/**
 * A bad content file fails the build with a message naming file and field, every bad file is
 * reported, and the previous site stays as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { CIBIRU, CISANTANA, contentTree, productText, profileText } from '../helpers/content-tree.ts';
import { cleanJpeg } from '../helpers/hostile-images.ts';

const photo = await cleanJpeg();

describe('a build with bad content', () => {
  const root = contentTree({
    [`${CIBIRU}/profil.md`]: profileText().replace('  website: https://example.desa.id', '  whatsapp: "081234567890"'),
    [`${CIBIRU}/produk/sabun.md`]: productText('legalitas:\n  pirt: "1234567890123-45"\n'),
    [`${CISANTANA}/profil.md`]: profileText()
      .replace('32.04.05.2006', '32.08.18.2009')
      .replace('Cibiru Wetan', 'Cisantana')
      .replace('jenis: desa', 'jenis: kelurahan'),
    'content/desa/kabupaten-bogor/x/32.01.01.2999-hilang/profil.md': profileText().replace(
      '32.04.05.2006',
      '32.01.01.2999',
    ),
    'content/hub/gedung.md': '---\nnama: Gedung\n---\n',
    // Photos nothing references are judged too: truncated bytes must give a message, not a crash.
    [`${CISANTANA}/rusak.jpg`]: photo.subarray(0, photo.length / 2),
  });
  symlinkSync('/etc/hostname', join(root, CISANTANA, 'tautan.jpg'));
  const outDir = join(root, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'previous site');
  const run = runBuild({ ETALASE_CONTENT: join(root, 'content'), ETALASE_OUT_DIR: outDir });

  it('exits non-zero', () => {
    expect(run.status).not.toBe(0);
  });

  it('names every bad file with line and field, in Indonesian', () => {
    expect(run.output).toMatch(
      /32\.04\.05\.2006-cibiru-wetan\/profil\.md:7:3 galat \[kontak\.whatsapp\].*Tulis "6281234567890"/,
    );
    expect(run.output).toMatch(
      /cibiru-wetan\/produk\/sabun\.md:10:3 galat \[legalitas\.pirt\] P-IRT hanya untuk pangan olahan/,
    );
    expect(run.output).toMatch(/cisantana\/profil\.md:4:1 galat \[jenis\] Kode 32\.08\.18\.2009 adalah desa/);
    expect(run.output).toMatch(
      /32\.01\.01\.2999-hilang\/profil\.md:2:1 galat \[kode\] Kode 32\.01\.01\.2999 tidak ada/,
    );
    expect(run.output).toMatch(/content\/hub\/gedung\.md:2:1 galat \[kabkota\] Isian ini wajib diisi/);
    expect(run.output).toMatch(/cisantana\/rusak\.jpg:1:1 galat Berkas foto rusak atau terpotong/);
    expect(run.output).toMatch(/cisantana\/tautan\.jpg:1:1 galat Tautan simbolik \(symlink\)/);
    expect(run.output).toMatch(/Konten tidak valid; situs tidak dibangun/);
  });

  it('prints no stack trace', () => {
    expect(run.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it('leaves the previous dist/ untouched and no staging folder behind', () => {
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readdirSync(dirname(outDir)).filter((f) => f.startsWith('dist.'))).toEqual([]);
    expect(existsSync(join(root, 'dist.previous'))).toBe(false);
  });
});
