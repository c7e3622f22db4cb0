/**
 * npm run baru -- desa <kode> [--jenis desa|kelurahan]
 * npm run baru -- produk <kode> "<nama produk>"
 * npm run baru -- hub "<nama gedung>" <kode kab/kota>
 *
 * Creates a content file from the same templates as the site's "Tambahkan profil" links
 * (src/lib/templates.ts), at the path the folder rule requires. Refuses, with exit code 1 and a
 * message in Bahasa Indonesia, anything the validator would refuse later: an unknown code, a
 * kab/kota outside the province, a desa/kelurahan mismatch, a product for a village without a
 * profile, an existing file. Never overwrites. The content folder is ETALASE_CONTENT (`content`).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { siteConfig } from '../src/config.ts';
import { loadAreas, villageKindOf, type AreaIndex } from '../src/lib/area.ts';
import { HUB_DIR, PRODUCT_DIR, PROFILE_FILE, VILLAGE_DIR, villageFolder } from '../src/lib/paths.ts';
import { slugify } from '../src/lib/slug.ts';
import { hubTemplate, productTemplate, profileTemplate } from '../src/lib/templates.ts';
import { hubSchema, productSchema, villageCodeSchema, villageProfileSchema } from '../src/schemas/index.ts';

export interface ScaffoldOptions {
  /** Repository root; printed paths are relative to it. */
  root: string;
  /** Content folder, relative to root or absolute. */
  contentDir: string;
  areas: AreaIndex;
  provinceCode: string;
  /** `diperbarui` of the new file, TTTT-BB-HH. */
  today: string;
}

export type ScaffoldResult = { ok: true; file: string; message: string } | { ok: false; message: string };

export const USAGE = `Pemakaian:
  npm run baru -- desa <kode-desa> [--jenis desa|kelurahan]
  npm run baru -- produk <kode-desa> "<nama produk>"
  npm run baru -- hub "<nama gedung>" <kode-kab/kota>
Contoh:
  npm run baru -- desa 32.04.05.2006
  npm run baru -- produk 32.04.05.2006 "Kopi Manglayang"
  npm run baru -- hub "Creative Center Kota Cirebon" 32.74
Kode desa dan kab/kota ada di halaman kecamatan dan kabupaten/kota di situs.`;

const refuse = (message: string): ScaffoldResult => ({ ok: false, message });

