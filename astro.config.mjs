// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/config.ts';
import { contentRules } from './src/integrations/content-rules.ts';

export default defineConfig({
  site: siteConfig.site,
  base: process.env.ETALASE_BASE || '/',
  trailingSlash: 'always',
  outDir: process.env.ETALASE_OUT_DIR || './dist',
  // One small stylesheet, inlined: a page is one request and one round trip.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Photos from phones are large; refuse decompression bombs before decoding.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { limitInputPixels: 50_000_000 } } },
  integrations: [contentRules(), sitemap()],
  devToolbar: { enabled: false },
  prefetch: false,
  // Completion and checks for frontmatter in VS Code's Astro extension, from the zod schemas.
  experimental: { contentIntellisense: true },
});
