/**
 * The free static hosts the site must fit, in one table: `npm run budget` (and so the PR check)
 * fails when the build passes the default host's limits and reports the others, `npm run bench`
 * reports all of them, and the caps in src/lib/caps.ts are chosen from them. Figures from the
 * hosts' documentation (`source`); update them here when a host changes its plans.
 */

export interface Host {
  id: 'github-pages' | 'cloudflare-pages' | 'netlify';
  name: string;
  /** Most files one deployment may hold. */
  maxFiles?: number;
  /** Largest single file. */
  maxFileBytes?: number;
  /** Largest whole site. */
  maxSiteBytes?: number;
  /** Most files in one folder. */
  maxFilesPerDirectory?: number;
  /** What else limits publishing, in words. */
  note: string;
  source: string;
}

const MiB = 1024 * 1024;

export const HOSTS: readonly Host[] = [
  {
    id: 'github-pages',
    name: 'GitHub Pages',
    maxSiteBytes: 1_000_000_000,
    maxFileBytes: 100 * MiB,
    note: 'a deployment times out after 10 minutes; soft limit of 100 GB bandwidth a month',
    source: 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits',
  },
  {
    id: 'cloudflare-pages',
    name: 'Cloudflare Pages (Free)',
    maxFiles: 20_000,
    maxFileBytes: 25 * MiB,
    note: '500 builds a month; paid plans allow 100,000 files',
    source: 'https://developers.cloudflare.com/pages/platform/limits/',
  },
  {
    id: 'netlify',
    name: 'Netlify (Free)',
    maxFilesPerDirectory: 54_000,
    note: 'no published limit on file count or total size; the Free plan has 300 credits a month, spent by deploys and bandwidth',
    source: 'https://www.netlify.com/pricing/',
  },
];

/** The host the deploy workflow publishes to (.github/workflows/deploy.yml). */
export const DEFAULT_HOST: Host['id'] = 'github-pages';

export const hostById = (id: string): Host | undefined => HOSTS.find((h) => h.id === id);

/** What the hosts look at in a built site. */
export interface SiteSize {
  files: number;
  bytes: number;
  largest: { path: string; bytes: number };
  busiestDirectory: { path: string; files: number };
}

export interface LimitCheck {
  what: 'files' | 'largest file' | 'total size' | 'files in one folder';
  value: number;
  limit: number;
  fits: boolean;
}

export interface HostCheck {
  host: Host;
  fits: boolean;
  checks: LimitCheck[];
}

export function checkHost(size: SiteSize, host: Host): HostCheck {
  const checks: LimitCheck[] = [];
  const add = (what: LimitCheck['what'], value: number, limit: number | undefined) => {
    if (limit !== undefined) checks.push({ what, value, limit, fits: value <= limit });
  };
  add('files', size.files, host.maxFiles);
  add('largest file', size.largest.bytes, host.maxFileBytes);
  add('total size', size.bytes, host.maxSiteBytes);
  add('files in one folder', size.busiestDirectory.files, host.maxFilesPerDirectory);
  return { host, fits: checks.every((c) => c.fits), checks };
}

export const checkHosts = (size: SiteSize, hosts: readonly Host[] = HOSTS): HostCheck[] =>
  hosts.map((host) => checkHost(size, host));

const int = (n: number) => n.toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
const show = (c: LimitCheck) =>
  c.what === 'largest file' || c.what === 'total size'
    ? `${mib(c.value)} / ${mib(c.limit)}`
    : `${int(c.value)} / ${int(c.limit)}`;
const share = (c: LimitCheck) => `${((100 * c.value) / c.limit).toFixed(c.value / c.limit < 0.1 ? 1 : 0)}%`;

/** One line per limit, for terminals. */
export function formatHostChecks(checks: readonly HostCheck[]): string {
  const width = Math.max(...checks.map((c) => c.host.name.length));
  return checks
    .flatMap((c) => [
      ...c.checks.map(
        (l, i) =>
          `  ${(i === 0 ? c.host.name : '').padEnd(width)}  ${l.what.padEnd(19)} ${show(l)}  ${l.fits ? 'OK' : 'OVER LIMIT'} (${share(l)})`,
      ),
      `  ${(c.checks.length === 0 ? c.host.name : '').padEnd(width)}  note                ${c.host.note}`,
    ])
    .join('\n');
}

/** A Markdown table for the job summary. Our own figures only: nothing here comes from content. */
export function markdownHostTable(checks: readonly HostCheck[], defaultHost: string = DEFAULT_HOST): string {
  const rows = checks.flatMap((c) =>
    c.checks.map(
      (l) =>
        `| ${c.host.name}${c.host.id === defaultHost ? ' (bawaan)' : ''} | ${l.what} | ${show(l)} | ${share(l)} | ${l.fits ? '✓' : '✗ melebihi batas'} |`,
    ),
  );
  return ['| Hosting | Batas | Situs / batas | Terpakai | Hasil |', '| --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}
