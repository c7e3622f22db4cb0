/**
 * Official administrative areas (Kemendagri codes) from the `idn-area-data` package.
 * This is the only module that talks to the package; everything else asks it.
 *
 * Codes: PP (province) . KK (kab/kota) . CC (kecamatan) . DDDD (desa/kelurahan).
 * The last segment starts with 1 for a kelurahan and 2 for a desa.
 */
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';

export type VillageKind = 'desa' | 'kelurahan';

export interface Province {
  code: string;
  name: string;
}
export interface Regency {
  code: string;
  name: string;
  /** "kabupaten" for codes 01–69, "kota" for 71–99. */
  kind: 'kabupaten' | 'kota';
  provinceCode: string;
}
export interface District {
  code: string;
  name: string;
  regencyCode: string;
}
export interface Village {
  code: string;
  name: string;
  kind: VillageKind;
  districtCode: string;
  regencyCode: string;
}

export interface AreaIndex {
  province: Province;
  regencies: Regency[];
  districts: District[];
  villages: Village[];
  regency(code: string): Regency | undefined;
  district(code: string): District | undefined;
  village(code: string): Village | undefined;
  districtsOf(regencyCode: string): District[];
  villagesOf(districtCode: string): Village[];
}

const VILLAGE_CODE = /^(\d{2})\.(\d{2})\.(\d{2})\.([12])\d{3}$/;

/** True when `code` has the shape PP.KK.CC.DDDD with a valid kind digit. */
export function isVillageCodeShape(code: string): boolean {
  return VILLAGE_CODE.test(code);
}

/** Desa or kelurahan, read from the first digit of the last code segment. */
export function villageKindOf(code: string): VillageKind {
  return code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
}

export function regencyKindOf(code: string): Regency['kind'] {
  return Number(code.split('.')[1]) >= 71 ? 'kota' : 'kabupaten';
}

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

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

  const regencyMap = new Map(regencies.map((r) => [r.code, r]));
  const districtMap = new Map(districts.map((d) => [d.code, d]));
  const villageMap = new Map(villages.map((v) => [v.code, v]));
  const districtsByRegency = groupBy(districts, (d) => d.regencyCode);
  const villagesByDistrict = groupBy(villages, (v) => v.districtCode);

  return {
    province,
    regencies,
    districts,
    villages,
    regency: (code) => regencyMap.get(code),
    district: (code) => districtMap.get(code),
    village: (code) => villageMap.get(code),
    districtsOf: (code) => districtsByRegency.get(code) ?? [],
    villagesOf: (code) => villagesByDistrict.get(code) ?? [],
  };
}

/** "Kabupaten Bandung" → "Kab. Bandung", for tight places such as breadcrumbs and cards. */
export function shortRegencyName(name: string): string {
  return name.replace(/^Kabupaten\s+/i, 'Kab. ');
}