/** The first message zod gives for `value`, or undefined when it is valid. */
function problemOf(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** Village folders under `desa/` whose leaf starts with `code`, relative to the content folder. */
function foldersForCode(contentRoot: string, code: string): string[] {
  const villages = join(contentRoot, VILLAGE_DIR);
  if (!existsSync(villages)) return [];
  return readdirSync(villages, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(`${code}-`))
    .map((entry) => relative(contentRoot, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export function scaffold(argv: readonly string[], options: ScaffoldOptions): ScaffoldResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { jenis: { type: 'string' } },
    });
  } catch {
    return refuse(
      `Pilihan tidak dikenal atau tanpa nilai: satu-satunya pilihan adalah --jenis desa|kelurahan.\n\n${USAGE}`,
    );
  }
  const { positionals, values } = parsed;
  const { root, areas, provinceCode, today } = options;
  const contentRoot = resolve(root, options.contentDir);
  const context = { image: () => z.string(), areas, provinceCode };
  const toRepo = (path: string) => relative(root, path).split(sep).join('/');
  const [command, first, second, ...rest] = positionals;

  const write = (path: string, text: string, steps: string[]): ScaffoldResult => {
    if (existsSync(path))
      return refuse(`${toRepo(path)} sudah ada. Ubah berkas itu saja; berkas yang ada tidak ditimpa.`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' });
    const file = toRepo(path);
    const all = [
      'Di bawah setiap baris bertanda "# WAJIB", tulis isinya di antara tanda kutip "" (titik dua, # dan angka aman di sana).',
      ...steps,
      `Periksa: npm run validate ${file}`,
    ];
    return {
      ok: true,
      file,
      message: [`✓ Dibuat: ${file}`, ...all.map((step, i) => `  ${i + 1}. ${step}`)].join('\n'),
    };
  };

  const villageOf = (code: string) => {
    const problem = problemOf(villageCodeSchema(context), code);
    if (problem) return { problem };
    const village = areas.village(code);
    return village ? { village } : { problem: `Kode ${code} tidak ada dalam data wilayah resmi Kemendagri.` };
  };

  if (command === 'desa' && first && second === undefined) {
    const found = villageOf(first.trim());
    if (found.problem !== undefined) return refuse(found.problem);
    const { village } = found;
    const label = `${village.kind} ${village.name}`;
    if (values.jenis !== undefined) {
      const kinds = villageProfileSchema(context).shape.jenis.options;
      if (!(kinds as readonly string[]).includes(values.jenis)) {
        return refuse(`--jenis harus salah satu dari: ${kinds.join(', ')}.`);
      }
      if (values.jenis !== villageKindOf(village.code)) {
        return refuse(
          `Kode ${village.code} adalah ${label}, bukan ${values.jenis}: kode ${village.kind} berakhiran ${village.kind === 'desa' ? '2xxx' : '1xxx'}. Periksa kodenya di halaman kecamatan di situs.`,
        );
      }
    }
    const folder = villageFolder(areas, village.code);
    const elsewhere = foldersForCode(contentRoot, village.code).filter((f) => f !== folder);
    if (elsewhere.length > 0) {
      return refuse(
        `Sudah ada folder untuk kode ${village.code} di tempat lain: ${elsewhere.map((f) => toRepo(join(contentRoot, f))).join(', ')}. Folder yang benar adalah ${toRepo(join(contentRoot, folder))}/; pindahkan isinya ke sana.`,
      );
    }
    return write(join(contentRoot, folder, PROFILE_FILE), profileTemplate(areas, village.code, today), [
      'Ceritakan desa Anda di bawah garis --- kedua.',
      'Foto (JPEG, PNG atau WebP, tanpa data lokasi GPS) diletakkan di folder yang sama.',
    ]);
  }

  if (command === 'produk' && first && second !== undefined && rest.length === 0 && values.jenis === undefined) {
    const found = villageOf(first.trim());
    if (found.problem !== undefined) return refuse(found.problem);
    const { village } = found;
    const folder = join(contentRoot, villageFolder(areas, village.code));
    if (!existsSync(join(folder, PROFILE_FILE))) {
      return refuse(
        `${village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${village.name} (${village.code}) belum punya profil. Buat profilnya dahulu: npm run baru -- desa ${village.code}`,
      );
    }
    const name = second.trim();
    const nameProblem = problemOf(productSchema(context).shape.nama, name);
    if (nameProblem) return refuse(`Nama produk: ${nameProblem}`);
    const slug = slugify(name);
    if (!slug) return refuse('Nama produk harus memuat huruf atau angka: nama berkasnya dibentuk dari nama itu.');
    return write(join(folder, PRODUCT_DIR, `${slug}.md`), productTemplate(name, today), [
      'Foto produk (JPEG, PNG atau WebP) diletakkan di folder produk/ yang sama; lihat isian "foto" di docs/isian.md.',
    ]);
  }

  if (command === 'hub' && first && second !== undefined && rest.length === 0 && values.jenis === undefined) {
    const name = first.trim();
    const code = second.trim();
    const schema = hubSchema(context);
    const codeProblem = problemOf(schema.shape.kabkota, code);
    if (codeProblem) {
      return refuse(
        `${codeProblem}${code.startsWith(`${provinceCode}.`) ? '' : ` Kode provinsi ini ${provinceCode}.`} Daftar kab/kota ada di beranda situs.`,
      );
    }
    const nameProblem = problemOf(schema.shape.nama, name);
    if (nameProblem) return refuse(`Nama gedung: ${nameProblem}`);
    const slug = slugify(name);
    if (!slug) return refuse('Nama gedung harus memuat huruf atau angka: nama berkasnya dibentuk dari nama itu.');
    return write(join(contentRoot, HUB_DIR, `${slug}.md`), hubTemplate(areas, name, code, today), []);
  }

  return refuse(USAGE);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const areas = await loadAreas(siteConfig.provinceCode);
  const result = scaffold(process.argv.slice(2), {
    root: process.cwd(),
    contentDir: siteConfig.contentDir,
    areas,
    provinceCode: siteConfig.provinceCode,
    today: new Date().toISOString().slice(0, 10),
  });
  if (result.ok) console.log(result.message);
  else console.error(result.message);
  process.exitCode = result.ok ? 0 : 1;
}
