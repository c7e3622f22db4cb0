/**
 * /kontribusi/data/<kecamatan>.json and /kontribusi/data/hub.json: what the contribution editor
 * needs to edit an entry of that kecamatan (or a Creative Center) — see src/lib/editor/editor-data.ts.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../data/directory.ts';
import type { District } from '../../../lib/area.ts';
import { editorDataFile, type EditorData } from '../../../lib/editor/editor-data.ts';

export const getStaticPaths = (async () => {
  const { areas } = await getDirectory();
  return [undefined, ...areas.districts].map((district) => ({
    params: { file: editorDataFile(district?.code).replace(/\.json$/, '') },
    props: { district },
  }));
}) satisfies GetStaticPaths;

const source = (filePath: string | undefined): [string, string][] =>
  filePath ? [[filePath, readFileSync(filePath, 'utf8')]] : [];

export const GET: APIRoute<{ district: District | undefined }> = async ({ props }) => {
  const { areas, profiles, productsByVillage, hubs } = await getDirectory();
  const { district } = props;
  const villages = district ? areas.villagesOf(district.code) : areas.villages;
  const entries = district
    ? villages.flatMap((village) => [
        ...source(profiles.get(village.code)?.filePath),
        ...(productsByVillage.get(village.code) ?? []).flatMap((item) => source(item.entry.filePath)),
      ])
    : hubs.flatMap((hub) => source(hub.entry.filePath));
  const data: EditorData = {
    province: areas.province,
    regencies: district ? areas.regencies.filter((r) => r.code === district.regencyCode) : areas.regencies,
    districts: district ? [district] : [],
    villages: villages.map((v) => [v.code, v.name]),
    entries: Object.fromEntries(entries),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
