/**
 * Reads a `_headers` file (the format Cloudflare Pages and Netlify share) and answers which
 * headers a path gets, as those hosts do: every rule whose pattern matches applies; `*` matches
 * any characters, slashes included; `:name` matches one path segment; a header set by two
 * matching rules gets both values joined by ", ".
 */
import { readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*\S)\s*$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path`);
    rule.headers.push([match[1] as string, match[2] as string]);
  });
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The headers for one site path (without the deployment base), names in lower case. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

export function loadHeadersFile(file: string): (path: string) => Record<string, string> {
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  return (path) => headersFor(rules, path);
}
