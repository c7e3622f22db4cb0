/**
 * Accessibility of the built site in Debian's Chromium: axe-core (WCAG 2.2 AA) on every page
 * kind and a sample of each, a keyboard journey, lang="id" everywhere, a visible focus on every
 * focusable element, and reflow at 320 px and at 200 % zoom without sideways scrolling or
 * clipped text.
 *
 * 200 % zoom is emulated as browser zoom works: a 1280 × 800 window zoomed to 200 % lays the
 * page out in a 640 × 400 CSS px viewport drawn with 2 device pixels per CSS pixel, so the test
 * uses exactly that viewport and deviceScaleFactor (media queries, vw units and rem sizes then
 * behave as in a zoomed browser; CSS `zoom` on <html> would not re-evaluate media queries).
 * 320 px is WCAG 1.4.10's reflow width (1280 px at 400 %).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { listFiles, pageKind } from '../../scripts/lib/budget.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const dist = 'dist';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const htmlFiles = listFiles(dist).filter((f) => f.endsWith('.html'));
const allPages = htmlFiles.map((f) => `/${f}`.replace(/(^|\/)index\.html$/, '$1')).sort();
const ofKind = (kind: ReturnType<typeof pageKind>) => allPages.filter((p) => pageKind(p) === kind);
const bySize = (pages: string[]) =>
  [...pages].sort((a, b) => readFileSync(fileOf(b)).length - readFileSync(fileOf(a)).length);
const fileOf = (path: string) => join(dist, path.endsWith('.html') ? path : `${path}index.html`);

const unprofiled = (path: string) => readFileSync(fileOf(path), 'utf8').includes('data-profil="belum"');

/** A few of a kind: the largest page, the smallest and the first (alphabetically). */
const few = (pages: string[]) => [...new Set([bySize(pages)[0], bySize(pages).at(-1), pages[0]])].filter(Boolean);

/** Every page kind; every profile, product and hub; a few kab/kota and kecamatan, the largest included. */
const SAMPLE: string[] = [
  ...ofKind('home'),
  ...ofKind('regions'),
  ...few(ofKind('regency')),
  ...few(ofKind('district')),
  '/wilayah/kabupaten-bandung/cileunyi/',
  // Every profile; of the ~5,950 unprofiled village pages (one template), a few.
  ...ofKind('village').filter((p) => !unprofiled(p)),
  ...few(ofKind('village').filter(unprofiled)),
  ...ofKind('product'),
  ...ofKind('hubs'),
  ...ofKind('hub'),
  ...ofKind('catalogue'),
  ...ofKind('category'),
  ...ofKind('search'),
  ...ofKind('other'),
].filter((p, i, all): p is string => typeof p === 'string' && all.indexOf(p) === i);
/** The 404 page as a visitor meets it: at an address that does not exist. */
const MISSING = '/halaman-yang-tidak-ada/';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
  // bypassCSP: the site's Content-Security-Policy (when a host sends one) must not block axe.
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

declare global {
  interface Window {
    axe: { run: (context: Document, options: object) => Promise<AxeResults> };
  }
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
  );
}

async function open(path: string, options: { width?: number; height?: number } = {}): Promise<Page> {
  const page = await context.newPage();
  if (options.width) await page.setViewportSize({ width: options.width, height: options.height ?? 640 });
  const response = await page.goto(`${server.origin}${path}`);
  expect(response?.status(), path).toBe(path === MISSING ? 404 : 200);
  return page;
}

async function search(page: Page, query: string) {
  await page.locator('#q').fill(query);
  await page
    .getByRole('status')
    .filter({ hasText: `“${query}”` })
    .waitFor();
}

