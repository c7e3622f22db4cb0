/**
 * Photo verdicts by content: decoding every photo for real costs ~35 ms of CPU each (9,029
 * photos: 156 s on 2 cores), and a build judges all of them although few ever change. The key
 * is the SHA-256 of the photo's bytes plus the rules' version, so the same bytes always get the
 * verdict they would get now, and changing a rule, a cap or sharp starts over. The file lives
 * with the build caches (`.cache/`, kept by the deploy workflow; a pull request's run starts
 * without it).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';
import { PHOTO_CAPS } from '../caps.ts';
import { MAX_INPUT_PIXELS } from '../image-plan.ts';
import type { ImageFinding } from './images.ts';

/** Bump when a photo rule or message changes in a way the caps and libraries below do not show. */
export const PHOTO_RULES_VERSION = 5;

const version = createHash('sha256')
  .update(JSON.stringify([PHOTO_RULES_VERSION, PHOTO_CAPS, MAX_INPUT_PIXELS, sharp.versions]))
  .digest('hex')
  .slice(0, 16);

export interface VerdictCache {
  get(bytes: Uint8Array): ImageFinding[] | undefined;
  set(bytes: Uint8Array, findings: ImageFinding[]): void;
  /** Writes the verdicts (atomically) when any was added. */
  save(): void;
}

const keyOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

export function openVerdictCache(file: string): VerdictCache {
  let entries: Record<string, ImageFinding[]> = {};
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: string;
      entries?: Record<string, ImageFinding[]>;
    };
    if (stored.version === version && stored.entries && typeof stored.entries === 'object') entries = stored.entries;
  } catch {
    // No cache yet, or one that cannot be read: start empty.
  }
  let dirty = false;
  return {
    get: (bytes) => entries[keyOf(bytes)],
    set: (bytes, findings) => {
      entries[keyOf(bytes)] = findings;
      dirty = true;
    },
    save: () => {
      if (!dirty) return;
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version, entries }));
      renameSync(temporary, file);
      dirty = false;
    },
  };
}
