/**
 * What a page of the built site costs a visitor, read from dist/ without a browser: gzipped HTML
 * and CSS, JavaScript, images and the requests a page makes before any interaction, whether it
 * references another origin or a web font, and the site's size against the free hosts' limits.
 *
 * Sizes are what a host sends: text files gzipped (zlib level 6, as GitHub Pages and our test
 * server do), images as they are. Images are taken as a 360 CSS px phone at 2× density picks
 * them (srcset and sizes), which is this site's reader; `loading="lazy"` images are counted apart.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkHost, DEFAULT_HOST, hostById, type Host, type SiteSize } from '../../src/lib/hosts.ts';
import { attr, parseHtml, rawText, type ElementNode } from './html.ts';

export const KB = 1024;

/** The budgets of docs/design (Budgets). */
export const budgets = {
  /** HTML plus CSS of any page, gzipped: one TCP round trip. */
  htmlCss: 14 * KB,
  /** An official village without a profile: most of the site's pages, so a third of that. */
  unprofiledHtmlCss: 6 * KB,
  /** JavaScript a content page loads: none. */
  contentJs: 0,
  /** JavaScript the search page loads before it is used (Pagefind itself loads on use). */
  searchJs: 10 * KB,
  /**
   * JavaScript the contribution editor loads on a first visit (its form, the schemas and the
   * validator's checks); the Markdown checker and the hand-over load later, when used.
   */
  editorJs: 80 * KB,
  /** The first image of a page. */
  firstImage: 30 * KB,
  /** A list thumbnail (product cards: `<img class="thumb">`). */
  thumbnail: 15 * KB,
  /** Any image file in the output. */
  anyImage: 150 * KB,
  /** Everything a product page transfers, its photos included (lazy ones too). */
  productTotal: 100 * KB,
} as const;

export type PageKind =
  | 'home'
  | 'regions'
  | 'regency'
  | 'district'
  | 'village'
  | 'unprofiled'
  | 'product'
  | 'catalogue'
  | 'category'
  | 'hubs'
  | 'hub'
  | 'search'
  | 'editor'
  | 'not-found'
  | 'other';

/** Page kind from a site path without the base (`/desa/x/produk/y/`). */
export function pageKind(path: string): PageKind {
  if (path === '/') return 'home';
  if (path === '/404.html') return 'not-found';
  if (path === '/cari/') return 'search';
  if (path === '/kontribusi/editor/') return 'editor';
  if (path === '/wilayah/') return 'regions';
  if (/^\/wilayah\/[^/]+\/$/.test(path)) return 'regency';
  if (/^\/wilayah\/[^/]+\/[^/]+\/$/.test(path)) return 'district';
  if (/^\/desa\/[^/]+\/$/.test(path)) return 'village';
  if (/^\/desa\/[^/]+\/produk\/[^/]+\/$/.test(path)) return 'product';
  if (path === '/produk/') return 'catalogue';
  // A category's first page and its further pages (/produk/kategori/<k>/2/).
  if (/^\/produk\/kategori\/[^/]+\/(\d+\/)?$/.test(path)) return 'category';
  if (path === '/creative-center/') return 'hubs';
  if (/^\/creative-center\/[^/]+\/$/.test(path)) return 'hub';
  return 'other';
}

export interface Resource {
  /** Site path (without base) of a first-party file, or the absolute URL of another origin. */
  url: string;
  kind: 'css' | 'js' | 'image' | 'font' | 'icon' | 'other';
  /** Bytes transferred (gzipped for text); 0 for another origin or a missing file. */
  bytes: number;
  lazy: boolean;
  thirdParty: boolean;
  missing: boolean;
}

