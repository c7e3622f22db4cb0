/**
 * Renders the editor's form from the field model (src/lib/editor/form-model.ts): one column,
 * a label, a hint and an error line per field (tied with aria-describedby), the right keyboard
 * per kind, lists with "Tambah"/"Hapus", optional groups folded until used.
 */
import type { Field } from '../../lib/editor/form-model.ts';
import type { FieldPath } from '../../lib/editor/draft-data.ts';
import { inputAttributes, textOfValue, valueOfInput } from '../../lib/editor/typed-value.ts';

export interface FormHost {
  get(path: FieldPath): unknown;
  /** A value typed: stored, checked and saved; no re-render. */
  set(path: FieldPath, value: unknown): void;
  /** A list item added or removed: stored, then the form is drawn again. */
  change(path: FieldPath, value: unknown): void;
  /** Photos chosen for the `foto` list. */
  addPhotos(files: FileList): void;
  removePhoto(index: number): void;
  /** The preview of a photo prepared in this draft, by file name. */
  thumbnail(name: string): HTMLCanvasElement | undefined;
  /** Fields (by dotted path) that stay folded unless they hold a value. */
  isOpen(path: string): boolean;
}

type Attributes = Record<string, string | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}

export const pathKey = (path: FieldPath): string => path.join('.');
const idOf = (path: FieldPath) => `isian-${path.join('-') || 'akar'}`.replace(/[^A-Za-z0-9_-]/g, '_');

/** The hint and error lines under a field, and the attribute that ties them to the control. */
function help(id: string, hint: string): { nodes: HTMLElement[]; describedBy: string } {
  const error = h('p', { class: 'field-error', id: `${id}-galat`, hidden: '' });
  const nodes = hint ? [h('p', { class: 'hint', id: `${id}-petunjuk` }, hint), error] : [error];
  return { nodes, describedBy: [hint ? `${id}-petunjuk` : undefined, `${id}-galat`].filter(Boolean).join(' ') };
}

const requiredMark = (required: boolean) =>
  required ? undefined : h('span', { class: 'optional' }, ' (boleh kosong)');

function inputField(field: Extract<Field, { type: 'input' }>, path: FieldPath, host: FormHost): HTMLElement {
  const id = idOf(path);
  const { nodes, describedBy } = help(id, field.hint);
  const attrs = inputAttributes(field.input);
  const common: Attributes = {
    id,
    name: pathKey(path),
    'aria-describedby': describedBy,
    ...(field.required ? { 'aria-required': 'true' } : {}),
  };
  const value = textOfValue(field.input, host.get(path));
  const control =
    field.input === 'textarea'
      ? h('textarea', { ...common, rows: '3' })
      : h('input', {
          ...common,
          type: attrs.type,
          inputmode: attrs.inputmode,
          autocomplete: attrs.autocomplete ?? 'off',
        });
  control.value = value;
  control.addEventListener('input', () => host.set(path, valueOfInput(field.input, control.value)));
  control.addEventListener('change', () => {
    // Show the stored form (WhatsApp 62…, a price with its dots) once the operator moves on.
    const stored = host.get(path);
    if (stored !== undefined && typeof stored !== 'string') control.value = textOfValue(field.input, stored);
    else if (field.input === 'whatsapp' && typeof stored === 'string') control.value = stored;
  });
  return h(
    'div',
    { class: 'field', 'data-field': pathKey(path) },
    h('label', { for: id }, field.label, requiredMark(field.required)),
    ...nodes,
    control,
  );
}

