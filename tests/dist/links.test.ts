/**
 * Every page of the built dist/: internal links and #anchors resolve, links have a clear name,
 * images have alt text (rules in scripts/lib/linkcheck.ts; `node scripts/linkcheck.ts` prints
 * the same report). External links are not fetched.
 */
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { checkLinks } from '../../scripts/lib/linkcheck.ts';

describe('links in the built site', () => {
  it('has no broken link or anchor, no nameless or vague link, no image without alt', () => {
    const { pages, problems } = checkLinks('dist', { siteOrigins: [siteConfig.site] });
    expect(pages).toBeGreaterThan(600);
    expect(problems.map((p) => `${p.page}: ${p.message}`)).toEqual([]);
  });
});
