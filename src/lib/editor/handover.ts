/**
 * Handing a finished contribution over, without a server of ours: a prefilled GitHub issue
 * form (when the address fits GitHub's limit), GitHub's own new-file and edit pages for text,
 * and a zip for the maintainers (`npm run terima`).
 */
import { zipSync, strToU8 } from 'fflate';
import { ISSUE_FIELDS, ISSUE_TEMPLATE, MAX_URL_BYTES } from '../contribution-form.ts';

export interface Contribution {
  /** Repository path of the Markdown file, e.g. `content/desa/…/profil.md`. */
  path: string;
  markdown: string;
  /** What the contribution is, for titles: "Profil Desa Cibiru Wetan". */
  title: string;
  /** New photos, named as the Markdown references them, in that order. */
  photos: { name: string; bytes: Uint8Array }[];
  /** True when the file exists in the repository (an update). */
  existing: boolean;
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

export interface IssueLink {
  url: string;
  /** Bytes of the address; GitHub refuses more than MAX_URL_BYTES. */
  bytes: number;
  /** False when the Markdown must be pasted into the form instead. */
  prefilled: boolean;
}

/** The issue form with the path and, when it fits, the Markdown filled in. */
export function issueLink(repository: string, contribution: Contribution): IssueLink {
  const base = `${repository.replace(/\/$/, '')}/issues/new`;
  const params = new URLSearchParams({
    template: ISSUE_TEMPLATE,
    title: `Kontribusi: ${contribution.title}`,
    [ISSUE_FIELDS.path.id]: contribution.path,
    [ISSUE_FIELDS.markdown.id]: contribution.markdown,
  });
  const full = `${base}?${params.toString()}`;
  if (utf8Length(full) <= MAX_URL_BYTES) return { url: full, bytes: utf8Length(full), prefilled: true };
  params.delete(ISSUE_FIELDS.markdown.id);
  const short = `${base}?${params.toString()}`;
  return { url: short, bytes: utf8Length(short), prefilled: false };
}

/** GitHub's own page to create or edit the file, for text-only changes (the text is pasted). */
export function githubFileLink(repository: string, branch: string, contribution: Contribution): string {
  const repo = repository.replace(/\/$/, '');
  if (contribution.existing) return `${repo}/edit/${branch}/${contribution.path}`;
  return `${repo}/new/${branch}?${new URLSearchParams({ filename: contribution.path }).toString()}`;
}

/** The note inside the zip, for the maintainer who receives it. */
export function zipNote(contribution: Contribution, today: string): string {
  return [
    `Kontribusi untuk Etalase Desa: ${contribution.title}`,
    `Dibuat di editor situs pada ${today}.`,
    '',
    `Berkas: ${contribution.path}${contribution.existing ? ' (perubahan)' : ' (baru)'}`,
    ...contribution.photos.map((photo) => `Foto: ${photo.name}`),
    '',
    'Untuk pengelola: periksa dan tempatkan dengan',
    '  npm run terima -- <berkas ini>.zip',
    '',
  ].join('\n');
}

export const ZIP_NOTE = 'KETERANGAN.txt';

/** One zip: the Markdown and photos at their repository paths, and a note. Stored, not deflated: photos are JPEG already. */
export function contributionZip(contribution: Contribution, today: string): Uint8Array {
  const folder = contribution.path.slice(0, contribution.path.lastIndexOf('/'));
  const files: Record<string, Uint8Array> = {
    [ZIP_NOTE]: strToU8(zipNote(contribution, today)),
    [contribution.path]: strToU8(contribution.markdown),
  };
  for (const photo of contribution.photos) files[`${folder}/${photo.name}`] = photo.bytes;
  return zipSync(files, { level: 0, mtime: new Date(`${today}T00:00:00Z`) });
}
