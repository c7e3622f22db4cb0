/**
 * The share card (Open Graph image) as SVG: 1200×630, the entry's name, where it is and its
 * price, with the Etalase Desa brand band. Two designs: text over the entry's photo, and a
 * plain brand-green card for entries without a photo. Pure: text in, SVG text out.
 */
import { cleanText, escapeXml, textWidth, wrapText, type Weight } from './text.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  /** Small label above the name: "Produk desa", "Desa", "Kelurahan", "Creative Center". */
  kind: string;
  /** The entry's name, the largest text. */
  title: string;
  /** Where it is: "Desa Cisantana · Kabupaten Kuningan". */
  subtitle?: string | undefined;
  /** Formatted price, for products. */
  price?: string | undefined;
  /** Host name shown in the brand band: "etalase-desa.github.io". */
  site: string;
}

const BRAND = '#0b6b3a';
const BRAND_DARK = '#084d2a';
const FONT = "DejaVu Sans, 'Noto Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
const MARGIN = 72;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN;
const BAND = 96;

interface Line {
  text: string;
  size: number;
  weight: Weight;
  fill: string;
  /** Space above the line's baseline. */
  lead: number;
}

function block(
  text: string | undefined,
  style: { size: number; weight: Weight; fill: string; maxLines: number; gap: number },
): Line[] {
  if (!text || !cleanText(text)) return [];
  const { size, weight, fill, maxLines, gap } = style;
  return wrapText(text, { fontSize: size, maxWidth: TEXT_WIDTH, maxLines, weight }).map((line, i) => ({
    text: line,
    size,
    weight,
    fill,
    lead: Math.round(size * 1.2) + (i === 0 ? gap : 0),
  }));
}

function textElement(line: Line, y: number): string {
  return `<text x="${MARGIN}" y="${y}" font-size="${line.size}" font-weight="${line.weight}" fill="${line.fill}">${escapeXml(line.text)}</text>`;
}

/** A rounded label such as "PRODUK DESA" at (MARGIN, top). */
function pill(label: string, top: number, fill: string): string {
  const text = cleanText(label).toUpperCase();
  const [line = ''] = wrapText(text, { fontSize: 24, maxWidth: TEXT_WIDTH - 40, maxLines: 1, weight: 'bold' });
  const width = Math.min(TEXT_WIDTH, Math.round(textWidth(line, 24, 'bold') + [...line].length) + 40);
  return (
    `<rect x="${MARGIN}" y="${top}" width="${width}" height="44" rx="22" fill="${fill}"/>` +
    `<text x="${MARGIN + 20}" y="${top + 31}" font-size="24" font-weight="bold" fill="#ffffff" letter-spacing="1">${escapeXml(line)}</text>`
  );
}

function brandBand(site: string, fill: string): string {
  const top = OG_HEIGHT - BAND;
  return (
    `<rect x="0" y="${top}" width="${OG_WIDTH}" height="${BAND}" fill="${fill}"/>` +
    // A small house, as on the site's default card.
    `<path d="M${MARGIN} ${top + 50} l22 -20 l22 20 v24 h-44 z" fill="#ffffff"/>` +
    `<text x="${MARGIN + 62}" y="${top + 60}" font-size="34" font-weight="bold" fill="#ffffff">Etalase Desa</text>` +
    `<text x="${OG_WIDTH - MARGIN}" y="${top + 58}" font-size="26" fill="#e3efe7" text-anchor="end">${escapeXml(cleanText(site))}</text>`
  );
}

function svg(body: string, defs = ''): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
    `${defs}<g font-family="${FONT}">${body}</g></svg>`
  );
}

/** The lines of a card, top to bottom: name, where, price. */
function lines(card: OgCard, titleSize: number): Line[] {
  return [
    ...block(card.title, { size: titleSize, weight: 'bold', fill: '#ffffff', maxLines: 2, gap: 0 }),
    ...block(card.subtitle, { size: 34, weight: 'regular', fill: '#eef6f1', maxLines: 2, gap: 14 }),
    ...block(card.price, { size: 40, weight: 'bold', fill: '#ffe08a', maxLines: 1, gap: 12 }),
  ];
}

/** Text over a photo: the photo is composited underneath by the renderer. */
export function photoCardSvg(card: OgCard): string {
  const content = lines(card, 60);
  // Stack from the bottom, above the brand band.
  let y = OG_HEIGHT - BAND - 34;
  const placed: string[] = [];
  for (const line of [...content].reverse()) {
    placed.unshift(textElement(line, y));
    y -= line.lead;
  }
  const shadeTop = Math.max(0, y - 120);
  const defs =
    '<defs><linearGradient id="shade" x1="0" y1="0" x2="0" y2="1">' +
    '<stop offset="0" stop-color="#000000" stop-opacity="0"/>' +
    '<stop offset="0.45" stop-color="#000000" stop-opacity="0.55"/>' +
    '<stop offset="1" stop-color="#000000" stop-opacity="0.82"/></linearGradient></defs>';
  return svg(
    `<rect x="0" y="${shadeTop}" width="${OG_WIDTH}" height="${OG_HEIGHT - shadeTop}" fill="url(#shade)"/>` +
      pill(card.kind, 40, BRAND) +
      placed.join('') +
      brandBand(card.site, BRAND),
    defs,
  );
}

/** The designed card for an entry without a photo: brand green, large name. */
export function plainCardSvg(card: OgCard): string {
  const content = lines(card, 68);
  let y = 140;
  const placed: string[] = [];
  for (const line of content) {
    y += line.lead;
    placed.push(textElement(line, y));
  }
  return svg(
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${BRAND}"/>` +
      `<circle cx="${OG_WIDTH - 40}" cy="40" r="260" fill="#0e7a44"/>` +
      `<circle cx="${OG_WIDTH - 40}" cy="40" r="150" fill="#11864b"/>` +
      pill(card.kind, 72, BRAND_DARK) +
      placed.join('') +
      brandBand(card.site, BRAND_DARK),
  );
}
