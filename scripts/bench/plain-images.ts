/**
 * The baseline of `npm run bench:images`, run as a fresh process as the build is (so neither
 * side starts with sharp loaded or fonts cached): plain sharp doing the build's image work
 * without Astro. Reads a job file, prints `{"photoSeconds":…, "cardSeconds":…}`.
 *
 * - photos: src/lib/photo-encoder.ts on each photo with its role, photos in parallel like
 *   Astro's queue (one worker per CPU), each result written to a file once;
 * - share cards: src/lib/og/render.ts on each entry's first photo, as many at once as the build
 *   makes ahead of page rendering (one per CPU, src/pages/og/[...path].jpg.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { MAX_INPUT_PIXELS, type PhotoRole } from '../../src/lib/image-plan.ts';
import type { OgCard } from '../../src/lib/og/card.ts';
import { renderPhotoCard } from '../../src/lib/og/render.ts';
import { encodePhoto } from '../../src/lib/photo-encoder.ts';

export interface PlainImageJobs {
  photos: { photo: string; role: PhotoRole; out: string }[];
  cards: { card: OgCard; photo: string; out: string }[];
}

const jobFile = process.argv[2];
if (!jobFile) throw new Error('usage: plain-images.ts <jobs.json>');
const jobs = JSON.parse(readFileSync(jobFile, 'utf8')) as PlainImageJobs;
// As Astro's sharp service does.
sharp.cache(false);

/** Runs `work` on every job, one worker per CPU; returns the seconds it took. */
async function parallel<T>(list: readonly T[], work: (job: T) => Promise<void>): Promise<number> {
  const start = performance.now();
  const queue = [...list];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await work(job);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return (performance.now() - start) / 1000;
}

const photoSeconds = await parallel(jobs.photos, async (job) => {
  writeFileSync(job.out, await encodePhoto(readFileSync(job.photo), job.role, MAX_INPUT_PIXELS));
});
const cardSeconds = await parallel(jobs.cards, async (job) => {
  writeFileSync(job.out, await renderPhotoCard(job.card, job.photo));
});

console.log(JSON.stringify({ photoSeconds, cardSeconds }));
