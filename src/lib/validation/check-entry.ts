/**
 * The checks of one content file that need nothing but its text and its path: YAML, hidden
 * characters, the zod schema, the body, the folder and file name. `npm run validate` runs them on
 * every file (then adds what needs the repository: photos on disk, duplicate codes, a product's
 * village), and the contribution editor runs the same code in the browser before anything is
 * sent. Pure: no Node modules, no site configuration.
 */
import * as z from '../../schemas/zod.ts';
import type { AreaIndex } from '../area-index.ts';
import { ENTRY_CAPS, PHOTO_CAPS } from '../caps.ts';
import type { EntryKind } from '../content-files.ts';
import { villageFolder } from '../folders.ts';
import type { BodyFinding } from '../markdown.ts';
import { valueAt } from '../field-path.ts';
import { slugify } from '../slug.ts';
import {
  findHiddenCharacter,
  hiddenCharacterMessage,
  hiddenCharactersIn,
  type HiddenCharacter,
} from '../text-rules.ts';
import { hubSchema, productSchema, villageProfileSchema, type SchemaContext } from '../../schemas/index.ts';
import { parseContentFile, type ParsedFile } from './frontmatter.ts';
import type { ContentIssue } from './issue.ts';
import { locateField } from './locate.ts';
import { closest, indonesianMessage } from './messages.ts';
import { keysAt } from './schema-keys.ts';

export const IMAGE_EXTENSIONS: readonly string[] = PHOTO_CAPS.extensions;

/** A photo's file name: what survives every file system, URL and terminal unchanged. */
export const SAFE_PHOTO_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

/** `a/./b/../c` → `a/c`; a leading `..` stays (POSIX rules, without Node's path module). */
export function normalizePosix(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out.at(-1) !== '..') out.pop();
    else out.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + (out.join('/') || '.');
}

/** The folder part of a POSIX path (`a/b/c.md` → `a/b`). */
export const parentOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('/'))) || '.';

