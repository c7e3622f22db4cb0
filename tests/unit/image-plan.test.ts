import { describe, expect, it } from 'vitest';
import {
  chooseCandidate,
  filesForEntry,
  MAIN_SIZES,
  MAIN_WIDTHS,
  parseSrcset,
  slotWidth,
  THUMB_WIDTH,
} from '../../src/lib/image-plan.ts';

describe('image plan', () => {
  it('reads the main image slot width from sizes, like a browser', () => {
    expect(slotWidth(MAIN_SIZES, 360)).toBe(328);
    expect(slotWidth(MAIN_SIZES, 412)).toBe(380);
    expect(slotWidth(MAIN_SIZES, 1280)).toBe(672);
  });

  it('picks the smallest candidate that covers the slot at the screen density, else the largest', () => {
    const candidates = parseSrcset('/a_320.webp 320w, /a_640.webp 640w');
    expect(candidates).toEqual([
      { url: '/a_320.webp', width: 320 },
      { url: '/a_640.webp', width: 640 },
    ]);
    expect(chooseCandidate(candidates, 328, 1)?.width).toBe(640);
    expect(chooseCandidate(candidates, 300, 1)?.width).toBe(320);
    expect(chooseCandidate(candidates, 328, 2)?.width).toBe(640);
    expect(chooseCandidate(candidates, 672, 2)?.width).toBe(640);
  });

  it('reuses the smallest main variant as the list thumbnail', () => {
    expect(THUMB_WIDTH).toBe(MAIN_WIDTHS[0]);
  });

  it('counts the image files of an entry: main variants, one per further photo, one share card', () => {
    expect(filesForEntry(0)).toBe(1);
    expect(filesForEntry(1)).toBe(MAIN_WIDTHS.length + 1);
    expect(filesForEntry(3)).toBe(MAIN_WIDTHS.length + 2 + 1);
  });
});
