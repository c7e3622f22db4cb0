/**
 * Link policy for anything a contributor writes: only https links with a real host, plus
 * mailto:/tel: and site paths where a Markdown body may hold them. Everything else is refused:
 * javascript:, data:, http:, file:, scheme-relative //host, malformed https:host or https:/host,
 * and backslashes (browsers read "/\host" as "//host").
 */

/** `https://` + a host name with a dot, optionally a path, query or fragment; nothing else. */
const HTTPS_SHAPE = /^https:\/\/[^\s/\\?#@:]+(?::\d{1,5})?(?:[/?#][^\s\\]*)?$/i;

export function isHttpsUrl(value: string): boolean {
  if (!HTTPS_SHAPE.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) &&
    !url.hostname.startsWith('-')
  );
}

/** Host of an https URL without a leading "www." or "m.", or undefined when it is not one. */
export function hostOf(value: string): string | undefined {
  if (!isHttpsUrl(value)) return undefined;
  return new URL(value).hostname.toLowerCase().replace(/^(www|m)\./, '');
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Why a link in a Markdown body is refused (Indonesian), or undefined when it is fine. */
export function bodyLinkProblem(href: string): string | undefined {
  // Browsers drop leading whitespace and control characters, so "  java\tscript:" is javascript:.
  // eslint-disable-next-line no-control-regex
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (cleaned.includes('\\')) return 'garis miring terbalik (\\) tidak diizinkan dalam tautan';
  if (cleaned.startsWith('//')) return 'tautan tanpa skema (//…) tidak diizinkan; tulis lengkap dengan https://';
  if (/^https:/i.test(cleaned))
    return isHttpsUrl(cleaned) ? undefined : 'tautan https tidak lengkap; tulis https://nama-situs.id/…';
  if (/^(mailto|tel):./i.test(cleaned) || /^#/.test(cleaned) || /^\/(?!\/)/.test(cleaned) || /^\.{1,2}\//.test(cleaned))
    return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(cleaned))
    return 'jenis tautan ini tidak diizinkan; gunakan https://, mailto: atau tel:';
  return 'tautan tidak lengkap; tulis alamat lengkap yang diawali https://';
}

export function isSafeBodyLink(href: string): boolean {
  return bodyLinkProblem(href) === undefined;
}
