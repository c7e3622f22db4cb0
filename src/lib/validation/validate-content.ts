/**
 * Validates the whole content tree with the same zod schemas as the Astro build, plus the
 * cross-file rules Astro cannot express. Reports every problem in every file; never throws on
 * bad content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import type { AreaIndex } from '../area.ts';
import { inspectMarkdown } from '../markdown.ts';
import { entryKindOf, type EntryKind } from '../content-files.ts';
import { codeFromPath, PROFILE_FILE, villageFolder } from '../paths.ts';
import { slugify } from '../slug.ts';
import { hubSchema, productSchema, villageProfileSchema, type SchemaContext } from '../../schemas/index.ts';
import { parseContentFile } from './frontmatter.ts';
import { inspectImage } from './images.ts';
import { compareIssues, type ContentIssue } from './issue.ts';
import { locateField } from './locate.ts';
import { closest, indonesianMessage } from './messages.ts';
import { keysAt } from './schema-keys.ts';

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
}

/** A Markdown file larger than this is not a village profile; refuse it before parsing. */
export const MAX_MARKDOWN_BYTES = 200 * 1024;

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'];

/** An image path as written in frontmatter: relative, inside the entry's folder. */
const imagePath = () =>
  z.string().superRefine((value, ctx) => {
    const normalized = posix.normalize(value.replaceAll('\\', '/'));
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/') || normalized.startsWith('..')) {
      ctx.addIssue({
        code: 'custom',
        message:
          'Foto harus berupa berkas di folder yang sama dengan berkas ini, misalnya "./balai-desa.jpg" (bukan tautan atau "../").',
      });
    } else if (!IMAGE_EXTENSIONS.some((ext) => normalized.toLowerCase().endsWith(ext))) {
      ctx.addIssue({
        code: 'custom',
        message: /\.hei[cf]$/i.test(normalized)
          ? 'Foto HEIC dari iPhone belum didukung. Ubah ke JPEG (di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel, atau kirim ulang lewat WhatsApp lalu simpan).'
          : 'Foto harus berformat JPEG, PNG atau WebP (.jpg, .jpeg, .png, .webp).',
      });
    }
  });

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

