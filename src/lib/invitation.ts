/**
 * The "add this village" invitation: a link to GitHub's new-file form, prefilled with the path
 * and a profile template for that exact code (`templates.ts`, shared with `npm run baru`).
 */
import type { AreaIndex } from './area.ts';
import { PROFILE_FILE, villageFolder } from './paths.ts';
import { profileTemplate } from './templates.ts';

export { profileTemplate };

export interface RepositoryConfig {
  repository: string;
  branch: string;
  contentDir: string;
}

export function newProfileUrl(areas: AreaIndex, code: string, repo: RepositoryConfig, today: string): string {
  const path = `${repo.contentDir}/${villageFolder(areas, code)}/${PROFILE_FILE}`;
  const params = new URLSearchParams({ filename: path, value: profileTemplate(areas, code, today) });
  return `${repo.repository.replace(/\/$/, '')}/new/${repo.branch}?${params.toString()}`;
}
