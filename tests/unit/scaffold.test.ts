import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scaffold, type ScaffoldOptions } from '../../scripts/baru.ts';
import { loadAreas } from '../../src/lib/area.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';

const areas = await loadAreas('32');
const TODAY = '2026-11-30';
const PROFILE = 'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/profil.md';
const PRODUCT = 'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/produk/kopi-manglayang.md';
const HUB = 'content/hub/creative-center-kota-cirebon.md';

let root: string;
let options: ScaffoldOptions;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'etalase-baru-'));
  options = { root, contentDir: 'content', areas, provinceCode: '32', today: TODAY };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => scaffold(args, options);
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const validate = () => validateContent({ root, contentDir: 'content', areas, provinceCode: '32' });

/**
 * Fills the empty `field: ""` lines the way a contributor would: typing between the quotes,
 * whatever the text holds (a colon, a # or a number survive there).
 */
function fill(file: string, values: Record<string, string>): void {
  let text = read(file);
  for (const [field, value] of Object.entries(values)) {
    const line = new RegExp(`^(\\s*(?:- )?${field}): ""$`, 'm');
    expect(text, `${file} has an empty line for ${field}`).toMatch(line);
    text = text.replace(line, (_, key: string) => `${key}: "${value}"`);
  }
  expect(text).not.toMatch(/: ""$/m);
  writeFileSync(join(root, file), text);
}

