/** Turns a field path from a zod issue into a line and column of the YAML source. */
import { isMap, isNode, isScalar, type Document, type LineCounter } from 'yaml';

export function locateField(
  doc: Document | undefined,
  lineCounter: LineCounter,
  yamlOffset: number,
  path: readonly PropertyKey[],
  key?: string,
): { line: number; column: number } {
  const fallback = { line: 1 + yamlOffset, column: 1 };
  if (!doc) return fallback;
  const position = (offset: number | undefined) => {
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + yamlOffset, column: pos.col };
  };
  // Walk as deep as the path exists; report the key of the deepest existing field.
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const parent = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (!isNode(parent)) continue;
    if (key !== undefined && depth === path.length && isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      const keyNode = pair?.key;
      if (isNode(keyNode)) return position(keyNode.range?.[0]) ?? fallback;
    }
    if (depth > 0 && depth <= path.length) {
      const container = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
      if (isMap(container)) {
        const name = String(path[depth - 1]);
        const pair = container.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
        if (pair && isNode(pair.key)) return position(pair.key.range?.[0]) ?? fallback;
      }
    }
    return position(parent.range?.[0]) ?? fallback;
  }
  return fallback;
}
