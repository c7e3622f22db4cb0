/**
 * A contribution from outside the repository — the body of a "Kontribusi konten" issue or a zip
 * made by the site's editor — read as data and reduced to what may enter the repository: one
 * entry's Markdown at an entry path, and the new photos its `foto` list names, beside it.
 * Everything else is refused with an Indonesian message. Pure: no network, no file system.
 */
import { unzipSync } from 'fflate';
import { ENTRY_CAPS, PHOTO_CAPS } from '../../src/lib/caps.ts';
import { entryKindOf } from '../../src/lib/content-files.ts';
import { ATTACHMENT_URL, ISSUE_FIELDS } from '../../src/lib/contribution-form.ts';
import { ZIP_NOTE } from '../../src/lib/editor/handover.ts';
import { IMAGE_EXTENSIONS, normalizePosix, SAFE_PHOTO_NAME } from '../../src/lib/validation/check-entry.ts';
import { parseContentFile } from '../../src/lib/validation/frontmatter.ts';

export interface Photo {
  name: string;
  bytes: Uint8Array;
}

export interface Contribution {
  /** Repository path of the Markdown file. */
  path: string;
  markdown: string;
  photos: Photo[];
  /** The contributor's note for the maintainers, shown, never executed. */
  note: string;
}

/** Why `path` is not an entry's Markdown path under `contentDir`, or undefined. */
export function pathProblem(path: string, contentDir: string): string | undefined {
  const prefix = `${contentDir.replace(/\/$/, '')}/`;
  if (
    !path.startsWith(prefix) ||
    path.includes('\\') ||
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    /[\u0000-\u001f\u007f]/.test(path) ||
    normalizePosix(path) !== path ||
    entryKindOf(path.slice(prefix.length)) === 'other'
  ) {
    return `Berkas "${path.slice(0, 200)}" bukan tempat profil desa, produk atau creative center. Buat kontribusi lewat editor di situs agar alamat berkasnya benar.`;
  }
  return undefined;
}

