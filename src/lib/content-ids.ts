/**
 * Entry ids, derived from paths relative to the collection base, so the same rule serves the
 * Astro loaders and the standalone validator.
 *   village: kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/profil.md → 32.04.05.2006-cibiru-wetan
 *   product: …/32.04.05.2006-cibiru-wetan/produk/kopi.md → 32.04.05.2006-cibiru-wetan/kopi
 *   hub:     creative-center-kota-cirebon.md → creative-center-kota-cirebon
 */
const segments = (entry: string) => entry.replaceAll('\\', '/').split('/');
const stem = (file: string) => file.replace(/\.md$/, '');

export const contentIds = {
  village: (entry: string) => segments(entry).at(-2) ?? entry,
  product: (entry: string) => {
    const parts = segments(entry);
    return `${parts.at(-3) ?? ''}/${stem(parts.at(-1) ?? entry)}`;
  },
  hub: (entry: string) => stem(segments(entry).at(-1) ?? entry),
};
