/**
 * The baseline of `npm run bench:images`, run as a fresh process as the build is (so neither
 * side starts with sharp loaded or fonts cached): plain sharp doing the build's image work
 * without Astro. Reads a job file, prints `{"photoSeconds":…, "cardSeconds":…}`.
 *
 * - photos: src/lib/photo-encoder.ts on each photo with its role, photos in parallel like
 *   Astro's queue (one worker per CPU), each result written to a file once;
 * - share cards: src/lib/og/render.ts on each entry's first photo, in sequence like page
 *   rendering.
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

let start = performance.now();
const queue = [...jobs.photos];
const worker = async () => {
  for (let job = queue.shift(); job; job = queue.shift()) {
    writeFileSync(job.out, await encodePhoto(readFileSync(job.photo), job.role, MAX_INPUT_PIXELS));
  }
};
await Promise.all(Array.from({ length: availableParallelism() }, worker));
const photoSeconds = (performance.now() - start) / 1000;

start = performance.now();
for (const job of jobs.cards) writeFileSync(job.out, await renderPhotoCard(job.card, job.photo));
const cardSeconds = (performance.now() - start) / 1000;

console.log(JSON.stringify({ photoSeconds, cardSeconds }));
