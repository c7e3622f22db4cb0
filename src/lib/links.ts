/**
 * Link policy for anything a contributor writes: only https links, plus mailto:/tel: where a
 * field or a Markdown body may hold them. Everything else (javascript:, data:, http:, file:,
 * protocol-relative //host) is refused.
 */
export function isHttpsUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname.includes('.');
}

/** Host of an https URL without a leading "www.", or undefined when it is not one. */
export function hostOf(value: string): string | undefined {
  if (!isHttpsUrl(value)) return undefined;
  return new URL(value).hostname.replace(/^www\./, '');
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

const SAFE_BODY_LINK = /^(https:|mailto:|tel:|#|\/(?!\/)|\.{1,2}\/)/i;

/**
 * Links inside a Markdown body: https, mailto, tel, in-page anchors and site-relative paths.
 * Leading whitespace and control characters are stripped first, as browsers do, so
 * "  java\tscript:" cannot slip through.
 */
export function isSafeBodyLink(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!SAFE_BODY_LINK.test(cleaned)) return false;
  if (/^https:/i.test(cleaned)) return isHttpsUrl(cleaned);
  return true;
}
