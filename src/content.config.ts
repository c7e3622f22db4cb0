/**
 * Content collections. The schemas come from `src/schemas/` (the single definition of the
 * content model); the cross-file rules that Astro cannot express run in the `content-rules`
 * integration before the build starts (see astro.config.mjs).
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ZodType } from 'astro/zod';
import { siteConfig } from './config.ts';
import { loadAreas } from './lib/area.ts';
import { contentIds } from './lib/content-ids.ts';
import { HUB_ROOT, PRODUCT_DIR, PROFILE_FILE, VILLAGE_ROOT } from './lib/paths.ts';
import { hubSchema, productSchema, villageProfileSchema } from './schemas/index.ts';

const areas = await loadAreas(siteConfig.provinceCode);
const context = (image: () => ZodType) => ({
  image,
  areas,
  provinceCode: siteConfig.provinceCode,
});

/** Content may live outside the project (test fixtures, the bench corpus). */
const baseOf = (dir: string) => (isAbsolute(dir) ? pathToFileURL(`${dir}/`) : dir);

const desa = defineCollection({
  loader: glob({
    base: baseOf(VILLAGE_ROOT),
    pattern: `**/${PROFILE_FILE}`,
    generateId: ({ entry }) => contentIds.village(entry),
    deferRender: true,
  }),
  schema: ({ image }) => villageProfileSchema(context(image)),
});

const produk = defineCollection({
  loader: glob({
    base: baseOf(VILLAGE_ROOT),
    pattern: `**/${PRODUCT_DIR}/*.md`,
    generateId: ({ entry }) => contentIds.product(entry),
    deferRender: true,
  }),
  schema: ({ image }) => productSchema(context(image)),
});

const hub = defineCollection({
  loader: glob({
    base: baseOf(HUB_ROOT),
    pattern: '*.md',
    generateId: ({ entry }) => contentIds.hub(entry),
    deferRender: true,
  }),
  schema: ({ image }) => hubSchema(context(image)),
});

export const collections = { desa, produk, hub };
