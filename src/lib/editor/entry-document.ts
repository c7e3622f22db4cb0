/**
 * Reads an entry's Markdown into plain data for the form, and writes the form's data back as
 * Markdown. Editing goes through the `yaml` Document of the original file, changing only the
 * values that changed (new fields are placed in the schema's order), so a one-field change is a
 * one-line diff for the reviewer; comments and quoting of untouched lines stay as they were.
 */
import { Document, isMap, parseDocument, type YAMLMap } from 'yaml';
import { FRONTMATTER, parseContentFile } from '../validation/frontmatter.ts';

export interface EntryDraft {
  data: Record<string, unknown>;
  /** The Markdown body, without the blank line after the front matter. */
  body: string;
}

/** Field order at a path (the schema's order), for placing a field the original did not have. */
export type KeyOrder = (path: readonly (string | number)[]) => readonly string[];

const YAML_OPTIONS = { lineWidth: 0 } as const;

export function readEntry(source: string): EntryDraft {
  const parsed = parseContentFile(source);
  return { data: parsed.data, body: parsed.body.replace(/^\n+/, '') };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/** The text after the closing `---`: a blank line, then the body. */
const bodyBlock = (body: string): string => (body.trim() === '' ? '' : `\n${body.replace(/\s+$/, '')}\n`);

const frame = (yaml: string, body: string): string => `---\n${yaml}---\n${bodyBlock(body)}`;

/** A new entry: front matter in the order the data's keys come (the schema's), then the body. */
export function newEntryText(draft: EntryDraft): string {
  return frame(new Document(draft.data).toString(YAML_OPTIONS), draft.body);
}

function setKey(doc: Document, path: (string | number)[], value: unknown, order: KeyOrder): void {
  const parentPath = path.slice(0, -1);
  const key = path.at(-1);
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (!isMap(parent) || typeof key !== 'string' || parent.has(key)) {
    doc.setIn(path, value);
    return;
  }
  const map = parent as YAMLMap;
  const keys = order(parentPath);
  const rank = keys.indexOf(key);
  const index = map.items.findIndex((item) => keys.indexOf(String((item.key as { value?: unknown })?.value)) > rank);
  const pair = doc.createPair(key, value);
  if (rank < 0 || index < 0) map.items.push(pair);
  else map.items.splice(index, 0, pair);
}

function applyChanges(
  doc: Document,
  path: (string | number)[],
  before: unknown,
  after: unknown,
  order: KeyOrder,
): void {
  if (sameValue(before, after)) return;
  if (after === undefined) {
    doc.deleteIn(path);
  } else if (isPlainObject(before) && isPlainObject(after) && path.length > 0) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      applyChanges(doc, [...path, key], before[key], after[key], order);
  } else if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((value, index) => applyChanges(doc, [...path, index], before[index], value, order));
  } else {
    setKey(doc, path, after, order);
  }
}

/**
 * The original file with the draft's changes: untouched fields keep their lines, the body its
 * text when unchanged. Falls back to a new text when the original cannot be read.
 */
export function editEntryText(original: string, draft: EntryDraft, order: KeyOrder): string {
  const text = original.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const closed = FRONTMATTER.exec(text);
  const doc = closed ? parseDocument(closed[1] ?? '') : undefined;
  if (!closed || !doc || doc.errors.length > 0 || !isMap(doc.contents)) return newEntryText(draft);
  const before = readEntry(text);
  for (const key of new Set([...Object.keys(before.data), ...Object.keys(draft.data)]))
    applyChanges(doc, [key], before.data[key], draft.data[key], order);
  const yaml = doc.toString(YAML_OPTIONS);
  const rest = before.body === draft.body ? text.slice(closed[0].length) : bodyBlock(draft.body);
  return `---\n${yaml}---\n${rest}`;
}
