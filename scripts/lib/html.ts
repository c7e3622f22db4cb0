/**
 * Just enough HTML reading for the budget and link checks over the built site: a parsed tree
 * (ultrahtml), element iteration, decoded attributes and text, and the accessible name of a link
 * as a browser computes it for the simple markup this site emits.
 */
import { ELEMENT_NODE, TEXT_NODE, parse, type ElementNode } from 'ultrahtml';

export type { ElementNode };

export interface ParsedPage {
  /** Every element, in document order. */
  elements: ElementNode[];
  /** Elements by decoded `id` (the first one when an id repeats). */
  byId: Map<string, ElementNode>;
}

interface TreeNode {
  type: number;
  value?: string;
  name?: string;
  attributes?: Record<string, string>;
  children?: TreeNode[];
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro and markdown-it write (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

export function parseHtml(html: string): ParsedPage {
  const root = parse(html) as TreeNode;
  const elements: ElementNode[] = [];
  const byId = new Map<string, ElementNode>();
  const visit = (node: TreeNode) => {
    for (const child of node.children ?? []) {
      if (child.type !== ELEMENT_NODE) continue;
      const element = child as unknown as ElementNode;
      elements.push(element);
      const id = attr(element, 'id');
      if (id !== undefined && !byId.has(id)) byId.set(id, element);
      visit(child);
    }
  };
  visit(root);
  return { elements, byId };
}

/** A decoded attribute value; `undefined` when the attribute is absent. */
export function attr(element: ElementNode, name: string): string | undefined {
  const value = element.attributes[name];
  return value === undefined ? undefined : decodeEntities(value);
}

export function hasAttr(element: ElementNode, name: string): boolean {
  return Object.hasOwn(element.attributes, name);
}

/** Raw text of an element's text children (for <style> and <script>, which hold no markup). */
export function rawText(element: ElementNode): string {
  return (element.children as TreeNode[])
    .filter((c) => c.type === TEXT_NODE)
    .map((c) => c.value ?? '')
    .join('');
}

const hiddenElement = (element: ElementNode) =>
  attr(element, 'aria-hidden') === 'true' || hasAttr(element, 'hidden') || element.name === 'template';

/** Whether the element or one of its ancestors is hidden from assistive technology. */
export function isHiddenFromAccessibility(element: ElementNode): boolean {
  for (let node: ElementNode | undefined = element; node; node = parentElement(node)) {
    if (hiddenElement(node)) return true;
  }
  return false;
}

function parentElement(element: ElementNode): ElementNode | undefined {
  const parent = element.parent as TreeNode | undefined;
  return parent && parent.type === ELEMENT_NODE ? (parent as unknown as ElementNode) : undefined;
}

/** Text as read aloud: text nodes plus image alt text, skipping hidden subtrees. */
export function textAlternative(element: ElementNode, page?: ParsedPage): string {
  const parts: string[] = [];
  const visit = (node: TreeNode) => {
    if (node.type === TEXT_NODE) parts.push(decodeEntities(node.value ?? ''));
    if (node.type !== ELEMENT_NODE) return;
    const el = node as unknown as ElementNode;
    if (hiddenElement(el)) return;
    const label = labelOf(el, page);
    if (label !== undefined) {
      parts.push(` ${label} `);
      return;
    }
    if (el.name === 'img') {
      parts.push(` ${attr(el, 'alt') ?? ''} `);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const child of element.children as TreeNode[]) visit(child);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function labelOf(element: ElementNode, page: ParsedPage | undefined): string | undefined {
  const labelledBy = attr(element, 'aria-labelledby');
  if (labelledBy && page) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => page.byId.get(id))
      .map((target) => (target ? textAlternative(target, page) : ''))
      .join(' ')
      .trim();
    if (text) return text;
  }
  const label = attr(element, 'aria-label')?.trim();
  return label ? label : undefined;
}

/** Accessible name of a link: aria-labelledby, aria-label, its content, then its title. */
export function accessibleName(element: ElementNode, page?: ParsedPage): string {
  return labelOf(element, page) ?? (textAlternative(element, page) || (attr(element, 'title')?.trim() ?? ''));
}
