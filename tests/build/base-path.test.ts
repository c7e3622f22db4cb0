/**
 * The site under a sub-path, as a GitHub project page serves it (`/etalase-desa/`): the real
 * build with ETALASE_BASE and ETALASE_SITE, then every internal reference in the output
 * (href, src, srcset, action, canonical, Open Graph and Twitter images, JSON-LD, sitemap, robots,
 * feed, open-data URLs) must carry the base and resolve, once the base is stripped, to a file of
 * the output, and a #fragment to an id in the target page. Then the search runs in Chromium on
 * that build served under the base, and an unknown address gets our 404 page with working links.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { runBuild, type BuildRun } from '../helpers/build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { findAll, parseXml } from '../helpers/xml.ts';

const BASE = '/etalase-desa/';
const SITE = 'https://contoh.github.io';

let run: BuildRun;
let out: string;

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'etalase-base-'));
  out = join(root, 'dist');
  run = runBuild({
    ETALASE_BASE: BASE,
    ETALASE_SITE: SITE,
    ETALASE_OUT_DIR: out,
    // A cache of its own: other builds (other content, no base) may run at the same time.
    ETALASE_CACHE_DIR: join(root, 'cache'),
  });
}, 300_000);

// ---------------------------------------------------------------------------------------------
// Reading the output.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decodeEntities = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name in ENTITIES) return ENTITIES[name] as string;
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return match;
  });

function filesOf(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(extension))
    .map((d) => join(d.parentPath, d.name));
}

/** The address a built file is served at: `desa/x/index.html` → `/etalase-desa/desa/x/`. */
function servedAt(file: string): string {
  const path = relative(out, file).split(sep).join('/');
  return `${BASE}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

interface HtmlPage {
  tags: Tag[];
  ids: Set<string>;
  jsonLd: unknown[];
}

const pages = new Map<string, HtmlPage>();

/** Tags and attributes of a built page (Astro writes well-formed, quoted attributes). */
function readPage(file: string): HtmlPage {
  const cached = pages.get(file);
  if (cached) return cached;
  const raw = readFileSync(file, 'utf8');
  const jsonLd = [...raw.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1] ?? 'null') as unknown,
  );
  const html = raw.replace(/<(script|style)\b([^>]*)>.*?<\/\1>/gs, '<$1$2></$1>').replace(/<!--.*?-->/gs, '');
  const tags: Tag[] = [];
  for (const match of html.matchAll(
    /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g,
  )) {
    const attributes: Record<string, string> = {};
    for (const a of (match[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attributes[(a[1] ?? '').toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes });
  }
  const ids = new Set(tags.map((t) => t.attributes['id']).filter((id): id is string => id !== undefined));
  const page = { tags, ids, jsonLd };
  pages.set(file, page);
  return page;
}

/** Every URL a tag points at, with what it is for the messages. */
function referencesOf(tag: Tag): { what: string; url: string }[] {
  const refs: { what: string; url: string }[] = [];
  const a = tag.attributes;
  for (const name of ['href', 'src', 'action', 'poster']) {
    if (a[name] !== undefined) refs.push({ what: `<${tag.name} ${name}>`, url: a[name] });
  }
  for (const name of ['srcset', 'imagesrcset']) {
    for (const candidate of (a[name] ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push({ what: `<${tag.name} ${name}>`, url });
    }
  }
  const property = a['property'] ?? a['name'] ?? '';
  if (tag.name === 'meta' && /^(og:(url|image)|twitter:image)$/.test(property) && a['content']) {
    refs.push({ what: `<meta ${property}>`, url: a['content'] });
  }
  return refs;
}

type Problem = string;

/**
 * Checks one internal URL (`from` is the address it appears at). Returns a problem, or
 * undefined when it carries the base and resolves to a file (and its #fragment to an id).
 */
function checkUrl(url: string, from: string): Problem | undefined {
  if (/^(mailto|tel|sms|data|javascript):/i.test(url)) return undefined;
  const resolved = new URL(url, `${SITE}${from}`);
  if (resolved.origin !== SITE) return undefined;
  const path = decodeURIComponent(resolved.pathname);
  if (!path.startsWith(BASE)) return `${url}: does not start with the base ${BASE}`;
  let file = join(out, path.slice(BASE.length));
  if (path.endsWith('/')) file = join(file, 'index.html');
  else if (existsSync(file) && statSync(file).isDirectory()) return `${url}: a folder without the trailing slash`;
  if (!existsSync(file)) return `${url}: no file ${relative(out, file)}`;
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  if (fragment && !readPage(file).ids.has(fragment)) return `${url}: no id "${fragment}" in ${relative(out, file)}`;
  return undefined;
}

/** Strings in JSON-LD, feeds and open data that are URLs of this site. */
function siteUrlsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith(SITE) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(siteUrlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(siteUrlsIn);
  return [];
}

// ---------------------------------------------------------------------------------------------

describe(`built under the base ${BASE}`, () => {
  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });

  it('resolves every internal reference of every page to a file of the output', () => {
    const problems: string[] = [];
    const html = filesOf(out, '.html');
    expect(html.length).toBeGreaterThan(500);
    let checked = 0;
    for (const file of html) {
      const from = servedAt(file);
      const page = readPage(file);
      const urls = [
        ...page.tags.flatMap(referencesOf),
        ...siteUrlsIn(page.jsonLd).map((url) => ({ what: 'JSON-LD', url })),
      ];
      for (const { what, url } of urls) {
        checked += 1;
        const problem = checkUrl(url, from);
        if (problem) problems.push(`${relative(out, file)} ${what} ${problem}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(20_000);
  });

  it('uses absolute canonical and Open Graph URLs on the configured site, with the base', () => {
    const page = readPage(join(out, 'desa', readdirSync(join(out, 'desa'))[0] ?? '', 'index.html'));
    const canonical = page.tags.find((t) => t.name === 'link' && t.attributes['rel'] === 'canonical');
    expect(canonical?.attributes['href']).toMatch(new RegExp(`^${SITE}${BASE}desa/[^/]+/$`));
    for (const property of ['og:url', 'og:image']) {
      const meta = page.tags.find((t) => t.name === 'meta' && t.attributes['property'] === property);
      expect(meta?.attributes['content'], property).toMatch(new RegExp(`^${SITE}${BASE}`));
    }
    const feed = page.tags.find((t) => t.name === 'link' && t.attributes['type'] === 'application/atom+xml');
    expect(feed?.attributes['href']).toBe(`${BASE}feed.xml`);
  });

  it('gives the 404 page only absolute links, which work from any address', () => {
    const page = readPage(join(out, '404.html'));
    const refs = page.tags.flatMap(referencesOf).map((r) => r.url);
    expect(refs.length).toBeGreaterThan(5);
    for (const url of refs) {
      expect(url, url).toMatch(/^(\/|https:|#)/);
      // From a deep unknown address, as GitHub Pages serves it; "#isi" stays on the 404 page.
      if (url.startsWith('#')) expect(page.ids.has(url.slice(1)), url).toBe(true);
      else expect(checkUrl(url, `${BASE}desa/tidak/ada/sama/sekali/`), url).toBeUndefined();
    }
    expect(refs.filter((url) => url.startsWith('/')).every((url) => url.startsWith(BASE))).toBe(true);
  });

  it('lists only existing pages in the sitemap, robots.txt and the search data attribute', () => {
    const robots = readFileSync(join(out, 'robots.txt'), 'utf8');
    const sitemapIndex = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(sitemapIndex).toBe(`${SITE}${BASE}sitemap-index.xml`);
    expect(checkUrl(sitemapIndex, BASE)).toBeUndefined();
    const sitemaps = findAll(parseXml(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')), 'loc').map((l) => l.text);
    expect(sitemaps.length).toBeGreaterThan(0);
    const problems: string[] = [];
    let pagesListed = 0;
    for (const sitemap of sitemaps) {
      const problem = checkUrl(sitemap, BASE);
      if (problem) problems.push(problem);
      else {
        const file = join(out, decodeURIComponent(new URL(sitemap).pathname).slice(BASE.length));
        for (const loc of findAll(parseXml(readFileSync(file, 'utf8')), 'loc')) {
          pagesListed += 1;
          if (!loc.text.startsWith(`${SITE}${BASE}`)) problems.push(`${loc.text}: not on ${SITE}${BASE}`);
          const locProblem = checkUrl(loc.text, BASE);
          if (locProblem) problems.push(locProblem);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(pagesListed).toBeGreaterThan(500);
    const search = readPage(join(out, 'cari', 'index.html')).tags.find((t) => t.name === 'etalase-search');
    expect(search?.attributes['data-base']).toBe(BASE);
  });

  it('points the feed and the open-data downloads at pages of the site, with the base', () => {
    const feed = parseXml(readFileSync(join(out, 'feed.xml'), 'utf8'));
    const urls = [
      ...findAll(feed, 'link').map((l) => l.attributes['href'] ?? ''),
      ...findAll(feed, 'id').map((i) => i.text),
    ];
    expect(urls).toContain(`${SITE}${BASE}feed.xml`);
    expect(findAll(feed, 'entry').length).toBeGreaterThan(0);
    for (const url of urls) expect(checkUrl(url, BASE), url).toBeUndefined();
    const problems: string[] = [];
    let rows = 0;
    for (const file of filesOf(join(out, 'data'), '.json')) {
      for (const url of siteUrlsIn(JSON.parse(readFileSync(file, 'utf8')))) {
        rows += 1;
        const problem = checkUrl(url, BASE);
        if (problem) problems.push(`${relative(out, file)}: ${problem}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(rows).toBeGreaterThan(5_000);
    // The download links on the data page are checked with every other link above.
    const downloads = readPage(join(out, 'data', 'index.html'))
      .tags.filter((t) => t.name === 'a' && /\.(csv|json)$/.test(t.attributes['href'] ?? ''))
      .map((t) => t.attributes['href']);
    expect(downloads.length).toBeGreaterThanOrEqual(6);
    for (const href of downloads) expect(href).toMatch(new RegExp(`^${BASE}data/`));
  });
});

describe(`served under ${BASE} in Chromium`, () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(out, BASE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches, and the results link into the base', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${server.origin}${BASE}cari/`);
    await page.getByLabel('Nama desa, kode Kemendagri').fill('Cibiru Hilir');
    await page.getByRole('status').filter({ hasText: '“Cibiru Hilir”' }).waitFor();
    const links = await page.locator('.results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(new RegExp(`^${BASE}`));
    expect(links[0]).toBe(`${BASE}desa/32.04.05.2005-cibiru-hilir/`);
    await page.locator('.results h3 a', { hasText: 'Desa Cibiru Hilir' }).first().click();
    await page.waitForURL(`${server.origin}${BASE}desa/32.04.05.2005-cibiru-hilir/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Desa Cibiru Hilir/);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('answers an unknown address with status 404 and our page, whose links lead back into the site', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.origin}${BASE}desa/tidak/ada/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Halaman tidak ditemukan');
    await page.getByRole('link', { name: 'Jelajahi kabupaten, kota dan kecamatan' }).click();
    await page.waitForURL(`${server.origin}${BASE}wilayah/`);
    await page.locator('h1').waitFor();
    await page.close();
  });

  it('serves a feed that Chromium parses as XML', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${BASE}`);
    const result = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagName('entry').length,
      };
    }, `${server.origin}${BASE}feed.xml`);
    expect(result).toEqual({ error: null, root: 'http://www.w3.org/2005/Atom', entries: expect.any(Number) });
    expect(result.entries).toBeGreaterThan(0);
    await page.close();
  });
});
