/**
 * Markdown bodies come from strangers, so they are rendered here with markdown-it configured to
 * be safe, not with Astro's pipeline (Astro 7's default processor passes raw HTML, event handlers
 * and javascript: links through). Raw HTML is escaped and shown as text, links are limited to
 * https/mailto/tel and site paths, images in bodies are not rendered (photos belong in `foto`).
 */
import MarkdownIt from 'markdown-it';
import { bodyLinkProblem, isSafeBodyLink } from './links.ts';

function createRenderer(html: boolean): MarkdownIt {
  const md = new MarkdownIt({ html, linkify: false, typographer: false });
  md.validateLink = isSafeBodyLink;
  md.disable(['image']);
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = token?.attrGet('href') ?? '';
    if (token && /^https:/i.test(href)) {
      // External links from contributors: no referrer, no opener, not endorsed for ranking.
      token.attrSet('rel', 'noopener noreferrer nofollow ugc');
    }
    return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  // Headings inside a body start at h2: the page's h1 is the entry name.
  md.core.ruler.push('shift_headings', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') {
        const level = Math.min(6, Number(token.tag.slice(1)) + 1);
        token.tag = `h${level}`;
      }
    }
  });
  return md;
}

const safe = createRenderer(false);
/**
 * A second parser that recognises HTML and keeps every link, only to find and report them to
 * the contributor: links the safe renderer drops would otherwise vanish silently.
 */
const inspector = createRenderer(true);
inspector.validateLink = () => true;
inspector.enable(['image']);

export function renderMarkdown(body: string): string {
  return safe.render(body);
}

export interface BodyFinding {
  /** 0-based line within the body. */
  line: number;
  kind: 'html' | 'link' | 'image';
  /** The offending text (the contributor's, for the message). */
  detail: string;
  /** Why a link is refused, in Indonesian. */
  problem?: string;
}

/** Raw HTML, unsafe or malformed links and images in a body. */
export function inspectMarkdown(body: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const tokens = inspector.parse(body, {});
  for (const block of tokens) {
    const line = block.map?.[0] ?? 0;
    if (block.type === 'html_block') findings.push({ line, kind: 'html', detail: block.content.trim().slice(0, 60) });
    for (const token of block.children ?? []) {
      if (token.type === 'html_inline') findings.push({ line, kind: 'html', detail: token.content.slice(0, 60) });
      if (token.type === 'image') findings.push({ line, kind: 'image', detail: token.attrGet('src') ?? '' });
      if (token.type === 'link_open') {
        const href = token.attrGet('href') ?? '';
        const problem = bodyLinkProblem(href);
        if (problem) findings.push({ line, kind: 'link', detail: href.slice(0, 80), problem });
      }
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** Plain text of a body for descriptions and search excerpts. */
export function markdownToText(body: string, maxLength = 300): string {
  const text = renderMarkdown(body)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
