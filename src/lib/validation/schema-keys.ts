/** The field names a zod object schema accepts at a path, for "did you mean …?" hints. */
import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  schema?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i += 1) {
    const def = defOf(current);
    const next = def.innerType ?? def.in ?? def.schema;
    if (!next || def.type === 'object' || def.type === 'array') return current;
    current = next;
  }
  return current;
}

export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (!current) return [];
    const def = defOf(current);
    if (def.type === 'array' && typeof segment === 'number') current = def.element && unwrap(def.element);
    else if (def.type === 'object' && typeof segment === 'string') {
      const child: z.ZodType | undefined = def.shape?.[segment];
      current = child && unwrap(child);
    } else return [];
  }
  const def = current && defOf(current);
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