describe('axe-core, WCAG 2.2 AA', () => {
  it('samples every page kind', () => {
    const kinds = new Set(SAMPLE.map(pageKind));
    expect([...kinds].sort()).toEqual(
      [
        'catalogue',
        'category',
        'district',
        'home',
        'hub',
        'hubs',
        'other',
        'product',
        'regency',
        'regions',
        'search',
        'village',
      ].sort(),
    );
  });

  it('reports violations when there are some (a check of the check)', async () => {
    const page = await context.newPage();
    await page.setContent('<title>x</title><img src="x.png"><a href="/"></a><p style="color:#aaa">Pucat</p>');
    const found = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(found).toEqual(expect.arrayContaining(['color-contrast', 'html-has-lang', 'image-alt', 'link-name']));
    await page.close();
  });

  it.for([...SAMPLE, MISSING])('has no violation on %s', async (path) => {
    const page = await open(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no violation on the search page with results, filters open and more results shown', async () => {
    const page = await open('/cari/');
    await search(page, 'desa');
    await page.locator('summary', { hasText: 'Saring' }).click();
    const more = page.getByRole('button', { name: 'Tampilkan lebih banyak' });
    if (await more.isVisible()) await more.click();
    expect(await axeViolations(page)).toEqual([]);
    await search(page, 'zzzqqqxxx');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('language', () => {
  it('declares lang="id" on every page of the site', () => {
    const missing = htmlFiles.filter((f) => !/<html[^>]*\slang="id"/.test(readFileSync(join(dist, f), 'utf8')));
    expect(missing).toEqual([]);
  });
});

/** The path of the page now open, without the origin. */
const here = (page: Page) => new URL(page.url()).pathname;

async function tabTo(page: Page, matches: (el: { id: string; href: string; tag: string }) => boolean, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement | null;
      return { id: a?.id ?? '', href: a?.getAttribute('href') ?? '', tag: a?.tagName.toLowerCase() ?? '' };
    });
    if (matches(el)) return el;
  }
  throw new Error(`Tab never reached the element on ${page.url()}`);
}

describe('keyboard', () => {
  it('reaches the skip link first, which moves focus to the main content', async () => {
    for (const path of ['/', '/desa/32.18.01.2006-selasari/', '/cari/']) {
      const page = await open(path);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim()), path).toBe('Langsung ke isi');
      expect(
        await page.evaluate(() => document.activeElement?.getBoundingClientRect().left),
        path,
      ).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), path).toBe('isi');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), path).toBe(true);
      await page.close();
    }
  });

  it('searches from the header, walks the results with arrows, opens a village, a product, and goes back', async () => {
    const page = await open('/');
    await tabTo(page, (el) => el.id === 'q-header');
    await page.keyboard.type('Selasari');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cari\/\?q=Selasari$/);
    await page.getByRole('status').filter({ hasText: '“Selasari”' }).waitFor();
    await tabTo(page, (el) => el.id === 'q');
    await page.keyboard.press('ArrowDown');
    let focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    for (let i = 0; i < 10 && focused !== '/desa/32.18.01.2006-selasari/'; i++) {
      await page.keyboard.press('ArrowDown');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    }
    expect(focused).toBe('/desa/32.18.01.2006-selasari/');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/desa/32.18.01.2006-selasari/');
    const product = await tabTo(page, (el) => el.href.startsWith('/desa/32.18.01.2006-selasari/produk/'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${product.href}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goBack();
    expect(here(page)).toBe('/desa/32.18.01.2006-selasari/');
    await page.goBack();
    expect(here(page)).toBe('/cari/');
    await page.getByRole('status').filter({ hasText: '“Selasari”' }).waitFor();
    await page.close();
  });

  it('shows a visible focus indicator on every focusable element', async () => {
    const problems: string[] = [];
    for (const path of ['/', '/cari/?q=Selasari', '/desa/32.18.01.2006-selasari/produk/krispi-pakis/', '/data/']) {
      const page = await open(path);
      if (path.startsWith('/cari/')) await page.getByRole('status').filter({ hasText: '“Selasari”' }).waitFor();
      const count = await page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')];
        const styles = all.map((el) => {
          const s = getComputedStyle(el);
          return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
        });
        all.forEach((el, i) => (el.dataset['unfocused'] = styles[i]));
        return all.length;
      });
      for (let i = 0; i < Math.min(count, 60); i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const s = getComputedStyle(el);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          return {
            what: `${el.tagName.toLowerCase()} ${el.id ? `#${el.id}` : (el.textContent ?? '').trim().slice(0, 30)}`,
            indicated: outline || s.boxShadow !== 'none',
            changed:
              `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}` !== el.dataset['unfocused'],
          };
        });
        if (!state) continue;
        if (!state.indicated || !state.changed) problems.push(`${path}: ${state.what}`);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});

