/**
 * Link and label checks over a built site (no network: external links are not fetched).
 *
 * - every internal link, image, script, stylesheet, icon, canonical and share image points to a
 *   file in the output, under the deployment base, with the trailing slash the hosts expect;
 * - every `#anchor` names an id of the target page; ids are unique within a page;
 * - every link has an accessible name (text, image alt, aria-label/-labelledby or title) that is
 *   not a vague "klik di sini" / "click here";
 * - every <img> has an alt attribute; an empty alt only on an image marked decorative
 *   (role="presentation"/"none" or inside aria-hidden="true");
 * - the 404 page, served at any URL, uses no relative links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './budget.ts';
import { accessibleName, attr, isHiddenFromAccessibility, parseHtml, type ElementNode } from './html.ts';

export interface LinkProblem {
  /** Site path of the page (`/desa/x/`). */
  page: string;
  message: string;
}

export interface LinkCheckOptions {
  /** Deployment base path, such as `/etalase-desa/` (default `/`). */
  base?: string;
  /** Origins that are the site itself (canonical and Open Graph URLs use it). */
  siteOrigins?: string[];
}

/** Link texts that say nothing out of context (compared after lower-casing and trimming punctuation). */
export const VAGUE_LABELS = new Set([
  'klik di sini',
  'klik disini',
  'klik',
  'di sini',
  'disini',
  'sini',
  'click here',
  'click',
  'here',
  'link',
  'tautan',
  'selengkapnya',
  'read more',
  'more',
]);

export function isVagueLabel(name: string): boolean {
  const normal = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return VAGUE_LABELS.has(normal) || /^(klik di ?sini|click here)\b/.test(normal);
}

const LOCAL = 'http://site.invalid';

interface Page {
  path: string;
  ids: Set<string>;
  parsed: ReturnType<typeof parseHtml>;
}

export function checkLinks(dist: string, options: LinkCheckOptions = {}): { pages: number; problems: LinkProblem[] } {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const siteOrigins = new Set((options.siteOrigins ?? []).map((o) => new URL(o).origin));
  const files = new Set(listFiles(dist));
  const pages = new Map<string, Page>();
  const problems: LinkProblem[] = [];

  for (const file of [...files].filter((f) => f.endsWith('.html')).sort()) {
    const path = `/${file}`.replace(/(^|\/)index\.html$/, '$1');
    const parsed = parseHtml(readFileSync(join(dist, file), 'utf8'));
    const ids = new Set<string>();
    for (const element of parsed.elements) {
      const id = attr(element, 'id');
      if (id === undefined) continue;
      if (ids.has(id)) problems.push({ page: path, message: `duplicate id="${id}"` });
      ids.add(id);
    }
    pages.set(path, { path, ids, parsed });
  }

  /** A site path (without base) → the page path it serves, or a file, or undefined when missing. */
  const target = (path: string): { page?: string; file?: string; slash?: boolean } | undefined => {
    if (path.endsWith('/')) return files.has(`${path.slice(1)}index.html`) ? { page: path } : undefined;
    if (files.has(path.slice(1))) return path.endsWith('.html') && pages.has(path) ? { page: path } : { file: path };
    if (files.has(`${path.slice(1)}/index.html`)) return { page: `${path}/`, slash: false };
    return undefined;
  };

  for (const page of pages.values()) {
    const report = (message: string): void => {
      problems.push({ page: page.path, message });
    };
    const pageUrl = new URL(base.slice(0, -1) + page.path, LOCAL);

    const check = (ref: string, what: string, isLink: boolean): void => {
      const raw = ref.trim();
      if (raw === '') return report(`${what} with an empty address`);
      if (/^(mailto|tel|sms|data|javascript):/i.test(raw)) {
        if (/^javascript:/i.test(raw)) report(`${what} to ${raw}`);
        return;
      }
      if (page.path === '/404.html' && !/^([a-z][a-z\d+.-]*:|\/|#)/i.test(raw)) {
        report(`${what} "${raw}" is relative: the 404 page is served at any address`);
      }
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        return report(`${what} "${raw}" is not a valid URL`);
      }
      if (url.origin !== LOCAL && !siteOrigins.has(url.origin)) return;
      if (!url.pathname.startsWith(base)) return report(`${what} "${raw}" leaves the base path ${base}`);
      let path: string;
      try {
        path = decodeURIComponent(`/${url.pathname.slice(base.length)}`);
      } catch {
        return report(`${what} "${raw}" has a malformed escape`);
      }
      const found = target(path);
      if (!found) return report(`${what} "${raw}" is broken: ${path} is not in the site`);
      if (found.slash === false) report(`${what} "${raw}" lacks the trailing slash (a redirect on every host)`);
      if (!isLink || !url.hash) return;
      if (raw === '#') return report(`${what} "#" leads nowhere`);
      const id = decodeURIComponent(url.hash.slice(1));
      const targetPage = found.page ? pages.get(found.page) : undefined;
      if (targetPage && !targetPage.ids.has(id) && id !== 'top') {
        report(`${what} "${raw}": no id="${id}" in ${found.page}`);
      }
    };

    for (const element of page.parsed.elements) {
      switch (element.name) {
        case 'a':
        case 'area': {
          const href = attr(element, 'href');
          if (href === undefined) break;
          check(href, 'link', true);
          if (element.name === 'a') checkLabel(element, page, report);
          break;
        }
        case 'img':
          checkAlt(element, report);
          checkSources(element, check);
          break;
        case 'source':
          checkSources(element, check);
          break;
        case 'script': {
          const src = attr(element, 'src');
          if (src !== undefined) check(src, 'script', false);
          break;
        }
        case 'link': {
          const href = attr(element, 'href');
          const rel = attr(element, 'rel') ?? '';
          if (href !== undefined && !/\b(preconnect|dns-prefetch)\b/.test(rel))
            check(href, `<link rel="${rel}">`, false);
          break;
        }
        case 'meta': {
          const property = attr(element, 'property') ?? attr(element, 'name') ?? '';
          const content = attr(element, 'content');
          if (content && /^(og:image|og:url|twitter:image)$/.test(property)) check(content, property, false);
          break;
        }
      }
    }
  }
  return { pages: pages.size, problems };
}

function checkLabel(link: ElementNode, page: Page, report: (message: string) => void) {
  if (isHiddenFromAccessibility(link)) return;
  const name = accessibleName(link, page.parsed);
  const href = attr(link, 'href') ?? '';
  if (!name) report(`link to "${href}" has no text, aria-label or image alt`);
  else if (isVagueLabel(name)) report(`link to "${href}" is labelled "${name}": say where it leads`);
}

function checkAlt(img: ElementNode, report: (message: string) => void) {
  const alt = attr(img, 'alt');
  const src = attr(img, 'src') ?? '';
  if (alt === undefined) return report(`<img src="${src}"> has no alt attribute`);
  const role = attr(img, 'role');
  if (alt.trim() === '' && role !== 'presentation' && role !== 'none' && !isHiddenFromAccessibility(img)) {
    report(`<img src="${src}"> has an empty alt but is not marked decorative (role="presentation" or aria-hidden)`);
  }
}

function checkSources(element: ElementNode, check: (ref: string, what: string, isLink: boolean) => void) {
  const src = attr(element, 'src');
  if (src !== undefined) check(src, `<${element.name} src>`, false);
  const srcset = attr(element, 'srcset');
  if (!srcset) return;
  for (const candidate of srcset.split(/,\s+|,(?=\S+\s)/)) {
    const url = candidate.trim().split(/\s+/)[0];
    if (url) check(url, `<${element.name} srcset>`, false);
  }
}
