/**
 * Official administrative areas as data: the shapes, the code rules and the look-up index. Pure
 * (no package, no file system), so the contribution editor in the browser builds the same index
 * from the slice of areas it downloads; src/lib/area.ts fills it from `idn-area-data`.
 *
 * Codes: PP (province) . KK (kab/kota) . CC (kecamatan) . DDDD (desa/kelurahan).
 * The last segment starts with 1 for a kelurahan and 2 for a desa.
 */
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

/** The look-up index over lists of areas (each sorted by code). */
export function indexAreas(
  province: Province,
  regencies: Regency[],
  districts: District[],
  villages: Village[],
): AreaIndex {
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