export interface PageMeasure {
  /** Site path without the base: `/`, `/cari/`, `/404.html`. */
  path: string;
  kind: PageKind;
  htmlGz: number;
  /** Gzipped HTML (inline styles included) plus linked stylesheets. */
  htmlCssGz: number;
  /** Eagerly loaded JavaScript: inline scripts, event handler attributes, scripts and their static imports. */
  jsBytes: number;
  /** Images loaded without interaction (not lazy). */
  imageBytes: number;
  firstImageBytes: number;
  /** The largest list thumbnail (`<img class="thumb">`) of the page. */
  thumbnailBytes: number;
  lazyImageBytes: number;
  /** Requests without interaction: the HTML and every non-lazy resource. */
  requests: number;
  lazyRequests: number;
  /** HTML, CSS, JS, every image (lazy too), fonts and icons. */
  totalBytes: number;
  thirdParty: string[];
  webFonts: string[];
  /** References to Pagefind's files in the HTML (only scripts may load them, on use). */
  pagefindRefs: string[];
  missing: string[];
  resources: Resource[];
}

export interface MeasureOptions {
  /** Deployment base path, such as `/etalase-desa/` (default `/`). */
  base?: string;
  /** Origins that count as the site itself (its canonical origin). */
  siteOrigins?: string[];
}

const LOCAL = 'http://site.invalid';
const textTypes = new Set(['.html', '.css', '.js', '.mjs', '.svg', '.json', '.xml', '.txt', '.csv']);
const fontFile = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;
const fontHost = /^https?:\/\/(fonts\.(googleapis|gstatic)\.com|use\.typekit\.net|fonts\.bunny\.net)\b/i;

/** Measures pages of one output folder, caching what pages share (stylesheets, scripts, images). */
export class SiteMeasurer {
  readonly dist: string;
  readonly base: string;
  readonly siteOrigins: Set<string>;
  readonly #bytes = new Map<string, { bytes: number; missing: boolean }>();

  constructor(dist: string, options: MeasureOptions = {}) {
    this.dist = dist;
    this.base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
    this.siteOrigins = new Set((options.siteOrigins ?? []).map((o) => new URL(o).origin));
  }

