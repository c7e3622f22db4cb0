/**
 * Free static hosts and the limits a built site must fit, checked by `npm run bench` against the
 * output folder (HTML, assets and the Pagefind index, as deployed). Figures from the hosts'
 * documentation (see `source`); update them here when a host changes its plans.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { imageFile } from '../lib/budget.ts';

export interface HostLimits {
  host: string;
  /** Most files one deployment may hold. */
  maxFiles?: number;
  /** Largest single file. */
  maxFileBytes?: number;
  /** Largest whole site. */
  maxSiteBytes?: number;
  /** What else limits publishing, in words. */
  note: string;
  source: string;
}

const MiB = 1024 * 1024;

export const HOSTS: HostLimits[] = [
  {
    host: 'Cloudflare Pages (Free)',
    maxFiles: 20_000,
    maxFileBytes: 25 * MiB,
    note: '500 builds a month; paid plans allow 100,000 files',
    source: 'https://developers.cloudflare.com/pages/platform/limits/',
  },
  {
    host: 'GitHub Pages',
    maxSiteBytes: 1_000_000_000,
    note: 'a deployment times out after 10 minutes; soft limit of 100 GB bandwidth a month',
    source: 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits',
  },
  {
    host: 'Netlify (Free)',
    note: 'no published limit on file count or size for a static deploy; the Free plan has 300 credits a month, spent by production deploys and bandwidth',
    source: 'https://www.netlify.com/pricing/',
  },
];

export interface OutputStats {
  files: number;
  bytes: number;
  html: number;
  /** Image files (photos and share images). */
  images: number;
  /** Files of the search index (pagefind/). */
  search: number;
  largest: { path: string; bytes: number };
}

export function outputStats(dir: string): OutputStats {
  const stats: OutputStats = { files: 0, bytes: 0, html: 0, images: 0, search: 0, largest: { path: '', bytes: 0 } };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    stats.files += 1;
    stats.bytes += size;
    if (entry.name.endsWith('.html')) stats.html += 1;
    if (imageFile.test(entry.name)) stats.images += 1;
    if (relative(dir, path).split(sep)[0] === 'pagefind') stats.search += 1;
    if (size > stats.largest.bytes) stats.largest = { path: relative(dir, path), bytes: size };
  }
  return stats;
}

export interface HostCheck {
  host: string;
  fits: boolean;
  lines: string[];
}

const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
const int = (n: number) => n.toLocaleString('en-US');
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(a / b < 0.1 ? 1 : 0)}%`;

export function checkHosts(stats: OutputStats, hosts: HostLimits[] = HOSTS): HostCheck[] {
  return hosts.map((limits) => {
    const lines: string[] = [];
    let fits = true;
    const verdict = (ok: boolean) => {
      fits &&= ok;
      return ok ? 'OK' : 'OVER LIMIT';
    };
    if (limits.maxFiles !== undefined) {
      lines.push(
        `files    ${int(stats.files)} / ${int(limits.maxFiles)}  ${verdict(stats.files <= limits.maxFiles)} (${pct(stats.files, limits.maxFiles)})`,
      );
    }
    if (limits.maxFileBytes !== undefined) {
      lines.push(
        `largest  ${mib(stats.largest.bytes)} (${stats.largest.path}) / ${mib(limits.maxFileBytes)}  ${verdict(stats.largest.bytes <= limits.maxFileBytes)}`,
      );
    }
    if (limits.maxSiteBytes !== undefined) {
      lines.push(
        `size     ${mib(stats.bytes)} / ${int(limits.maxSiteBytes / 1e9)} GB  ${verdict(stats.bytes <= limits.maxSiteBytes)} (${pct(stats.bytes, limits.maxSiteBytes)})`,
      );
    }
    lines.push(`note     ${limits.note}`);
    return { host: limits.host, fits, lines };
  });
}

export function formatHostChecks(checks: HostCheck[]): string {
  const width = Math.max(...checks.map((c) => c.host.length));
  return checks
    .map((c) => c.lines.map((line, i) => `  ${(i === 0 ? c.host : '').padEnd(width)}  ${line}`).join('\n'))
    .join('\n');
}
