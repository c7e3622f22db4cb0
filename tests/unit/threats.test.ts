/**
 * One bad input per threat in the design (content comes from strangers), each asserting the
 * exact rule, file, line and field the validator reports. Ownership and workflow threats are
 * covered by tests/unit/ownership.test.ts and tests/build/ownership-git.test.ts.
 */
import { spawnSync } from 'node:child_process';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/area.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { CIBIRU, contentTree, productText, profileText } from '../helpers/content-tree.ts';
import { noise, pngBomb } from '../helpers/fixtures.ts';

const areas = await loadAreas('32');
const PROFILE = `${CIBIRU}/profil.md`;
const withPhoto = (name: string) => profileText(`foto:\n  - src: ./${name}\n    alt: Balai desa dari depan\n`);
const photo = sharp({ create: { width: 800, height: 600, channels: 3, background: '#3a6' } });
const gpsJpeg = await photo
  .clone()
  .withExif({
    IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 54/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 36/1 0/1' },
  })
  .jpeg()
  .toBuffer();

const threats: { threat: string; files: Record<string, string | Buffer>; expected: string[] }[] = [
  {
    threat: 'raw HTML and <script> in Markdown',
    files: { [PROFILE]: `${profileText()}\n<script>alert(1)</script>\n` },
    expected: [`${PROFILE}:13 (isi) body-html`],
  },
  {
    threat: 'javascript: link in a body',
    files: { [PROFILE]: `${profileText()}\n[klik](javascript:alert(1))\n` },
    expected: [`${PROFILE}:13 (isi) body-link`],
  },
  {
    threat: 'data: link in a body',
    files: { [PROFILE]: `${profileText()}\n[x](data:text/html;base64,PHNjcmlwdD4=)\n` },
    expected: [`${PROFILE}:13 (isi) body-link`],
  },
  {
    threat: 'javascript: URL in a field',
    files: { [PROFILE]: profileText().replace('https://example.desa.id', 'javascript:alert(1)') },
    expected: [`${PROFILE}:7 kontak.website schema`],
  },
  {
    threat: 'SVG with a script named .jpg',
    files: {
      [PROFILE]: withPhoto('a.jpg'),
      [`${CIBIRU}/a.jpg`]: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    },
    expected: [`${PROFILE}:10 foto.0.src image-type`],
  },
  {
    threat: 'an HTML page named .jpg',
    files: { [PROFILE]: withPhoto('a.jpg'), [`${CIBIRU}/a.jpg`]: '<!doctype html><script>alert(1)</script>' },
    expected: [`${PROFILE}:10 foto.0.src image-type`],
  },
  {
    threat: 'a decompression bomb (20000×20000 PNG)',
    files: { [PROFILE]: withPhoto('a.png'), [`${CIBIRU}/a.png`]: pngBomb() },
    expected: [`${PROFILE}:10 foto.0.src image-too-many-pixels`],
  },
  {
    threat: 'a huge file',
    files: {
      [PROFILE]: withPhoto('a.jpg'),
      [`${CIBIRU}/a.jpg`]: Buffer.concat([await photo.clone().jpeg().toBuffer(), noise(11 * 1024 * 1024)]),
    },
    // Too large, and the appended noise is data hidden after the image.
    expected: [`${PROFILE}:10 foto.0.src image-too-large`, `${PROFILE}:10 foto.0.src image-metadata`],
  },
  {
    threat: 'a photo with GPS in EXIF',
    files: { [PROFILE]: withPhoto('a.jpg'), [`${CIBIRU}/a.jpg`]: gpsJpeg },
    expected: [`${PROFILE}:10 foto.0.src image-gps`],
  },
  {
    threat: 'path traversal in an image path',
    files: { [PROFILE]: withPhoto('../../../../../../etc/passwd.jpg') },
    expected: [`${PROFILE}:10 foto.0.src schema`],
  },
  {
    threat: 'a HEIC photo renamed .jpg',
    files: {
      [PROFILE]: withPhoto('a.jpg'),
      [`${CIBIRU}/a.jpg`]: Buffer.concat([
        Buffer.from([0, 0, 0, 24]),
        Buffer.from('ftypheic\0\0\0\0mif1heic'),
        noise(2000),
      ]),
    },
    expected: [`${PROFILE}:10 foto.0.src image-heic`],
  },
  {
    threat: 'YAML anchors and aliases',
    files: { [PROFILE]: profileText('potensi: &x [a]\nsumber: *x\n') },
    expected: [`${PROFILE}:9  yaml-alias`, `${PROFILE}:10  yaml-alias`],
  },
  {
    threat: 'a custom YAML tag',
    files: { [PROFILE]: profileText('potensi: !!python/object:os.system [ls]\n') },
    expected: [`${PROFILE}:9  yaml-tag`],
  },
  {
    threat: 'a duplicate YAML key',
    files: { [PROFILE]: profileText('kode: "32.04.05.2001"\n') },
    expected: [`${PROFILE}:9  yaml-duplicate-key`],
  },
  {
    threat: 'a wrong Kemendagri code',
    files: { [PROFILE]: profileText().replace('32.04.05.2006', '32.04.05.2099') },
    expected: [`${PROFILE}:2 kode schema`],
  },
  {
    threat: 'a duplicate Kemendagri code',
    files: {
      [PROFILE]: profileText(),
      'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru/profil.md': profileText(),
    },
    expected: [
      'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru/profil.md:2 kode folder-path',
      'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru/profil.md:2 kode duplicate-code',
    ],
  },
  {
    threat: 'a Markdown file too large to be content',
    files: { [PROFILE]: profileText() + 'a'.repeat(250_000) },
    expected: [`${PROFILE}:1  file-too-large`],
  },
  {
    threat: 'a script dropped into a village folder',
    files: { [PROFILE]: profileText(), [`${CIBIRU}/index.html`]: '<script>alert(1)</script>' },
    expected: [`${CIBIRU}/index.html:1  file-type`],
  },
  {
    threat: 'an unknown field (a typo or an injected key)',
    files: { [PROFILE]: profileText('__proto__: {x: 1}\n') },
    expected: [`${PROFILE}:9 __proto__ unknown-field`],
  },
  {
    threat: 'frontmatter that is never closed',
    files: { [PROFILE]: profileText().replace(/\n---\n\nIsi profil\.\n$/, '\n\nIsi profil.\n') },
    expected: [`${PROFILE}:1  frontmatter-unclosed`],
  },
  {
    threat: 'soap sold with a food permit',
    files: {
      [PROFILE]: profileText(),
      [`${CIBIRU}/produk/sabun.md`]: productText('legalitas:\n  pirt: "1234567890123-45"\n'),
    },
    expected: [`${CIBIRU}/produk/sabun.md:10 legalitas.pirt schema`],
  },
];

