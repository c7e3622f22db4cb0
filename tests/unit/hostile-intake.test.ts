/**
 * Hostile contributions, by class (issue "hostile intake"): every file under content/ is judged,
 * no location leaves in any metadata encoding, broken bytes become messages, text is text, the
 * file system is not trusted, and nothing a contributor writes reaches CI's own channel. Each
 * class asserts the exact rule and place reported; binary fixtures are generated at test time
 * (tests/helpers/hostile-images.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/area.ts';
import { ENTRY_CAPS, FOLDER_CAPS } from '../../src/lib/caps.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { CIBIRU, contentTree, productText, profileText } from '../helpers/content-tree.ts';
import { cleanJpeg, otherHostilePhotos, photosWithLocation } from '../helpers/hostile-images.ts';

const areas = await loadAreas('32');
const PROFILE = `${CIBIRU}/profil.md`;
const withPhoto = (name: string) => profileText(`foto:\n  - src: ./${name}\n    alt: Balai desa dari depan\n`);
const tomorrowPlus = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function validate(files: Record<string, string | Buffer>, setup?: (root: string) => void) {
  const root = contentTree(files);
  setup?.(root);
  const result = await validateContent({ root, contentDir: 'content', areas, provinceCode: '32' });
  return { ...result, found: result.issues.map((i) => `${i.file}:${i.line} ${i.field} ${i.rule}`) };
}

const locations = await photosWithLocation();
const others = await otherHostilePhotos();
const clean = await cleanJpeg();

describe('no location in any metadata, in any encoding', () => {
  for (const [name, [ext, bytes]] of Object.entries(locations)) {
    it(`refuses ${name} at the field that references it`, async () => {
      const { found, issues } = await validate({ [PROFILE]: withPhoto(`a.${ext}`), [`${CIBIRU}/a.${ext}`]: bytes });
      expect(found).toEqual([`${PROFILE}:10 foto.0.src image-gps`]);
      expect(issues[0]?.message).toMatch(/lokasi/);
      expect(issues[0]?.message).toMatch(/npm run foto/);
    });
    it(`refuses ${name} in a photo nothing references`, async () => {
      const { found } = await validate({ [PROFILE]: profileText(), [`${CIBIRU}/lupa.${ext}`]: bytes });
      expect(found).toEqual([`${CIBIRU}/lupa.${ext}:1  image-gps`]);
    });
  }
});

describe('a photo carries at most an orientation and a colour profile, and decodes', () => {
  for (const [name, [ext, bytes, rule]] of Object.entries(others)) {
    it(`refuses ${name} (${rule})`, async () => {
      const { found, issues } = await validate({ [PROFILE]: withPhoto(`a.${ext}`), [`${CIBIRU}/a.${ext}`]: bytes });
      expect(found).toEqual([`${PROFILE}:10 foto.0.src ${rule}`]);
      expect(issues[0]?.message.length).toBeGreaterThan(30);
    });
  }

  it('accepts a clean photo, and one whose EXIF holds only its orientation', async () => {
    const sharp = (await import('sharp')).default;
    const upright = await sharp(clean).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const { found } = await validate({
      [PROFILE]: profileText(
        'foto:\n  - src: ./a.jpg\n    alt: Balai desa dari depan\n  - src: ./b.jpg\n    alt: Balai desa dari samping\n',
      ),
      [`${CIBIRU}/a.jpg`]: clean,
      [`${CIBIRU}/b.jpg`]: upright,
    });
    expect(found).toEqual([]);
  });
});

describe('every file under content/ is judged', () => {
  it('refuses other file types, hidden files and photos outside entry folders, each by path', async () => {
    const { found } = await validate({
      [PROFILE]: profileText(),
      [`${CIBIRU}/index.html`]: '<script>alert(1)</script>',
      [`${CIBIRU}/.DS_Store`]: 'x',
      [`${CIBIRU}/produk/catatan.txt`]: 'x',
      'content/desa/kabupaten-bandung/foto.jpg': clean,
      'content/hub/.env': 'TOKEN=x',
    });
    expect(found).toEqual([
      `${CIBIRU}/.DS_Store:1  file-type`,
      `${CIBIRU}/index.html:1  file-type`,
      `${CIBIRU}/produk/catatan.txt:1  file-type`,
      'content/desa/kabupaten-bandung/foto.jpg:1  file-location',
      'content/hub/.env:1  file-type',
    ]);
  });

  it('refuses a photo name that is not safe everywhere', async () => {
    const { found } = await validate({ [PROFILE]: profileText(), [`${CIBIRU}/foto balai.jpg`]: clean });
    expect(found).toEqual([`${CIBIRU}/foto balai.jpg:1  file-name`]);
  });

  it(`caps the files of a village folder at ${FOLDER_CAPS.village}`, async () => {
    const files: Record<string, Buffer | string> = { [PROFILE]: profileText() };
    for (let i = 0; i < FOLDER_CAPS.village; i += 1) files[`${CIBIRU}/foto-${i}.jpg`] = clean;
    const { found } = await validate(files);
    expect(found).toEqual([`${CIBIRU}:1  folder-too-many-files`]);
  });

  it(`caps the products of a village at ${ENTRY_CAPS.productsPerVillage}`, async () => {
    const files: Record<string, string> = { [PROFILE]: profileText() };
    for (let i = 0; i <= ENTRY_CAPS.productsPerVillage; i += 1) {
      files[`${CIBIRU}/produk/sabun-${String(i).padStart(2, '0')}.md`] = productText();
    }
    const { found } = await validate(files);
    expect(found).toEqual([`${CIBIRU}/produk:1  too-many-products`]);
  });

  it('refuses more photos per entry than the cap', async () => {
    const list = Array.from(
      { length: ENTRY_CAPS.productPhotos + 1 },
      (_, i) => `  - src: ./p${i}.jpg\n    alt: Sabun dari depan\n`,
    );
    const files: Record<string, string | Buffer> = {
      [PROFILE]: profileText(),
      [`${CIBIRU}/produk/sabun.md`]: productText(`foto:\n${list.join('')}`),
    };
    for (let i = 0; i <= ENTRY_CAPS.productPhotos; i += 1) files[`${CIBIRU}/produk/p${i}.jpg`] = clean;
    const { found } = await validate(files);
    expect(found).toEqual([`${CIBIRU}/produk/sabun.md:9 foto schema`]);
  });
});

describe('the file system is hostile too', () => {
  it('refuses symlinks to files and to folders, and never follows them', async () => {
    const { found, entries } = await validate({ [PROFILE]: profileText() }, (root) => {
      writeFileSync(join(root, 'secret.jpg'), clean);
      symlinkSync(join(root, 'secret.jpg'), join(root, CIBIRU, 'balai.jpg'));
      symlinkSync('/etc', join(root, CIBIRU, 'produk'));
      mkdirSync(join(root, 'content/hub'), { recursive: true });
      symlinkSync('/etc/passwd', join(root, 'content/hub/creative.md'));
    });
    expect(found).toEqual([
      'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/balai.jpg:1  symlink',
      'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/produk:1  symlink',
      'content/hub/creative.md:1  symlink',
    ]);
    expect(entries.map((e) => e.file)).toEqual([PROFILE]);
  });

  it('refuses names that are not UTF-8 and special files by path, and reads neither', async () => {
    const { found } = await validate({ [PROFILE]: profileText() }, (root) => {
      const folder = Buffer.from(join(root, CIBIRU));
      mkdirSync(Buffer.concat([folder, Buffer.from('/produk')]), { recursive: true });
      writeFileSync(
        Buffer.concat([folder, Buffer.from('/produk/'), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]),
        '---\n---\n',
      );
      writeFileSync(Buffer.concat([folder, Buffer.from('/foto'), Buffer.from([0xe9]), Buffer.from('.jpg')]), clean);
      spawnSync('mkfifo', [join(root, CIBIRU, 'pipa.jpg')]);
    });
    expect(found).toEqual([
      `${CIBIRU}/foto\ufffd.jpg:1  file-name-encoding`,
      `${CIBIRU}/pipa.jpg:1  file-special`,
      `${CIBIRU}/produk/\ufffd\ufffd.md:1  file-name-encoding`,
    ]);
  });

  it('treats a missing content folder, or one that is a file, as fatal', async () => {
    const missing = await validate({ 'README.md': 'x' });
    expect(missing.fatal).toBe(true);
    expect(missing.found).toEqual(['content:1  content-missing']);
    const file = await validate({ content: 'not a folder' });
    expect(file.fatal).toBe(true);
    expect(file.found).toEqual(['content:1  content-not-folder']);
  });
});

describe('text is text', () => {
  it('refuses control and bidirectional characters in any front-matter string, naming the field', async () => {
    const { found, issues } = await validate({
      [PROFILE]: profileText().replace('ringkasan: Desa', 'ringkasan: Desa \u202Egnp.exe\u202C'),
      [`${CIBIRU}/produk/sabun.md`]: productText().replace(
        'nama: Ponpes Daarul Mukhlishin',
        'nama: "Ponpes\\u200F Daarul Mukhlishin"',
      ),
    });
    expect(found.sort()).toEqual([
      `${CIBIRU}/produk/sabun.md:5 produsen.nama text-hidden`,
      `${PROFILE}:5 ringkasan text-hidden`,
    ]);
    expect(issues.find((i) => i.file === PROFILE)?.message).toMatch(/U\+202E/);
  });

  it('refuses dates later than tomorrow, and accepts tomorrow', async () => {
    const later = await validate({ [PROFILE]: profileText().replace('2026-11-30', tomorrowPlus(2)) });
    expect(later.found).toEqual([`${PROFILE}:8 diperbarui schema`]);
    const tomorrow = await validate({ [PROFILE]: profileText().replace('2026-11-30', tomorrowPlus(1)) });
    expect(tomorrow.found).toEqual([]);
  });

  it('accepts social links only on their platform’s hosts, and handles by the platform’s rules', async () => {
    const social = (lines: string) => profileText().replace('  website: https://example.desa.id\n', lines);
    const bad = await validate({
      [PROFILE]: social(
        '  facebook: https://facebook.com.evil.example/desa\n  youtube: https://evil.example/watch\n  instagram: ".."\n  tiktok: "desa..wisata"\n',
      ),
    });
    expect(bad.found).toEqual([
      `${PROFILE}:7 kontak.facebook schema`,
      `${PROFILE}:8 kontak.youtube schema`,
      `${PROFILE}:9 kontak.instagram schema`,
      `${PROFILE}:10 kontak.tiktok schema`,
    ]);
    const good = await validate({
      [PROFILE]: social(
        '  facebook: https://www.facebook.com/desacibiruwetan\n  youtube: https://www.youtube.com/@desa\n  instagram: desa.cibiru_wetan\n  tiktok: desacibiru\n',
      ),
    });
    expect(good.found).toEqual([]);
  });

  it('refuses scheme-relative and malformed links in a body, with a message', async () => {
    const { found, issues } = await validate({
      [PROFILE]: `${profileText()}\n[peta](//evil.example/x) dan [situs](https:evil.example) dan [ok](https://desa.id)\n`,
    });
    expect(found).toEqual([`${PROFILE}:13 (isi) body-link`, `${PROFILE}:13 (isi) body-link`]);
    expect(issues.every((i) => /tautan/i.test(i.message))).toBe(true);
  });

  it('says so when a Markdown file is UTF-16 or not valid UTF-8', async () => {
    const { found, issues } = await validate({
      [PROFILE]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(profileText(), 'utf16le')]),
      [`${CIBIRU}/produk/sabun.md`]: Buffer.from(productText().replace('Sabun', 'Sab\u00fan'), 'latin1'),
    });
    expect(found).toEqual([`${CIBIRU}/produk/sabun.md:1  file-encoding`, `${PROFILE}:1  file-encoding`]);
    expect(issues[0]?.message).toMatch(/bukan teks UTF-8/);
    expect(issues[1]?.message).toMatch(/UTF-16/);
  });

  it(`refuses a body longer than ${ENTRY_CAPS.bodyCharacters.toLocaleString('en')} characters`, async () => {
    const { found } = await validate({
      [PROFILE]: `${profileText()}${'Kalimat panjang tentang desa. '.repeat(Math.ceil(ENTRY_CAPS.bodyCharacters / 30) + 10)}\n`,
    });
    expect(found).toEqual([`${PROFILE}:10 (isi) body-too-long`]);
  });
});

describe('contributor text never escapes into CI output', () => {
  const hostileName = `${CIBIRU}/x\n::error::menang\u001b[2J.jpg`;

  it('prints workflow commands only of its own, escaped as GitHub documents, bounded per file', () => {
    const root = contentTree({
      [PROFILE]: `${profileText()}${Array.from({ length: 30 }, (_, i) => `[l${i}](javascript:x)`).join('\n')}\n`,
      [hostileName]: clean,
    });
    const summary = join(root, 'summary.md');
    const run = spawnSync(
      process.execPath,
      [
        '--experimental-strip-types',
        '--disable-warning=ExperimentalWarning',
        'scripts/validate.ts',
        '--format',
        'github',
      ],
      { env: { ...process.env, ETALASE_CONTENT: `${root}/content`, GITHUB_STEP_SUMMARY: summary }, encoding: 'utf8' },
    );
    const out = run.stdout + run.stderr;
    expect(run.status, out).toBe(1);
    const commands = out.split('\n').filter((line) => line.startsWith('::'));
    for (const line of commands) expect(line).toMatch(/^::(error file=|stop-commands::[0-9a-f]{32}$|[0-9a-f]{32}::$)/);
    expect(out).not.toMatch(/\n::error::menang/);
    expect(out).not.toContain('\u001b');
    expect(out).toMatch(/dan 10 masalah lain/);
    // The job summary holds no raw HTML or Markdown from the contributor.
    rmSync(root, { recursive: true, force: true });
  });
});

describe('photo verdicts are cached by content only', () => {
  it('judges the same bytes once, and new bytes under an old name again', async () => {
    const cacheFile = join(contentTree({}), 'verdicts.json');
    const gps = locations['GPS in JPEG EXIF']![1];
    const root = contentTree({ [PROFILE]: withPhoto('a.jpg'), [`${CIBIRU}/a.jpg`]: clean });
    const run = () =>
      validateContent({ root, contentDir: 'content', areas, provinceCode: '32', verdictCache: cacheFile });
    expect((await run()).issues).toEqual([]);
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.values(stored.entries)).toEqual([[]]);
    expect((await run()).issues).toEqual([]);
    // Same name, other bytes: a verdict of its own, never the cached acceptance.
    writeFileSync(join(root, CIBIRU, 'a.jpg'), gps);
    expect((await run()).issues.map((i) => i.rule)).toEqual(['image-gps']);
    expect((await run()).issues.map((i) => i.rule)).toEqual(['image-gps']);
  });
});