/** Turns on every optional example (`# field: …`), as the template's hint tells a contributor to. */
function uncommentExamples(file: string): void {
  writeFileSync(join(root, file), read(file).replace(/^# ( *[a-z_]+:.*)$/gm, '$1'));
}

function fillProfile(): void {
  fill(PROFILE, {
    // A colon and a # in a sentence: typed between the quotes, they are text.
    ringkasan: 'Desa di kaki Gunung Manglayang: skor IDM #2 tertinggi di Jawa Barat.',
    website: 'https://cibiruwetan.desa.id/',
  });
}

describe('npm run baru', () => {
  it('creates a village profile at the folder rule’s path, with the official facts', async () => {
    const result = run('desa', '32.04.05.2006');
    expect(result).toMatchObject({ ok: true, file: PROFILE });
    const text = read(PROFILE);
    expect(text).toContain('kode: "32.04.05.2006"');
    expect(text).toContain('nama: Cibiru Wetan');
    expect(text).toContain('jenis: desa');
    expect(text).toContain(`diperbarui: ${TODAY}`);
  });

  it('creates a profile whose WAJIB fields are reported until filled, then validates', async () => {
    run('desa', '32.04.05.2006');
    const before = (await validate()).issues.filter((i) => i.severity === 'error');
    expect(before.map((i) => i.field)).toEqual(['ringkasan', 'kontak.website']);
    const lines = read(PROFILE).split('\n');
    // Each is reported at its empty value, under the comment that says what to type.
    expect(
      before.every((i) => lines[i.line - 1]?.endsWith(': ""') && /# WAJIB/.test(lines.slice(0, i.line - 1).join('\n'))),
    ).toBe(true);
    fillProfile();
    expect((await validate()).issues).toEqual([]);
    uncommentExamples(PROFILE);
    expect(read(PROFILE)).toMatch(/^pemelihara: /m);
    expect((await validate()).issues).toEqual([]);
  });

  it('accepts --jenis when it agrees with the code', () => {
    expect(run('desa', '32.04.05.2006', '--jenis', 'desa').ok).toBe(true);
    expect(run('desa', '32.08.18.1001', '--jenis', 'kelurahan')).toMatchObject({
      ok: true,
      file: 'content/desa/kabupaten-kuningan/cigugur/32.08.18.1001-cigugur/profil.md',
    });
  });

  it('creates a product in the village’s produk/ folder that validates once filled', async () => {
    run('desa', '32.04.05.2006');
    fillProfile();
    expect(run('produk', '32.04.05.2006', 'Kopi Manglayang')).toMatchObject({ ok: true, file: PRODUCT });
    expect(read(PRODUCT)).toContain('nama: Kopi Manglayang');
    fill(PRODUCT, {
      ringkasan: 'Kopi arabika dari lereng Manglayang, disangrai dan digiling oleh BUMDes.',
      nama: 'BUMDes Cibiru Wetan',
      jenis: 'bumdes',
      kategori: 'minuman',
    });
    expect((await validate()).issues).toEqual([]);
    uncommentExamples(PRODUCT);
    expect(read(PRODUCT)).toMatch(/^harga:\n {2}dari: \d+/m);
    expect((await validate()).issues).toEqual([]);
  });

  it('creates a Creative Center that validates once filled', async () => {
    expect(run('hub', 'Creative Center Kota Cirebon', '32.74')).toMatchObject({ ok: true, file: HUB });
    expect(read(HUB)).toContain('kabkota: "32.74"');
    fill(HUB, {
      ringkasan: 'Gedung kreatif bantuan provinsi yang diresmikan pada 2021 di Kota Cirebon.',
      status: 'beroperasi',
      judul: 'Peresmian Creative Center Kota Cirebon',
      url: 'https://jabarprov.go.id/berita/creative-center-cirebon',
    });
    expect((await validate()).issues).toEqual([]);
  });

  it('quotes a name YAML would misread', () => {
    run('desa', '32.04.05.2006');
    fillProfile();
    expect(run('produk', '32.04.05.2006', 'Kopi: "Manglayang" #1').ok).toBe(true);
    const file = PRODUCT.replace('kopi-manglayang', 'kopi-manglayang-1');
    expect(read(file)).toContain('nama: "Kopi: \\"Manglayang\\" #1"');
  });
});

describe('npm run baru refuses', () => {
  const refused = (result: ReturnType<typeof run>, pattern: RegExp) => {
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(pattern);
  };

  it('an unknown code, a malformed one, or one of another province', () => {
    refused(run('desa', '32.04.05.2999'), /tidak ada dalam data wilayah resmi/);
    refused(run('desa', '32.04.05'), /PP\.KK\.CC\.DDDD/);
    refused(run('desa', '33.01.01.2001'), /bukan kode di provinsi ini/);
    refused(run('produk', '32.04.05.2999', 'Kopi'), /tidak ada dalam data wilayah resmi/);
    expect(existsSync(join(root, 'content'))).toBe(false);
  });

  it('a kab/kota code that is not in the province', () => {
    refused(run('hub', 'Creative Center Semarang', '33.74'), /tidak ada di provinsi ini.*Kode provinsi ini 32/);
    refused(run('hub', 'Creative Center Entah', '32.99'), /tidak ada di provinsi ini/);
    refused(run('hub', 'Creative Center Entah', '32.04.05.2006'), /tidak ada di provinsi ini/);
    expect(existsSync(join(root, 'content'))).toBe(false);
  });

  it('a desa/kelurahan mismatch', () => {
    refused(run('desa', '32.04.05.2006', '--jenis', 'kelurahan'), /adalah desa Cibiru Wetan.*bukan kelurahan/);
    refused(run('desa', '32.08.18.1001', '--jenis', 'desa'), /adalah kelurahan Cigugur.*bukan desa/);
    refused(run('desa', '32.04.05.2006', '--jenis', 'dusun'), /--jenis harus salah satu dari: desa, kelurahan/);
    expect(existsSync(join(root, 'content'))).toBe(false);
  });

  it('an existing file, leaving it untouched', () => {
    run('desa', '32.04.05.2006');
    fillProfile();
    const filled = read(PROFILE);
    refused(run('desa', '32.04.05.2006'), /profil\.md sudah ada/);
    expect(read(PROFILE)).toBe(filled);
    run('produk', '32.04.05.2006', 'Kopi Manglayang');
    refused(run('produk', '32.04.05.2006', 'kopi manglayang'), /kopi-manglayang\.md sudah ada/);
    run('hub', 'Creative Center Kota Cirebon', '32.74');
    refused(run('hub', 'Creative Center Kota Cirebon', '32.74'), /creative-center-kota-cirebon\.md sudah ada/);
  });

  it('a second folder for a code that already has one elsewhere', () => {
    mkdirSync(join(root, 'content/desa/kabupaten-bandung/salah/32.04.05.2006-cibiru-wetan'), { recursive: true });
    refused(run('desa', '32.04.05.2006'), /Sudah ada folder untuk kode 32\.04\.05\.2006 di tempat lain.*pindahkan/);
  });

  it('a product for a village without a profile, saying to run baru desa first', () => {
    refused(
      run('produk', '32.04.05.2006', 'Kopi Manglayang'),
      /belum punya profil.*npm run baru -- desa 32\.04\.05\.2006/,
    );
    expect(existsSync(join(root, 'content'))).toBe(false);
  });

  it('names the schema would refuse', () => {
    run('desa', '32.04.05.2006');
    refused(run('produk', '32.04.05.2006', 'Ko'), /Nama produk: Terlalu pendek/);
    refused(run('produk', '32.04.05.2006', '!!!'), /huruf atau angka/);
    refused(run('hub', 'CC', '32.74'), /Nama gedung: Terlalu pendek/);
  });

  it('unknown commands and options, with the usage', () => {
    refused(run(), /Pemakaian:/);
    refused(run('pasar', '32.04.05.2006'), /Pemakaian:/);
    refused(run('desa'), /Pemakaian:/);
    refused(run('desa', '32.04.05.2006', 'lebih'), /Pemakaian:/);
    refused(run('produk', '32.04.05.2006'), /Pemakaian:/);
    refused(run('desa', '32.04.05.2006', '--paksa'), /Pilihan tidak dikenal/);
    refused(run('desa', '32.04.05.2006', '--jenis'), /Pilihan tidak dikenal atau tanpa nilai/);
  });
});

describe('the baru command line', () => {
  const script = join(import.meta.dirname, '../../scripts/baru.ts');
  const cli = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', script, ...args],
      { cwd: root, encoding: 'utf8', env: { ...process.env, ETALASE_CONTENT: 'konten', ETALASE_PROVINCE: '32' } },
    );

  it('writes into ETALASE_CONTENT and exits 0, then refuses with exit code 1', () => {
    const created = cli('desa', '32.04.05.2006');
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain(`✓ Dibuat: ${PROFILE.replace(/^content/, 'konten')}`);
    expect(existsSync(join(root, PROFILE.replace(/^content/, 'konten')))).toBe(true);
    const again = cli('desa', '32.04.05.2006');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/sudah ada/);
  });
});
