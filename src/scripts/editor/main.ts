/**
 * The contribution editor (/kontribusi/editor/): opened from an entry's page, it downloads that
 * kecamatan's data, shows the schema's form, checks every change with the validator's own code
 * (src/lib/validation/check-entry.ts), prepares photos on the phone, keeps the draft in
 * IndexedDB, and hands the result to GitHub or to the maintainers.
 */
import type * as MarkdownModule from '../../lib/markdown.ts';
import { entrySchemas, checkEntryText, type EntryIssue, type EntryRules } from '../../lib/validation/check-entry.ts';
import { areasOfData, type EditorData } from '../../lib/editor/editor-data.ts';
import { formOf, type Field } from '../../lib/editor/form-model.ts';
import { getAt, keyOrderOf, ordered, prune, removeAt, setAt, type FieldPath } from '../../lib/editor/draft-data.ts';
import { editEntryText, newEntryText, readEntry } from '../../lib/editor/entry-document.ts';
import { dataFileFor, targetOf, type EditorTarget } from '../../lib/editor/target.ts';
import { preparedName } from '../../lib/photo-fit.ts';
import { h, pathKey, renderField, showProblems, type FormHost } from './form-view.ts';
import { discardDraft, loadDraft, saveDraft, type StoredPhoto } from './draft-store.ts';
import { prepareOnDevice, PhotoError } from './photo-canvas.ts';
import { renderPreview } from './preview-view.ts';

const root = document.getElementById('editor');
const status = document.getElementById('editor-status');

/** Today in West Java, TTTT-BB-HH. */
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });

function fail(message: string): void {
  if (status) {
    status.textContent = message;
    status.classList.add('error');
  }
}

interface State {
  data: Record<string, unknown>;
  body: string;
  photos: StoredPhoto[];
}

type Markdown = typeof MarkdownModule;
let markdown: Promise<Markdown> | undefined;
/** The body checks and renderer (markdown-it), loaded once the body or the preview is used. */
const loadMarkdown = () => (markdown ??= import('../../lib/markdown.ts'));

async function start(container: HTMLElement): Promise<void> {
  const config = container.dataset;
  const params = new URLSearchParams(location.search);
  const request = { desa: params.get('desa'), produk: params.get('produk'), hub: params.get('hub') };
  const file = dataFileFor(request);
  if (!file) {
    fail('Alamat editor ini tidak lengkap. Buka editor dari halaman desa, produk atau Creative Center.');
    return;
  }
  let data: EditorData;
  try {
    const response = await fetch(`${config['base'] ?? '/'}kontribusi/data/${file}`);
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as EditorData;
  } catch {
    fail('Data desa tidak dapat dimuat. Periksa sambungan internet, lalu muat ulang halaman ini.');
    return;
  }
  const areas = areasOfData(data);
  const contentDir = config['contentDir'] ?? 'content';
  const target = targetOf(request, areas, data.entries, contentDir);
  if (!target) {
    fail('Entri ini tidak ditemukan. Buka editor dari halaman desa, produk atau Creative Center di situs ini.');
    return;
  }
  const rules: EntryRules = { schemas: entrySchemas(areas, config['province'] ?? '32'), areas, contentDir };
  const fields = formOf(rules.schemas[target.kind]);
  const order = keyOrderOf(fields);
  const draftKey = `${target.kind}:${request.desa ?? ''}:${request.produk ?? request.hub ?? ''}`;
  const initial = target.original
    ? readEntry(target.original)
    : { data: { ...target.fixed, diperbarui: today() }, body: '' };
  const stored = await loadDraft(draftKey).catch(() => undefined);
  const state: State = stored
    ? { data: stored.data, body: stored.body, photos: stored.photos }
    : { data: initial.data, body: initial.body, photos: [] };
  new Editor(container, target, rules, fields, order, state, draftKey, Boolean(stored)).mount();
}

