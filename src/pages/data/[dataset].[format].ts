import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../data/directory.ts';
import { datasets, type Dataset } from '../../data/open-data.ts';
import { toCsv } from '../../lib/csv.ts';

export const getStaticPaths = (() =>
  datasets.flatMap((dataset) =>
    (['json', 'csv'] as const).map((format) => ({ params: { dataset: dataset.name, format }, props: { dataset } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = async ({ params, props }) => {
  const rows = props.dataset.rows(await getDirectory());
  if (params['format'] === 'csv') {
    return new Response(toCsv(rows, props.dataset.columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
};
