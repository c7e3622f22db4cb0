/**
 * Site configuration. Everything that differs between deployments lives here and can be set
 * through environment variables, so another province or another host needs no code change.
 * Every setting is read through `env()`: a variable that is empty or only spaces is unset.
 */
export function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export const siteConfig = {
  /** Two-digit Kemendagri province code. 32 = Jawa Barat. */
  provinceCode: env('ETALASE_PROVINCE') ?? '32',
  /** Absolute origin the site is published at (canonical URLs, Open Graph, sitemap). */
  site: env('ETALASE_SITE') ?? 'https://etalase-desa.github.io',
  /** Path the site is served under, e.g. "/etalase-desa/" on GitHub Pages project sites. */
  base: env('ETALASE_BASE') ?? '/',
  /** GitHub repository that receives contributions (the "new file" invitations point here). */
  repository: env('ETALASE_REPOSITORY') ?? 'https://github.com/etalase-desa/etalase-desa',
  /** Branch the "new file" links open against. */
  branch: env('ETALASE_BRANCH') ?? 'main',
  /** Folder holding desa/ and hub/, relative to the repository root (tests use fixtures). */
  contentDir: env('ETALASE_CONTENT') ?? 'content',
  /** Build output, relative to the repository root; checked by src/lib/output-dir.ts. */
  outDir: env('ETALASE_OUT_DIR') ?? 'dist',
  /** Astro's caches (optimised images, content store). */
  cacheDir: env('ETALASE_CACHE_DIR') ?? '.cache/astro',
  /** Share-image cache. */
  ogCacheDir: env('ETALASE_OG_CACHE') ?? '.cache/og',
  /** Photo verdicts of the validator, by content (src/lib/validation/verdict-cache.ts). */
  verdictCache: env('ETALASE_VERDICT_CACHE') ?? '.cache/photo-verdicts.json',
  /** Maintainers' e-mail for contributions sent as a zip from the editor; unset: none shown. */
  contactEmail: env('ETALASE_CONTACT_EMAIL'),
  /** Maintainers' WhatsApp number (62…) for the same; unset: none shown. */
  contactWhatsApp: env('ETALASE_CONTACT_WHATSAPP'),
  /** Site name shown in titles and structured data. */
  name: 'Etalase Desa',
} as const;

export type SiteConfig = typeof siteConfig;
