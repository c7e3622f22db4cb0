import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import {
  DOCS_FILE,
  ENTITIES,
  ROOT,
  generatedFiles,
  schemaFile,
  staleFiles,
  type JsonSchema,
} from '../../scripts/json-schema.ts';
import { schemas } from '../helpers/schemas.ts';

const committed = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const jsonOf = (kind: keyof typeof schemas) => JSON.parse(committed(schemaFile(kind))) as JsonSchema;

/** The description of a field as zod holds it, looking through `.optional()` and other wrappers. */
function zodDescription(field: z.ZodType): string | undefined {
  let current: z.ZodType | undefined = field;
  for (let depth = 0; current && depth < 10; depth += 1) {
    if (current.description !== undefined) return current.description;
    const def = current._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
    current = def.innerType ?? def.in;
  }
  return undefined;
}

/** Every object schema inside `schema`, with its path. */
function objectsIn(schema: JsonSchema, path = '(akar)'): [string, JsonSchema][] {
  const found: [string, JsonSchema][] = schema.type === 'object' ? [[path, schema]] : [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) found.push(...objectsIn(child, `${path}.${key}`));
  if (schema.items) found.push(...objectsIn(schema.items, `${path}[]`));
  for (const option of schema.anyOf ?? []) found.push(...objectsIn(option, path));
  return found;
}

describe('generated JSON Schemas and field reference', () => {
  it('are up to date with src/schemas/ (npm run json-schema -- --check)', () => {
    const check = spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/json-schema.ts', '--check'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('--check notices a stale or missing file', async () => {
    const files = await generatedFiles();
    const root = mkdtempSync(join(tmpdir(), 'etalase-schema-'));
    try {
      for (const [path, text] of files) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      expect(staleFiles(root, files)).toEqual([]);
      writeFileSync(join(root, schemaFile('produk')), committed(schemaFile('produk')).replace('"nama"', '"judul"'));
      rmSync(join(root, DOCS_FILE));
      expect(staleFiles(root, files)).toEqual([schemaFile('produk'), DOCS_FILE]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  for (const { kind } of ENTITIES) {
    it(`${schemaFile(kind)} has every top-level field of the zod schema, with its description`, () => {
      const json = jsonOf(kind);
      const shape = schemas[kind].shape as Record<string, z.ZodType>;
      expect(Object.keys(json.properties ?? {})).toEqual(Object.keys(shape));
      for (const [key, field] of Object.entries(shape)) {
        expect(json.properties?.[key]?.description, key).toBe(zodDescription(field));
      }
      expect(json.description).toBe(schemas[kind].description);
      expect(json.required).toEqual(Object.keys(shape).filter((key) => !shape[key]?.safeParse(undefined).success));
    });

    it(`${schemaFile(kind)} refuses unknown fields, at every level`, () => {
      const objects = objectsIn(jsonOf(kind));
      expect(objects.length).toBeGreaterThan(1);
      for (const [path, object] of objects) expect(object.additionalProperties, path).toBe(false);
    });
  }

  it('carries the vocabularies as enums', () => {
    const product = jsonOf('produk');
    expect(product.properties?.['kategori']?.enum).toEqual(schemas.produk.shape.kategori.options);
    expect(product.properties?.['produsen']?.properties?.['jenis']?.enum).toEqual(
      schemas.produk.shape.produsen.shape.jenis.options,
    );
    expect(jsonOf('hub').properties?.['status']?.enum).toEqual(schemas.hub.shape.status.options);
  });

  it('docs/isian.md lists every field with its description and allowed values', () => {
    const docs = committed(DOCS_FILE);
    for (const { kind, title } of ENTITIES) {
      expect(docs).toContain(`## ${title}`);
      for (const [key, field] of Object.entries(jsonOf(kind).properties ?? {})) {
        expect(docs).toMatch(new RegExp(`\\| \`${key}\` +\\|`));
        if (field.description) expect(docs).toContain(field.description);
      }
    }
    expect(docs).toMatch(/\| `produsen\.jenis` +\| ya +\| pilihan +\|.*`pesantren`/);
    expect(docs).toMatch(/\| `harga\.dari` +\| ya, bila `harga` diisi +\|/);
    expect(docs).toContain('(../CONTRIBUTING.md)');
  });
});
