/**
 * Which content files to check for a set of changed paths: a changed file in a village folder
 * brings in every Markdown file of that folder (a photo is referenced by them, a product
 * depends on its profile), a changed hub brings in itself, a folder brings in what is under it.
 */
import { posix } from 'node:path';
import { HUB_DIR, VILLAGE_DIR } from '../paths.ts';

/** `content/desa/<kab>/<kec>/<leaf>` of a path, if the path is inside a village folder. */
function villageFolderOf(path: string, contentDir: string): string | undefined {
  const parts = path.split('/');
  const prefix = contentDir.split('/');
  const rest = parts.slice(prefix.length);
  if (parts.slice(0, prefix.length).join('/') !== contentDir || rest[0] !== VILLAGE_DIR || rest.length < 5)
    return undefined;
  return [...prefix, ...rest.slice(0, 4)].join('/');
}

export function selectContentFiles(
  changed: readonly string[],
  contentDir: string,
  markdownFiles: readonly string[],
): Set<string> {
  const selected = new Set<string>();
  for (const raw of changed) {
    const path = posix.normalize(raw.replaceAll('\\', '/')).replace(/\/$/, '');
    const folder = villageFolderOf(path, contentDir);
    for (const file of markdownFiles) {
      if (file === path || file.startsWith(`${path}/`) || (folder && file.startsWith(`${folder}/`))) selected.add(file);
    }
    if (path.endsWith('.md') && (path.startsWith(`${contentDir}/${HUB_DIR}/`) || folder)) selected.add(path);
  }
  return selected;
}