/** Sideways scrolling and clipped or cut-off text in the page now open. */
function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    if (document.documentElement.scrollWidth > width) {
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} px content in ${width} px`);
    }
    const scrolling = new Map<Element, boolean>();
    const scrolls = (el: Element | null): boolean => {
      if (!el || el === document.body) return false;
      let result = scrolling.get(el);
      if (result === undefined) {
        result = /auto|scroll/.test(getComputedStyle(el).overflowX) || scrolls(el.parentElement);
        scrolling.set(el, result);
      }
      return result;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      if (s.display === 'none' || s.visibility === 'hidden' || !el.textContent?.trim()) continue;
      const clipsX = /hidden|clip/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const clipsY = /hidden|clip/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
      const rect = el.getBoundingClientRect();
      const srOnly = rect.width <= 1 || rect.height <= 1;
      if ((clipsX || clipsY) && !srOnly) out.push(`${describe(el)} clips its text`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        // Entirely off to the left is the hidden-until-focused pattern (skip link, hidden label).
        if (rect.right <= 0) continue;
        if ((rect.left < -1 || rect.right > width + 1) && !scrolls(node.parentElement)) {
          out.push(`text “${node.textContent.trim().slice(0, 40)}” in ${describe(node.parentElement)} is cut off`);
          break;
        }
      }
    }
    return [...new Set(out)];
  });
}

describe('reflow', () => {
  const viewports = [
    { name: '320 px', width: 320, height: 640, deviceScaleFactor: 1 },
    { name: '200 % zoom (640 × 400 CSS px at 2×)', width: 640, height: 400, deviceScaleFactor: 2 },
  ];
  it('notices sideways scrolling, clipped text and text cut off (a check of the check)', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.setContent(
      '<p style="white-space:nowrap">Desa dengan nama yang sangat panjang sekali sampai keluar layar</p>' +
        '<p style="width:100px;overflow:hidden;white-space:nowrap">Kecamatan Cileunyi, Kabupaten Bandung</p>' +
        '<div style="overflow:hidden"><p style="margin-left:300px;white-space:nowrap">Terpotong di tepi layar</p></div>' +
        '<div style="overflow-x:auto"><table><tr><td style="white-space:nowrap">Tabel lebar boleh digulir ke samping, sendiri saja</td></tr></table></div>',
    );
    const found = await reflowProblems(page);
    expect(found).toEqual([
      expect.stringMatching(/^page scrolls sideways/),
      'p clips its text',
      'div clips its text',
      'text “Desa dengan nama yang sangat panjang sek” in p is cut off',
      'text “Terpotong di tepi layar” in p is cut off',
    ]);
    await page.close();
  });

  it.for(viewports)('has no sideways scrolling or clipped text at $name', async (viewport) => {
    const zoomed = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: viewport.deviceScaleFactor,
    });
    const problems: string[] = [];
    const page = await zoomed.newPage();
    for (const path of [...SAMPLE, MISSING]) {
      await page.goto(`${server.origin}${path}`);
      problems.push(...(await reflowProblems(page)).map((p) => `${path}: ${p}`));
      if (path === '/cari/') {
        await search(page, 'desa');
        await page.locator('summary', { hasText: 'Saring' }).click();
        problems.push(...(await reflowProblems(page)).map((p) => `${path}?q=desa: ${p}`));
      }
    }
    await zoomed.close();
    expect(problems).toEqual([]);
  });
});
