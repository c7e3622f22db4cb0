/**
 * Content loader for our Markdown entries. Astro's glob() loader turns every Markdown file into
 * a renderable module that Vite bundles (about 4 ms per entry, a third of the build at province
 * scale), although we never render bodies through Astro: they go through our safe renderer.
 * This loader reads the files with the validator's own frontmatter reader, validates them with
 * the collection schema (parseData, so image() fields still work) and stores data and body only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { entryKindOf, type EntryKind } from '../lib/content-files.ts';
import { contentIds } from '../lib/content-ids.ts';
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
        let files: string[] = [];
        try {
          files = readdirSync(contentRoot, { recursive: true, withFileTypes: true })
            .filter((d) => d.isFile() && d.name.endsWith('.md'))
            .map((d) => join(d.parentPath, d.name));
        } catch {
          // No content folder yet: an empty collection.
        }
        store.clear();
        for (const file of files.sort()) {
          const rel = relative(contentRoot, file).split(sep).join('/');
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