class Editor implements FormHost {
  private touched = new Set<string>();
  private showAll = false;
  private thumbs = new Map<string, HTMLCanvasElement>();
  private timer: number | undefined;
  private form = h('div', { class: 'editor-form' });
  private summary = h('div', { class: 'error-summary', role: 'alert', hidden: '' });
  /** The draft's state for the operator; `data-tersimpan` is "ya" once the latest change is saved. */
  private saved = h('p', { class: 'hint', role: 'status', 'data-tersimpan': 'ya' });
  private revision = 0;
  private preview = h('section', { class: 'preview', 'aria-labelledby': 'pratinjau-judul' });
  private handover = h('section', { class: 'handover', 'aria-labelledby': 'kirim-judul' });
  private bodyInput = h('textarea', {
    id: 'isian-isi',
    rows: '8',
    'aria-describedby': 'isian-isi-petunjuk isian-isi-galat',
  });

  constructor(
    private container: HTMLElement,
    private target: EditorTarget,
    private rules: EntryRules,
    private fields: Field[],
    private order: ReturnType<typeof keyOrderOf>,
    private state: State,
    private draftKey: string,
    restored: boolean,
  ) {
    if (restored) this.saved.textContent = 'Draf sebelumnya dipulihkan dari ponsel ini.';
  }

  get(path: FieldPath): unknown {
    return getAt(this.state.data, path);
  }

  set(path: FieldPath, value: unknown): void {
    this.state.data = setAt(this.state.data, path, value);
    this.touched.add(pathKey(path));
    this.schedule();
  }

  change(path: FieldPath, value: unknown): void {
    this.state.data = setAt(this.state.data, path, value);
    this.drawForm();
    this.schedule();
  }

  isOpen(path: string): boolean {
    return ['kontak', 'harga', 'pesan'].includes(path);
  }

  thumbnail(name: string): HTMLCanvasElement | undefined {
    const photo = this.state.photos.find((p) => p.name === name);
    if (!photo) return undefined;
    let canvas = this.thumbs.get(name);
    if (!canvas) {
      const made = h('canvas', { class: 'thumb', role: 'img', 'aria-label': `Pratinjau ${name}` });
      void createImageBitmap(new Blob([photo.bytes as BlobPart], { type: 'image/jpeg' }), { resizeWidth: 320 }).then(
        (bitmap) => {
          made.width = bitmap.width;
          made.height = bitmap.height;
          made.getContext('2d')?.drawImage(bitmap, 0, 0);
        },
      );
      this.thumbs.set(name, made);
      canvas = made;
    }
    return canvas;
  }