/** An image path as written in frontmatter: relative, inside the entry's folder. */
export const imagePath = () =>
  z.string().superRefine((value, ctx) => {
    const normalized = normalizePosix(value.replaceAll('\\', '/'));
    if (
      /^[a-z][a-z0-9+.-]*:/i.test(value) ||
      value.startsWith('/') ||
      normalized.startsWith('..') ||
      normalized.includes('/')
    ) {
      ctx.addIssue({
        code: 'custom',
        message:
          'Foto harus berupa berkas di folder yang sama dengan berkas ini, misalnya "./balai-desa.jpg" (bukan tautan, subfolder atau "../").',
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

export type EntrySchemas = ReturnType<typeof entrySchemas>;

/** The three schemas with the validator's photo-path rule (Astro's build uses its `image()`). */
export function entrySchemas(areas: AreaIndex, provinceCode: string) {
  const context: SchemaContext = { image: imagePath, areas, provinceCode };
  return { desa: villageProfileSchema(context), produk: productSchema(context), hub: hubSchema(context) };
}

export interface EntryRules {
  schemas: EntrySchemas;
  areas: AreaIndex;
  /** Content folder relative to the repository root (`content`), for messages about folders. */
  contentDir: string;
  /** The body inspection of src/lib/markdown.ts; the editor loads it when the body is written. */
  inspectBody?: ((body: string) => BodyFinding[]) | undefined;
  /** Severity of body findings: 'error' for contributions, 'warning' in the build. */
  bodyFindings?: 'error' | 'warning';
}

export type EntryIssue = Omit<ContentIssue, 'file'>;

export interface EntryCheck {
  issues: EntryIssue[];
  parsed: ParsedFile;
  /** The schema's output when the front matter is valid. */
  data: Record<string, unknown> | undefined;
}

/** What is wrong with one entry's Markdown, `rel` being its path inside the content folder. */
export function checkEntryText(source: string, rel: string, kind: EntryKind, rules: EntryRules): EntryCheck {
  const issues: EntryIssue[] = [];
  const report = (issue: Omit<EntryIssue, 'severity'> & { severity?: EntryIssue['severity'] }) =>
    issues.push({ severity: 'error', ...issue });
  const parsed = parseContentFile(source);
  for (const problem of parsed.problems) report({ ...problem, field: '' });
  const where = (path: readonly PropertyKey[], key?: string) =>
    locateField(parsed.doc, parsed.lineCounter, parsed.yamlOffset, path, key);

  // Hidden characters, wherever they are: raw lines (keys, values, comments, body), then
  // strings that YAML escapes ("\u202E") produced. Strings are located so a line names its field.
  const hiddenFields = new Map<number, { at: ReturnType<typeof where>; field: string; found: HiddenCharacter }>();
  if (parsed.problems.length === 0) {
    for (const { path, found } of hiddenCharactersIn(parsed.data)) {
      const at = where(path);
      if (!hiddenFields.has(at.line)) hiddenFields.set(at.line, { at, field: path.join('.'), found });
    }
  }
  const hiddenLines = new Set<number>();
  source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((text, index) => {
      const found = findHiddenCharacter(text);
      if (!found) return;
      const line = index + 1;
      hiddenLines.add(line);
      const body = line >= parsed.bodyLine && parsed.problems.length === 0;
      report({
        line,
        column: found.index + 1,
        field: hiddenFields.get(line)?.field ?? (body ? '(isi)' : ''),
        rule: 'text-hidden',
        message: hiddenCharacterMessage(found),
      });
    });
  if (parsed.problems.length > 0) return { issues, parsed, data: undefined };
  for (const [line, { at, field, found }] of hiddenFields) {
    if (!hiddenLines.has(line)) report({ ...at, field, rule: 'text-hidden', message: hiddenCharacterMessage(found) });
  }

  const schema = rules.schemas[kind];
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
        } else if (key === undefined && valueAt(parsed.data, zodIssue.path) === '') {
          // An empty value the template left between quotes: say so, then what to type.
          message = `Isian ini masih kosong: tulis isinya di antara tanda kutip "". ${message}`;
        } else if (key !== undefined) {
          const suggestion = closest(key, keysAt(schema, zodIssue.path));
          message = `Isian "${key}" tidak dikenal.${suggestion ? ` Mungkin maksud Anda "${suggestion}"?` : ' Hapus isian ini.'}`;
        }
        const field = [...zodIssue.path, ...(key !== undefined ? [key] : [])].map(String).join('.');
        report({ ...where(zodIssue.path, key), field, rule: key !== undefined ? 'unknown-field' : 'schema', message });
      }
    }
  }

  // The body is rendered safely whatever it holds; still tell the contributor.
  if (parsed.body.length > ENTRY_CAPS.bodyCharacters) {
    report({
      line: parsed.bodyLine,
      column: 1,
      field: '(isi)',
      rule: 'body-too-long',
      message: `Isi tulisan ${parsed.body.length.toLocaleString('id-ID')} karakter; paling banyak ${ENTRY_CAPS.bodyCharacters.toLocaleString('id-ID')}. Ringkas isinya.`,
    });
  }
  for (const finding of rules.inspectBody?.(parsed.body) ?? []) {
    report({
      line: parsed.bodyLine + finding.line,
      column: 1,
      field: '(isi)',
      rule: `body-${finding.kind}`,
      severity: rules.bodyFindings ?? 'error',
      message:
        finding.kind === 'html'
          ? `HTML tidak diizinkan di isi ("${finding.detail}"); situs hanya menampilkannya sebagai teks. Hapus HTML-nya dan gunakan Markdown, misalnya **tebal** atau [judul tautan](https://…).`
          : finding.kind === 'link'
            ? `Tautan "${finding.detail}" ditolak: ${finding.problem ?? 'tidak diizinkan'}. Tautan ini tidak ditampilkan. Gunakan https://…, mailto: atau tel:.`
            : 'Gambar di isi tidak ditampilkan. Masukkan foto lewat isian "foto" dengan teks alternatif.',
    });
  }

  // Where the file sits.
  const repoPath = (path: string) => `${rules.contentDir}/${path}`.replace(/^\.\//, '');
  if (kind === 'desa') {
    const code = typeof parsed.data['kode'] === 'string' ? parsed.data['kode'].trim() : undefined;
    if (code && rules.areas.village(code)) {
      const expected = villageFolder(rules.areas, code);
      if (parentOf(rel) !== expected) {
        report({
          ...where(['kode']),
          field: 'kode',
          rule: 'folder-path',
          message: `Folder profil untuk kode ${code} harus ${repoPath(expected)}/ (bukan ${repoPath(parentOf(rel))}/). Pindahkan folder ini ke sana.`,
        });
      }
    }
  } else {
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
  return { issues, parsed, data: result.success ? (result.data as Record<string, unknown>) : undefined };
}
