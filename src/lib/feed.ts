/**
 * Atom 1.0 feed (RFC 4287) of new and updated content, as a pure function of its entries so it
 * can be tested without a build. Every text comes from contributors: it is escaped, and
 * characters XML 1.0 forbids (control characters, lone surrogates) are dropped, so a hostile
 * title can neither break the document nor make it invalid.
 */

export interface FeedEntry {
  /** Plain text. */
  title: string;
  /** Absolute URL of the page; also the entry's permanent id. */
  url: string;
  /** `YYYY-MM-DD` (a content `diperbarui` date) or a full RFC 3339 timestamp. */
  updated: string;
  /** Plain-text summary. */
  summary?: string | undefined;
  /** Kind of entry ("Desa", "Produk", "Creative Center"), an Atom category. */
  category?: string | undefined;
}

export interface Feed {
  title: string;
  subtitle?: string | undefined;
  /** Absolute URL of the feed itself (rel="self", and the feed id). */
  feedUrl: string;
  /** Absolute URL of the site's home page (rel="alternate"). */
  siteUrl: string;
  author: string;
  /** BCP 47 language of the texts. */
  language?: string | undefined;
  /** Used as the feed's `updated` when there are no entries; otherwise the newest entry wins. */
  fallbackUpdated: string;
  entries: FeedEntry[];
}

/** Characters outside the XML 1.0 `Char` production (keeps tab, newline, carriage return). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text (or attribute value) safe inside an XML document. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `2026-11-30` → `2026-11-30T00:00:00Z`; a full timestamp is normalised to UTC. */
export function atomDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid feed date "${value}"`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function absolute(url: string): string {
  // Throws on a relative URL: feed readers resolve nothing against the feed's location reliably.
  return new URL(url).toString();
}

/** Newest first; ties by title, so the output is stable between builds. */
export function sortEntries(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort(
    (a, b) => atomDate(b.updated).localeCompare(atomDate(a.updated)) || a.title.localeCompare(b.title, 'id'),
  );
}

export function buildAtomFeed(feed: Feed): string {
  const entries = sortEntries(feed.entries);
  const updated = entries[0] ? atomDate(entries[0].updated) : atomDate(feed.fallbackUpdated);
  const lang = feed.language ? ` xml:lang="${escapeXml(feed.language)}"` : '';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${lang}>`,
    `  <id>${escapeXml(absolute(feed.feedUrl))}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(feed.feedUrl))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absolute(feed.siteUrl))}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
  ];
  for (const entry of entries) {
    const url = escapeXml(absolute(entry.url));
    lines.push(
      '  <entry>',
      `    <id>${url}</id>`,
      `    <title type="text">${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${url}"/>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      ...(entry.category ? [`    <category term="${escapeXml(entry.category)}"/>`] : []),
      ...(entry.summary ? [`    <summary type="text">${escapeXml(entry.summary)}</summary>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
