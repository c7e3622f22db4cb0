/**
 * Content comes from strangers. A profile and a product full of hostile Markdown and field
 * values are built for real (for DKI Jakarta, province 31: another province is configuration
 * only), and the built HTML must carry none of it as markup.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/area.ts';
import { villageFolder } from '../../src/lib/paths.ts';
import { runBuild, type BuildRun } from '../helpers/build.ts';
import { contentTree } from '../helpers/content-tree.ts';

const hostileBody = `
Paragraf biasa dengan **tebal**.

<script>alert('body')</script>

<img src="x" onerror="alert('img')">

<a href="javascript:alert('a')">tautan html</a>

[tautan markdown](javascript:alert('md'))

[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

<iframe src="https://evil.example"></iframe>

<svg><script>alert('svg')</script></svg>

<div style="position:fixed;inset:0" onclick="alert('div')">menutupi halaman</div>
`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

describe('hostile content, built for province 31', () => {
  let run: BuildRun;
  let outDir: string;
  let folder: string;

  beforeAll(async () => {
    const areas = await loadAreas('31');
    folder = villageFolder(areas, '31.71.01.1001');
    const root = contentTree({
      [`content/${folder}/profil.md`]: `---
kode: "31.71.01.1001"
nama: Gambir
jenis: kelurahan
ringkasan: "Ringkasan dengan <script>alert('ringkasan')</script> dan </title><script>x</script> \\" onmouseover=\\"alert(1)"
kontak:
  whatsapp: "6281234567890"
diperbarui: 2026-11-30
---
${hostileBody}`,
      [`content/${folder}/produk/kue.md`]: `---
nama: "</script><script>alert('ld')</script>"
ringkasan: "Kue <img src=x onerror=alert(1)> buatan warga kelurahan."
produsen:
  nama: UMKM Gambir
  jenis: umkm
kategori: makanan
harga:
  dari: 15000
  satuan: kotak
diperbarui: 2026-11-30
---
${hostileBody}`,
    });
    outDir = join(root, 'dist');
    run = runBuild({ ETALASE_CONTENT: join(root, 'content'), ETALASE_OUT_DIR: outDir, ETALASE_PROVINCE: '31' });
  });

  it('builds (warnings, not errors) and makes only the area pages of province 31', () => {
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/body-html/);
    const regencies = readdirSync(join(outDir, 'wilayah'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(regencies.map((d) => d.name)).toContain('kota-administrasi-jakarta-pusat');
    expect(regencies.map((d) => d.name)).not.toContain('kabupaten-bandung');
  });

  it('emits no script, event handler, frame or dangerous URL from content', () => {
    for (const file of htmlFiles(outDir)) {
      // Quoted attribute values may hold any text; markup is what is outside them.
      const raw = readFileSync(file, 'utf8');
      const html = raw.replace(/="[^"]*"/g, '=""');
      const markupScripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      expect(
        markupScripts.every((tag) => tag === '<script type="">' || tag === '<script type="" src="">'),
        file,
      ).toBe(true);
      // JSON-LD data blocks everywhere, plus the search page's and the editor's own modules from /_astro/.
      const ldBlocks = raw.split('<script type="application/ld+json">').length - 1;
      const ownModules = raw.match(/<script type="module" src="\/_astro\/[\w.-]+\.js">/g)?.length ?? 0;
      expect(markupScripts.length, file).toBe(ldBlocks + ownModules);
      expect(ownModules, file).toBe(/\/(cari|kontribusi\/editor)\/index\.html$/.test(file) ? 1 : 0);
      expect(html, file).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      // The contribution guide's own screenshots are the only images besides content photos.
      const allowed = file.includes('/kontribusi/')
        ? /<(iframe|svg|object|embed)\b/i
        : /<(iframe|svg|img|object|embed)\b/i;
      expect(html, file).not.toMatch(allowed);
      // The one stylesheet is ours, inlined in <head>.
      expect(html.split('</head>')[1] ?? '', file).not.toMatch(/<style\b/i);
      expect(html, file).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
      expect(html, file).not.toContain("alert('ld')</script><script>");
    }
  });

  it('shows the hostile text as text', () => {
    const page = readFileSync(join(outDir, 'desa', '31.71.01.1001-gambir', 'index.html'), 'utf8');
    expect(page).toContain("&lt;script&gt;alert('body')&lt;/script&gt;");
    expect(page).toContain('<strong>tebal</strong>');
  });

  it('puts the product page URL into the WhatsApp order message (the village number, as the product has none)', () => {
    const page = readFileSync(join(outDir, 'desa', '31.71.01.1001-gambir', 'produk', 'kue', 'index.html'), 'utf8');
    const link = /<a class="button wa" href="([^"]+)"/.exec(page)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/6281234567890');
    const text = url.searchParams.get('text') ?? '';
    expect(text).toMatch(/^Halo, saya ingin (memesan|menanyakan harga) <\/script><script>alert\('ld'\)<\/script>/);
    expect(text.endsWith(' https://etalase-desa.github.io/desa/31.71.01.1001-gambir/produk/kue/')).toBe(true);
  });

  it('keeps JSON-LD parseable with the hostile product name inside', () => {
    const page = readFileSync(join(outDir, 'desa', '31.71.01.1001-gambir', 'produk', 'kue', 'index.html'), 'utf8');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    const data = JSON.parse(json) as { name?: string }[];
    expect(data[0]?.name).toBe("</script><script>alert('ld')</script>");
  });
});
