/**
 * Finds metadata blocks in image bytes, by walking the container (JPEG segments, PNG chunks,
 * RIFF/WebP chunks, ISO-BMFF item types) and by looking for the signatures of EXIF and XMP
 * anywhere in the file. Tests use it to prove that no published image carries EXIF (and so no
 * GPS position), XMP or IPTC.
 */

export type MetadataKind = 'exif' | 'xmp' | 'iptc';

const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'));

function jpeg(bytes: Buffer, found: Set<MetadataKind>) {
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xda || marker === 0xd9) break; // start of scan / end of image
    const length = bytes.readUInt16BE(at + 2);
    const body = bytes.subarray(at + 4, at + 2 + length);
    if (marker === 0xe1 && body.subarray(0, 6).toString('latin1') === 'Exif\0\0') found.add('exif');
    if (marker === 0xe1 && body.toString('latin1', 0, 29).startsWith('http://ns.adobe.com/xap/1.0/')) found.add('xmp');
    if (marker === 0xed) found.add('iptc');
    at += 2 + length;
  }
}

function png(bytes: Buffer, found: Set<MetadataKind>) {
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const keyword = bytes.toString('latin1', at + 8, at + 8 + Math.min(length, 40)).split('\0')[0] ?? '';
    if (type === 'eXIf' || keyword.startsWith('Raw profile type exif') || keyword.startsWith('Raw profile type APP1'))
      found.add('exif');
    if (['iTXt', 'tEXt', 'zTXt'].includes(type) && keyword === 'XML:com.adobe.xmp') found.add('xmp');
    if (keyword.startsWith('Raw profile type iptc')) found.add('iptc');
    at += 12 + length;
  }
}

function riff(bytes: Buffer, found: Set<MetadataKind>) {
  let at = 12;
  while (at + 8 <= bytes.length) {
    const type = bytes.toString('latin1', at, at + 4);
    const length = bytes.readUInt32LE(at + 4);
    if (type === 'EXIF') found.add('exif');
    if (type === 'XMP ') found.add('xmp');
    at += 8 + length + (length % 2);
  }
}

/** Every metadata kind present in `bytes` (empty for a clean file). */
export function metadataIn(bytes: Buffer): MetadataKind[] {
  const found = new Set<MetadataKind>();
  if (bytes[0] === 0xff && bytes[1] === 0xd8) jpeg(bytes, found);
  else if (bytes.toString('latin1', 1, 4) === 'PNG') png(bytes, found);
  else if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') riff(bytes, found);
  else if (bytes.toString('latin1', 4, 8) === 'ftyp') {
    if (has(bytes, 'Exif')) found.add('exif');
    if (has(bytes, 'application/rdf+xml')) found.add('xmp');
  }
  // Whatever the container says: the signatures themselves.
  if (has(bytes, 'Exif\0\0')) found.add('exif');
  if (has(bytes, '<x:xmpmeta') || has(bytes, 'http://ns.adobe.com/xap/1.0/')) found.add('xmp');
  return [...found].sort();
}