  addPhotos(files: FileList): void {
    const field = this.fields.find((f) => f.key === 'foto');
    const max = field?.type === 'photos' ? field.max : 0;
    const note = h('p', { class: 'hint', role: 'status' }, 'Menyiapkan foto…');
    this.form.querySelector('[data-field="foto"]')?.append(note);
    void (async () => {
      for (const file of Array.from(files)) {
        const list = (this.get(['foto']) as unknown[] | undefined) ?? [];
        if (list.length >= max) break;
        try {
          const photo = await prepareOnDevice(file);
          const taken = new Set(list.map((p) => String((p as { src?: unknown }).src ?? '').replace(/^\.\//, '')));
          let name = preparedName(file.name);
          for (let n = 2; taken.has(name); n += 1) name = preparedName(`${file.name.replace(/\.[^.]*$/, '')}-${n}`);
          this.state.photos.push({ name, bytes: photo.bytes, width: photo.width, height: photo.height });
          this.state.data = setAt(this.state.data, ['foto'], [...list, { src: `./${name}`, alt: '' }]);
          note.textContent = `Foto siap: ${photo.width}×${photo.height} piksel, ${Math.round(photo.bytes.length / 1000)} KB (dari ${photo.input.width}×${photo.input.height}, ${Math.round(photo.input.bytes / 1000)} KB), tanpa data lokasi.`;
        } catch (error) {
          note.textContent = error instanceof PhotoError ? error.message : 'Foto ini gagal diolah. Coba foto lain.';
          note.classList.add('error');
          return;
        }
      }
      const message = note.textContent;
      this.drawForm();
      this.form.querySelector('[data-field="foto"]')?.append(h('p', { class: 'hint', role: 'status' }, message ?? ''));
      this.schedule();
    })();
  }

  removePhoto(index: number): void {
    const list = (this.get(['foto']) as { src?: string }[] | undefined) ?? [];
    const name = String(list[index]?.src ?? '').replace(/^\.\//, '');
    this.state.photos = this.state.photos.filter((p) => p.name !== name);
    this.thumbs.delete(name);
    this.change([], removeAt(this.state.data, ['foto'], index));
  }

  /** The Markdown the contribution sends: the original with changes, or a new file. */
  text(): string {
    const data = (prune(this.state.data) ?? {}) as Record<string, unknown>;
    const draft = { data: ordered(data, this.order) as Record<string, unknown>, body: this.state.body };
    return this.target.original ? editEntryText(this.target.original, draft, this.order) : newEntryText(draft);
  }

  path(): string {
    return this.target.path(this.state.data);
  }

  check() {
    const path = this.path();
    const rel = path.slice(this.rules.contentDir.length + 1);
    return checkEntryText(this.text(), rel, this.target.kind, this.rules);
  }

  private schedule(): void {
    this.revision += 1;
    this.saved.dataset['tersimpan'] = 'belum';
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.refresh(), 250);
  }

  /** Checks the draft, shows the problems and the preview, saves it; returns the problems. */
  private refresh(): EntryIssue[] {
    const { issues } = this.check();
    const unplaced = showProblems(
      this.container,
      issues.map((i) => ({ field: i.field, message: i.message })),
      (field) => this.showAll || [...this.touched].some((t) => t === field || t.startsWith(`${field}.`)),
    );
    this.summary.replaceChildren();
    this.summary.hidden = !this.showAll || issues.length === 0;
    if (this.showAll && issues.length > 0) {
      this.summary.append(
        h('h2', {}, 'Masih ada yang perlu diperbaiki'),
        h(
          'ul',
          {},
          ...issues.map((issue) =>
            h('li', {}, unplaced.includes(issue) || !issue.field ? issue.message : `${issue.field}: ${issue.message}`),
          ),
        ),
      );
    }
    renderPreview(this.preview, this.target, this.state, (name) => this.thumbnail(name), markdown);
    this.save();
    this.handover.replaceChildren();
    return issues;
  }

  /** Keeps the draft in IndexedDB; also called when the page is hidden (a call, a closed tab). */
  save(): void {
    const revision = this.revision;
    void saveDraft(this.draftKey, { ...this.state, saved: new Date().toISOString() }).then(
      () => {
        this.saved.textContent = `Draf tersimpan di ponsel ini (${new Date().toLocaleTimeString('id-ID')}).`;
        if (revision === this.revision) this.saved.dataset['tersimpan'] = 'ya';
      },
      () => (this.saved.textContent = 'Draf tidak dapat disimpan di peramban ini; jangan tutup halaman ini.'),
    );
  }

  private drawForm(): void {
    const fixed = new Set(Object.keys(this.target.fixed));
    this.form.replaceChildren(
      ...this.fields
        .filter((field) => !fixed.has(field.key) && field.key !== 'diperbarui')
        .map((field) => renderField(field, [field.key], this)),
    );
  }

  private async send(): Promise<void> {
    // A pending refresh would clear the hand-over: this check replaces it.
    window.clearTimeout(this.timer);
    this.showAll = true;
    const { inspectMarkdown } = await loadMarkdown();
    this.rules.inspectBody = inspectMarkdown;
    const issues = this.refresh();
    if (issues.length > 0) {
      this.summary.tabIndex = -1;
      this.summary.focus();
      return;
    }
    // The hand-over (and its zip writer) loads only when a contribution is ready to send.
    const { renderHandover } = await import('./handover-view.ts');
    renderHandover(
      this.handover,
      this.container.dataset,
      {
        path: this.path(),
        markdown: this.text(),
        title: this.target.title,
        photos: this.state.photos
          .filter((photo) =>
            ((this.get(['foto']) as { src?: string }[] | undefined) ?? []).some((f) => f.src === `./${photo.name}`),
          )
          .map((photo) => ({ name: photo.name, bytes: photo.bytes })),
        existing: Boolean(this.target.original),
      },
      today(),
      () => void discardDraft(this.draftKey).then(() => location.reload()),
    );
    this.handover.querySelector('h2')?.focus();
  }

  mount(): void {
    const village = this.target.village;
    const facts = village
      ? h(
          'dl',
          { class: 'facts' },
          h('dt', {}, 'Kode Kemendagri'),
          h('dd', {}, village.code),
          h('dt', {}, 'Nama resmi'),
          h('dd', {}, village.name),
          h('dt', {}, 'Berkas'),
          h('dd', { class: 'path' }, this.path()),
        )
      : undefined;
    this.bodyInput.value = this.state.body;
    this.bodyInput.addEventListener('input', () => {
      this.state.body = this.bodyInput.value;
      this.touched.add('(isi)');
      void loadMarkdown().then(({ inspectMarkdown }) => (this.rules.inspectBody = inspectMarkdown));
      this.schedule();
    });
    const body = h(
      'div',
      { class: 'field', 'data-field': '(isi)' },
      h('label', { for: 'isian-isi' }, 'Cerita', h('span', { class: 'optional' }, ' (boleh kosong)')),
      this.bodyInput,
      h(
        'p',
        { class: 'hint', id: 'isian-isi-petunjuk' },
        'Ceritakan dengan kalimat biasa. Baris kosong memisahkan paragraf; tautan ditulis lengkap dengan https://.',
      ),
      h('p', { class: 'field-error', id: 'isian-isi-galat', hidden: '' }),
    );
    const check = h('button', { type: 'button', class: 'primary' }, 'Periksa dan kirim');
    check.addEventListener('click', () =>
      this.send().catch((error: unknown) => {
        // Never a silent button: say so, and keep the draft (it is saved).
        this.summary.hidden = false;
        this.summary.replaceChildren(
          h('p', {}, 'Pemeriksaan gagal dijalankan. Periksa sambungan internet lalu coba lagi; draf Anda tersimpan.'),
        );
        console.error(error);
      }),
    );
    this.preview.append(h('h2', { id: 'pratinjau-judul' }, 'Pratinjau'));
    this.drawForm();
    status?.remove();
    this.container.append(
      h('h2', {}, this.target.title),
      ...(facts ? [facts] : []),
      this.summary,
      this.form,
      body,
      this.saved,
      this.preview,
      check,
      this.handover,
    );
    this.refresh();
    const discard = h('button', { type: 'button', class: 'secondary' }, 'Buang draf dan mulai lagi');
    discard.addEventListener('click', () => {
      if (confirm('Buang draf ini? Isian dan foto yang belum dikirim akan hilang.'))
        void discardDraft(this.draftKey).then(() => location.reload());
    });
    this.container.append(discard);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.save();
    });
  }
}

if (root) {
  void start(root).catch(() => fail('Editor gagal dimuat. Muat ulang halaman ini.'));
  // Once loaded, the editor works offline: a service worker keeps this page, its code and data.
  if ('serviceWorker' in navigator) {
    void navigator.serviceWorker
      .register(`${root.dataset['base'] ?? '/'}kontribusi/editor/sw.js`)
      .then(() => navigator.serviceWorker.ready)
      .then((registration) =>
        registration.active?.postMessage({
          cache: [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)],
        }),
      )
      .catch(() => undefined);
  }
}