  /** HTML files of the site as site paths (`/`, `/cari/`, `/404.html`), sorted. */
  pages(): string[] {
    return listFiles(this.dist)
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/${f}`.replace(/(^|\/)index\.html$/, '$1'))
      .sort();
  }

  measure(path: string): PageMeasure {
    const file = this.fileOf(path);
    const html = readFileSync(file);
    const page = parseHtml(html.toString('utf8'));
    const pageUrl = new URL(this.base.slice(0, -1) + path, LOCAL);
    const resources: Resource[] = [];
    const thirdParty = new Set<string>();
    const webFonts = new Set<string>();
    const pagefindRefs: string[] = [];
    let inlineJs = '';
    let firstImage: number | undefined;
    let thumbnail = 0;

    const add = (ref: string, kind: Resource['kind'], lazy = false, from: URL = pageUrl) => {
      const resolved = this.resolve(ref, from);
      if (!resolved) return undefined;
      if (resolved.thirdParty) thirdParty.add(resolved.url);
      if (kind === 'font' || fontFile.test(resolved.url) || fontHost.test(resolved.url)) webFonts.add(resolved.url);
      const size = resolved.thirdParty ? { bytes: 0, missing: false } : this.bytesOf(resolved.url);
      const resource: Resource = { url: resolved.url, kind, lazy, thirdParty: resolved.thirdParty, ...size };
      resources.push(resource);
      return resource;
    };
    const addCss = (css: string, from: URL) => {
      for (const font of fontFaces(css)) {
        webFonts.add(font === '' ? '@font-face' : font);
        if (font) add(font, 'font', false, from);
      }
      for (const ref of cssUrls(css)) if (!fontFile.test(ref)) add(ref, 'image', false, from);
    };

    for (const element of page.elements) {
      for (const [name, value] of Object.entries(element.attributes)) {
        if (/^on[a-z]+$/i.test(name)) inlineJs += value;
        if (/\/pagefind\//.test(value)) pagefindRefs.push(`<${element.name} ${name}="${value}">`);
      }
      const style = attr(element, 'style');
      if (style) addCss(style, pageUrl);
      switch (element.name) {
        case 'style':
          addCss(rawText(element), pageUrl);
          break;
        case 'script': {
          const type = (attr(element, 'type') ?? '').toLowerCase();
          if (!isScriptType(type)) break;
          const src = attr(element, 'src');
          if (src) {
            const script = add(src, 'js');
            if (script && !script.thirdParty) this.staticImports(script.url, add);
          } else inlineJs += rawText(element);
          break;
        }
        case 'link': {
          const rel = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
          const href = attr(element, 'href');
          if (!href) break;
          if (rel.includes('stylesheet')) {
            const sheet = add(href, 'css');
            if (sheet && !sheet.thirdParty && !sheet.missing) {
              addCss(readFileSync(this.fileOf(sheet.url), 'utf8'), new URL(this.base.slice(0, -1) + sheet.url, LOCAL));
            }
          } else if (rel.includes('icon')) {
            if (!resources.some((r) => r.kind === 'icon')) add(href, 'icon');
          } else if (rel.includes('modulepreload')) {
            add(href, 'js');
          } else if (rel.includes('preload')) {
            const as = attr(element, 'as');
            add(href, as === 'font' ? 'font' : as === 'script' ? 'js' : as === 'style' ? 'css' : 'image');
          } else if (rel.some((r) => ['preconnect', 'dns-prefetch', 'prefetch', 'manifest'].includes(r))) {
            const resolved = this.resolve(href, pageUrl);
            if (resolved?.thirdParty) thirdParty.add(resolved.url);
            if (resolved && fontHost.test(resolved.url)) webFonts.add(resolved.url);
          }
          break;
        }
        case 'img': {
          if (element.parent && (element.parent as ElementNode).name === 'picture') break;
          const image = this.addImage(element, undefined, add);
          if (image && !image.lazy && firstImage === undefined) firstImage = image.bytes;
          if (image && /(^|\s)thumb(\s|$)/.test(attr(element, 'class') ?? '')) {
            thumbnail = Math.max(thumbnail, image.bytes);
          }
          break;
        }
        case 'picture': {
          const img = page.elements.find((e) => e.name === 'img' && e.parent === element);
          const source = page.elements.find(
            (e) => e.name === 'source' && e.parent === element && mediaMatches(attr(e, 'media')),
          );
          if (!img) break;
          const image = this.addImage(img, source, add);
          if (image && !image.lazy && firstImage === undefined) firstImage = image.bytes;
          break;
        }
        case 'iframe':
        case 'embed':
        case 'video':
        case 'audio': {
          const src = attr(element, 'src');
          if (src) add(src, 'other', attr(element, 'loading') === 'lazy');
          const poster = attr(element, 'poster');
          if (poster) add(poster, 'image');
          break;
        }
        case 'object': {
          const data = attr(element, 'data');
          if (data) add(data, 'other');
          break;
        }
      }
    }

    const htmlGz = gzipSync(html).length;
    const eager = resources.filter((r) => !r.lazy);
    const lazy = resources.filter((r) => r.lazy);
    const sum = (list: Resource[], kinds: Resource['kind'][]) =>
      list.filter((r) => kinds.includes(r.kind)).reduce((total, r) => total + r.bytes, 0);
    const jsBytes = sum(eager, ['js']) + (inlineJs.trim() ? gzipSync(inlineJs).length : 0);
    const htmlCssGz = htmlGz + sum(eager, ['css']);
    return {
      path,
      // An unprofiled village page marks its heading (PlacePage.astro): same URL shape, own budget.
      kind: pageKind(path) === 'village' && html.includes('data-profil="belum"') ? 'unprofiled' : pageKind(path),
      htmlGz,
      htmlCssGz,
      jsBytes,
      imageBytes: sum(eager, ['image']),
      firstImageBytes: firstImage ?? 0,
      thumbnailBytes: thumbnail,
      lazyImageBytes: sum(lazy, ['image']),
      requests: 1 + eager.length,
      lazyRequests: lazy.length,
      totalBytes: htmlCssGz + jsBytes + sum(resources, ['image', 'font', 'icon', 'other']),
      thirdParty: [...thirdParty],
      webFonts: [...webFonts],
      pagefindRefs,
      missing: resources.filter((r) => r.missing).map((r) => r.url),
      resources,
    };
  }

  /** Site path of a page or asset → file in dist. */
  fileOf(path: string): string {
    const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? path);
    const file = join(this.dist, clean);
    if (clean.endsWith('/')) return join(file, 'index.html');
    if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
    return file;
  }

  /** A reference in a page → site path, or an absolute URL when it leaves the site. */
  resolve(ref: string, from: URL): { url: string; thirdParty: boolean } | undefined {
    if (/^(data|blob|about|javascript|mailto|tel):/i.test(ref.trim())) return undefined;
    let url: URL;
    try {
      url = new URL(ref.trim(), from);
    } catch {
      return undefined;
    }
    if (url.origin !== LOCAL && !this.siteOrigins.has(url.origin)) return { url: url.href, thirdParty: true };
    const path = url.pathname.startsWith(this.base) ? `/${url.pathname.slice(this.base.length)}` : url.pathname;
    return { url: path, thirdParty: false };
  }

  bytesOf(path: string): { bytes: number; missing: boolean } {
    const cached = this.#bytes.get(path);
    if (cached) return cached;
    const file = this.fileOf(path);
    let result = { bytes: 0, missing: true };
    if (existsSync(file) && statSync(file).isFile()) {
      const data = readFileSync(file);
      result = {
        bytes: textTypes.has(extname(file).toLowerCase()) ? gzipSync(data).length : data.length,
        missing: false,
      };
    }
    this.#bytes.set(path, result);
    return result;
  }

  /** Follows `import … from './x.js'` and `import './x.js'` (not dynamic `import()`, which loads on use). */
  staticImports(path: string, add: (ref: string, kind: Resource['kind'], lazy?: boolean, from?: URL) => unknown) {
    const seen = new Set([path]);
    const queue = [path];
    while (queue.length) {
      const current = queue.shift() as string;
      const file = this.fileOf(current);
      if (!existsSync(file)) continue;
      const from = new URL(this.base.slice(0, -1) + current, LOCAL);
      for (const ref of staticImportsOf(readFileSync(file, 'utf8'))) {
        const resolved = this.resolve(ref, from);
        if (!resolved || seen.has(resolved.url)) continue;
        seen.add(resolved.url);
        add(ref, 'js', false, from);
        if (!resolved.thirdParty) queue.push(resolved.url);
      }
    }
  }

  addImage(
    img: ElementNode,
    source: ElementNode | undefined,
    add: (ref: string, kind: Resource['kind'], lazy?: boolean) => Resource | undefined,
  ): Resource | undefined {
    const lazy = attr(img, 'loading') === 'lazy';
    const from = source ?? img;
    const chosen = chooseCandidate(attr(from, 'srcset'), attr(from, 'sizes') ?? attr(img, 'sizes'), attr(img, 'src'));
    return chosen ? add(chosen, 'image', lazy) : undefined;
  }
}

function isScriptType(type: string): boolean {
  return ['', 'module', 'text/javascript', 'application/javascript'].includes(type);
}

/** The phone this site is measured for: 360 CSS px wide, 2 device pixels per CSS pixel. */
export const PHONE = { width: 360, density: 2 } as const;

/** Media query of a <source>, evaluated for the phone (only min/max-width; others are taken as true). */
function mediaMatches(media: string | undefined): boolean {
  if (!media) return true;
  const match = /\((min|max)-width:\s*([\d.]+)(px|r?em)\)/.exec(media);
  if (!match) return true;
  const px = Number(match[2]) * (match[3] === 'px' ? 1 : 16);
  return match[1] === 'min' ? PHONE.width >= px : PHONE.width <= px;
}

function lengthPx(value: string): number {
  const v = value.trim();
  const calc = /^calc\(\s*100vw\s*-\s*([\d.]+)(px|r?em)\s*\)$/.exec(v);
  if (calc) return PHONE.width - Number(calc[1]) * (calc[2] === 'px' ? 1 : 16);
  const unit = /^([\d.]+)(px|vw|r?em)$/.exec(v);
  if (!unit) return PHONE.width;
  const n = Number(unit[1]);
  return unit[2] === 'px' ? n : unit[2] === 'vw' ? (n * PHONE.width) / 100 : n * 16;
}

/** Slot width in CSS px that `sizes` gives on the phone (100vw when absent or not understood). */
export function slotWidth(sizes: string | undefined): number {
  if (!sizes) return PHONE.width;
  for (const entry of sizes.split(/,(?![^(]*\))/)) {
    const conditional = /^\s*(\([^)]*\))\s+(.+)$/.exec(entry);
    if (!conditional) return lengthPx(entry);
    if (mediaMatches(conditional[1])) return lengthPx(conditional[2] ?? '');
  }
  return PHONE.width;
}

/** The URL a browser fetches for the phone: the smallest candidate covering the slot, else the largest. */
export function chooseCandidate(
  srcset: string | undefined,
  sizes: string | undefined,
  src: string | undefined,
): string | undefined {
  const candidates = (srcset ?? '')
    .split(/,\s+|,(?=\S+\s)/)
    .map((part) => part.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([url = '', descriptor = '1x']) => {
      const n = Number.parseFloat(descriptor);
      const density = descriptor.endsWith('w') ? n / slotWidth(sizes) : n;
      return { url: url.replace(/,$/, ''), density };
    });
  if (src && !candidates.length) return src;
  if (!candidates.length) return undefined;
  candidates.sort((a, b) => a.density - b.density);
  return (candidates.find((c) => c.density >= PHONE.density) ?? candidates.at(-1))?.url;
}

/** Fonts declared by @font-face in a stylesheet: their first url(), or '' when none is given. */
export function fontFaces(css: string): string[] {
  const faces = css.match(/@font-face\s*\{[^}]*\}/gi) ?? [];
  return faces.map((face) => cssUrls(face)[0] ?? '');
}

/** url(…) and @import references of a stylesheet (data: URIs left out). */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)) {
    const url = (match[2] ?? match[4] ?? '').trim();
    if (url && !url.startsWith('data:') && !url.startsWith('#')) urls.push(url);
  }
  return urls;
}

function staticImportsOf(js: string): string[] {
  const refs: string[] = [];
  for (const match of js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?(['"])([^'"]+)\1/g)) {
    if (match[2]) refs.push(match[2]);
  }
  return refs;
}

/** Every file under a folder, as POSIX paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
}

export interface Violation {
  path: string;
  message: string;
}

/** Budget breaks of one page. */
export function pageViolations(m: PageMeasure): Violation[] {
  const out: Violation[] = [];
  const v = (message: string) => out.push({ path: m.path, message });
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  const htmlCss = m.kind === 'unprofiled' ? budgets.unprofiledHtmlCss : budgets.htmlCss;
  if (m.htmlCssGz > htmlCss) v(`HTML + CSS ${kb(m.htmlCssGz)} gzipped > ${kb(htmlCss)}`);
  const jsBudget = m.kind === 'search' ? budgets.searchJs : m.kind === 'editor' ? budgets.editorJs : budgets.contentJs;
  if (m.jsBytes > jsBudget) v(`JavaScript ${kb(m.jsBytes)} > ${jsBudget ? kb(jsBudget) : 'none'}`);
  if (m.firstImageBytes > budgets.firstImage) v(`first image ${kb(m.firstImageBytes)} > ${kb(budgets.firstImage)}`);
  if (m.thumbnailBytes > budgets.thumbnail) v(`list thumbnail ${kb(m.thumbnailBytes)} > ${kb(budgets.thumbnail)}`);
  if (m.kind === 'product' && m.totalBytes > budgets.productTotal) {
    v(`product page with photos ${kb(m.totalBytes)} > ${kb(budgets.productTotal)}`);
  }
  for (const url of m.thirdParty) v(`third-party origin referenced: ${url}`);
  for (const font of m.webFonts) v(`web font referenced: ${font}`);
  for (const ref of m.pagefindRefs) v(`Pagefind referenced by the HTML (must load on use only): ${ref}`);
  for (const url of m.missing) v(`referenced file missing: ${url}`);
  return out;
}

export interface SiteMeasure extends SiteSize {
  largestImage: { path: string; bytes: number };
}

/** A published image file, by name. */
export const imageFile = /\.(webp|avif|jpe?g|png|gif)$/i;

export function measureSite(dist: string): SiteMeasure {
  const files = listFiles(dist);
  let totalBytes = 0;
  let largest = { path: '', bytes: 0 };
  let largestImage = { path: '', bytes: 0 };
  const perDirectory = new Map<string, number>();
  for (const file of files) {
    const bytes = statSync(join(dist, file)).size;
    totalBytes += bytes;
    if (bytes > largest.bytes) largest = { path: file, bytes };
    if (imageFile.test(file) && bytes > largestImage.bytes) largestImage = { path: file, bytes };
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
    perDirectory.set(dir, (perDirectory.get(dir) ?? 0) + 1);
  }
  const [path = '.', count = 0] = [...perDirectory].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { files: files.length, bytes: totalBytes, largest, largestImage, busiestDirectory: { path, files: count } };
}

/** Breaks of the site as a whole: the host's limits (the default host unless named) and any image over its cap. */
export function siteViolations(s: SiteMeasure, host: Host = hostById(DEFAULT_HOST)!): Violation[] {
  const out: Violation[] = [];
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  for (const check of checkHost(s, host).checks) {
    if (check.fits) continue;
    const figure = (n: number) => (check.what === 'largest file' || check.what === 'total size' ? mib(n) : String(n));
    const path =
      check.what === 'largest file'
        ? s.largest.path
        : check.what === 'files in one folder'
          ? s.busiestDirectory.path
          : '.';
    out.push({ path, message: `${check.what} ${figure(check.value)} > ${host.name}'s ${figure(check.limit)}` });
  }
  if (s.largestImage.bytes > budgets.anyImage) {
    const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
    out.push({ path: s.largestImage.path, message: `image ${kb(s.largestImage.bytes)} > ${kb(budgets.anyImage)}` });
  }
  return out;
}

