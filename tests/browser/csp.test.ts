/**
 * The Content-Security-Policy and the other response headers, in a real browser (Debian's
 * Chromium) over the built dist/:
 * - as on Cloudflare Pages and Netlify: dist/_headers applied per path, plus the <meta> policy;
 * - as on GitHub Pages: no headers at all, the <meta> policy alone.
 * Every page kind loads, renders with its inlined stylesheet and runs the search without a single
 * CSP violation; an injected inline script or stylesheet is refused.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../helpers/headers-file.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const DIST = 'dist';

/** One built page of each kind (the first in the build, so the test follows the content). */
function samplePages(): Record<string, string> {
  const first = (dir: string) => {
    const name = readdirSync(join(DIST, dir), { withFileTypes: true }).find(
      (d) => d.isDirectory() && existsSync(join(DIST, dir, d.name, 'index.html')),
    )?.name;
    if (!name) throw new Error(`No page under ${DIST}/${dir}/`);
    return `/${dir}/${name}/`;
  };
  const regency = first('wilayah');
  const village = readdirSync(join(DIST, 'desa')).find((d) => existsSync(join(DIST, 'desa', d, 'produk')));
  if (!village) throw new Error('No village with products in dist/');
  return {
    home: '/',
    regency,
    district: first(regency.slice(1, -1)),
    village: `/desa/${village}/`,
    product: first(`desa/${village}/produk`),
    hubs: '/creative-center/',
    hub: first('creative-center'),
    search: '/cari/',
    products: '/produk/',
    data: '/data/',
  };
}

interface Watched {
  page: Page;
  /** CSP violations seen by the page (securitypolicyviolation events) and console messages. */
  violations: () => Promise<string[]>;
  problems: string[];
}

async function watch(browser: Browser): Promise<Watched> {
  const page = await browser.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return {
    page,
    problems,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

async function expectRendered(page: Page) {
  await page.locator('h1').first().waitFor();
  // The inlined stylesheet applied: the body margin is reset and the header is white on green.
  await expect(page.evaluate(() => getComputedStyle(document.body).marginTop)).resolves.toBe('0px');
  await expect(
    page.evaluate(() => getComputedStyle(document.querySelector('.site-header a') as Element).color),
  ).resolves.toBe('rgb(255, 255, 255)');
}

async function runSearch(page: Page, query: string) {
  await page.getByLabel('Nama desa, kode Kemendagri').fill(query);
  await page
    .getByRole('status')
    .filter({ hasText: `“${query}”` })
    .waitFor();
  return page.locator('.results h3 a').count();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('headers file', () => {
  it('is published as dist/_headers, unchanged', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  });
});

describe('with the Cloudflare Pages / Netlify headers', () => {
  let server: StaticServer;
  let rules: HeaderRule[];
  beforeAll(async () => {
    rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    server = await serveStatic(DIST, '/', (path) => headersFor(rules, path));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends the security headers, with a frame policy, and no header twice', async () => {
    const response = await fetch(`${server.origin}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    // Both hosts join the values of a header that two matching rules set: never let that happen.
    for (const path of [
      '/',
      '/cari/',
      '/_astro/x.js',
      '/pagefind/fragment/x',
      '/pagefind/index/x',
      '/pagefind/filter/x',
    ]) {
      const names = rules
        .filter((rule) => Object.keys(headersFor([rule], path)).length > 0)
        .flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('caches hashed assets for a year and HTML not at all', async () => {
    const astro = readdirSync(join(DIST, '_astro'))[0];
    const fragment = readdirSync(join(DIST, 'pagefind', 'fragment'))[0];
    for (const path of [`/_astro/${astro}`, `/pagefind/fragment/${fragment}`]) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/', '/cari/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/feed.xml']) {
      expect((await fetch(`${server.origin}${path}`)).headers.get('cache-control'), path).toBeNull();
    }
  });

  for (const [kind, path] of Object.entries(samplePages())) {
    it(`renders the ${kind} page (${path}) without a CSP violation`, async () => {
      const { page, violations, problems } = await watch(browser);
      const response = await page.goto(`${server.origin}${path}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await expectRendered(page);
      if (kind === 'search') {
        expect(await runSearch(page, 'Panjalu')).toBeGreaterThan(0);
        await page.waitForLoadState('networkidle');
      }
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('runs Pagefind in its worker, with WebAssembly, under the header policy', async () => {
    const { page, violations, problems } = await watch(browser);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${server.origin}/cari/?q=Cibiru`);
    await page.getByRole('status').filter({ hasText: '“Cibiru”' }).waitFor();
    expect(await page.locator('.results h3 a').count()).toBeGreaterThan(0);
    expect(workers.some((url) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses an injected inline script and an injected inline stylesheet', async () => {
    const { page, violations } = await watch(browser);
    await page.goto(`${server.origin}/`);
    await expectRendered(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { margin-top: 77px; }';
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        script: (window as unknown as { __injected?: boolean }).__injected === true,
        margin: getComputedStyle(document.body).marginTop,
      };
    });
    expect(ran).toEqual({ script: false, margin: '0px' });
    const seen = await violations();
    expect(seen.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(seen.some((v) => v.startsWith('style-src'))).toBe(true);
    await page.close();
  });

  it('answers an unknown address with status 404 and our own page', async () => {
    const { page, violations, problems } = await watch(browser);
    const response = await page.goto(`${server.origin}/desa/tidak-ada/`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await expect(page.locator('h1').textContent()).resolves.toBe('Halaman tidak ditemukan');
    await expectRendered(page);
    await page.getByRole('link', { name: 'Kembali ke beranda' }).click();
    await page.waitForURL(`${server.origin}/`);
    expect(await violations()).toEqual([]);
    // Chromium logs the 404 response itself as a console error; nothing else may appear.
    expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
    await page.close();
  });
});

describe('as on GitHub Pages (no headers, the <meta> policy alone)', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(DIST);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('carries the policy in every page, without frame-ancestors (not allowed in a <meta>)', () => {
    for (const path of Object.values(samplePages())) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(meta, path).toMatch(/default-src 'self'/);
      expect(meta, path).toMatch(/style-src 'self' 'sha256-[^']+'/);
      expect(meta, path).not.toContain('unsafe-inline');
      expect(meta, path).not.toContain('frame-ancestors');
      // The policy must come before anything it governs: the stylesheet and every script.
      const at = html.indexOf('<meta http-equiv="content-security-policy"');
      expect(at, path).toBeLessThan(html.indexOf('<style'));
      const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)/g)].map((m) => m.index);
      for (const index of scripts) expect(at, path).toBeLessThan(index);
    }
  });

  it('renders and searches without a CSP violation', async () => {
    const { page, violations, problems } = await watch(browser);
    const response = await page.goto(`${server.origin}/cari/`);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await expectRendered(page);
    expect(await runSearch(page, 'Cisantana')).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
