/**
 * A buyer on a 360×640 phone (device scale 2): every product page puts its order control in the
 * first screen — a WhatsApp link prefilled with the page's address, a marketplace, a phone, or the
 * village's contact — or, where the village has given no channel yet, says so there and invites
 * one. Every page kind, at this width, has no sideways scrolling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { listFiles, pageKind } from '../../scripts/lib/budget.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const dist = 'dist';
const pages = listFiles(dist)
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f}`.replace(/index\.html$/, ''));
const products = pages.filter((p) => pageKind(p) === 'product');
/** One page of every kind (the first alphabetically). */
const kinds = [...new Map(pages.map((p) => [pageKind(p), p])).values()];

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a buyer at 360×640', () => {
  it('finds the way to order in the first screen of every product page', async () => {
    expect(products.length).toBeGreaterThan(0);
    for (const path of products) {
      await page.goto(`${server.origin}${path}`);
      const control = page.locator('.order a').first();
      if ((await control.count()) === 0) {
        // No channel yet: said plainly in the first screen, with the way to add one.
        const invite = page.locator('main p:has-text("Belum ada cara memesan")');
        expect((await invite.boundingBox())?.y ?? Infinity, path).toBeLessThan(640);
        continue;
      }
      const box = await control.boundingBox();
      expect((box?.y ?? Infinity) + (box?.height ?? 0), path).toBeLessThanOrEqual(640);
      const href = (await control.getAttribute('href')) ?? '';
      if (href.startsWith('https://wa.me/')) {
        expect(href, path).toMatch(/^https:\/\/wa\.me\/62\d+\?text=/);
        expect(new URL(href).searchParams.get('text'), path).toContain(`${path}`);
      } else {
        expect(href, path).toMatch(/^(tel:|mailto:|https:\/\/)/);
      }
    }
  }, 120_000);

  it('never scrolls sideways, on any page kind', async () => {
    for (const path of kinds) {
      await page.goto(`${server.origin}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  }, 120_000);
});
