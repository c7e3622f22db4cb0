/** Temporary content trees for validator and build tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function contentTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'etalase-'));
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return root;
}

export const CIBIRU = 'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan';
export const CISANTANA = 'content/desa/kabupaten-kuningan/cigugur/32.08.18.2009-cisantana';

export const profileText = (overrides = '') => `---
kode: "32.04.05.2006"
nama: Cibiru Wetan
jenis: desa
ringkasan: Desa di Kecamatan Cileunyi dengan skor IDM tertinggi kedua di Jawa Barat.
kontak:
  website: https://example.desa.id
diperbarui: 2026-11-30
${overrides}---

Isi profil.
`;

export const productText = (overrides = '') => `---
nama: Sabun Susu Sapi
ringkasan: Sabun mandi dari susu sapi segar buatan santri pesantren.
produsen:
  nama: Ponpes Daarul Mukhlishin
  jenis: pesantren
kategori: kosmetik
diperbarui: 2026-11-30
${overrides}---

Isi produk.
`;