function choiceField(field: Extract<Field, { type: 'choice' }>, path: FieldPath, host: FormHost): HTMLElement {
  const id = idOf(path);
  const { nodes, describedBy } = help(id, field.hint);
  const current = host.get(path);
  const select = h(
    'select',
    { id, name: pathKey(path), 'aria-describedby': describedBy },
    h('option', { value: '' }, field.required ? '— pilih —' : '— tidak diisi —'),
    ...field.choices.map((choice) =>
      h(
        'option',
        { value: String(choice.value), ...(String(current) === String(choice.value) ? { selected: '' } : {}) },
        choice.label,
      ),
    ),
  );
  select.addEventListener('change', () => {
    const choice = field.choices.find((c) => String(c.value) === select.value);
    host.set(path, choice?.value);
  });
  return h(
    'div',
    { class: 'field', 'data-field': pathKey(path) },
    h('label', { for: id }, field.label, requiredMark(field.required)),
    ...nodes,
    select,
  );
}

function choicesField(field: Extract<Field, { type: 'choices' }>, path: FieldPath, host: FormHost): HTMLElement {
  const id = idOf(path);
  const { nodes, describedBy } = help(id, field.hint);
  const selected = () => (Array.isArray(host.get(path)) ? (host.get(path) as unknown[]) : []);
  const boxes = field.choices.map((choice, index) => {
    const box = h('input', { type: 'checkbox', id: `${id}-${index}`, value: String(choice.value) });
    box.checked = selected().includes(choice.value);
    box.addEventListener('change', () => {
      const rest = selected().filter((v) => v !== choice.value);
      host.set(path, box.checked ? [...rest, choice.value] : rest);
    });
    return h('div', { class: 'check' }, box, h('label', { for: `${id}-${index}` }, choice.label));
  });
  return h(
    'fieldset',
    { class: 'field', 'data-field': pathKey(path), 'aria-describedby': describedBy },
    h('legend', {}, field.label, requiredMark(field.required)),
    ...nodes,
    ...boxes,
  );
}

function listField(field: Extract<Field, { type: 'list' }>, path: FieldPath, host: FormHost): HTMLElement {
  const id = idOf(path);
  const { nodes } = help(id, field.hint);
  const items = Array.isArray(host.get(path)) ? (host.get(path) as unknown[]) : [];
  const rendered = items.map((_, index) => {
    const item = { ...field.item, label: `${field.label} ${index + 1}`, required: true } as Field;
    const remove = h(
      'button',
      { type: 'button', class: 'secondary' },
      `Hapus ${field.label.toLowerCase()} ${index + 1}`,
    );
    remove.addEventListener('click', () =>
      host.change(
        path,
        items.filter((__, i) => i !== index),
      ),
    );
    return h('div', { class: 'list-item' }, renderField(item, [...path, index], host), remove);
  });
  const full = field.max !== undefined && items.length >= field.max;
  const add = h('button', { type: 'button', class: 'secondary' }, `Tambah ${field.label.toLowerCase()}`);
  add.addEventListener('click', () => host.change(path, [...items, field.item.type === 'group' ? {} : '']));
  return h(
    'fieldset',
    { class: 'field list', 'data-field': pathKey(path) },
    h('legend', {}, field.label, requiredMark(field.required)),
    ...nodes,
    ...rendered,
    full ? undefined : add,
  );
}

