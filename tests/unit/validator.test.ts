import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/area.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { formatIssue, githubAnnotation } from '../../src/lib/validation/format.ts';
import { CIBIRU, CISANTANA, contentTree, productText, profileText } from '../helpers/content-tree.ts';

const areas = await loadAreas('32');
const validate = (files: Record<string, string | Buffer>) =>
  validateContent({ root: contentTree(files), contentDir: 'content', areas, provinceCode: '32' });
const rules = async (files: Record<string, string | Buffer>) =>
  (await validate(files)).issues.map((i) => `${i.file}:${i.line} ${i.field} ${i.rule}`);

describe('content validator', () => {
  it('passes clean content and returns its entries', async () => {
    const result = await validate({
      [`${CIBIRU}/profil.md`]: profileText(),
      [`${CIBIRU}/produk/sabun-susu.md`]: productText(),
    });
    expect(result.issues).toEqual([]);
    expect(result.entries.map((e) => e.kind)).toEqual(['desa', 'produk']);
  });

  it('reports every problem in every file, with line and field', async () => {
    const result = await validate({
      [`${CIBIRU}/profil.md`]: profileText()
        .replace('Cibiru Wetan', 'Cibiru Kulon')
        .replace('https://example.desa.id', 'http://x.id'),
      [`${CISANTANA}/profil.md`]: profileText()
        .replace('32.04.05.2006', '32.08.18.2009')
        .replace('Cibiru Wetan', 'Cisantana')
        .replace('jenis: desa', 'jenis: kelurahan'),
    });
    expect(result.issues.map((i) => `${i.file}:${i.line} ${i.field}`)).toEqual([
      `${CIBIRU}/profil.md:3 nama`,
      `${CIBIRU}/profil.md:7 kontak.website`,
      `${CISANTANA}/profil.md:4 jenis`,
    ]);
    expect(result.issues[0]?.message).toContain('tulis "Cibiru Wetan"');
  });

  it('points a 08… WhatsApp number at its line with the corrected form', async () => {
    const result = await validate({
      [`${CIBIRU}/profil.md`]: profileText('').replace(
        '  website: https://example.desa.id',
        '  whatsapp: "0812 3456 7890"',
      ),
    });
    expect(result.issues).toHaveLength(1);
    expect(formatIssue(result.issues[0]!)).toBe(
      `${CIBIRU}/profil.md:7:3 galat [kontak.whatsapp] Nomor WhatsApp harus ditulis dalam format 62…, tanpa +, spasi atau tanda hubung. Tulis "6281234567890". (schema)`,
    );
  });

  it('suggests the field that was meant', async () => {
    const result = await validate({ [`${CIBIRU}/profil.md`]: profileText('ringkasn: x\n') });
    expect(result.issues.map((i) => [i.line, i.field, i.rule, i.message])).toEqual([
      [9, 'ringkasn', 'unknown-field', 'Isian "ringkasn" tidak dikenal. Mungkin maksud Anda "ringkasan"?'],
    ]);
  });

  it('refuses YAML tricks: duplicate keys, anchors and aliases, custom tags', async () => {
    expect(await rules({ [`${CIBIRU}/profil.md`]: profileText('nama: Lain\n') })).toEqual([
      `${CIBIRU}/profil.md:9  yaml-duplicate-key`,
    ]);
    expect(await rules({ [`${CIBIRU}/profil.md`]: profileText('potensi: &a [x]\nsumber: *a\n') })).toEqual([
      `${CIBIRU}/profil.md:9  yaml-alias`,
      `${CIBIRU}/profil.md:10  yaml-alias`,
    ]);
    expect(await rules({ [`${CIBIRU}/profil.md`]: profileText('potensi: !!js/function "x"\n') })).toEqual([
      `${CIBIRU}/profil.md:9  yaml-tag`,
    ]);
    expect(await rules({ [`${CIBIRU}/profil.md`]: 'kode: 1\n' })).toEqual([
      `${CIBIRU}/profil.md:1  frontmatter-missing`,
    ]);
  });

  it('keeps one profile per code in the folder derived from it', async () => {
    expect(
      await rules({ 'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru/profil.md': profileText() }),
    ).toEqual(['content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru/profil.md:2 kode folder-path']);
    const other = 'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru/profil.md';
    const { issues } = await validate({ [`${CIBIRU}/profil.md`]: profileText(), [other]: profileText() });
    expect(issues.map((i) => i.rule)).toEqual(expect.arrayContaining(['duplicate-code']));
  });

  it('needs a product to sit in a village folder with a valid profile', async () => {
    expect(await rules({ [`${CIBIRU}/produk/sabun.md`]: productText() })).toEqual([
      `${CIBIRU}/produk/sabun.md:1  product-village`,
    ]);
    expect(
      await rules({ [`${CIBIRU}/profil.md`]: profileText(), [`${CIBIRU}/produk/Sabun Susu.md`]: productText() }),
    ).toEqual([`${CIBIRU}/produk/Sabun Susu.md:1  file-name`]);
  });

  it('refuses a product nobody can order: no channel of its own and none in its village’s profile', async () => {
    const silent = profileText().replace(
      'kontak:\n  website: https://example.desa.id\n',
      'sumber:\n  - judul: Berita desa\n    url: https://berita.example/desa\n',
    );
    expect(await rules({ [`${CIBIRU}/profil.md`]: silent, [`${CIBIRU}/produk/sabun.md`]: productText() })).toEqual([
      `${CIBIRU}/produk/sabun.md:2 pesan product-channel`,
    ]);
    const { issues } = await validate({
      [`${CIBIRU}/profil.md`]: silent,
      [`${CIBIRU}/produk/sabun.md`]: productText(),
    });
    expect(issues[0]?.message).toMatch(/pesan\.whatsapp.*pesan\.lokapasar.*kontak/);
    // Its own WhatsApp, or the village's contact, is enough.
    const own = productText('pesan:\n  whatsapp: "6281234567890"\n');
    expect(await rules({ [`${CIBIRU}/profil.md`]: silent, [`${CIBIRU}/produk/sabun.md`]: own })).toEqual([]);
    expect(
      await rules({ [`${CIBIRU}/profil.md`]: profileText(), [`${CIBIRU}/produk/sabun.md`]: productText() }),
    ).toEqual([]);
  });

  it('refuses legality numbers that do not fit the category', async () => {
    expect(
      await rules({
        [`${CIBIRU}/profil.md`]: profileText(),
        [`${CIBIRU}/produk/sabun.md`]: productText('legalitas:\n  pirt: "1234567890123-45"\n'),
      }),
    ).toEqual([`${CIBIRU}/produk/sabun.md:10 legalitas.pirt schema`]);
  });

  it('checks photo paths and files', async () => {
    const withPhoto = (src: string) => profileText(`foto:\n  - src: ${src}\n    alt: Balai desa dari depan\n`);
    expect(await rules({ [`${CIBIRU}/profil.md`]: withPhoto('./balai.jpg') })).toEqual([
      `${CIBIRU}/profil.md:10 foto.0.src image-missing`,
    ]);
    expect(await rules({ [`${CIBIRU}/profil.md`]: withPhoto('../../../../../etc/passwd.jpg') })).toEqual([
      `${CIBIRU}/profil.md:10 foto.0.src schema`,
    ]);
    const heic = (await validate({ [`${CIBIRU}/profil.md`]: withPhoto('./foto.heic') })).issues[0];
    expect(heic?.message).toMatch(/HEIC.*JPEG/);
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    expect(await rules({ [`${CIBIRU}/profil.md`]: withPhoto('./balai.jpg'), [`${CIBIRU}/balai.jpg`]: photo })).toEqual(
      [],
    );
  });

  it('refuses files that are not content', async () => {
    expect(
      await rules({
        [`${CIBIRU}/profil.md`]: profileText(),
        [`${CIBIRU}/x.svg`]: '<svg/>',
        'content/desa/catatan.md': '---\n---\n',
      }),
    ).toEqual(['content/desa/catatan.md:1  file-location', `${CIBIRU}/x.svg:1  file-type`]);
  });

  it('refuses raw HTML in a body in a pull request, and only warns in the build', async () => {
    const files = { [`${CIBIRU}/profil.md`]: `${profileText()}\n<script>alert(1)</script>\n` };
    expect((await validate(files)).issues.map((i) => [i.line, i.field, i.rule, i.severity])).toEqual([
      [13, '(isi)', 'body-html', 'error'],
    ]);
    const lenient = await validateContent({
      root: contentTree(files),
      contentDir: 'content',
      areas,
      provinceCode: '32',
      bodyFindings: 'warning',
    });
    expect(lenient.issues.map((i) => i.severity)).toEqual(['warning']);
  });

  it('refuses a Markdown file too large to be a profile before parsing it', async () => {
    expect(await rules({ [`${CIBIRU}/profil.md`]: profileText() + 'x'.repeat(300 * 1024) })).toEqual([
      `${CIBIRU}/profil.md:1  file-too-large`,
    ]);
  });

  it('prints GitHub annotations with escaped properties', async () => {
    const issue = (await validate({ [`${CIBIRU}/profil.md`]: profileText().replace('jenis: desa', 'jenis: kota') }))
      .issues[0]!;
    expect(githubAnnotation(issue)).toMatch(
      /^::error file=content\/desa\/.*profil\.md,line=4,col=1,title=schema%3A jenis::Nilai tidak dikenal/,
    );
  });

  it('checks only the named files, still knowing the other profiles', async () => {
    const root = contentTree({
      [`${CIBIRU}/profil.md`]: profileText('x: 1\n'),
      [`${CIBIRU}/produk/sabun.md`]: productText(),
    });
    const result = await validateContent(
      { root, contentDir: 'content', areas, provinceCode: '32' },
      new Set([`${CIBIRU}/produk/sabun.md`]),
    );
    expect(result.files).toBe(1);
    expect(result.issues).toEqual([]);
  });
});
