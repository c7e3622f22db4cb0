/**
 * The data the contribution editor downloads for one kecamatan (its villages and the Markdown of
 * their entries) or for the Creative Centers (every village, for the hub's `desa` code, and the
 * hubs' Markdown): built into /kontribusi/data/ with the site, so the editor needs no server
 * and checks names and folders with the official areas, as the validator does.
 */
import {
  indexAreas,
  villageKindOf,
  type AreaIndex,
  type District,
  type Province,
  type Regency,
} from '../area-index.ts';

export interface EditorData {
  province: Province;
  regencies: Regency[];
  districts: District[];
  /** `[code, name]` of each village: the kind, kecamatan and kab/kota follow from the code. */
  villages: [string, string][];
  /** Markdown of the existing entries, by repository path. */
  entries: Record<string, string>;
}

/** The file name of a kecamatan's data (`32.04.05.json`) or of the hubs' (`hub.json`). */
export const editorDataFile = (districtCode?: string): string => `${districtCode ?? 'hub'}.json`;

export function areasOfData(data: EditorData): AreaIndex {
  const villages = data.villages.map(([code, name]) => ({
    code,
    name,
    kind: villageKindOf(code),
    districtCode: code.slice(0, 8),
    regencyCode: code.slice(0, 5),
  }));
  return indexAreas(data.province, data.regencies, data.districts, villages);
}
