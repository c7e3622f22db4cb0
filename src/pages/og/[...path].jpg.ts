/**
 * Share images (Open Graph, shown by WhatsApp): /og/<page path>.jpg for every village profile,
 * product and hub, 1200×630 JPEG, composed at build time (src/lib/og/) and cached in .cache/og/.
 *
 * Astro renders pages one at a time, but composing a card is CPU work in sharp's threads: in a
 * build, the cards of the next pages are made ahead on every core (src/lib/lookahead.ts).
 */
import { availableParallelism } from 'node:os';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { env, siteConfig } from '../../config.ts';
import { getDirectory } from '../../data/directory.ts';
import { createLookahead, type Lookahead } from '../../lib/lookahead.ts';
import { ogEntries, type OgEntry } from '../../lib/og/entries.ts';
import { shareImage } from '../../lib/og/image.ts';

let ahead: Lookahead<string, Buffer> | undefined;

/**
 * `npm run bench:images` sets ETALASE_OG_TIMING to read when each card was made: with cards
 * made ahead, the time pages wait for them is not the time they take.
 */
const logTiming = env('ETALASE_OG_TIMING') !== undefined;

async function makeCard(entry: OgEntry): Promise<Buffer> {
  const start = Date.now();
  const data = await shareImage(entry.card, entry.photo);
  if (logTiming) console.log(`[og-timing] ${entry.path} ${start} ${Date.now()}`);
  return data;
}

export const getStaticPaths = (async () => {
  const directory = await getDirectory();
  const entries = ogEntries(directory, siteConfig.site);
  if (import.meta.env.PROD) {
    const cores = availableParallelism();
    const byPath = new Map<string, OgEntry>(entries.map((entry) => [entry.path, entry]));
    const make = async (path: string) => {
      const entry = byPath.get(path);
      if (!entry) throw new Error(`No share image entry for ${path}`);
      return makeCard(entry);
    };
    ahead = createLookahead([...byPath.keys()], make, { concurrency: cores, window: 4 * cores });
  }
  return entries.map((entry) => ({ params: { path: entry.path }, props: entry }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const data = await (ahead?.take(props.path) ?? makeCard(props));
  return new Response(new Uint8Array(data), { headers: { 'Content-Type': 'image/jpeg' } });
};
