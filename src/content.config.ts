/**
 * Content collections. The schemas come from `src/schemas/` (the single definition of the
 * content model); the cross-file rules that Astro cannot express run in the `content-rules`
 * integration before the build starts (see astro.config.mjs).
 */
import { defineCollection } from 'astro:content';
import type { ZodType } from 'astro/zod';
import { siteConfig } from './config.ts';
import { markdownEntries } from './integrations/markdown-entries.ts';
import { loadAreas } from './lib/area.ts';
import { hubSchema, productSchema, villageProfileSchema } from './schemas/index.ts';

const areas = await loadAreas(siteConfig.provinceCode);
const context = (image: () => ZodType) => ({ image, areas, provinceCode: siteConfig.provinceCode });

export const collections = {
  desa: defineCollection({
    loader: markdownEntries('desa', siteConfig.contentDir),
    schema: ({ image }) => villageProfileSchema(context(image)),
  }),
  produk: defineCollection({
    loader: markdownEntries('produk', siteConfig.contentDir),
    schema: ({ image }) => productSchema(context(image)),
  }),
  hub: defineCollection({
    loader: markdownEntries('hub', siteConfig.contentDir),
    schema: ({ image }) => hubSchema(context(image)),
  }),
};
