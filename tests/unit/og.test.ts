import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, photoCardSvg, plainCardSvg, type OgCard } from '../../src/lib/og/card.ts';
import { cacheKey, cached } from '../../src/lib/og/cache.ts';
import { ogImageFor, ogImagePath } from '../../src/lib/og/entries.ts';
import { OG_MAX_BYTES, renderPhotoCard, renderPlainCard } from '../../src/lib/og/render.ts';
import { cleanText, escapeXml, textWidth, wrapText } from '../../src/lib/og/text.ts';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metadataIn } from '../helpers/image-metadata.ts';

const hostile = `</text><script>alert("x")</script> & 'Kue' <b>"Tradisional"</b> ]]> \u0000\u0007\uFFFE\uD800 <!-- -->`;
const card: OgCard = {
  kind: 'Produk desa',
  title: 'Sabun Susu Sapi',
  subtitle: 'Desa Cisantana · Kabupaten Kuningan',
  price: 'Rp5.000 – Rp50.000 per paket',
  site: 'etalase-desa.github.io',
};
const hostileCard: OgCard = { kind: hostile, title: hostile, subtitle: hostile, price: hostile, site: hostile };

/** A small flat photo, so the photo card needs no generated 12-megapixel fixture here. */
const photo = () =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#7a9a5a' } })
    .jpeg()
    .toBuffer();

describe('share card text', () => {
  it('escapes markup characters and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(cleanText('a\u0000b\u0007c\uFFFEd\uD800e \n\t f')).toBe('abcde f');
    expect(cleanText('Kopi ☕ 🌱')).toBe('Kopi ☕ 🌱'); // whole surrogate pairs stay
  });

  it('wraps at spaces within the width and ends a cut text with an ellipsis', () => {
    const lines = wrapText('Keripik Pakis Selasari Renyah dan Gurih Paket Oleh-oleh Khas Pangandaran', {
      fontSize: 60,
      maxWidth: 1056,
      maxLines: 2,
      weight: 'bold',
    });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 60, 'bold')).toBeLessThanOrEqual(1056);
    expect(lines[1]).toMatch(/…$/);
    expect(wrapText('Sabun Susu Sapi', { fontSize: 60, maxWidth: 1056, maxLines: 2 })).toEqual(['Sabun Susu Sapi']);
  });

  it('splits a word longer than a line', () => {
    const lines = wrapText('A'.repeat(80), { fontSize: 60, maxWidth: 500, maxLines: 3, weight: 'bold' });
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(textWidth(line, 60, 'bold')).toBeLessThanOrEqual(500);
  });

  it('measures no narrower than the installed font draws', async () => {
    const text = 'Wisata Edukasi MMMW Cibiru Wetan 0123456789';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="120"><text x="0" y="90" font-family="DejaVu Sans" font-size="60" font-weight="bold">${escapeXml(text)}</text></svg>`;
    const { info } = await sharp(Buffer.from(svg)).trim().toBuffer({ resolveWithObject: true });
    expect(info.width).toBeLessThanOrEqual(Math.ceil(textWidth(text, 60, 'bold')));
    expect(info.width).toBeGreaterThan(textWidth(text, 60, 'bold') * 0.9);
  });
});

describe('share card SVG', () => {
  it('keeps hostile names as text: no element, attribute or comment comes from content', () => {
    for (const svg of [plainCardSvg(hostileCard), photoCardSvg(hostileCard)]) {
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<b>');
      expect(svg).not.toContain('<!--');
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(svg).not.toMatch(/[\u0000-\u0008\uFFFE]/);
      expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
      expect(svg).toContain('&amp;');
      const tags = [...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]);
      expect(new Set(tags)).toEqual(
        new Set(
          svg.includes('linearGradient')
            ? ['svg', 'defs', 'linearGradient', 'stop', 'g', 'rect', 'text', 'path']
            : ['svg', 'g', 'rect', 'circle', 'text', 'path'],
        ),
      );
    }
  });

  it('renders a hostile card (an SVG that did not parse would throw)', async () => {
    const data = await renderPlainCard(hostileCard);
    const meta = await sharp(data).metadata();
    expect([meta.width, meta.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
  });
});

describe('share images', () => {
  it('are 1200×630 JPEGs under the size budget, without metadata, for both designs', async () => {
    for (const data of [await renderPlainCard(card), await renderPhotoCard(card, await photo())]) {
      const meta = await sharp(data).metadata();
      expect(meta.format).toBe('jpeg');
      expect([meta.width, meta.height]).toEqual([1200, 630]);
      expect(data.length).toBeLessThan(300 * 1024);
      expect(data.length).toBeLessThanOrEqual(OG_MAX_BYTES);
      expect(metadataIn(data)).toEqual([]);
    }
  });

  it('fall back to the plain card when the photo cannot be read', async () => {
    const data = await renderPhotoCard(card, Buffer.from('not a photo'));
    expect((await sharp(data).metadata()).width).toBe(1200);
  });

  it('live at /og/<page path>.jpg', () => {
    expect(ogImagePath('/desa/32.08.18.2009-cisantana/produk/sabun-susu-sapi/')).toBe(
      '/og/desa/32.08.18.2009-cisantana/produk/sabun-susu-sapi.jpg',
    );
    expect(ogImageFor('/creative-center/x/', 'X')).toEqual({
      path: '/og/creative-center/x.jpg',
      alt: 'X',
      width: 1200,
      height: 630,
    });
  });

  it('are made once and then read from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const key = cacheKey({ card });
    let made = 0;
    const make = async () => {
      made += 1;
      return renderPlainCard(card);
    };
    const first = await cached(key, make, dir);
    const second = await cached(key, make, dir);
    expect([first.hit, second.hit, made]).toEqual([false, true, 1]);
    expect(second.data.equals(first.data)).toBe(true);
    expect(readdirSync(dir)).toEqual([`${key}.jpg`]);
    expect(cacheKey({ card: { ...card, price: 'Rp6.000 per paket' } })).not.toBe(key);
  });
});
