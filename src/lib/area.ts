/**
 * Official administrative areas (Kemendagri codes) from the `idn-area-data` package.
 * This is the only module that talks to the package; everything else asks it.
 *
 * Codes: PP (province) . KK (kab/kota) . CC (kecamatan) . DDDD (desa/kelurahan).
 * The last segment starts with 1 for a kelurahan and 2 for a desa.
 */
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import {
  indexAreas,
  regencyKindOf,
  villageKindOf,
  type AreaIndex,
  type District,
  type Regency,
  type Village,
} from './area-index.ts';

export * from './area-index.ts';

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);

const cache = new Map<string, Promise<AreaIndex>>();

/**
 * Loads the areas of one province (`'32'`), or of all Indonesia (`'*'`). The result is cached
 * per province for the life of the process: the package parses an 83k-row CSV on each call.
 */
export function loadAreas(provinceCode: string): Promise<AreaIndex> {
  let pending = cache.get(provinceCode);
  if (!pending) {
    pending = buildIndex(provinceCode);
    cache.set(provinceCode, pending);
  }
  return pending;
}

async function buildIndex(provinceCode: string): Promise<AreaIndex> {
  const all = provinceCode === '*';
  const inProvince = (code: string) => all || code.startsWith(`${provinceCode}.`);
  const [provinces, rawRegencies, rawDistricts, rawVillages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const province = all ? { code: '*', name: 'Indonesia' } : provinces.find((p) => p.code === provinceCode);
  if (!province) throw new Error(`Unknown province code "${provinceCode}" in idn-area-data`);

  const regencies: Regency[] = rawRegencies
    .filter((r) => inProvince(r.code))
    .map((r) => ({
      code: r.code,
      name: r.name,
      kind: regencyKindOf(r.code),
      provinceCode: r.province_code,
    }))
    .sort(byCode);
  const districts: District[] = rawDistricts
    .filter((d) => inProvince(d.code))
    .map((d) => ({ code: d.code, name: d.name, regencyCode: d.regency_code }))
    .sort(byCode);
  const villages: Village[] = rawVillages
    .filter((v) => inProvince(v.code))
    .map((v) => ({
      code: v.code,
      name: v.name,
      kind: villageKindOf(v.code),
      districtCode: v.district_code,
      regencyCode: v.district_code.slice(0, 5),
    }))
    .sort(byCode);

  return indexAreas(province, regencies, districts, villages);
}

/** "Kabupaten Bandung" → "Kab. Bandung", for tight places such as breadcrumbs and cards. */
export function shortRegencyName(name: string): string {
  return name.replace(/^Kabupaten\s+/i, 'Kab. ');
}
