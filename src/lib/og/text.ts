/**
 * Text for share images: cleaning, XML escaping and line wrapping. SVG does not wrap text, so
 * lines are measured here with the advance widths of DejaVu Sans (the font installed on the
 * build machines). Other sans-serif fonts are narrower, so a fallback font never overflows.
 */

/** Advance widths of DejaVu Sans for U+0020…U+007E, in thousandths of an em. */
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863,
  748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635,
  615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636,
  337, 636, 838,
];
/** The same for DejaVu Sans Bold. */
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995,
  837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716,
  678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712,
  365, 712, 838,
];

export type Weight = 'regular' | 'bold';

/**
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF): one of them
 * would make the whole SVG unparseable, so they are dropped.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops characters XML cannot hold and collapses white space (a line break is a space). */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an SVG element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Width of one character in ems: exact for ASCII, generous for everything else. */
function charWidth(char: string, weight: Weight): number {
  const code = char.codePointAt(0) ?? 0;
  const table = weight === 'bold' ? BOLD : REGULAR;
  if (code >= 0x20 && code <= 0x7e) return (table[code - 0x20] ?? 1000) / 1000;
  if (code >= 0x2e80) return 1.05; // CJK, emoji and other wide glyphs
  return weight === 'bold' ? 0.8 : 0.72;
}

/** Estimated rendered width of `text` in pixels. */
export function textWidth(text: string, fontSize: number, weight: Weight = 'regular'): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char, weight);
  return ems * fontSize;
}

/** Cuts `text` so that it, plus an ellipsis, fits in `maxWidth`. */
function truncate(text: string, fontSize: number, weight: Weight, maxWidth: number): string {
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, fontSize, weight) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, at spaces where it
 * can, inside a word where it must; the last line ends with "…" when text was left over.
 */
export function wrapText(
  text: string,
  options: { fontSize: number; maxWidth: number; maxLines: number; weight?: Weight },
): string[] {
  const { fontSize, maxWidth, maxLines, weight = 'regular' } = options;
  const fits = (s: string) => textWidth(s, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  let current = '';
  const words = cleanText(text).split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i += 1) {
    let word = words[i] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    // A word longer than a line is split where it stops fitting.
    while (!fits(word)) {
      const chars = [...word];
      let cut = chars.length - 1;
      while (cut > 1 && !fits(chars.slice(0, cut).join(''))) cut -= 1;
      lines.push(chars.slice(0, cut).join(''));
      word = chars.slice(cut).join('');
    }
    current = word;
    if (lines.length >= maxLines) break;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.pop() ?? '';
  return [...kept, truncate(last, fontSize, weight, maxWidth)];
}
