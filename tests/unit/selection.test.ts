import { describe, expect, it } from 'vitest';
import { selectContentFiles } from '../../src/lib/validation/selection.ts';

const village = 'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan';
const other = 'content/desa/kabupaten-ciamis/panjalu/32.07.08.2001-panjalu';
const files = [
  `${village}/profil.md`,
  `${village}/produk/kopi.md`,
  `${other}/profil.md`,
  'content/hub/a.md',
  'content/hub/b.md',
];

describe('selecting the content files to check', () => {
  it('checks the whole village folder when a product or photo in it changed', () => {
    expect([...selectContentFiles([`${village}/produk/kopi.md`], 'content', files)]).toEqual([
      `${village}/profil.md`,
      `${village}/produk/kopi.md`,
    ]);
    // A photo that is gone (deleted) is named too: the validator checks what exists.
    expect([...selectContentFiles([`${village}/balai.jpg`], 'content', files)].sort()).toEqual([
      `${village}/balai.jpg`,
      `${village}/produk/kopi.md`,
      `${village}/profil.md`,
    ]);
  });
  it('checks the hub folder for a changed hub (its photos live beside it), and everything under a named folder', () => {
    expect([...selectContentFiles(['content/hub/a.md'], 'content', files)].sort()).toEqual([
      'content/hub/a.md',
      'content/hub/b.md',
    ]);
    expect(selectContentFiles(['content/desa/kabupaten-ciamis/'], 'content', files)).toEqual(
      new Set([`${other}/profil.md`]),
    );
  });
  it('ignores changes outside content and keeps a new file that is not listed yet', () => {
    expect(selectContentFiles(['src/x.ts', 'README.md'], 'content', files).size).toBe(0);
    expect(selectContentFiles([`${other}/produk/baru.md`], 'content', files)).toEqual(
      new Set([`${other}/profil.md`, `${other}/produk/baru.md`]),
    );
  });
});