describe('every threat gets a precise error', () => {
  for (const { threat, files, expected } of threats) {
    it(threat, async () => {
      const result = await validateContent({
        root: contentTree(files),
        contentDir: 'content',
        areas,
        provinceCode: '32',
      });
      expect(result.issues.map((i) => `${i.file}:${i.line} ${i.field} ${i.rule}`)).toEqual(expected);
      expect(result.issues.every((i) => i.severity === 'error' && i.message.length > 20)).toBe(true);
    });
  }
});

describe('whatever the content, no stack trace', () => {
  it('prints Indonesian errors and exits 1 for a tree of garbage', () => {
    const garbage: Record<string, string | Buffer> = {
      [`${CIBIRU}/profil.md`]: noise(5000),
      [`${CIBIRU}/produk/a.md`]: '---\n' + '- '.repeat(5000) + '\n---\n',
      [`${CIBIRU}/produk/b.md`]: '---\n' + 'a: '.repeat(200) + '[[[[{{{{\n---\n',
      [`${CIBIRU}/produk/c.md`]: '---\nnama: [' + '['.repeat(2000) + '\n---\n',
      [`${CIBIRU}/produk/d.md`]: '---\n---\n',
      [`${CIBIRU}/produk/e.md`]: '\uFEFF---\r\nnama: 1\r\n---\r\n',
      'content/hub/x.md': '---\nfoto: [{src: 1}, null, {src: "./x.jpg", alt: 5}]\nsumber: 7\n---\n',
      'content/hub/y.md': '---\n' + 'k: v\n'.repeat(1) + '---\n' + '\u0000'.repeat(100),
      'content/desa/a/b/c/d/e/f/g.md': 'x',
    };
    const root = contentTree(garbage);
    const run = spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/validate.ts'],
      {
        env: { ...process.env, ETALASE_CONTENT: `${root}/content` },
        encoding: 'utf8',
      },
    );
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(1);
    expect(output).toMatch(/galat/);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(output).not.toMatch(/TypeError|RangeError|SyntaxError|Cannot read/);
  });
});
