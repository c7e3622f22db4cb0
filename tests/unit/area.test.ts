import { describe, expect, it } from 'vitest';
import { isVillageCodeShape, loadAreas, regencyKindOf, shortRegencyName, villageKindOf } from '../../src/lib/area.ts';

describe('official areas of West Java', async () => {
  const areas = await loadAreas('32');

  it('has 27 kab/kota, 627 kecamatan and 5,957 villages (5,311 desa, 646 kelurahan)', () => {
    expect(areas.province.name).toBe('Jawa Barat');
    expect(areas.regencies).toHaveLength(27);
    expect(areas.districts).toHaveLength(627);
    expect(areas.villages).toHaveLength(5957);
    expect(areas.villages.filter((v) => v.kind === 'desa')).toHaveLength(5311);
    expect(areas.villages.filter((v) => v.kind === 'kelurahan')).toHaveLength(646);
  });

  it('finds a village, its kecamatan and its kab/kota by code', () => {
    const village = areas.village('32.04.05.2006');
    expect(village).toMatchObject({
      name: 'Cibiru Wetan',
      kind: 'desa',
      districtCode: '32.04.05',
      regencyCode: '32.04',
    });
    expect(areas.district('32.04.05')?.name).toBe('Cileunyi');
    expect(areas.regency('32.04')).toMatchObject({ name: 'Kabupaten Bandung', kind: 'kabupaten' });
    expect(areas.regency('32.73')?.kind).toBe('kota');
  });

  it('lists the villages of a kecamatan and the kecamatan of a kab/kota, sorted by code', () => {
    const villages = areas.villagesOf('32.08.18');
    expect(villages.map((v) => v.code)).toContain('32.08.18.1001');
    expect(villages.map((v) => v.code)).toEqual([...villages.map((v) => v.code)].sort());
    expect(areas.districtsOf('32.04').every((d) => d.regencyCode === '32.04')).toBe(true);
  });

  it('knows nothing of a code outside the province', () => {
    expect(areas.village('33.01.01.2001')).toBeUndefined();
    expect(areas.village('32.99.99.2999')).toBeUndefined();
  });

  it('builds another province from its code alone', async () => {
    const central = await loadAreas('33');
    expect(central.province.name).toBe('Jawa Tengah');
    expect(central.regencies.length).toBeGreaterThan(30);
    expect(central.villages.every((v) => v.code.startsWith('33.'))).toBe(true);
  });

  it('rejects an unknown province code', async () => {
    await expect(loadAreas('99')).rejects.toThrow(/Unknown province/);
  });
});

describe('code helpers', () => {
  it('reads desa or kelurahan from the last segment', () => {
    expect(villageKindOf('32.08.18.2009')).toBe('desa');
    expect(villageKindOf('32.08.18.1001')).toBe('kelurahan');
  });
  it('accepts only PP.KK.CC.DDDD with 1 or 2 as the kind digit', () => {
    expect(isVillageCodeShape('32.04.05.2006')).toBe(true);
    expect(isVillageCodeShape('3204052006')).toBe(false);
    expect(isVillageCodeShape('32.04.05.3006')).toBe(false);
    expect(isVillageCodeShape('32.4.5.2006')).toBe(false);
  });
  it('tells kabupaten from kota and shortens names', () => {
    expect(regencyKindOf('32.18')).toBe('kabupaten');
    expect(regencyKindOf('32.71')).toBe('kota');
    expect(shortRegencyName('Kabupaten Bandung Barat')).toBe('Kab. Bandung Barat');
    expect(shortRegencyName('Kota Bandung')).toBe('Kota Bandung');
  });
});
