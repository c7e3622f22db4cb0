/**
 * npm run foto -- <berkas…> [--ke <folder>] [--timpa]
 *
 * Prepares photos for a contribution (src/lib/photo-prepare.ts): upright, at most 1,280 px on
 * the long side, every metadata block (location included) removed, a JPEG of at most 300 KB.
 * Each result is written beside its input as `<nama>.jpg` (or into the folder given with --ke);
 * a result that would replace its own input gets `-siap` unless --timpa is given. Prints what it
 * did for each file; exits 1 if any file could not be prepared.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { kilobytes } from '../src/lib/caps.ts';
import { preparedName, preparePhoto, PrepareError } from '../src/lib/photo-prepare.ts';
import { visible } from '../src/lib/validation/format.ts';

const USAGE = `Pemakaian: npm run foto -- <berkas…> [--ke <folder>] [--timpa]
  Menyiapkan foto untuk konten: diputar tegak, sisi terpanjang paling besar 1.280 piksel,
  semua metadata (termasuk lokasi GPS) dihapus, disimpan sebagai JPEG paling besar 300 KB.
  --ke <folder>  simpan hasilnya di folder ini (bawaan: di samping berkas asli)
  --timpa        boleh mengganti berkas asli bila namanya sama`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      ke: { type: 'string' },
      timpa: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(1);
}
const { values, positionals } = parsed;
if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

const outDir = values.ke ? resolve(values.ke) : undefined;
if (outDir) mkdirSync(outDir, { recursive: true });
let failed = 0;
for (const file of positionals) {
  const input = resolve(file);
  const shown = visible(file);
  try {
    const bytes = readFileSync(input);
    const photo = await preparePhoto(bytes);
    let target = join(outDir ?? dirname(input), preparedName(basename(input)));
    if (target === input && !values.timpa) target = target.replace(/\.jpg$/, '-siap.jpg');
    writeFileSync(target, photo.data);
    const did = [
      `${photo.input.width}×${photo.input.height} → ${photo.width}×${photo.height} piksel`,
      `${kilobytes(photo.input.bytes)} → ${kilobytes(photo.data.length)} (JPEG kualitas ${photo.quality})`,
      photo.rotated ? 'diputar tegak sesuai arah kamera' : undefined,
      photo.removed.length > 0 ? `metadata dihapus: ${photo.removed.join(', ')}` : 'tanpa metadata',
    ].filter(Boolean);
    console.log(`✓ ${shown} → ${visible(target)}\n  ${did.join('; ')}`);
  } catch (error) {
    failed += 1;
    const message =
      error instanceof PrepareError
        ? error.message
        : `berkas tidak dapat dibaca atau ditulis (${(error as NodeJS.ErrnoException).code ?? 'galat'})`;
    console.error(`✗ ${shown}: ${visible(message)}`);
  }
}
if (failed > 0) {
  console.error(`${failed} dari ${positionals.length} foto tidak dapat disiapkan.`);
  process.exit(1);
}
