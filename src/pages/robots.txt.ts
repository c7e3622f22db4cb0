import type { APIRoute } from 'astro';
import { siteConfig } from '../config.ts';
import { absoluteUrl } from '../lib/url.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', siteConfig.site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
