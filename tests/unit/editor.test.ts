/**
 * The contribution editor's logic, without a browser: the form comes from the schemas, typed
 * values become stored values, editing changes only what changed, the editor's checks say exactly
 * what `npm run validate` says, and the hand-over stays within GitHub's limits.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAreas, type AreaIndex } from '../../src/lib/area.ts';
import { ENTRY_CAPS } from '../../src/lib/caps.ts';
import { entryKindOf, type EntryKind } from '../../src/lib/content-files.ts';
import { MAX_URL_BYTES } from '../../src/lib/contribution-form.ts';
import { keyOrderOf } from '../../src/lib/editor/draft-data.ts';
import { areasOfData, type EditorData } from '../../src/lib/editor/editor-data.ts';
import { editEntryText, newEntryText, readEntry } from '../../src/lib/editor/entry-document.ts';
import { formOf, type Field } from '../../src/lib/editor/form-model.ts';
import { contributionZip, issueLink } from '../../src/lib/editor/handover.ts';
import { dataFileFor, targetOf } from '../../src/lib/editor/target.ts';
import { parseRupiah, valueOfInput } from '../../src/lib/editor/typed-value.ts';
import { inspectMarkdown } from '../../src/lib/markdown.ts';
import { checkEntryText, entrySchemas, type EntrySchemas } from '../../src/lib/validation/check-entry.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { readContributionZip } from '../../scripts/lib/contribution.ts';
import { CIBIRU, contentTree, productText, profileText } from '../helpers/content-tree.ts';

let areas: AreaIndex;
let schemas: EntrySchemas;

beforeAll(async () => {
  areas = await loadAreas('32');
  schemas = entrySchemas(areas, '32');
});

const find = (fields: Field[], path: string): Field | undefined => {
  for (const field of fields) {
    if (field.path.join('.') === path) return field;
    const inner = field.type === 'group' ? field.fields : field.type === 'list' ? [field.item] : [];
    const found = find(inner, path);
    if (found) return found;
  }
  return undefined;
};

describe('the form, read from the schemas', () => {
  it('gives each field its label, hint, keyboard and whether it is required', () => {
    const profile = formOf(schemas.desa);
    expect(find(profile, 'ringkasan')).toMatchObject({ type: 'input', input: 'textarea', required: true });
    expect(find(profile, 'ringkasan')?.hint).toMatch(/Satu atau dua kalimat/);
    expect(find(profile, 'kontak.whatsapp')).toMatchObject({ input: 'whatsapp', label: 'WhatsApp', required: false });
    expect(find(profile, 'lokasi.lat')).toMatchObject({ input: 'decimal', label: 'Lintang' });
    expect(find(profile, 'idm.tahun')).toMatchObject({ input: 'integer' });
    expect(find(profile, 'foto')).toMatchObject({ type: 'photos', max: ENTRY_CAPS.profilePhotos });
    const product = formOf(schemas.produk);
    expect(find(product, 'harga.dari')).toMatchObject({ input: 'rupiah', label: 'Harga', required: true });
    const category = find(product, 'kategori');
    expect(category?.type === 'choice' && category.choices[0]).toEqual({ value: 'makanan', label: 'Makanan olahan' });
    expect(find(product, 'foto')).toMatchObject({ max: ENTRY_CAPS.productPhotos });
    expect(find(formOf(schemas.hub), 'sumber')).toMatchObject({ type: 'list', required: true });
  });
});

describe('what an operator types', () => {
  it('accepts WhatsApp as 08… and stores 62…', () => {
    expect(valueOfInput('whatsapp', '0812-3456-7890')).toBe('6281234567890');
    expect(valueOfInput('whatsapp', '+62 812 3456 7890')).toBe('6281234567890');
    expect(valueOfInput('whatsapp', '12345')).toBe('12345'); // kept: the validator explains
  });
  it('accepts prices as people write them', () => {
    expect(valueOfInput('rupiah', 'Rp 25.000')).toBe(25000);
    expect(parseRupiah('Rp25.000,-')).toBe(25000);
    expect(parseRupiah('1.500.000')).toBe(1500000);
    expect(parseRupiah('25,5')).toBeUndefined();
    expect(valueOfInput('decimal', '-6,9175')).toBe(-6.9175);
    expect(valueOfInput('text', '   ')).toBeUndefined();
  });
});

const committed = () =>
  execFileSync('git', ['ls-files', 'content'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.md'));

const diffLines = (a: string, b: string) => {
  const left = a.split('\n');
  const right = b.split('\n');
  return right.filter((line, i) => line !== left[i]).length + Math.abs(left.length - right.length);
};

describe('editing an existing entry', () => {
  it('changes one line for a one-field change, in every committed entry', () => {
    for (const file of committed()) {
      const kind = entryKindOf(file.replace(/^content\//, '')) as EntryKind;
      const original = readFileSync(file, 'utf8');
      const order = keyOrderOf(formOf(schemas[kind]));
      const draft = readEntry(original);
      expect(editEntryText(original, draft, order), file).toBe(original);
      const changed = {
        ...draft,
        data: { ...draft.data, ringkasan: 'Ringkasan baru yang ditulis operator desa hari ini.' },
      };
      const edited = editEntryText(original, changed, order);
      expect(diffLines(original, edited), file).toBe(1);
      expect(
        checkEntryText(edited, file.replace(/^content\//, ''), kind, { schemas, areas, contentDir: 'content' }).issues,
      ).toEqual([]);
    }
  });

  it('places a new field in the schema order and keeps the body', () => {
    const original = profileText();
    const order = keyOrderOf(formOf(schemas.desa));
    const draft = readEntry(original);
    const edited = editEntryText(original, { ...draft, data: { ...draft.data, tema: ['wisata'] } }, order);
    expect(edited.indexOf('tema:')).toBeGreaterThan(edited.indexOf('kontak:'));
    expect(edited.indexOf('tema:')).toBeLessThan(edited.indexOf('diperbarui:'));
    expect(edited.endsWith('\nIsi profil.\n')).toBe(true);
    const body = editEntryText(original, { ...draft, body: 'Cerita baru.' }, order);
    expect(body.split('---')[1]).toBe(original.split('---')[1]);
    expect(body.endsWith('---\n\nCerita baru.\n')).toBe(true);
  });
});

/** The editor's data for one kecamatan, as /kontribusi/data/<kode>.json holds it. */
function kecamatanData(code: string, entries: Record<string, string>): EditorData {
  const district = areas.district(code);
  if (!district) throw new Error(code);
  return {
    province: areas.province,
    regencies: areas.regencies.filter((r) => r.code === district.regencyCode),
    districts: [district],
    villages: areas.villagesOf(code).map((v) => [v.code, v.name]),
    entries,
  };
}

