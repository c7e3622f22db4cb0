/**
 * The contribution editor's form, read from the zod schemas: which fields an entry has, their
 * labels (`meta({ title })`, else the field name), hints (`describe()`), choices (the enum's
 * values, labelled from src/schemas/vocabulary.ts), whether they are required, and which
 * keyboard they need (`meta({ input })`). Nothing here restates the content model.
 */
import type { ZodType } from '../../schemas/zod.ts';
import {
  availability,
  desaDigitalLevels,
  hubStatuses,
  idmStatuses,
  marketplaces,
  months,
  producerKinds,
  productCategories,
  shippingAreas,
  tourismClasses,
  villageThemes,
} from '../../schemas/vocabulary.ts';

/** How a value is typed: the keyboard (`inputmode`) and how the text becomes a value. */
export type InputKind =
  | 'text'
  | 'textarea'
  | 'whatsapp'
  | 'tel'
  | 'url'
  | 'email'
  | 'rupiah'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'partial-date';

export interface Choice {
  value: string | number;
  label: string;
}

interface FieldBase {
  key: string;
  /** Path from the entry's root, e.g. `['kontak', 'whatsapp']`. */
  path: (string | number)[];
  label: string;
  hint: string;
  required: boolean;
}

export type Field =
  | (FieldBase & { type: 'input'; input: InputKind; maxLength?: number | undefined })
  | (FieldBase & { type: 'choice'; choices: Choice[] })
  | (FieldBase & { type: 'choices'; choices: Choice[] })
  | (FieldBase & { type: 'list'; item: Field; max?: number | undefined })
  | (FieldBase & { type: 'group'; fields: Field[] })
  | (FieldBase & { type: 'photos'; max: number; fields: Field[] });

interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  innerType?: ZodType;
  element?: ZodType;
  in?: ZodType;
  options?: ZodType[];
  entries?: Record<string, string | number>;
  values?: (string | number)[];
}

interface Check {
  check: string;
  maximum?: number;
  format?: string;
}

const internals = (schema: ZodType) =>
  (schema as unknown as { _zod: { def: Def & { checks?: { _zod: { def: Check } }[] } } })._zod;

/** What the schema's checks say: its maximum length and number format (zod fills `bag` lazily). */
function limits(schema: ZodType): { maximum?: number | undefined; format?: string | undefined } {
  const checks = (internals(schema).def.checks ?? []).map((c) => c._zod.def);
  return {
    maximum: checks.find((c) => c.check === 'max_length')?.maximum,
    format: checks.find((c) => c.check === 'number_format')?.format,
  };
}

interface Meta {
  title?: string | undefined;
  description?: string | undefined;
  input?: InputKind | undefined;
}

const metaOf = (schema: ZodType): Meta => (schema as unknown as { meta(): Meta | undefined }).meta() ?? {};

/** Labels for the values of every controlled vocabulary, by value. */
const vocabularyLabels: Record<string, string> = Object.fromEntries(
  [
    villageThemes,
    tourismClasses,
    producerKinds,
    availability,
    shippingAreas,
    months,
    hubStatuses,
    desaDigitalLevels,
    Object.fromEntries(Object.entries(idmStatuses).map(([k, v]) => [k, v.label])),
    Object.fromEntries(Object.entries(productCategories).map(([k, v]) => [k, v.label])),
    Object.fromEntries(Object.entries(marketplaces).map(([k, v]) => [k, v.label])),
  ].flatMap((labels) => Object.entries(labels).map(([k, v]) => [k, String(v)])),
);

/** `desa_digital` → "Desa digital". */
export function labelOfKey(key: string): string {
  const words = key.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Peels optional and pipe wrappers; `meta` gathers the first title, hint and input seen. */
function peel(schema: ZodType): { core: ZodType; optional: boolean; meta: Meta } {
  let current = schema;
  let optional = false;
  const meta: Meta = {};
  for (let depth = 0; depth < 20; depth += 1) {
    const own = metaOf(current);
    meta.title ??= own.title;
    meta.description ??= own.description;
    meta.input ??= own.input;
    const def = internals(current).def;
    if (def.type === 'optional') optional = true;
    const next = def.type === 'optional' || def.type === 'pipe' ? (def.innerType ?? def.in) : undefined;
    if (!next) break;
    current = next;
  }
  return { core: current, optional, meta };
}

function choicesOf(def: Def): Choice[] | undefined {
  const values =
    def.type === 'enum'
      ? Object.values(def.entries ?? {})
      : def.type === 'union' && def.options?.every((o) => internals(o).def.type === 'literal')
        ? def.options.flatMap((o) => internals(o).def.values ?? [])
        : undefined;
  return values?.map((value) => ({ value, label: vocabularyLabels[String(value)] ?? String(value) }));
}

/** The form field for `schema` at `path`. */
export function fieldOf(schema: ZodType, path: (string | number)[]): Field {
  const { core, optional, meta } = peel(schema);
  const key = String(path.at(-1) ?? '');
  const base: FieldBase = {
    key,
    path,
    label: meta.title ?? labelOfKey(key),
    hint: meta.description ?? '',
    required: !optional,
  };
  const def = internals(core).def;
  const choices = choicesOf(def);
  if (choices) return { ...base, type: 'choice', choices };
  if (def.type === 'object') {
    const fields = Object.entries(def.shape ?? {}).map(([name, child]) => fieldOf(child, [...path, name]));
    return { ...base, type: 'group', fields };
  }
  if (def.type === 'array' && def.element) {
    const max = limits(core).maximum;
    const element = peel(def.element);
    const elementDef = internals(element.core).def;
    if (key === 'foto') {
      // What is asked of each photo (alt text, caption); the file itself comes from the picker.
      const item = fieldOf(def.element, [...path, 0]);
      const fields = item.type === 'group' ? item.fields.filter((f) => f.key !== 'src') : [];
      return { ...base, type: 'photos', max: max ?? 1, fields };
    }
    const elementChoices = choicesOf(elementDef);
    if (elementChoices) return { ...base, type: 'choices', choices: elementChoices };
    return { ...base, type: 'list', item: fieldOf(def.element, [...path, 0]), max };
  }
  const bag = limits(core);
  const input: InputKind =
    meta.input ??
    (def.type === 'number'
      ? bag.format === 'safeint'
        ? 'integer'
        : 'decimal'
      : (bag.maximum ?? 0) > 120
        ? 'textarea'
        : 'text');
  return { ...base, type: 'input', input, maxLength: def.type === 'string' ? bag.maximum : undefined };
}

/** The fields of an entry schema, in the schema's order. */
export function formOf(schema: ZodType): Field[] {
  const root = fieldOf(schema, []);
  return root.type === 'group' ? root.fields : [];
}