function photosField(field: Extract<Field, { type: 'photos' }>, path: FieldPath, host: FormHost): HTMLElement {
  const id = idOf(path);
  const { nodes } = help(id, field.hint);
  const photos = Array.isArray(host.get(path)) ? (host.get(path) as { src?: string }[]) : [];
  const items = photos.map((photo, index) => {
    const name = String(photo.src ?? '').replace(/^\.\//, '');
    const thumb = host.thumbnail(name);
    const remove = h('button', { type: 'button', class: 'secondary' }, `Hapus foto ${index + 1}`);
    remove.addEventListener('click', () => host.removePhoto(index));
    // Each photo's own fields from the schema (alt text, caption), labelled with its number.
    const fields = field.fields.map((child) =>
      renderField(
        { ...child, label: `Foto ${index + 1}: ${child.label.toLowerCase()}` } as Field,
        [...path, index, child.key],
        host,
      ),
    );
    return h(
      'div',
      { class: 'photo-item', 'data-field': pathKey([...path, index]) },
      thumb ?? h('p', { class: 'hint' }, `Foto yang sudah ada: ${name}`),
      ...fields,
      remove,
    );
  });
  const full = photos.length >= field.max;
  const picker = (capture: boolean) => {
    const input = h('input', {
      type: 'file',
      id: `${id}-${capture ? 'kamera' : 'galeri'}`,
      class: 'visually-hidden',
      accept: 'image/jpeg,image/png',
      ...(capture ? { capture: 'environment' } : { multiple: '' }),
    });
    input.addEventListener('change', () => {
      if (input.files?.length) host.addPhotos(input.files);
    });
    return [
      input,
      h('label', { for: input.id, class: 'button secondary' }, capture ? 'Ambil foto' : 'Pilih dari galeri'),
    ];
  };
  return h(
    'fieldset',
    { class: 'field photos', 'data-field': pathKey(path) },
    h('legend', {}, field.label, requiredMark(field.required)),
    ...nodes,
    ...items,
    full ? h('p', { class: 'hint' }, `Sudah ${field.max} foto, batas untuk isian ini.`) : undefined,
    ...(full ? [] : [...picker(true), ...picker(false)]),
  );
}

/** An optional field at the top level folds away until used (or asked open by the host). */
function folded(field: Field, path: FieldPath, host: FormHost, content: HTMLElement): HTMLElement {
  if (field.required || path.length !== 1) return content;
  const details = h('details', { class: 'more' }, h('summary', {}, field.label), content);
  details.open = host.get(path) !== undefined || host.isOpen(pathKey(path));
  return details;
}

function groupField(field: Extract<Field, { type: 'group' }>, path: FieldPath, host: FormHost): HTMLElement {
  const id = idOf(path);
  const { nodes } = help(id, field.hint);
  const children = field.fields.map((child) => renderField(child, [...path, child.key], host));
  const fieldset = h(
    'fieldset',
    { class: 'field group', 'data-field': pathKey(path) },
    h('legend', {}, field.label, requiredMark(field.required)),
    ...nodes,
    ...children,
  );
  return folded(field, path, host, fieldset);
}

export function renderField(field: Field, path: FieldPath, host: FormHost): HTMLElement {
  switch (field.type) {
    case 'input':
      return inputField(field, path, host);
    case 'choice':
      return choiceField(field, path, host);
    case 'choices':
      return folded(field, path, host, choicesField(field, path, host));
    case 'list':
      return folded(field, path, host, listField(field, path, host));
    case 'photos':
      return photosField(field, path, host);
    case 'group':
      return groupField(field, path, host);
  }
}

/** Writes each problem beside its field (or the nearest enclosing one); returns the rest. */
export function showProblems(
  form: HTMLElement,
  problems: { field: string; message: string }[],
  visible: (field: string) => boolean,
): { field: string; message: string }[] {
  for (const error of form.querySelectorAll<HTMLElement>('.field-error')) {
    error.hidden = true;
    error.textContent = '';
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  const unplaced: { field: string; message: string }[] = [];
  for (const problem of problems) {
    let parts = problem.field.split('.');
    let box: HTMLElement | null = null;
    while (parts.length > 0 && !box) {
      box = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(parts.join('.'))}"]`);
      if (!box) parts = parts.slice(0, -1);
    }
    if (!box) {
      unplaced.push(problem);
      continue;
    }
    if (!visible(parts.join('.'))) continue;
    const error = box.querySelector<HTMLElement>(':scope > .field-error, :scope > fieldset > .field-error');
    if (!error) continue;
    error.hidden = false;
    // A problem inside a folded group unfolds it.
    const fold = box.closest('details');
    if (fold) fold.open = true;
    error.textContent = error.textContent ? `${error.textContent} ${problem.message}` : problem.message;
    box.querySelector(':scope > input, :scope > textarea, :scope > select')?.setAttribute('aria-invalid', 'true');
  }
  return unplaced;
}