export function validateContent(options: ValidateOptions, only?: Set<string>): ValidationResult {
  const { root, contentDir, areas, provinceCode } = options;
  const contentRoot = resolve(root, contentDir);
  const context: SchemaContext = { image: imagePath, areas, provinceCode };
  const schemas = {
    desa: villageProfileSchema(context),
    produk: productSchema(context),
    hub: hubSchema(context),
  };
  const issues: ContentIssue[] = [];
  const entries: ValidatedEntry[] = [];
  const toRepo = (abs: string) => relative(root, abs).split(sep).join('/');
  const allFiles = listFiles(contentRoot);
  const profileCodes = new Map<string, string>();
  const validProfileFolders = new Set<string>();
  let checked = 0;

  const markdownFiles = allFiles.filter((f) => f.endsWith('.md')).sort();
  for (const abs of allFiles) {
    const rel = relative(contentRoot, abs).split(sep).join('/');
    if (abs.endsWith('.md') || IMAGE_EXTENSIONS.some((e) => abs.toLowerCase().endsWith(e))) continue;
    if (rel === 'README.md' || rel.endsWith('/.gitkeep') || rel.split('/').pop()?.startsWith('.')) continue;
    issues.push({
      file: toRepo(abs),
      line: 1,
      column: 1,
      field: '',
      rule: 'file-type',
      severity: 'error',
      message: 'Berkas jenis ini tidak diterima di folder konten. Hanya .md dan foto JPEG, PNG atau WebP.',
    });
  }

  // Profiles first, so products can ask whether their village exists.
  const ordered = [...markdownFiles].sort(
    (a, b) => Number(!a.endsWith(PROFILE_FILE)) - Number(!b.endsWith(PROFILE_FILE)),
  );
  for (const abs of ordered) {
    const file = toRepo(abs);
    const rel = relative(contentRoot, abs).split(sep).join('/');
    if (rel === 'README.md') continue;
    const kind = entryKindOf(rel);
    const report = (issue: Omit<ContentIssue, 'file' | 'severity'> & { severity?: ContentIssue['severity'] }) =>
      issues.push({ severity: 'error', file, ...issue });
    if (kind === 'other') {
      report({
        line: 1,
        column: 1,
        field: '',
        rule: 'file-location',
        message: `Berkas Markdown di tempat yang tidak dikenal. Profil desa: ${contentDir}/desa/<kab-kota>/<kecamatan>/<kode>-<nama>/profil.md; produk: <folder desa>/produk/<nama-produk>.md; creative center: ${contentDir}/hub/<nama>.md.`,
      });
      continue;
    }
    if (only && !only.has(file)) {
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
    if (statSync(abs).size > MAX_MARKDOWN_BYTES) {
      report({
        line: 1,
        column: 1,
        field: '',
        rule: 'file-too-large',
        message: `Berkas terlalu besar (lebih dari ${MAX_MARKDOWN_BYTES / 1024} KB). Profil dan produk cukup beberapa paragraf; foto diunggah sebagai berkas terpisah.`,
      });
      continue;
    }
    let parsed;
    try {
      parsed = parseContentFile(readFileSync(abs, 'utf8'));
    } catch {
      report({
        line: 1,
        column: 1,
        field: '',
        rule: 'file-read',
        message: 'Berkas tidak dapat dibaca sebagai teks UTF-8.',
      });
      continue;
    }
    for (const problem of parsed.problems) report({ ...problem, field: '' });
    if (parsed.problems.length > 0) continue;

    const schema = schemas[kind];
    const result = schema.safeParse(parsed.data, { error: (issue) => indonesianMessage(issue) });
    if (!result.success) {
      for (const zodIssue of result.error.issues) {
        const unknownKeys = zodIssue.code === 'unrecognized_keys' ? zodIssue.keys : [undefined];
        for (const key of unknownKeys) {
          let message = zodIssue.message;
          if (
            ['invalid_type', 'invalid_union', 'invalid_value'].includes(zodIssue.code) &&
            valueAt(parsed.data, zodIssue.path) == null
          ) {
            message = 'Isian ini wajib diisi.';
          } else if (key !== undefined) {
            const suggestion = closest(key, keysAt(schema, zodIssue.path));
            message = `Isian "${key}" tidak dikenal.${suggestion ? ` Mungkin maksud Anda "${suggestion}"?` : ' Hapus isian ini.'}`;
          }
          const field = [...zodIssue.path, ...(key !== undefined ? [key] : [])].map(String).join('.');
          report({
            ...locateField(parsed.doc, parsed.lineCounter, parsed.yamlOffset, zodIssue.path, key),
            field,
            rule: key !== undefined ? 'unknown-field' : 'schema',
            message,
          });
        }
      }
    }
    const data = result.success ? (result.data as Record<string, unknown>) : undefined;

    // Photos: the file must exist beside the entry.
    const photos = (parsed.data['foto'] ?? []) as unknown[];
    if (Array.isArray(photos)) {
      photos.forEach((photo, index) => {
        const src = (photo as { src?: unknown } | null)?.src;
        if (typeof src !== 'string') return;
        const target = resolve(dirname(abs), src);
        const inside = target.startsWith(dirname(abs) + sep);
        if (inside && !existsSync(target)) {
          report({
            ...locateField(parsed.doc, parsed.lineCounter, parsed.yamlOffset, ['foto', index, 'src']),
            field: `foto.${index}.src`,
            rule: 'image-missing',
            message: `Foto "${src}" tidak ditemukan di folder ini. Unggah fotonya atau perbaiki nama berkasnya (huruf besar/kecil berpengaruh).`,
          });
        } else if (inside && statSync(target).isDirectory()) {
          report({
            ...locateField(parsed.doc, parsed.lineCounter, parsed.yamlOffset, ['foto', index, 'src']),
            field: `foto.${index}.src`,
            rule: 'image-missing',
            message: `"${src}" adalah folder, bukan foto.`,
          });
        } else if (inside && IMAGE_EXTENSIONS.some((ext) => target.toLowerCase().endsWith(ext))) {
          // Judged by its bytes: a renamed SVG/HEIC, a pixel bomb, GPS in EXIF, a broken file.
          for (const finding of inspectImage(target)) {
            report({
              ...locateField(parsed.doc, parsed.lineCounter, parsed.yamlOffset, ['foto', index, 'src']),
              field: `foto.${index}.src`,
              rule: finding.rule,
              message: finding.message,
            });
          }
        }
      });
    }

    // The body is rendered safely whatever it holds; still tell the contributor.
    for (const finding of inspectMarkdown(parsed.body)) {
      report({
        line: parsed.bodyLine + finding.line,
        column: 1,
        field: '(isi)',
        rule: `body-${finding.kind}`,
        severity: options.bodyFindings ?? 'error',
        message:
          finding.kind === 'html'
            ? `HTML tidak diizinkan di isi ("${finding.detail}"); situs hanya menampilkannya sebagai teks. Hapus HTML-nya dan gunakan Markdown, misalnya **tebal** atau [judul tautan](https://…).`
            : finding.kind === 'link'
              ? `Tautan "${finding.detail}" tidak diizinkan dan tidak ditampilkan. Gunakan https://, mailto: atau tel:.`
              : 'Gambar di isi tidak ditampilkan. Masukkan foto lewat isian "foto" dengan teks alternatif.',
      });
    }

    // Cross-file and path rules.
    if (kind === 'desa') {
      const code = typeof parsed.data['kode'] === 'string' ? parsed.data['kode'].trim() : undefined;
      if (code && areas.village(code)) {
        const expected = villageFolder(areas, code);
        if (posix.dirname(rel) !== expected) {
          report({
            ...locateField(parsed.doc, parsed.lineCounter, parsed.yamlOffset, ['kode']),
            field: 'kode',
            rule: 'folder-path',
            message: `Folder profil untuk kode ${code} harus ${toRepo(join(contentRoot, expected))}/ (bukan ${dirname(file)}/). Pindahkan folder ini ke sana.`,
          });
        }
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
          if (data) validProfileFolders.add(dirname(abs));
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
          message: existsSync(join(villageDir, PROFILE_FILE))
            ? 'Profil desa di folder ini belum valid; perbaiki profil.md-nya dahulu agar produk dapat ditampilkan.'
            : `Produk harus berada di folder desa yang punya ${PROFILE_FILE}. Buat profil desanya dahulu.`,
        });
      }
    }
    if (kind === 'produk' || kind === 'hub') {
      const name = rel.split('/').at(-1)?.replace(/\.md$/, '') ?? '';
      if (name !== slugify(name)) {
        report({
          line: 1,
          column: 1,
          field: '',
          rule: 'file-name',
          message: `Nama berkas hanya boleh huruf kecil, angka dan tanda hubung: ganti menjadi "${slugify(name) || 'nama-produk'}.md".`,
        });
      }
    }
    if (data) entries.push({ kind, file, data });
  }
  issues.sort(compareIssues);
  return { issues, entries, files: checked };
}
