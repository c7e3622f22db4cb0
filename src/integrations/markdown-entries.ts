/**
 * Content loader for our Markdown entries. Astro's glob() loader turns every Markdown file into
 * a renderable module that Vite bundles (about 4 ms per entry, a third of the build at province
 * scale), although we never render bodies through Astro: they go through our safe renderer.
 * This loader reads the files with the validator's own frontmatter reader, validates them with
 * the collection schema (parseData, so image() fields still work) and stores data and body only.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { entryKindOf, type EntryKind } from '../lib/content-files.ts';
import { contentIds } from '../lib/content-ids.ts';
import { walkContent } from '../lib/content-walk.ts';
import { parseContentFile } from '../lib/validation/frontmatter.ts';

const idOf: Record<EntryKind, (entry: string) => string> = {
  desa: contentIds.village,
  produk: contentIds.product,
  hub: contentIds.hub,
};

export function markdownEntries(kind: EntryKind, contentDir: string): Loader {
  return {
    name: `etalase-${kind}`,
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const contentRoot = isAbsolute(contentDir) ? contentDir : resolve(root, contentDir);
      const sync = async () => {
        // The validator's own walk: symlinks and special files are never read. It has already
        // refused them (and a missing content folder) before the build gets here.
        const files = walkContent(contentRoot).files.filter((f) => f.rel.endsWith('.md'));
        store.clear();
        for (const { abs: file, rel } of files) {
          if (entryKindOf(rel) !== kind) continue;
          const source = readFileSync(file, 'utf8');
          const parsed = parseContentFile(source);
          const id = idOf[kind](rel.split('/').slice(1).join('/'));
          const data = await parseData({ id, data: parsed.data, filePath: file });
          store.set({
            id,
            data,
            body: parsed.body,
            filePath: relative(root, file).split(sep).join('/'),
            digest: generateDigest(source),
          });
        }
      };
      await sync();
      watcher?.add(contentRoot);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(contentRoot)) void sync();
      });
    },
  };
}
