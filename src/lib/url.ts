/**
 * Every internal link goes through `href`, so the site works from a domain root and from a
 * sub-path such as a GitHub project page (`/etalase-desa/`).
 */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Site-relative path → path including the deployment base. */
export function href(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** Absolute URL for canonical links, Open Graph, feeds and share messages. */
export function absoluteUrl(path: string, site: string): string {
  return new URL(href(path), site.replace(/\/?$/, '/')).toString();
}
