import { describe, expect, it } from 'vitest';
import { atomDate, buildAtomFeed, escapeXml, type Feed } from '../../src/lib/feed.ts';
import { parseGitLog, updatedOn } from '../../src/lib/git-dates.ts';
import { absoluteUrl } from '../../src/lib/url.ts';
import { findAll, parseXml } from '../helpers/xml.ts';

const SITE = 'https://example.github.io';
/** What `absoluteUrl` gives under a GitHub project page (href adds the base at build time). */
const under = (path: string) => new URL(`etalase-desa${path}`, `${SITE}/`).toString();

const feed = (overrides: Partial<Feed> = {}): Feed => ({
  title: 'Etalase Desa Jawa Barat',
  subtitle: 'Profil dan produk terbaru',
  feedUrl: under('/feed.xml'),
  siteUrl: under('/'),
  author: 'Etalase Desa',
  language: 'id',
  fallbackUpdated: '2026-01-01',
  entries: [
    {
      title: 'Sabun Susu Sapi',
      url: under('/desa/32.08.18.2009-cisantana/produk/sabun-susu/'),
      updated: '2026-11-30',
      summary: 'Sabun mandi dari susu sapi.',
      category: 'Produk',
    },
    {
      title: 'Desa Cibiru Wetan',
      url: under('/desa/32.04.05.2006-cibiru-wetan/'),
      updated: '2026-12-02',
      category: 'Desa',
    },
  ],
  ...overrides,
});

describe('Atom feed', () => {
  it('is well-formed Atom with the feed and entry elements readers require', () => {
    const root = parseXml(buildAtomFeed(feed()));
    expect(root.name).toBe('feed');
    expect(root.attributes['xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(root.attributes['xml:lang']).toBe('id');
    for (const name of ['id', 'title', 'updated', 'author']) {
      expect(root.children.filter((c) => c.name === name)).toHaveLength(1);
    }
    const entries = findAll(root, 'entry');
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated', 'link']) {
        expect(entry.children.filter((c) => c.name === name)).toHaveLength(1);
      }
    }
  });

  it('lists the newest change first and dates the feed by it', () => {
    const root = parseXml(buildAtomFeed(feed()));
    expect(findAll(root, 'entry').map((e) => e.children.find((c) => c.name === 'title')?.text)).toEqual([
      'Desa Cibiru Wetan',
      'Sabun Susu Sapi',
    ]);
    expect(root.children.find((c) => c.name === 'updated')?.text).toBe('2026-12-02T00:00:00Z');
    const [first] = findAll(root, 'entry');
    expect(first?.children.find((c) => c.name === 'updated')?.text).toBe('2026-12-02T00:00:00Z');
  });

  it('falls back to the given date when there is nothing to list', () => {
    const root = parseXml(buildAtomFeed(feed({ entries: [] })));
    expect(findAll(root, 'entry')).toEqual([]);
    expect(root.children.find((c) => c.name === 'updated')?.text).toBe('2026-01-01T00:00:00Z');
  });

  it('keeps hostile titles and summaries as text', () => {
    const hostile = `</title><script>alert('x')</script> & <![CDATA[ ]]> "quoted" \u0000\u0007\u001b\ud800 ✓`;
    const xml = buildAtomFeed(
      feed({
        title: hostile,
        entries: [
          { title: hostile, url: under('/desa/x/'), updated: '2026-11-30', summary: hostile, category: `a"b<c` },
        ],
      }),
    );
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<![CDATA[');
    const root = parseXml(xml);
    const expected = `</title><script>alert('x')</script> & <![CDATA[ ]]> "quoted"  ✓`;
    expect(root.children.find((c) => c.name === 'title')?.text).toBe(expected);
    const [entry] = findAll(root, 'entry');
    expect(entry?.children.find((c) => c.name === 'title')?.text).toBe(expected);
    expect(entry?.children.find((c) => c.name === 'summary')?.text).toBe(expected);
    expect(entry?.children.find((c) => c.name === 'category')?.attributes['term']).toBe('a"b<c');
  });

  it('uses absolute URLs that include the deployment base, and refuses relative ones', () => {
    const root = parseXml(buildAtomFeed(feed()));
    const links = findAll(root, 'link').map((l) => l.attributes['href'] ?? '');
    const ids = findAll(root, 'id').map((i) => i.text);
    for (const url of [...links, ...ids]) expect(url).toMatch(/^https:\/\/example\.github\.io\/etalase-desa\//);
    expect(links).toContain('https://example.github.io/etalase-desa/feed.xml');
    expect(() => buildAtomFeed(feed({ feedUrl: '/feed.xml' }))).toThrow();
    expect(() => buildAtomFeed(feed({ entries: [{ title: 'x', url: '/desa/x/', updated: '2026-11-30' }] }))).toThrow();
  });

  it('agrees with absoluteUrl at a domain root', () => {
    // Unit tests run without a base (BASE_URL "/"): the page URL is the site origin plus the path.
    const url = absoluteUrl('/desa/32.04.05.2006-cibiru-wetan/', SITE);
    const root = parseXml(buildAtomFeed(feed({ entries: [{ title: 'x', url, updated: '2026-11-30' }] })));
    expect(findAll(root, 'entry')[0]?.children.find((c) => c.name === 'id')?.text).toBe(
      'https://example.github.io/desa/32.04.05.2006-cibiru-wetan/',
    );
  });
});

describe('feed helpers', () => {
  it('formats content dates and timestamps as RFC 3339 UTC', () => {
    expect(atomDate('2026-11-30')).toBe('2026-11-30T00:00:00Z');
    expect(atomDate('2026-11-30T10:20:30.456+07:00')).toBe('2026-11-30T03:20:30Z');
    expect(() => atomDate('kemarin')).toThrow();
  });

  it('escapes the five XML specials and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u000bc\td\ne')).toBe('abc\td\ne');
    expect(escapeXml('😀')).toBe('😀');
  });
});

describe('"Diperbarui" from git', () => {
  it('takes each file’s newest commit day, and the front matter where git has none', () => {
    const log =
      '\0' + '2026-11-30\n\ncontent/a.md\ncontent/b.md\n' + '\0' + '2026-10-01\n\ncontent/a.md\ncontent/c.md\n';
    const dates = parseGitLog(log);
    expect(Object.fromEntries(dates)).toEqual({
      'content/a.md': '2026-11-30',
      'content/b.md': '2026-11-30',
      'content/c.md': '2026-10-01',
    });
    expect(updatedOn(dates, 'content/c.md', '2020-01-01')).toBe('2026-10-01');
    expect(updatedOn(dates, 'content/new.md', '2026-12-01')).toBe('2026-12-01');
    expect(updatedOn(new Map(), undefined, '2026-12-01')).toBe('2026-12-01');
  });
});
