import { describe, expect, it } from 'vitest';
import {
  ENCODE_STEPS,
  ENCODING_KEY,
  encodeWithin,
  GALLERY_PHOTO,
  MAIN_PHOTO,
  THUMB_PHOTO,
  type EncodeStep,
} from '../../src/lib/image-plan.ts';

/** A fake encoder whose output size falls with quality and with the square of the scale. */
const fakeEncoder = (bytesAtFull: number) => {
  const calls: EncodeStep[] = [];
  const encode = async (step: EncodeStep) => {
    calls.push(step);
    return Buffer.alloc(Math.round(bytesAtFull * (step.quality / 50) * step.scale ** 2));
  };
  return { calls, encode };
};

describe('image plan', () => {
  it('makes photos sharp at 2× on a 360 px phone within the first-image budget, and thumbnails small', () => {
    expect(MAIN_PHOTO.width).toBeGreaterThanOrEqual(2 * 328);
    expect(MAIN_PHOTO.maxBytes).toBe(30 * 1024);
    expect(GALLERY_PHOTO.maxBytes).toBe(30 * 1024);
    expect(THUMB_PHOTO.width).toBe(2 * 80);
    expect(THUMB_PHOTO.maxBytes).toBeLessThanOrEqual(15 * 1024);
  });

  it('keeps the first encoding when it fits, without trying another', async () => {
    const { calls, encode } = fakeEncoder(10_000);
    const result = await encodeWithin(15_000, encode);
    expect(result.attempts).toBe(1);
    expect(result.step).toEqual(ENCODE_STEPS[0]);
    expect(calls).toHaveLength(1);
  });

  it('steps quality down, then size, and stops at the first encoding that fits', async () => {
    const { calls, encode } = fakeEncoder(45_000);
    const result = await encodeWithin(15_000, encode);
    expect(result.data.length).toBeLessThanOrEqual(15_000);
    expect(result.step).toEqual({ quality: 14, scale: 1 });
    expect(calls.map((s) => s.quality)).toEqual([50, 42, 35, 28, 20, 14]);
    expect(calls.at(-1)).toEqual(result.step);
  });

  it('returns the last step when nothing fits, so a build never fails on a photo', async () => {
    const { encode } = fakeEncoder(10_000_000);
    const result = await encodeWithin(15_000, encode);
    expect(result.step).toEqual(ENCODE_STEPS.at(-1));
    expect(result.attempts).toBe(ENCODE_STEPS.length);
  });

  it('names every step in the cache key, so changing a step re-encodes every photo', () => {
    for (const step of ENCODE_STEPS) expect(ENCODING_KEY).toContain(`q${step.quality}s${step.scale}`);
  });
});
