import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, isVagueLabel } from '../../scripts/lib/linkcheck.ts';

const dist = mkdtempSync(join(tmpdir(), 'linkcheck-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, body: string) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(
    join(dist, path),
    `<!doctype html><html lang="id"><head><title>t</title><link rel="icon" href="/favicon.svg"></head><body>${body}</body></html>`,
  );
}
writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
mkdirSync(join(dist, 'data'), { recursive: true });
writeFileSync(join(dist, 'data/desa.csv'), 'kode\n');
write('index.html', '<main id="isi"><a href="/wilayah/kota-bandung/#32.73.01">Coblong</a></main>');
write('wilayah/kota-bandung/index.html', '<ul><li id="32.73.01">Coblong</li></ul>');

const problemsOf = (path: string) =>
  checkLinks(dist, { siteOrigins: ['https://etalase-desa.github.io'] })
    .problems.filter((p) => p.page === path)
    .map((p) => p.message);

describe('link check', () => {
  it('accepts working links, anchors, files and external links', () => {
    write(
      'ok/index.html',
      '<a href="#isi">Ke isi</a><main id="isi"><a href="../">Beranda</a> <a href="/data/desa.csv">Unduh CSV desa</a>' +
        ' <a href="https://wa.me/62812">Pesan lewat WhatsApp</a> <a href="mailto:a@b.id">Surel desa</a>' +
        ' <a href="https://etalase-desa.github.io/wilayah/kota-bandung/#32.73.01">Coblong</a>' +
        ' <a href="/"><img src="/favicon.svg" alt="Etalase Desa"></a> <a href="/" aria-label="Beranda"></a>' +
        ' <img src="/favicon.svg" alt="" role="presentation"><span aria-hidden="true"><img src="/favicon.svg" alt=""></span></main>',
    );
    expect(problemsOf('/ok/')).toEqual([]);
  });

  it('finds a broken link, a missing anchor and a missing trailing slash', () => {
    write(
      'broken/index.html',
      '<a href="/desa/tidak-ada/">Desa</a> <a href="/wilayah/kota-bandung/#32.73.99">Kecamatan</a>' +
        ' <a href="#hilang">Bagian</a> <a href="/wilayah/kota-bandung">Kota Bandung</a> <img src="/x.webp" alt="x">',
    );
    expect(problemsOf('/broken/')).toEqual([
      'link "/desa/tidak-ada/" is broken: /desa/tidak-ada/ is not in the site',
      'link "/wilayah/kota-bandung/#32.73.99": no id="32.73.99" in /wilayah/kota-bandung/',
      'link "#hilang": no id="hilang" in /broken/',
      'link "/wilayah/kota-bandung" lacks the trailing slash (a redirect on every host)',
      '<img src> "/x.webp" is broken: /x.webp is not in the site',
    ]);
  });

  it('finds links without a name and vague labels', () => {
    write(
      'labels/index.html',
      '<a href="/"></a> <a href="/"><img src="/favicon.svg" alt=""></a> <a href="/">Klik di sini</a>' +
        ' <a href="/">here</a> <a href="/">di sini.</a>',
    );
    const found = problemsOf('/labels/');
    expect(found.filter((m) => m.includes('has no text'))).toHaveLength(2);
    expect(found.filter((m) => m.includes('say where it leads'))).toHaveLength(3);
  });

  it('requires alt on every image, empty only when marked decorative', () => {
    write('alt/index.html', '<img src="/favicon.svg"> <img src="/favicon.svg" alt="">');
    expect(problemsOf('/alt/')).toEqual([
      '<img src="/favicon.svg"> has no alt attribute',
      '<img src="/favicon.svg"> has an empty alt but is not marked decorative (role="presentation" or aria-hidden)',
    ]);
  });

  it('refuses duplicate ids and relative links on the 404 page', () => {
    write('404.html', '<p id="a"></p><p id="a"></p><a href="wilayah/">Wilayah</a>');
    expect(problemsOf('/404.html')).toEqual([
      'duplicate id="a"',
      'link "wilayah/" is relative: the 404 page is served at any address',
      'link "wilayah/" is broken: /wilayah/ is not in the site',
    ]);
  });

  it('checks links under a deployment base path', () => {
    const based = mkdtempSync(join(tmpdir(), 'linkcheck-base-'));
    mkdirSync(join(based, 'cari'), { recursive: true });
    writeFileSync(join(based, 'index.html'), '<a href="/etalase/cari/">Cari</a> <a href="/cari/">Cari lagi</a>');
    writeFileSync(join(based, 'cari/index.html'), '<p>cari</p>');
    expect(checkLinks(based, { base: '/etalase/' }).problems.map((p) => p.message)).toEqual([
      'link "/cari/" leaves the base path /etalase/',
    ]);
    rmSync(based, { recursive: true, force: true });
  });

  it('knows vague labels in Indonesian and English', () => {
    expect(['Klik di sini!', 'klik disini untuk daftar', 'Click here', 'di sini'].every(isVagueLabel)).toBe(true);
    expect(['Lihat profil Desa Panjalu', 'Unduh data desa (CSV)'].some(isVagueLabel)).toBe(false);
  });
});
