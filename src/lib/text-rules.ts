/**
 * Text from contributors must be text: characters that are invisible or that change how the
 * rest of a line is shown (control characters, terminal escapes, bidirectional overrides such as
 * U+202E, zero-width and tag characters) can hide what a reviewer reads or spoof a name, so
 * they are refused in every front-matter string and in bodies. Tab and line feed are text.
 */

const HIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;

export interface HiddenCharacter {
  /** Index in the string (UTF-16 code units). */
  index: number;
  /** "U+202E". */
  code: string;
  /** What it is, in Indonesian. */
  what: string;
}

function describe(codePoint: number): string {
  if (codePoint === 0x1b) return 'kode kendali terminal (ESC)';
  if (codePoint === 0x0d) return 'karakter CR (akhir baris gaya lama)';
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'karakter kendali';
  if (
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0x061c
  )
    return 'pembalik arah teks (dapat menyamarkan isi)';
  if (codePoint === 0x200e || codePoint === 0x200f) return 'penanda arah teks tak terlihat';
  if (codePoint === 0x2028 || codePoint === 0x2029) return 'pemisah baris/paragraf Unicode';
  return 'karakter tak terlihat';
}

/** The first hidden character in `text`, if any. */
export function findHiddenCharacter(text: string): HiddenCharacter | undefined {
  const match = HIDDEN.exec(text);
  if (!match) return undefined;
  const codePoint = match[0].codePointAt(0) ?? 0;
  return {
    index: match.index,
    code: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`,
    what: describe(codePoint),
  };
}

/** Every string (and key) in parsed front matter that holds a hidden character, with its path. */
export function hiddenCharactersIn(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; found: HiddenCharacter }[] {
  if (typeof value === 'string') {
    const found = findHiddenCharacter(value);
    return found ? [{ path, found }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => hiddenCharactersIn(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const inKey = findHiddenCharacter(key);
      return inKey ? [{ path: [...path, key], found: inKey }] : hiddenCharactersIn(item, [...path, key]);
    });
  }
  return [];
}

/** The message for a hidden character, in Indonesian. */
export function hiddenCharacterMessage(found: HiddenCharacter): string {
  return `Teks ini berisi karakter tersembunyi ${found.code} (${found.what}) pada posisi ${found.index + 1}. Hapus karakter itu, misalnya dengan mengetik ulang teksnya.`;
}
