/**
 * Benchmark baseline: the least a static generator must do with this corpus. Reads every
 * Markdown file with gray-matter, renders bodies with markdown-it and writes one HTML page per
 * village of the province, per profile and per product. No framework, no validation, no assets.
 *
 *   node --experimental-strip-types scripts/bench/plain.ts --content <dir> --out <dir> [--province 32]
 *
 * Prints one JSON line with the counts on stdout.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';
import { loadAreas, type Village } from '../../src/lib/area.ts';
import { codeFromPath, PRODUCT_DIR, PROFILE_FILE, villageKey } from '../../src/lib/paths.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    province: { type: 'string', default: '32' },
  },
});
if (!values.content || !values.out) throw new Error('Usage: plain.ts --content <dir> --out <dir> [--province 32]');
const contentRoot = values.content;
const outRoot = values.out;

const md = new MarkdownIt({ html: false });
const escape = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, description: string, main: string) =>
  `<!doctype html>\n<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escape(title)} · Etalase Desa</title><meta name="description" content="${escape(description)}"></head>` +
  `<body><header><a href="/">Etalase Desa</a></header><main><h1>${escape(title)}</h1>${main}</main></body></html>\n`;

let pages = 0;
let bytes = 0;
const write = (path: string, html: string) => {
  const file = join(outRoot, path, 'index.html');
  mkdirSync(join(outRoot, path), { recursive: true });
  writeFileSync(file, html);
  pages += 1;
  bytes += Buffer.byteLength(html);
};

interface Doc {
  data: Record<string, unknown>;
  html: string;
}

rmSync(outRoot, { recursive: true, force: true });
const areas = await loadAreas(values.province);
const profiles = new Map<string, Doc>();
const products = new Map<string, { slug: string; doc: Doc }[]>();
for (const entry of readdirSync(join(contentRoot, 'desa'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  const abs = join(entry.parentPath, entry.name);
  const rel = relative(contentRoot, abs).split(sep).join('/');
  const code = codeFromPath(rel);
  if (!code) continue;
  const parsed = matter(readFileSync(abs, 'utf8'));
  const doc = { data: parsed.data, html: md.render(parsed.content) };
  if (entry.name === PROFILE_FILE) profiles.set(code, doc);
  else if (rel.split('/').at(-2) === PRODUCT_DIR) {
    const list = products.get(code) ?? [];
    list.push({ slug: entry.name.replace(/\.md$/, ''), doc });
    products.set(code, list);
  }
}

const productList = (village: Village) =>
  (products.get(village.code) ?? [])
    .map((p) => `<li><a href="/desa/${villageKey(village)}/produk/${p.slug}/">${escape(p.doc.data['nama'])}</a></li>`)
    .join('');

for (const village of areas.villages) {
  const district = areas.district(village.districtCode);
  const regency = areas.regency(village.regencyCode);
  const profile = profiles.get(village.code);
  const where = `Kecamatan ${district?.name ?? ''}, ${regency?.name ?? ''}`;
  const key = villageKey(village);
  write(
    `wilayah/desa/${key}`,
    page(
      `${village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${village.name}`,
      where,
      `<p>${escape(where)} · kode ${village.code}</p>` +
        (profile
          ? `<p>${escape(profile.data['ringkasan'])}</p><p><a href="/desa/${key}/">Profil</a></p>`
          : '<p>Belum ada profil.</p>'),
    ),
  );
  if (profile) {
    write(
      `desa/${key}`,
      page(
        String(profile.data['nama']),
        String(profile.data['ringkasan']),
        `${profile.html}<ul>${productList(village)}</ul>`,
      ),
    );
    for (const { slug, doc } of products.get(village.code) ?? []) {
      write(`desa/${key}/produk/${slug}`, page(String(doc.data['nama']), String(doc.data['ringkasan']), doc.html));
    }
  }
}

console.log(
  JSON.stringify({
    pages,
    bytes,
    profiles: profiles.size,
    products: [...products.values()].reduce((n, l) => n + l.length, 0),
  }),
);
