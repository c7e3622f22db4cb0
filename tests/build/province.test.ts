/**
 * Another province is configuration only: Jawa Tengah (33) from an empty content folder builds
 * and gets one page per kab/kota and per kecamatan of the official data, and nothing of Jawa
 * Barat.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAreas, type AreaIndex } from '../../src/lib/area.ts';
import { pagePath } from '../../src/lib/paths.ts';
import { runBuild, type BuildRun } from '../helpers/build.ts';
import { findAll, parseXml } from '../helpers/xml.ts';

describe('Jawa Tengah (ETALASE_PROVINCE=33) with no content', () => {
  let run: BuildRun;
  let out: string;
  let areas: AreaIndex;

  beforeAll(async () => {
    areas = await loadAreas('33');
    const root = mkdtempSync(join(tmpdir(), 'etalase-33-'));
    mkdirSync(join(root, 'content'));
    out = join(root, 'dist');
    run = runBuild({
      ETALASE_PROVINCE: '33',
      ETALASE_CONTENT: join(root, 'content'),
      ETALASE_OUT_DIR: out,
      ETALASE_CACHE_DIR: join(root, 'cache'),
    });
  }, 300_000);

  const dirs = (path: string) =>
    readdirSync(join(out, path), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && existsSync(join(out, path, d.name, 'index.html')),
    );

  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });

  it('makes one page per kab/kota and per kecamatan of province 33', () => {
    expect(areas.province.name).toBe('Jawa Tengah');
    const regencies = dirs('wilayah');
    expect(regencies).toHaveLength(areas.regencies.length);
    const districts = regencies.flatMap((r) => dirs(join('wilayah', r.name)));
    expect(districts).toHaveLength(areas.districts.length);
    for (const regency of areas.regencies) {
      expect(existsSync(join(out, pagePath.regency(regency), 'index.html')), regency.name).toBe(true);
      for (const district of areas.districtsOf(regency.code)) {
        expect(existsSync(join(out, pagePath.district(regency, district), 'index.html')), district.name).toBe(true);
      }
    }
    expect(regencies.map((d) => d.name)).not.toContain('kabupaten-bandung');
  });

  it('lists every village of the province on its kecamatan page, with an invitation to add it', () => {
    const regency = areas.regencies[0];
    const district = regency && areas.districtsOf(regency.code)[0];
    if (!regency || !district) throw new Error('no areas for 33');
    const html = readFileSync(join(out, pagePath.district(regency, district), 'index.html'), 'utf8');
    for (const village of areas.villagesOf(district.code)) expect(html).toContain(`id="${village.code}"`);
  });

  it('has a page for every village of the province, an empty feed and a home page about Jawa Tengah', () => {
    const villages = readdirSync(join(out, 'desa'));
    expect(villages).toHaveLength(areas.villages.length);
    const first = areas.villages[0]!;
    const html = readFileSync(join(out, pagePath.village(first), 'index.html'), 'utf8');
    expect(html).toContain('data-profil="belum"');
    expect(html).toContain(first.code);
    expect(findAll(parseXml(readFileSync(join(out, 'feed.xml'), 'utf8')), 'entry')).toEqual([]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Jawa Tengah');
    expect(existsSync(join(out, '404.html'))).toBe(true);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
