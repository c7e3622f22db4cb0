/**
 * Which content files to check for a set of changed paths: a changed file in a village folder
 * brings in every file of that folder (a photo is referenced by its Markdown, a product depends
 * on its profile), a changed hub file brings in the hub folder, a folder brings in what is under
 * it.
 */
import { posix } from 'node:path';
import { HUB_DIR, VILLAGE_DIR } from '../paths.ts';

/** `content/desa/<kab>/<kec>/<leaf>` or `content/hub` of a path, if it is inside one. */
function entryFolderOf(path: string, contentDir: string): string | undefined {
  const parts = path.split('/');
  const prefix = contentDir.split('/');
  const rest = parts.slice(prefix.length);
  if (parts.slice(0, prefix.length).join('/') !== contentDir) return undefined;
  if (rest[0] === HUB_DIR && rest.length >= 2) return [...prefix, HUB_DIR].join('/');
  if (rest[0] === VILLAGE_DIR && rest.length >= 5) return [...prefix, ...rest.slice(0, 4)].join('/');
  return undefined;
}

export function selectContentFiles(
  changed: readonly string[],
  contentDir: string,
  files: readonly string[],
): Set<string> {
  const selected = new Set<string>();
  for (const raw of changed) {
    const path = posix.normalize(raw.replaceAll('\\', '/')).replace(/\/$/, '');
    const folder = entryFolderOf(path, contentDir);
    for (const file of files) {
      if (file === path || file.startsWith(`${path}/`) || (folder && file.startsWith(`${folder}/`))) selected.add(file);
    }
    // A named file that is not listed (new, or gone) is kept: the validator checks what exists.
    if (path.startsWith(`${contentDir}/`) && /\.[^/]+$/.test(path)) selected.add(path);
  }
  return selected;
}
