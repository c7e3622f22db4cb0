// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/config.ts';
import { MAX_INPUT_PIXELS } from './src/lib/image-plan.ts';
import { contentRules } from './src/integrations/content-rules.ts';
import { safeOutputDir } from './src/lib/output-dir.ts';

// Astro passes every environment variable into import.meta.env, so a BASE_URL variable (vitest
// sets one; some CI systems too) would replace the configured base in import.meta.env.BASE_URL,
// which every internal link is built from (src/lib/url.ts). The base comes from ETALASE_BASE only.
delete process.env.BASE_URL;

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Refused before Astro empties it when it is the project, a parent, a source folder, a repository.
  outDir: safeOutputDir(siteConfig.outDir, process.cwd(), siteConfig.contentDir),
  // One small stylesheet, inlined: a page is one request and one round trip.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Optimised images (and the content-layer store) are cached here between builds, outside
  // node_modules so CI can keep the folder; share images are cached beside it in .cache/og/.
  cacheDir: siteConfig.cacheDir,
  // Astro's sharp service plus byte caps per photo (src/image-service.ts). Photos from phones are
  // large; refuse decompression bombs before decoding. Widths, format and caps:
  // src/lib/image-plan.ts.
  image: { service: { entrypoint: './src/image-service.ts', config: { limitInputPixels: MAX_INPUT_PIXELS } } },
  // The editor needs an entry in its address and is noindex: no page for the sitemap.
  integrations: [contentRules(), sitemap({ filter: (page) => !page.endsWith('/kontribusi/editor/') })],
  devToolbar: { enabled: false },
  prefetch: false,
  // Content Markdown is rendered by src/lib/markdown.ts; Astro's Shiki would need inline styles,
  // which the Content-Security-Policy below refuses.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy as a <meta> in every page (GitHub Pages cannot send headers), with
  // SHA-256 hashes of the inlined stylesheet and of our scripts: no 'unsafe-inline' anywhere.
  // Pagefind compiles its WebAssembly ('wasm-unsafe-eval') in a same-origin worker. The header
  // policy for Cloudflare Pages and Netlify (public/_headers) adds frame-ancestors.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Completion and checks for frontmatter in VS Code's Astro extension, from the zod schemas.
  experimental: { contentIntellisense: true },
});
