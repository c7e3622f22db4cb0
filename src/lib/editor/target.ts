/**
 * What the editor was opened for, from its address: `?desa=<kode>` (the village's profile, new or
 * existing), `?desa=<kode>&produk=baru` (a new product), `?desa=<kode>&produk=<slug>` (that
 * product), `?hub=<slug>` (that Creative Center). The village is known from its code, so the
 * operator never types a code, a path or YAML.
 */
import type { AreaIndex, Village } from '../area-index.ts';
import type { EntryKind } from '../content-files.ts';
import { PRODUCT_DIR, PROFILE_FILE, villageFolder } from '../folders.ts';
import { slugify } from '../slug.ts';
import { editorDataFile } from './editor-data.ts';

export interface EditorRequest {
  desa?: string | null | undefined;
  produk?: string | null | undefined;
  hub?: string | null | undefined;
}

export const NEW_PRODUCT = 'baru';
const CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Which data file to download for a request; undefined when the address is not one we make. */
export function dataFileFor(request: EditorRequest): string | undefined {
  if (request.hub && SLUG.test(request.hub) && !request.desa) return editorDataFile();
  if (request.desa && CODE.test(request.desa)) {
    if (request.produk && request.produk !== NEW_PRODUCT && !SLUG.test(request.produk)) return undefined;
    return editorDataFile(request.desa.slice(0, 8));
  }
  return undefined;
}

export interface EditorTarget {
  kind: EntryKind;
  /** Repository path of the file; for a new product it follows the name typed. */
  path: (data: Record<string, unknown>) => string;
  /** "Profil Desa Cibiru Wetan", "Produk baru Desa Cibiru Wetan", … */
  title: string;
  village?: Village | undefined;
  /** The current Markdown of an existing entry. */
  original?: string | undefined;
  /** Official facts written for the operator and shown, not asked: code, name, kind. */
  fixed: Record<string, unknown>;
}

const villageLabel = (village: Village) => `${village.kind === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${village.name}`;

export function targetOf(
  request: EditorRequest,
  areas: AreaIndex,
  entries: Record<string, string>,
  contentDir: string,
): EditorTarget | undefined {
  if (request.hub) {
    const path = `${contentDir}/hub/${request.hub}.md`;
    const original = entries[path];
    if (!original) return undefined;
    return { kind: 'hub', path: () => path, title: `Creative Center ${request.hub}`, original, fixed: {} };
  }
  const village = request.desa ? areas.village(request.desa) : undefined;
  if (!village) return undefined;
  const folder = `${contentDir}/${villageFolder(areas, village.code)}`;
  const profilePath = `${folder}/${PROFILE_FILE}`;
  if (!request.produk) {
    return {
      kind: 'desa',
      path: () => profilePath,
      title: `Profil ${villageLabel(village)}`,
      village,
      original: entries[profilePath],
      fixed: { kode: village.code, nama: village.name, jenis: village.kind },
    };
  }
  // A product needs its village's profile first (the validator refuses it otherwise).
  if (!entries[profilePath]) return undefined;
  if (request.produk === NEW_PRODUCT) {
    return {
      kind: 'produk',
      path: (data) =>
        `${folder}/${PRODUCT_DIR}/${slugify(typeof data['nama'] === 'string' ? data['nama'] : '') || 'produk-baru'}.md`,
      title: `Produk baru ${villageLabel(village)}`,
      village,
      fixed: {},
    };
  }
  const path = `${folder}/${PRODUCT_DIR}/${request.produk}.md`;
  const original = entries[path];
  if (!original) return undefined;
  return { kind: 'produk', path: () => path, title: `Produk ${villageLabel(village)}`, village, original, fixed: {} };
}

/** The editor's address for a request (site-relative; pass it through `href`). */
export function editorPath(request: EditorRequest): string {
  const params = new URLSearchParams();
  for (const key of ['desa', 'produk', 'hub'] as const) {
    const value = request[key];
    if (value) params.set(key, value);
  }
  return `/kontribusi/editor/?${params.toString()}`;
}
