/**
 * Share images (Open Graph, shown by WhatsApp): /og/<page path>.jpg for every village profile,
 * product and hub, 1200×630 JPEG, composed at build time (src/lib/og/) and cached in .cache/og/.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteConfig } from '../../config.ts';
import { getDirectory } from '../../data/directory.ts';
import { ogEntries } from '../../lib/og/entries.ts';
import { shareImage } from '../../lib/og/image.ts';

export const getStaticPaths = (async () => {
  const directory = await getDirectory();
  return ogEntries(directory, siteConfig.site).map((entry) => ({ params: { path: entry.path }, props: entry }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const data = await shareImage(props.card, props.photo);
  return new Response(new Uint8Array(data), { headers: { 'Content-Type': 'image/jpeg' } });
};