describe('the editor checks as npm run validate does', () => {
  const cases: Record<string, [string, string]> = {
    'valid profile': [`${CIBIRU}/profil.md`, profileText()],
    'wrong name': [`${CIBIRU}/profil.md`, profileText().replace('nama: Cibiru Wetan', 'nama: Cibiru')],
    'empty summary and bad WhatsApp': [
      `${CIBIRU}/profil.md`,
      profileText('')
        .replace(/ringkasan: .*/, 'ringkasan: ""')
        .replace('  website: https://example.desa.id', '  whatsapp: "0812"'),
    ],
    'unknown field and HTML in body': [
      `${CIBIRU}/profil.md`,
      profileText('alamat_kantor: Jalan Raya\n').replace('Isi profil.', '<script>alert(1)</script>'),
    ],
    'profile in the wrong folder': [
      'content/desa/kabupaten-bandung/cileunyi/32.04.05.2001-cileunyi-kulon/profil.md',
      profileText(),
    ],
    'hidden character': [`${CIBIRU}/profil.md`, profileText().replace('Desa di', 'Desa\u202e di')],
    'bad YAML': [`${CIBIRU}/profil.md`, profileText().replace('jenis: desa', 'jenis: desa: lagi')],
    'product: price as text, P-IRT on soap': [
      `${CIBIRU}/produk/sabun-susu.md`,
      productText('harga:\n  dari: "Rp 25.000"\n  satuan: pcs\nlegalitas:\n  pirt: "1234567890123-45"\n'),
    ],
    'product file name': [`${CIBIRU}/produk/Sabun Susu.md`, productText()],
  };

  for (const [name, [file, text]] of Object.entries(cases)) {
    it(name, async () => {
      const files = { [file]: text, ...(file.includes('/produk/') ? { [`${CIBIRU}/profil.md`]: profileText() } : {}) };
      const root = contentTree(files);
      const result = await validateContent({ root, contentDir: 'content', areas, provinceCode: '32' }, new Set([file]));
      const expected = result.issues
        .filter((i) => !['product-village'].includes(i.rule))
        .map(({ line, column, field, message, rule, severity }) => ({ line, column, field, message, rule, severity }));
      // The editor's areas are the kecamatan's slice it downloads, not the whole province.
      const sliced = areasOfData(kecamatanData('32.04.05', {}));
      const editor = checkEntryText(
        text,
        file.replace(/^content\//, ''),
        entryKindOf(file.replace(/^content\//, '')) as EntryKind,
        {
          schemas: entrySchemas(sliced, '32'),
          areas: sliced,
          contentDir: 'content',
          inspectBody: inspectMarkdown,
        },
      );
      expect(editor.issues).toEqual(expected);
      if (name !== 'valid profile') expect(expected.length).toBeGreaterThan(0);
    });
  }
});

describe('opening the editor for an entry', () => {
  it('knows the village from its code and finds the existing file', () => {
    const profilePath = `${CIBIRU}/profil.md`;
    const data = kecamatanData('32.04.05', { [profilePath]: profileText() });
    expect(dataFileFor({ desa: '32.04.05.2006' })).toBe('32.04.05.json');
    expect(dataFileFor({ desa: '../../etc' })).toBeUndefined();
    expect(dataFileFor({ desa: '32.04.05.2006', produk: '../x' })).toBeUndefined();
    const target = targetOf({ desa: '32.04.05.2006' }, areasOfData(data), data.entries, 'content');
    expect(target?.path({})).toBe(profilePath);
    expect(target?.original).toBe(profileText());
    expect(target?.fixed).toEqual({ kode: '32.04.05.2006', nama: 'Cibiru Wetan', jenis: 'desa' });
    const product = targetOf({ desa: '32.04.05.2006', produk: 'baru' }, areasOfData(data), data.entries, 'content');
    expect(product?.path({ nama: 'Keripik Pisang Ambon' })).toBe(`${CIBIRU}/produk/keripik-pisang-ambon.md`);
    // No profile yet: a product cannot be added (the validator would refuse it).
    const bare = kecamatanData('32.04.05', {});
    expect(targetOf({ desa: '32.04.05.2006', produk: 'baru' }, areasOfData(bare), {}, 'content')).toBeUndefined();
  });
});

describe('handing a contribution over', () => {
  const contribution = (markdown: string) => ({
    path: `${CIBIRU}/profil.md`,
    markdown,
    title: 'Profil Desa Cibiru Wetan',
    photos: [{ name: 'balai-desa.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]) }],
    existing: false,
  });

  it('prefills the issue form within GitHub’s limit, and falls back to pasting', () => {
    const short = issueLink('https://github.com/etalase-desa/etalase-desa', contribution(profileText()));
    expect(short.prefilled).toBe(true);
    const url = new URL(short.url);
    expect(url.searchParams.get('template')).toBe('kontribusi.yml');
    expect(url.searchParams.get('berkas')).toBe(`${CIBIRU}/profil.md`);
    expect(url.searchParams.get('isi')).toBe(profileText());
    const long = issueLink(
      'https://github.com/etalase-desa/etalase-desa',
      contribution(profileText() + 'Cerita. '.repeat(1500)),
    );
    expect(long.prefilled).toBe(false);
    expect(long.bytes).toBeLessThanOrEqual(MAX_URL_BYTES);
    expect(new URL(long.url).searchParams.get('berkas')).toBe(`${CIBIRU}/profil.md`);
  });

  it('makes a zip that npm run terima reads back', () => {
    const markdown = newEntryText({
      data: { ...readEntry(profileText()).data, foto: [{ src: './balai-desa.jpg', alt: 'Balai desa dari depan' }] },
      body: 'Isi.',
    });
    const zip = contributionZip({ ...contribution(markdown) }, '2026-12-02');
    const read = readContributionZip(zip, 'content');
    expect(read.problems).toEqual([]);
    expect(read.contribution?.path).toBe(`${CIBIRU}/profil.md`);
    expect(read.contribution?.markdown).toBe(markdown);
    expect(read.contribution?.photos.map((p) => p.name)).toEqual(['balai-desa.jpg']);
  });
});
