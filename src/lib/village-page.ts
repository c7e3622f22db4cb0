/**
 * What every village page says about the village, profiled or not: its name as people write it
 * ("Desa Cibiru Wetan", "Kelurahan Cigadung"), the title that says where it is, and the official
 * areas it lies in with their Kemendagri codes (structured data).
 */
import type { District, Province, Regency, Village } from './area.ts';
import type { PlaceInput } from './structured-data.ts';

export const villageLabel = (village: Pick<Village, 'kind' | 'name'>): string =>
  `${village.kind === 'desa' ? 'Desa' : 'Kelurahan'} ${village.name}`;

/** "Desa Cibiru Wetan, Kec. Cileunyi, Kabupaten Bandung". */
export const villagePlaceTitle = (village: Village, district: District, regency: Regency): string =>
  `${villageLabel(village)}, Kec. ${district.name}, ${regency.name}`;

export function villageAreas(
  district: District,
  regency: Regency,
  province: Province,
): NonNullable<PlaceInput['containedIn']> {
  return [
    { type: 'kecamatan', name: `Kecamatan ${district.name}`, code: district.code },
    { type: regency.kind, name: regency.name, code: regency.code },
    { type: 'provinsi', name: province.name, code: province.code },
  ];
}
