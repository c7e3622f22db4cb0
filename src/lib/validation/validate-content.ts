/**
 * Validates the whole content tree with the same zod schemas as the Astro build, plus the rules
 * Astro cannot express: every file under the content folder is judged, referenced or not
 * (Markdown in its place, photos by their bytes, nothing else), folders and entries stay within
 * their caps, text is text. Reports every problem in every file; never throws on bad content.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, posix, relative, resolve, sep } from 'node:path';
import type { AreaIndex } from '../area.ts';
import { ENTRY_CAPS, FOLDER_CAPS, kilobytes } from '../caps.ts';
import { walkContent } from '../content-walk.ts';
import { inspectMarkdown } from '../markdown.ts';
import { entryKindOf, photoPlaceOf, type EntryKind } from '../content-files.ts';
import { codeFromPath, PROFILE_FILE } from '../paths.ts';
import { slugify } from '../slug.ts';
import { checkEntryText, entrySchemas, IMAGE_EXTENSIONS, SAFE_PHOTO_NAME, type EntryRules } from './check-entry.ts';
import { inspectImage, type ImageFinding } from './images.ts';
import { openVerdictCache } from './verdict-cache.ts';
import { compareIssues, type ContentIssue } from './issue.ts';
import { canBeOrdered, type OwnChannels, type VillageContact } from '../order.ts';
import { parseContentFile } from './frontmatter.ts';
import { locateField } from './locate.ts';

export interface ValidatedEntry {
  kind: EntryKind;
  /** Repository-relative path. */
  file: string;
  data: Record<string, unknown>;
}

export interface ValidationResult {
  issues: ContentIssue[];
  entries: ValidatedEntry[];
  files: number;
  /** The content folder itself could not be read: nothing was checked. */
  fatal: boolean;
}

export interface ValidateOptions {
  /** Repository root; content paths in issues are relative to it. */
  root: string;
  /** Content folder relative to root (`content`). */
  contentDir: string;
  areas: AreaIndex;
  provinceCode: string;
  /**
   * How to treat raw HTML, unsafe links and images in a Markdown body. They are rendered
   * harmlessly either way; a pull request is refused for them ('error', the default), while
   * the build of already merged content only warns.
   */
  bodyFindings?: 'error' | 'warning';
  /** File of photo verdicts by content (src/lib/validation/verdict-cache.ts); none by default. */
  verdictCache?: string | undefined;
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Why a Markdown file's bytes are not UTF-8 text, in Indonesian, or undefined. */
function encodingProblem(bytes: Uint8Array): string | undefined {
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    bytes.subarray(0, 4096).includes(0)
  )
    return 'Berkas ini tersimpan sebagai UTF-16 (atau berisi bita nol), bukan teks UTF-8. Simpan ulang sebagai "UTF-8" (di Notepad: Simpan Sebagai › Pengodean: UTF-8).';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    return 'Berkas ini bukan teks UTF-8 yang sah (mungkin tersimpan sebagai ANSI/Windows-1252). Simpan ulang sebagai "UTF-8".';
  }
}