export interface KindSummary {
  kind: PageKind;
  count: number;
  maxHtmlCss: number;
  medianHtmlCss: number;
  maxJs: number;
  maxImages: number;
  maxLazyImages: number;
  maxTotal: number;
  maxRequests: number;
  thirdParty: number;
  webFonts: number;
}

const kindOrder: PageKind[] = [
  'home',
  'regions',
  'regency',
  'district',
  'village',
  'unprofiled',
  'product',
  'catalogue',
  'category',
  'hubs',
  'hub',
  'search',
  'editor',
  'not-found',
  'other',
];

export function summarize(measures: PageMeasure[]): KindSummary[] {
  return kindOrder
    .map((kind) => {
      const list = measures.filter((m) => m.kind === kind);
      const max = (f: (m: PageMeasure) => number) => Math.max(0, ...list.map(f));
      const sorted = list.map((m) => m.htmlCssGz).sort((a, b) => a - b);
      return {
        kind,
        count: list.length,
        maxHtmlCss: max((m) => m.htmlCssGz),
        medianHtmlCss: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
        maxJs: max((m) => m.jsBytes),
        maxImages: max((m) => m.imageBytes),
        maxLazyImages: max((m) => m.lazyImageBytes),
        maxTotal: max((m) => m.totalBytes),
        maxRequests: max((m) => m.requests),
        thirdParty: list.filter((m) => m.thirdParty.length).length,
        webFonts: list.filter((m) => m.webFonts.length).length,
      };
    })
    .filter((s) => s.count > 0);
}

/** A plain-text table, one row per page kind. */
export function formatTable(rows: KindSummary[]): string {
  const kb = (n: number) => (n / KB).toFixed(1);
  const header = [
    'page kind',
    'pages',
    'HTML+CSS gz max',
    'median',
    'JS',
    'images',
    'lazy img',
    'total max',
    'requests',
    '3rd-party',
    'fonts',
  ];
  const body = rows.map((r) => [
    r.kind,
    String(r.count),
    `${kb(r.maxHtmlCss)} KB`,
    `${kb(r.medianHtmlCss)} KB`,
    `${kb(r.maxJs)} KB`,
    `${kb(r.maxImages)} KB`,
    `${kb(r.maxLazyImages)} KB`,
    `${kb(r.maxTotal)} KB`,
    String(r.maxRequests),
    String(r.thirdParty),
    String(r.webFonts),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
