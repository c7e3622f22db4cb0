/**
 * The preview: the entry as its page will show it (name, summary, price, photos, contacts and
 * the story rendered by the site's own Markdown renderer once it is loaded).
 */
import type * as MarkdownModule from '../../lib/markdown.ts';
import type { EditorTarget } from '../../lib/editor/target.ts';
import { formatPrice } from '../../lib/rupiah.ts';
import { h } from './form-view.ts';

interface PreviewState {
  data: Record<string, unknown>;
  body: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function renderPreview(
  section: HTMLElement,
  target: EditorTarget,
  state: PreviewState,
  thumbnail: (name: string) => HTMLCanvasElement | undefined,
  markdown: Promise<typeof MarkdownModule> | undefined,
): void {
  const heading = section.querySelector('h2');
  const { data } = state;
  const price = data['harga'] as { dari?: unknown; sampai?: unknown; satuan?: unknown } | undefined;
  const photos = (Array.isArray(data['foto']) ? data['foto'] : []) as { src?: string; alt?: string }[];
  const first = photos[0];
  const firstThumb = first ? thumbnail(String(first.src ?? '').replace(/^\.\//, '')) : undefined;
  let photo: HTMLCanvasElement | undefined;
  if (firstThumb && firstThumb.width > 0) {
    photo = h('canvas', { class: 'thumb', role: 'img', 'aria-label': first?.alt || 'Foto utama' });
    photo.width = firstThumb.width;
    photo.height = firstThumb.height;
    photo.getContext('2d')?.drawImage(firstThumb, 0, 0);
  }
  const story = h('div', { class: 'prose' });
  const paragraphs = state.body.split(/\n{2,}/).filter((p) => p.trim());
  story.append(...paragraphs.map((p) => h('p', {}, p)));
  void markdown?.then(({ renderMarkdown }) => {
    // The site's own safe renderer: raw HTML is escaped, links limited, images dropped.
    story.innerHTML = renderMarkdown(state.body);
  });
  const contacts = Object.entries((data['kontak'] ?? {}) as Record<string, unknown>).map(([k, v]) =>
    h('li', {}, `${k}: ${String(v)}`),
  );
  const card = h(
    'article',
    { class: 'preview-card' },
    h('p', { class: 'preview-title' }, text(data['nama']) ?? target.title),
    photo,
    text(data['ringkasan']) ? h('p', { class: 'lead' }, String(data['ringkasan'])) : undefined,
    typeof price?.dari === 'number' && typeof price.satuan === 'string'
      ? h(
          'p',
          { class: 'price' },
          formatPrice({
            min: price.dari,
            max: typeof price.sampai === 'number' ? price.sampai : undefined,
            unit: price.satuan,
          }),
        )
      : undefined,
    contacts.length ? h('ul', {}, ...contacts) : undefined,
    story,
  );
  section.replaceChildren(...(heading ? [heading] : []), card);
}