export async function validateContent(options: ValidateOptions, only?: Set<string>): Promise<ValidationResult> {
  const { root, contentDir, areas, provinceCode } = options;
  const contentRoot = resolve(root, contentDir);
  const rules: EntryRules = {
    schemas: entrySchemas(areas, provinceCode),
    areas,
    contentDir,
    inspectBody: inspectMarkdown,
    bodyFindings: options.bodyFindings ?? 'error',
  };
  const issues: ContentIssue[] = [];
  const entries: ValidatedEntry[] = [];
  const toRepo = (abs: string) => relative(root, abs).split(sep).join('/');
  const repoOf = (rel: string) => (rel ? `${contentDir}/${rel}` : contentDir).replace(/^\.\//, '');
  const wholeFile = (file: string, rule: string, message: string) =>
    issues.push({ file, line: 1, column: 1, field: '', rule, severity: 'error', message });

  const walk = walkContent(contentRoot, contentDir);
  if (walk.fatal) {
    wholeFile(contentDir, walk.fatal.rule, walk.fatal.message);
    return { issues, entries, files: 0, fatal: true };
  }
  for (const problem of walk.problems) wholeFile(repoOf(problem.rel), problem.rule, problem.message);

  const selected = (file: string) => !only || only.has(file);
  const plainFiles = new Set(walk.files.map((f) => f.abs));
  const markdownFiles: string[] = [];
  const photoFiles: string[] = [];
  const perFolder = new Map<string, { count: number; cap: number; what: string }>();
  for (const { abs, rel } of walk.files) {
    const file = repoOf(rel);
    const name = rel.split('/').pop() ?? '';
    const place = photoPlaceOf(rel);
    const isPhoto = IMAGE_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));
    if (name.endsWith('.md')) markdownFiles.push(abs);
    else if (isPhoto && place) photoFiles.push(abs);
    if (place) {
      const folder = repoOf(posix.dirname(rel));
      const cap = { village: FOLDER_CAPS.village, products: FOLDER_CAPS.products, hubs: FOLDER_CAPS.hubs }[place];
      const what = {
        village: 'profil.md dan fotonya',
        products: 'produk dan fotonya',
        hubs: 'creative center dan fotonya',
      }[place];
      const counted = perFolder.get(folder) ?? { count: 0, cap, what };
      counted.count += 1;
      perFolder.set(folder, counted);
    }
    if (!selected(file) || name.endsWith('.md')) continue;
    if (!isPhoto) {
      wholeFile(
        file,
        'file-type',
        name.startsWith('.')
          ? 'Berkas tersembunyi (nama diawali titik) tidak diterima di folder konten. Hapus berkas ini.'
          : `Berkas jenis ini tidak diterima di folder konten. Folder desa hanya berisi berkas .md dan foto JPEG, PNG atau WebP.`,
      );
    } else if (!place) {
      wholeFile(
        file,
        'file-location',
        `Foto hanya boleh berada di folder desa (untuk profil), di folder produk/ desa itu (untuk produk) atau di ${contentDir}/hub/ (untuk creative center).`,
      );
    } else if (!SAFE_PHOTO_NAME.test(name)) {
      wholeFile(
        file,
        'file-name',
        `Nama berkas foto hanya boleh huruf, angka, titik, tanda hubung dan garis bawah, tanpa spasi: misalnya "${slugify(name.replace(/\.[^.]*$/, '')) || 'foto'}${/\.[^.]*$/.exec(name.toLowerCase())?.[0] ?? '.jpg'}".`,
      );
    }
  }
  for (const [folder, { count, cap, what }] of perFolder) {
    if (count > cap && (!only || [...only].some((f) => f.startsWith(`${folder}/`))))
      wholeFile(
        folder,
        'folder-too-many-files',
        `Folder ini berisi ${count} berkas; paling banyak ${cap} (${what}). Hapus foto yang tidak dipakai.`,
      );
  }

  // Photos are judged whether or not anything references them, concurrently (sharp decodes off
  // the main thread); references below reuse the verdicts.
  const verdicts = new Map<string, Promise<ImageFinding[]>>();
  const cache = options.verdictCache ? openVerdictCache(options.verdictCache) : undefined;
  const inspect = (abs: string) => {
    let verdict = verdicts.get(abs);
    if (!verdict) {
      verdict = inspectImage(abs, cache);
      verdicts.set(abs, verdict);
    }
    return verdict;
  };
  const photosToJudge = photoFiles.filter(
    (abs) => selected(toRepo(abs)) && SAFE_PHOTO_NAME.test(abs.split(sep).pop() ?? ''),
  );
  await eachLimited(photosToJudge, availableParallelism(), async (abs) => void (await inspect(abs)));
  cache?.save();
  const referenced = new Set<string>();

  // The contacts of each village's profile, for the product-channel rule: kept when the profile
  // is checked below, read here only for a profile outside the selection.
  const villageContacts = new Map<string, VillageContact>();
  const contactsOf = (villageDir: string): VillageContact => {
    let contact = villageContacts.get(villageDir);
    if (!contact) {
      try {
        const data = parseContentFile(readFileSync(resolve(villageDir, PROFILE_FILE), 'utf8')).data;
        contact = (data['kontak'] ?? {}) as VillageContact;
      } catch {
        contact = {};
      }
      villageContacts.set(villageDir, contact);
    }
    return contact;
  };
  const profileCodes = new Map<string, string>();
  const validProfileFolders = new Set<string>();
  const productsPerVillage = new Map<string, number>();
  let checked = photosToJudge.length;

  // Profiles first, so products can ask whether their village exists.
  const ordered = [...markdownFiles].sort(
    (a, b) => Number(!a.endsWith(PROFILE_FILE)) - Number(!b.endsWith(PROFILE_FILE)) || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const abs of ordered) {
    const file = toRepo(abs);
    const rel = relative(contentRoot, abs).split(sep).join('/');
    const kind = entryKindOf(rel);
    const report = (issue: Omit<ContentIssue, 'file' | 'severity'> & { severity?: ContentIssue['severity'] }) =>
      issues.push({ severity: 'error', file, ...issue });
    if (kind === 'other') {
      if (selected(file))
        wholeFile(
          file,
          'file-location',
          `Berkas Markdown di tempat yang tidak dikenal. Profil desa: ${contentDir}/desa/<kab-kota>/<kecamatan>/<kode>-<nama>/profil.md; produk: <folder desa>/produk/<nama-produk>.md; creative center: ${contentDir}/hub/<nama>.md.`,
        );
      continue;
    }
    if (kind === 'produk') {
      const village = dirname(dirname(abs));
      productsPerVillage.set(village, (productsPerVillage.get(village) ?? 0) + 1);
      if ((productsPerVillage.get(village) ?? 0) === ENTRY_CAPS.productsPerVillage + 1 && selected(file))
        wholeFile(
          toRepo(dirname(abs)),
          'too-many-products',
          `Satu desa paling banyak punya ${ENTRY_CAPS.productsPerVillage} produk. Gabungkan varian ke satu produk (rentang harga) atau hapus produk yang tidak dijual lagi.`,
        );
    }
    if (!selected(file)) {
      if (kind === 'desa') {
        // Still needed by the cross-file rules of the files we do check.
        const code = codeFromPath(rel);
        if (code) {
          profileCodes.set(code, file);
          validProfileFolders.add(dirname(abs));
        }
      }
      continue;
    }
    checked += 1;
    let bytes: Buffer;
    try {
      if (statSync(abs).size > ENTRY_CAPS.markdownBytes) {
        report({
          line: 1,
          column: 1,
          field: '',
          rule: 'file-too-large',
          message: `Berkas terlalu besar (lebih dari ${kilobytes(ENTRY_CAPS.markdownBytes)}). Profil dan produk cukup beberapa paragraf; foto diunggah sebagai berkas terpisah.`,
        });
        continue;
      }
      bytes = readFileSync(abs);
    } catch (error) {
      // Gone or unreadable since the walk listed it: a message, never a crash.
      const code = (error as NodeJS.ErrnoException).code ?? 'galat';
      report({
        line: 1,
        column: 1,
        field: '',
        rule: 'file-unreadable',
        message: `Berkas ini tidak dapat dibaca (${code}).`,
      });
      continue;
    }
    const encoding = encodingProblem(bytes);
    if (encoding) {
      report({ line: 1, column: 1, field: '', rule: 'file-encoding', message: encoding });
      continue;
    }
    const entry = checkEntryText(bytes.toString('utf8'), rel, kind, rules);
    for (const issue of entry.issues) issues.push({ file, ...issue });
    const { parsed, data } = entry;
    if (parsed.problems.length > 0) continue;

    // Photos: the file must exist beside the entry and pass the photo checks.
    const photos = (parsed.data['foto'] ?? []) as unknown[];
    if (Array.isArray(photos)) {
      for (const [index, photo] of photos.entries()) {
        const src = (photo as { src?: unknown } | null)?.src;
        if (typeof src !== 'string') continue;
        const target = resolve(dirname(abs), src);
        if (dirname(target) !== dirname(abs) || !IMAGE_EXTENSIONS.some((ext) => target.toLowerCase().endsWith(ext)))
          continue; // refused by the schema
        const at = locateField(parsed.doc, parsed.lineCounter, parsed.yamlOffset, ['foto', index, 'src']);
        const here = { ...at, field: `foto.${index}.src` };
        if (!plainFiles.has(target)) {
          report({
            ...here,
            rule: 'image-missing',
            message: `Foto "${src}" tidak ditemukan di folder ini (atau bukan berkas biasa). Unggah fotonya atau perbaiki nama berkasnya (huruf besar/kecil berpengaruh).`,
          });
          continue;
        }
        referenced.add(target);
        if (!SAFE_PHOTO_NAME.test(target.split(sep).pop() ?? '')) continue; // reported on the file
        for (const finding of await inspect(target)) report({ ...here, rule: finding.rule, message: finding.message });
      }
    }

    // Cross-file and path rules.
    if (kind === 'desa') {
      const code = typeof parsed.data['kode'] === 'string' ? parsed.data['kode'].trim() : undefined;
      if (code && areas.village(code)) {
        const first = profileCodes.get(code);
        if (first) {
          report({
            ...locateField(parsed.doc, parsed.lineCounter, parsed.yamlOffset, ['kode']),
            field: 'kode',
            rule: 'duplicate-code',
            message: `Kode ${code} sudah dipakai profil ${first}. Satu desa hanya boleh punya satu profil.`,
          });
        } else {
          profileCodes.set(code, file);
          if (data) {
            validProfileFolders.add(dirname(abs));
            villageContacts.set(dirname(abs), (data['kontak'] ?? {}) as VillageContact);
          }
        }
      }
    } else if (kind === 'produk') {
      const villageDir = dirname(dirname(abs));
      if (!validProfileFolders.has(villageDir)) {
        report({
          line: 1,
          column: 1,
          field: '',
          rule: 'product-village',
          message: plainFiles.has(resolve(villageDir, PROFILE_FILE))
            ? 'Profil desa di folder ini belum valid; perbaiki profil.md-nya dahulu agar produk dapat ditampilkan.'
            : `Produk harus berada di folder desa yang punya ${PROFILE_FILE}. Buat profil desanya dahulu.`,
        });
      }
    }
    if (
      kind === 'produk' &&
      data &&
      validProfileFolders.has(dirname(dirname(abs))) &&
      !canBeOrdered(data['pesan'] as OwnChannels | undefined, contactsOf(dirname(dirname(abs))))
    ) {
      report({
        ...locateField(parsed.doc, parsed.lineCounter, parsed.yamlOffset, ['nama']),
        field: 'pesan',
        rule: 'product-channel',
        message:
          'Produk ini belum bisa dipesan: isi nomor WhatsApp pemesanan (pesan.whatsapp) atau tautan lokapasar (pesan.lokapasar), atau tambahkan kontak resmi desa (kontak) di profil desa.',
      });
    }
    if (data) entries.push({ kind, file, data });
  }

  // Photos nothing references are judged all the same, and reported on their own path.
  for (const abs of photosToJudge) {
    if (referenced.has(abs)) continue;
    for (const finding of await inspect(abs))
      issues.push({
        file: toRepo(abs),
        line: 1,
        column: 1,
        field: '',
        rule: finding.rule,
        severity: 'error',
        message: finding.message,
      });
  }
  issues.sort(compareIssues);
  return { issues, entries, files: checked, fatal: false };
}
