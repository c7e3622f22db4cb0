/**
 * Indonesian messages for zod's generic issues. Fields with a domain rule carry their own
 * message in the schema; this covers the rest (missing field, wrong type, unknown key, …).
 */
import type { z } from 'astro/zod';

type RawIssue = z.core.$ZodRawIssue;

const typeNames: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'true atau false',
  array: 'daftar (baris diawali "- ")',
  object: 'kelompok isian (baris berikutnya menjorok ke dalam)',
  date: 'tanggal',
};

export function indonesianMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Isian ini wajib diisi.';
      return `Isian ini harus berupa ${typeNames[issue.expected] ?? issue.expected}.`;
    case 'invalid_value':
      return `Nilai tidak dikenal. Pilih salah satu: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Isian tidak dikenal: ${issue.keys.join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'array') return `Isi minimal ${String(issue.minimum)} butir.`;
      if (issue.origin === 'string') return `Terlalu pendek: minimal ${String(issue.minimum)} karakter.`;
      return `Nilai minimal ${String(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'array') return `Maksimal ${String(issue.maximum)} butir.`;
      if (issue.origin === 'string') return `Terlalu panjang: maksimal ${String(issue.maximum)} karakter.`;
      return `Nilai maksimal ${String(issue.maximum)}.`;
    case 'invalid_format':
      return 'Format isian ini tidak valid.';
    case 'not_multiple_of':
      return 'Angka ini harus bilangan bulat.';
    case 'invalid_union':
      return 'Isian ini tidak sesuai dengan format yang diizinkan.';
    default:
      return undefined;
  }
}

/** Levenshtein distance, for "did you mean …?" on misspelt field names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
