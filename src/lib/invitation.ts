/**
 * The "add this village" invitation: a link to GitHub's new-file form, prefilled with the path
 * and a profile template for that exact code. The same template feeds the scaffolder.
 */
import type { AreaIndex } from './area.ts';
import { PROFILE_FILE, villageFolder } from './paths.ts';

export interface RepositoryConfig {
  repository: string;
  branch: string;
  contentDir: string;
}

/** A profile file for `code` with the official fields filled; the rest is for the village. */
export function profileTemplate(areas: AreaIndex, code: string, today: string): string {
  const village = areas.village(code);
  if (!village) throw new Error(`Unknown village code ${code}`);
  return [
    '---',
    `kode: "${village.code}"`,
    `nama: ${village.name}`,
    `jenis: ${village.kind}`,
    'ringkasan: # WAJIB: satu atau dua kalimat tentang desa',
    'kontak:',
    '  website: # WAJIB minimal satu kontak: website, instagram, whatsapp (62…), email',
    `diperbarui: ${today}`,
    '---',
    '',
    'Ceritakan desa Anda di sini.',
    '',
  ].join('\n');
}

export function newProfileUrl(areas: AreaIndex, code: string, repo: RepositoryConfig, today: string): string {
  const path = `${repo.contentDir}/${villageFolder(areas, code)}/${PROFILE_FILE}`;
  const params = new URLSearchParams({ filename: path, value: profileTemplate(areas, code, today) });
  return `${repo.repository.replace(/\/$/, '')}/new/${repo.branch}?${params.toString()}`;
}
