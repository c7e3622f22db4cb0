/**
 * The editor's draft as plain data: reading and writing a value at a field path, dropping what
 * is empty (an empty field is an absent field, as in a hand-written file), and putting keys in
 * the schema's order for a new file.
 */
import { valueAt } from '../field-path.ts';
import type { Field } from './form-model.ts';
import type { KeyOrder } from './entry-document.ts';

export type FieldPath = readonly (string | number)[];
type Container = Record<string | number, unknown>;

/** The value at a field path (src/lib/field-path.ts). */
export { valueAt as getAt };

/** `data` with `value` at `path` (containers created on the way); the input is not changed. */
export function setAt<T>(data: T, path: FieldPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const container = (
    Array.isArray(data)
      ? [...(data as unknown[])]
      : typeof data === 'object' && data !== null
        ? { ...(data as Container) }
        : typeof head === 'number'
          ? []
          : {}
  ) as Container;
  container[head] = setAt(container[head], rest, value);
  return container as T;
}

/** `data` without the item at `index` of the list at `path`. */
export function removeAt<T>(data: T, path: FieldPath, index: number): T {
  const list = valueAt(data, path);
  if (!Array.isArray(list)) return data;
  return setAt(
    data,
    path,
    list.filter((_, i) => i !== index),
  );
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value).length === 0);

/** Empty strings, lists and groups removed, deepest first. */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => !isEmpty(item));
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, prune(v)] as const)
      .filter(([, v]) => !isEmpty(v));
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return isEmpty(value) ? undefined : value;
}

function groupAt(fields: Field[], path: FieldPath): Field[] | undefined {
  let current: Field[] | undefined = fields;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    const field: Field | undefined = current?.find((f) => f.key === segment);
    const inner: Field | undefined = field?.type === 'list' ? field.item : field;
    current = inner?.type === 'group' ? inner.fields : undefined;
  }
  return current;
}

/** The schema's field order at each path, for src/lib/editor/entry-document.ts. */
export function keyOrderOf(fields: Field[]): KeyOrder {
  return (path) => groupAt(fields, path)?.map((f) => f.key) ?? [];
}

/** `data` with its keys, at every depth, in the schema's order (unknown keys last). */
export function ordered(data: unknown, order: KeyOrder, path: FieldPath = []): unknown {
  if (Array.isArray(data)) return data.map((item, i) => ordered(item, order, [...path, i]));
  if (typeof data !== 'object' || data === null || data instanceof Date) return data;
  const keys = order(path);
  const rank = (k: string) => (keys.includes(k) ? keys.indexOf(k) : keys.length);
  return Object.fromEntries(
    Object.entries(data)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([k, v]) => [k, ordered(v, order, [...path, k])]),
  );
}