/** The photo file names the entry's `foto` list references, in order. */
export function referencedPhotos(markdown: string): string[] {
  const { data } = parseContentFile(markdown);
  const photos = Array.isArray(data['foto']) ? (data['foto'] as unknown[]) : [];
  return photos
    .map((photo) => (photo as { src?: unknown } | null)?.src)
    .filter((src): src is string => typeof src === 'string')
    .map((src) => src.replace(/^\.\//, ''));
}

const isPhotoName = (name: string) =>
  SAFE_PHOTO_NAME.test(name) && IMAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

// ---------------------------------------------------------------------------------------------
// The issue form's body

export interface IssueContribution {
  path: string;
  markdown: string;
  /** GitHub attachment addresses in the photo field, in order. */
  attachments: string[];
  note: string;
}

/** The text under `### <label>` up to the next of the form's headings (or the end). */
function section(body: string, label: string, next: readonly string[], last = false): string | undefined {
  const heading = `### ${label}\n`;
  const start = last ? body.lastIndexOf(heading) : body.indexOf(heading);
  if (start < 0) return undefined;
  const from = start + heading.length;
  const ends = next.map((n) => body.lastIndexOf(`\n### ${n}\n`)).filter((i) => i >= from);
  const text = body.slice(from, ends.length ? Math.min(...ends) : body.length).trim();
  return text === '_No response_' ? '' : text;
}

/** The form's "Isi berkas" field is rendered in a ```markdown fence; take its content. */
function unfence(text: string): string {
  const fenced = /^```(?:markdown|md)?\n([\s\S]*?)\n?```$/.exec(text);
  return `${(fenced ? (fenced[1] ?? '') : text).replace(/\s+$/, '')}\n`;
}

/**
 * Reads an issue body written by the form. The Markdown is the contributor's text and may
 * itself hold "### " lines, so each field ends at the *last* heading of the fields after it.
 */
export function parseIssueBody(
  body: string,
  contentDir: string,
): { contribution?: IssueContribution; problems: string[] } {
  const text = body.replace(/\r\n?/g, '\n');
  const labels = [ISSUE_FIELDS.path, ISSUE_FIELDS.markdown, ISSUE_FIELDS.photos, ISSUE_FIELDS.note].map((f) => f.label);
  const [pathLabel = '', markdownLabel = '', photosLabel = '', noteLabel = ''] = labels;
  const path = section(text, pathLabel, labels.slice(1))?.replace(/^`|`$/g, '').trim();
  const markdown = section(text, markdownLabel, [photosLabel, noteLabel]);
  const photos = section(text, photosLabel, [noteLabel], true) ?? '';
  const note = section(text, noteLabel, [], true) ?? '';
  const problems: string[] = [];
  if (!path) problems.push(`Isian "${pathLabel}" kosong. Buat kontribusi lewat editor di situs.`);
  else {
    const problem = pathProblem(path, contentDir);
    if (problem) problems.push(problem);
  }
  if (!markdown) problems.push(`Isian "${markdownLabel}" kosong: tempel teks dari editor.`);
  if (markdown && markdown.length > ENTRY_CAPS.markdownBytes)
    problems.push(`Isi berkas terlalu panjang (lebih dari ${ENTRY_CAPS.markdownBytes / 1000} KB).`);
  // Every address in the photo field, in order; only GitHub's own attachments are taken.
  const addresses = [...photos.matchAll(/https?:\/\/[^\s)"'<>\]]+/g)].map((m) => m[0]);
  const attachments = addresses.filter((url) => ATTACHMENT_URL.test(url));
  for (const url of addresses.filter((u) => !ATTACHMENT_URL.test(u)))
    problems.push(
      `Alamat "${url.slice(0, 120)}" bukan lampiran GitHub dan tidak diambil. Lampirkan foto dengan menyeretnya ke isian "${photosLabel}".`,
    );
  if (problems.length > 0 || !path || !markdown) return { problems };
  return { contribution: { path, markdown: unfence(markdown), attachments, note }, problems };
}

/**
 * Pairs the photos the Markdown references but the repository lacks with the attachments, in
 * order; `existing` says whether a name is already in the entry's folder.
 */
export function photosToFetch(
  markdown: string,
  attachments: readonly string[],
  existing: (name: string) => boolean,
): { pairs: { name: string; url: string }[]; problems: string[] } {
  const wanted = referencedPhotos(markdown).filter((name) => !existing(name));
  const problems: string[] = [];
  for (const name of wanted)
    if (!isPhotoName(name))
      problems.push(`Nama foto "${name.slice(0, 80)}" tidak diizinkan: huruf, angka, titik dan tanda hubung saja.`);
  if (wanted.length !== attachments.length)
    problems.push(
      `Isi berkas menyebut ${wanted.length} foto baru (${wanted.join(', ') || 'tidak ada'}), tetapi ada ${attachments.length} lampiran foto. Lampirkan setiap foto sekali, sesuai urutan di editor.`,
    );
  if (problems.length > 0) return { pairs: [], problems };
  return { pairs: wanted.map((name, i) => ({ name, url: attachments[i] ?? '' })), problems };
}

// ---------------------------------------------------------------------------------------------
// A zip from the editor's "Kirim lewat pengelola"

/** A zip of one entry: the note, one Markdown file and a few photos, never more than this. */
export const ZIP_CAPS = { files: 2 + ENTRY_CAPS.profilePhotos, bytes: 8 * 1024 * 1024 } as const;

/** A refusal while reading a zip, told apart from the zip library's own errors. */
class ZipRefusal extends Error {}

export function readContributionZip(
  bytes: Uint8Array,
  contentDir: string,
): { contribution?: Contribution; problems: string[] } {
  const problems: string[] = [];
  if (bytes.length > ZIP_CAPS.bytes) return { problems: ['Berkas zip terlalu besar.'] };
  let files: Record<string, Uint8Array>;
  try {
    let count = 0;
    files = unzipSync(bytes, {
      // Judged by the sizes the zip declares, before anything is inflated (zip bombs).
      filter: (file) => {
        count += 1;
        const cap = file.name.endsWith('.md') ? ENTRY_CAPS.markdownBytes : PHOTO_CAPS.maxBytes;
        if (count > ZIP_CAPS.files) throw new ZipRefusal('Terlalu banyak berkas di dalam zip.');
        if (file.originalSize > cap)
          throw new ZipRefusal(`Berkas "${file.name.slice(0, 120)}" di dalam zip terlalu besar.`);
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    const message = error instanceof ZipRefusal ? error.message : 'Berkas zip rusak.';
    return { problems: [message] };
  }
  const names = Object.keys(files);
  const markdownNames = names.filter((name) => name.endsWith('.md'));
  if (markdownNames.length !== 1)
    return { problems: ['Zip harus berisi tepat satu berkas .md (dibuat oleh editor di situs).'] };
  const path = markdownNames[0] ?? '';
  const problem = pathProblem(path, contentDir);
  if (problem) return { problems: [problem] };
  const folder = path.slice(0, path.lastIndexOf('/'));
  let markdown: string;
  try {
    markdown = new TextDecoder('utf-8', { fatal: true }).decode(files[path]);
  } catch {
    return { problems: ['Berkas .md di dalam zip bukan teks UTF-8.'] };
  }
  const referenced = new Set(referencedPhotos(markdown));
  const photos: Photo[] = [];
  for (const name of names) {
    if (name === path || name === ZIP_NOTE) continue;
    const inFolder = name.startsWith(`${folder}/`) ? name.slice(folder.length + 1) : undefined;
    if (!inFolder || !isPhotoName(inFolder) || !referenced.has(inFolder))
      problems.push(
        `Berkas "${name.slice(0, 120)}" ditolak: zip hanya boleh berisi foto yang disebut di isian "foto", di folder ${folder}/.`,
      );
    else photos.push({ name: inFolder, bytes: files[name] ?? new Uint8Array() });
  }
  const noteBytes = files[ZIP_NOTE];
  const note = noteBytes ? new TextDecoder().decode(noteBytes) : '';
  if (problems.length > 0) return { problems };
  return { contribution: { path, markdown, photos, note }, problems };
}
