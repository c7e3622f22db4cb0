/**
 * Progressive enhancement of the search page. Without JavaScript the form is a plain GET form
 * and the page offers the browse path. With it, nothing of Pagefind loads until the visitor
 * focuses or types in the box (or arrives with ?q=), then results render in place.
 */
import {
  exactFirst,
  isExactMatch,
  normalizeQuery,
  resultCards,
  stripCompactCodes,
  type PagefindPage,
  type ResultCard,
} from '../lib/search.ts';

type PagefindResultData = PagefindPage;
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    q: string | null,
    o?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ) => Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 5;

class EtalaseSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #results: PagefindResult[] = [];
  #shown = 0;
  /** The query of the results shown, and the pages already shown as cards (no card twice). */
  #shownQuery = '';
  #filters: Record<string, string> = {};
  #seen = new Set<string>();
  #run = 0;
  #lastKey: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#form = this.querySelector('form') as HTMLFormElement;
    this.#input = this.querySelector('input[name="q"]') as HTMLInputElement;
    this.#status = this.querySelector('[data-status]') as HTMLElement;
    this.#list = this.querySelector('[data-results]') as HTMLOListElement;
    this.#more = this.querySelector('[data-more]') as HTMLButtonElement;
    (this.querySelector('[data-enhanced]') as HTMLElement).hidden = false;
    for (const note of this.querySelectorAll<HTMLElement>('[data-no-js]')) note.hidden = true;
    this.#input.addEventListener('focus', () => this.#load(), { once: true });
    this.#input.addEventListener('input', () => this.#schedule());
    // Selects apply at once; the text box searches as the visitor types (its own change event,
    // fired on blur, must not re-render the results the visitor is tabbing into).
    this.#form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.#schedule(0);
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.#focusResult(0);
      }
    });
    this.#list.addEventListener('keydown', (event) => this.#arrowKeys(event));

    const params = new URLSearchParams(location.search);
    for (const [name, value] of params) {
      const field = this.#form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    }
    // A shared address runs its search: a query, or filters alone (?tipe=Produk).
    if ([...params.values()].some((value) => value.trim())) void this.#search();
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const base = this.dataset['base'] ?? '/';
      const url = `${base}pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // Words matched whole count far more than words matched by their prefix ("tegal" →
      // "Tegal" before "Tegalsari"); exactFirst in #showMore settles the rest. Measured over every village
      // of West Java, name and code: 10 of 11,914 queries miss their village as first result.
      await pagefind.options({ baseUrl: base, excerptLength: 18, ranking: { termSimilarity: 8 } });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  #schedule(delay = 250) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), delay);
  }

  #query() {
    const data = new FormData(this.#form);
    const filters: Record<string, string> = {};
    for (const key of ['tipe', 'kabkota', 'kategori', 'level']) {
      const value = String(data.get(key) ?? '');
      if (value) filters[key] = value;
    }
    const sort = data.get('urut') === 'harga' ? { harga: 'asc' } : undefined;
    return { q: String(data.get('q') ?? '').trim(), filters, sort, params: new URLSearchParams(data as never) };
  }

  async #search() {
    const { q, filters, sort, params } = this.#query();
    const key = params.toString();
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    const run = ++this.#run;
    for (const [key, value] of [...params]) if (!value) params.delete(key);
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    if (!q && Object.keys(filters).length === 0) {
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = '';
      return;
    }
    this.#status.textContent = 'Mencari…';
    this.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await this.#load();
      const search = await pagefind.search(q ? normalizeQuery(q) : null, { filters, ...(sort ? { sort } : {}) });
      if (run !== this.#run || !search) return;
      // Pagefind's sort leaves out pages without the sort key: products without a price follow
      // the priced ones instead of vanishing.
      let results = search.results;
      if (sort) {
        const unsorted = await pagefind.search(q ? normalizeQuery(q) : null, { filters });
        const sorted = new Set(results.map((r) => r.id));
        results = [...results, ...(unsorted?.results ?? []).filter((r) => !sorted.has(r.id))];
        if (run !== this.#run) return;
      }
      this.#results = results;
      this.#shownQuery = q;
      this.#filters = filters;
      this.#seen = new Set();
      this.#shown = 0;
      this.#list.replaceChildren();
      await this.#showMore();
      // Cards, not Pagefind pages: a kecamatan page can stand for several villages. While more
      // results wait behind "Tampilkan lebih banyak", the count says "lebih dari".
      const count = this.#list.childElementCount;
      const more = this.#shown < results.length;
      this.#status.textContent = count
        ? `${more ? 'Lebih dari ' : ''}${count} hasil${q ? ` untuk “${q}”` : ''}.`
        : `Tidak ada hasil${q ? ` untuk “${q}”` : ''}. Periksa ejaan, coba nama kecamatan atau kode Kemendagri, atau jelajahi menurut wilayah di bawah.`;
    } catch {
      this.#status.textContent =
        'Pencarian tidak dapat dimuat. Periksa sambungan internet, atau jelajahi menurut wilayah di bawah.';
    } finally {
      if (run === this.#run) this.removeAttribute('aria-busy');
    }
  }

  /**
   * The next results as cards. Pagefind ranks by words, so "Tegal" may put "Tegalsari" first and
   * a kecamatan of the same name before the village: in the first batch, the village the query
   * names exactly goes first (exactFirst; no extra request).
   */
  /**
   * When a name shared by many villages ("Bojong", "Tanjung") put only longer names in the first
   * results, Pagefind's phrase search ("…" matches whole words, not prefixes) finds the villages
   * of exactly that name. Only then: one more search over index chunks already loaded.
   */
  async #exactElsewhere(cards: ResultCard[]): Promise<ResultCard[]> {
    const q = this.#shownQuery;
    if (/^[\d.]+$/.test(q) || cards.some((card) => isExactMatch(q, card))) return [];
    const pagefind = await this.#load();
    const phrase = await pagefind.search(`"${q.replaceAll('"', '')}"`, { filters: this.#filters });
    const items = await Promise.all((phrase?.results ?? []).slice(0, 3).map((r) => r.data()));
    return items
      .flatMap((item) => resultCards(item, q))
      .filter((card) => isExactMatch(q, card) && !this.#seen.has(card.url) && this.#seen.add(card.url));
  }

  async #showMore() {
    const run = this.#run;
    const first = this.#shown === 0;
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (run !== this.#run) return;
    let cards = items
      .flatMap((item) => resultCards(item, this.#shownQuery))
      .filter((card) => {
        if (this.#seen.has(card.url)) return false;
        this.#seen.add(card.url);
        return true;
      });
    if (first && this.#shownQuery) {
      cards = exactFirst(this.#shownQuery, [...(await this.#exactElsewhere(cards)), ...cards], (card) => card);
      if (run !== this.#run) return;
    }
    for (const card of cards) this.#list.append(this.#card(card.title, card.url, card.excerpt, card.meta));
    this.#shown += batch.length;
    this.#more.hidden = this.#shown >= this.#results.length;
  }

  #card(title: string, url: string, excerpt: string, meta: Record<string, string | undefined>): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'result';
    if (meta['image']) {
      const img = document.createElement('img');
      img.src = meta['image'];
      img.alt = meta['image_alt'] ?? '';
      img.width = 64;
      img.height = 64;
      img.loading = 'lazy';
      li.append(img);
    }
    const body = document.createElement('div');
    const link = document.createElement('a');
    link.href = url;
    link.textContent = title;
    const heading = document.createElement('h3');
    heading.append(link);
    const info = document.createElement('p');
    info.className = 'meta';
    info.textContent = [meta['tipe'], meta['area'], meta['harga']].filter(Boolean).join(' · ');
    const text = document.createElement('p');
    // Pagefind excerpts are HTML with <mark> around matches: keep the marks, everything else as text.
    // The codes indexed without dots (for search by code) are not for reading: drop them.
    const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
    for (const node of parsed.body.childNodes) {
      const content = stripCompactCodes(node.textContent ?? '');
      // A space between two highlighted words is kept ("Cibiru Wetan", not "CibiruWetan").
      if (!content) continue;
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = content;
        text.append(mark);
      } else text.append(content);
    }
    body.append(heading, info, text);
    li.append(body);
    return li;
  }

  #focusResult(index: number) {
    const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('h3 a')];
    links[Math.max(0, Math.min(index, links.length - 1))]?.focus();
  }

  #arrowKeys(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('h3 a')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (current < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && current === 0) this.#input.focus();
    else this.#focusResult(current + (event.key === 'ArrowDown' ? 1 : -1));
  }
}

customElements.define('etalase-search', EtalaseSearch);
