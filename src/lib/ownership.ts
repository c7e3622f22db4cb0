/**
 * Who may change what in a pull request, decided from the changed paths alone.
 *
 * A village folder (`content/desa/<kab>/<kec>/<kode>-<desa>/`) is the unit of ownership: its
 * `profil.md` lists in `pemelihara` the GitHub users who may change the folder. What counts is
 * the list AS IT IS ON THE BASE BRANCH, so a pull request cannot make its author an owner by
 * editing that list. A folder that has no profile on the base branch yet is new: its author may
 * create it when the proposed `profil.md` lists them. Everything else (workflows, scripts, site
 * code, dependencies, Creative Centers, tests, other villages) needs a maintainer's review.
 *
 * Pure logic: the caller reads git and passes lookups in. Nothing here throws on odd input; an
 * odd path or a failing lookup simply needs review. Reasons are in Bahasa Indonesia (they go into
 * the pull request) and write logins as code spans, so a comment never @-mentions anyone.
 */
import { escapeData, escapeProperty, visible } from './validation/format.ts';
import { parseContentFile } from './validation/frontmatter.ts';

export type Verdict = 'allowed' | 'needs-review';

export interface FileChange {
  /** git status letter, optionally with a score: A, M, D, T, R100, C75, … Others need review. */
  status: string;
  /** Path after the change; for a deletion, the deleted path. Repository-relative, `/`-separated. */
  path: string;
  /** Path before a rename or copy. */
  oldPath?: string | undefined;
  /** Git mode after the change when known: 100644, 100755, 120000 (symlink), 160000 (submodule). */
  mode?: string | undefined;
}

/** `pemelihara` of a village folder (e.g. `content/desa/a/b/32.01.01.2001-x`), undefined without a profil.md. */
export type MaintainerLookup = (folder: string) => readonly string[] | undefined;

export interface OwnershipInput {
  changes: readonly FileChange[];
  /** GitHub login of the pull request's author. */
  author: string;
  /**
   * GitHub logins of the pull request's commit authors (as GitHub resolved them). Every login
   * judged must be allowed, so nobody gains through someone else's commit.
   */
  commitAuthors?: readonly string[];
  /** Maintainers on the base ref: this decides for every folder that has a profile there. */
  base: MaintainerLookup;
  /** Maintainers in the pull request's head: consulted only for folders new in the pull request. */
  head: MaintainerLookup;
  /** Content folder, relative to the repository root. Default `content`. */
  contentDir?: string;
}

export interface FileVerdict {
  path: string;
  oldPath?: string;
  /** Status letter (A, M, D, R, C, T, …) without the score. */
  status: string;
  verdict: Verdict;
  reason: string;
  /** Set when this file adds the first profile of a village folder (a claim through `pemelihara`). */
  claim?: string;
}

export interface OwnershipResult {
  verdict: Verdict;
  files: FileVerdict[];
  /** Village folders (their `<kode>-<desa>` leaf) whose first profile this change adds, claiming them. */
  claims: string[];
  /** The logins judged, as shown. */
  judged: string[];
  /** One sentence for the end of the report. */
  summary: string;
}

const REVIEW = 'perlu ditinjau pengelola.';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LEAF = /^\d{2}\.\d{2}\.\d{2}\.\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;
// eslint-disable-next-line no-control-regex
const ODD_CHARS = /[\u0000-\u001f\u007f\\]/;

/** Areas that are never a contributor's to change, with the reason shown. First match wins. */
const PROTECTED: readonly (readonly [prefix: string, label: string])[] = [
  ['.github/', 'Alur kerja dan pengaturan GitHub (.github/)'],
  ['.ci/', 'Skrip CI (.ci/)'],
  ['scripts/', 'Skrip proyek (scripts/)'],
  ['src/', 'Kode situs (src/)'],
  ['tests/', 'Pengujian (tests/)'],
  ['public/', 'Berkas statis situs (public/)'],
  ['package.json', 'Daftar paket (package.json)'],
  ['package-lock.json', 'Berkas kunci paket (package-lock.json)'],
  ['astro.config.mjs', 'Pengaturan Astro (astro.config.mjs)'],
];

/** A login as shown in reasons: a code span, and nothing that is not a login character. */
export function showLogin(login: string): string {
  const clean = String(login).replace(/[^A-Za-z0-9[\]-]/g, '');
  return clean ? `\`${clean}\`` : '(tanpa nama)';
}

const norm = (login: unknown) => (typeof login === 'string' ? login.trim().toLowerCase() : '');

/** Reads `pemelihara` from a profile's source. A profile that cannot be read safely lists nobody. */
export function maintainersFromProfile(source: string): string[] {
  try {
    const parsed = parseContentFile(String(source));
    if (parsed.problems.length > 0) return [];
    const list = parsed.data['pemelihara'];
    if (!Array.isArray(list)) return [];
    return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  } catch {
    return [];
  }
}

/**
 * Parses `git diff --raw -z -M` output: for each change a `:oldmode newmode oldsha newsha status`
 * record, then one path (two for renames and copies), all NUL-terminated. Malformed records are
 * skipped, never thrown on.
 */
export function parseRawDiff(output: string): FileChange[] {
  const tokens = String(output).split('\0');
  const changes: FileChange[] = [];
  let i = 0;
  while (i < tokens.length) {
    const meta = tokens[i++] ?? '';
    if (!meta.startsWith(':')) continue;
    const fields = meta.slice(1).trim().split(/\s+/);
    const mode = fields[1];
    const status = fields[4] ?? '';
    const letter = status.charAt(0).toUpperCase();
    if (letter === 'R' || letter === 'C') {
      const oldPath = tokens[i++];
      const path = tokens[i++];
      if (oldPath === undefined || path === undefined) break;
      changes.push({ status, path, oldPath, mode });
    } else {
      const path = tokens[i++];
      if (path === undefined) break;
      changes.push({ status, path, mode });
    }
  }
  return changes;
}

type Place = { kind: 'review'; reason: string } | { kind: 'village'; folder: string; leaf: string; inner: string[] };

function place(path: unknown, contentDir: string): Place {
  if (typeof path !== 'string' || path === '') {
    return { kind: 'review', reason: `Path berkas kosong atau tidak terbaca: ${REVIEW}` };
  }
  if (ODD_CHARS.test(path)) {
    return { kind: 'review', reason: `Nama berkas berisi karakter kendali atau garis miring terbalik: ${REVIEW}` };
  }
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    return { kind: 'review', reason: `Path berkas tidak biasa (bagian kosong, "." atau ".."): ${REVIEW}` };
  }
  const content = contentDir.split('/');
  const inContent = content.every((s, i) => segments[i] === s) && segments.length > content.length;
  if (inContent) {
    const [area, kab, kec, leaf, ...inner] = segments.slice(content.length);
    if (area === 'desa' && kab !== undefined && kec !== undefined && leaf !== undefined && inner.length > 0) {
      if (!SLUG.test(kab) || !SLUG.test(kec) || !LEAF.test(leaf)) {
        return {
          kind: 'review',
          reason: `Folder ini tidak mengikuti aturan folder desa (${contentDir}/desa/<kab-kota>/<kecamatan>/<kode>-<desa>/): ${REVIEW}`,
        };
      }
      if (inner.some((s) => s.startsWith('.'))) {
        return {
          kind: 'review',
          reason: `Berkas atau folder tersembunyi (nama diawali titik) di folder desa: ${REVIEW}`,
        };
      }
      return { kind: 'village', folder: segments.slice(0, content.length + 4).join('/'), leaf, inner };
    }
    if (area === 'hub') {
      return { kind: 'review', reason: `Profil Creative Center (${contentDir}/hub/) dikelola pengelola: ${REVIEW}` };
    }
    return { kind: 'review', reason: `Berkas di ${contentDir}/ di luar folder desa mana pun: ${REVIEW}` };
  }
  for (const [prefix, label] of PROTECTED) {
    if (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix)
      return { kind: 'review', reason: `${label}: ${REVIEW}` };
  }
  return { kind: 'review', reason: `Berkas di luar folder desa: ${REVIEW}` };
}

type Lookup = { ok: true; list: readonly string[] | undefined } | { ok: false };

function cached(lookup: MaintainerLookup): (folder: string) => Lookup {
  const memo = new Map<string, Lookup>();
  return (folder) => {
    let hit = memo.get(folder);
    if (!hit) {
      try {
        const list = lookup(folder);
        hit = { ok: true, list: Array.isArray(list) ? list : undefined };
      } catch {
        hit = { ok: false };
      }
      memo.set(folder, hit);
    }
    return hit;
  };
}

interface Side {
  verdict: Verdict;
  reason: string;
  claim?: string;
}

/** The logins judged: the pull request's author and its commit authors, each once. */
function judgedLogins(input: OwnershipInput): string[] {
  const all = [input.author, ...(Array.isArray(input.commitAuthors) ? input.commitAuthors : [])];
  const seen = new Map<string, string>();
  for (const login of all) if (norm(login) && !seen.has(norm(login))) seen.set(norm(login), String(login).trim());
  return [...seen.values()];
}

export function checkOwnership(input: OwnershipInput): OwnershipResult {
  const contentDir =
    String(input.contentDir ?? 'content')
      .replace(/^(\.\/)+/, '')
      .replace(/\/+$/, '') || 'content';
  const logins = judgedLogins(input);
  const who = logins.length ? logins.map(showLogin).join(', ') : showLogin('');
  const base = cached(input.base);
  const head = cached(input.head);
  // Every judged login must be a maintainer: a commit by anyone else makes the file need review.
  const listed = (list: readonly string[]) =>
    logins.length > 0 && logins.every((login) => list.some((m) => norm(m) === norm(login)));

  /** `removing`: the path disappears (deleted, or the old side of a rename). */
  const judge = (path: string | undefined, removing: boolean, mode?: string): Side => {
    const where = place(path, contentDir);
    if (where.kind === 'review') return { verdict: 'needs-review', reason: where.reason };
    if (!removing && mode === '120000') {
      return { verdict: 'needs-review', reason: `Tautan simbolik (symlink) tidak diizinkan di folder desa: ${REVIEW}` };
    }
    if (!removing && mode === '160000') {
      return { verdict: 'needs-review', reason: `Submodul git tidak diizinkan di folder desa: ${REVIEW}` };
    }
    if (removing && where.inner.length === 1 && where.inner[0] === 'profil.md') {
      return {
        verdict: 'needs-review',
        reason: `Menghapus atau memindahkan profil.md desa ${where.leaf} ${REVIEW}`,
      };
    }
    const onBase = base(where.folder);
    if (!onBase.ok) {
      return {
        verdict: 'needs-review',
        reason: `Profil desa ${where.leaf} di cabang dasar tidak dapat dibaca: ${REVIEW}`,
      };
    }
    if (onBase.list) {
      if (listed(onBase.list)) {
        return { verdict: 'allowed', reason: `${who} tercantum sebagai pemelihara desa ${where.leaf}.` };
      }
      const owners = onBase.list.filter((m) => typeof m === 'string' && LOGIN.test(m.trim()));
      const known = owners.length
        ? `pemeliharanya: ${owners.slice(0, 5).map(showLogin).join(', ')}${owners.length > 5 ? ', …' : ''}`
        : 'profilnya belum mencantumkan pemelihara';
      return {
        verdict: 'needs-review',
        reason: `${who} bukan pemelihara desa ${where.leaf} di cabang dasar (${known}): ${REVIEW}`,
      };
    }
    const proposed = head(where.folder);
    if (!proposed.ok) {
      return { verdict: 'needs-review', reason: `Profil baru desa ${where.leaf} tidak dapat dibaca: ${REVIEW}` };
    }
    if (!proposed.list) {
      return {
        verdict: 'needs-review',
        reason: `Folder desa ${where.leaf} belum punya profil.md, di cabang dasar maupun di usulan ini: ${REVIEW}`,
      };
    }
    if (listed(proposed.list)) {
      return {
        verdict: 'allowed',
        reason: `Folder desa baru ${where.leaf}; ${who} tercantum sebagai pemelihara di profil.md yang diajukan.`,
        claim: where.leaf,
      };
    }
    return {
      verdict: 'needs-review',
      reason: `Folder desa baru ${where.leaf}, tetapi profil.md yang diajukan tidak mencantumkan ${who} di "pemelihara": ${REVIEW}`,
    };
  };

  const files: FileVerdict[] = [];
  const changes = Array.isArray(input.changes) ? input.changes : [];
  for (const change of changes) {
    const raw = typeof change?.status === 'string' ? change.status : '';
    const status = raw.charAt(0).toUpperCase() || '?';
    const path = typeof change?.path === 'string' ? change.path : '';
    const oldPath = typeof change?.oldPath === 'string' ? change.oldPath : undefined;
    let sides: Side[];
    if (status === 'A' || status === 'M' || status === 'T' || status === 'C') {
      sides = [judge(path, false, change.mode)];
    } else if (status === 'D') {
      sides = [judge(path, true)];
    } else if (status === 'R') {
      sides =
        oldPath === undefined ? [judge(undefined, true)] : [judge(oldPath, true), judge(path, false, change.mode)];
    } else {
      sides = [{ verdict: 'needs-review', reason: `Jenis perubahan git tidak dikenal (${status}): ${REVIEW}` }];
    }
    const blocked = sides.filter((s) => s.verdict === 'needs-review');
    const reasons = [...new Set((blocked.length ? blocked : sides).map((s) => s.reason))];
    const reason =
      status === 'R' && oldPath !== undefined && !blocked.length && sides.length === 2
        ? `Dipindahkan; boleh di kedua sisi. ${reasons.join(' ')}`
        : reasons.join(' ');
    const claim = blocked.length ? undefined : sides.find((s) => s.claim)?.claim;
    files.push({
      path,
      ...(oldPath !== undefined && (status === 'R' || status === 'C') ? { oldPath } : {}),
      status,
      verdict: blocked.length ? 'needs-review' : 'allowed',
      reason,
      ...(claim ? { claim } : {}),
    });
  }

  const review = files.filter((f) => f.verdict === 'needs-review').length;
  const verdict: Verdict = review ? 'needs-review' : 'allowed';
  const claims = [...new Set(files.flatMap((f) => (f.claim ? [f.claim] : [])))];
  const summary =
    files.length === 0
      ? 'Tidak ada berkas yang berubah.'
      : review
        ? `${review} dari ${files.length} berkas perlu ditinjau pengelola.`
        : `Semua ${files.length} berkas yang diubah ada di folder desa yang boleh diubah oleh ${who}.`;
  return { verdict, files, claims, judged: logins.map(showLogin), summary };
}

export interface CommitChanges {
  /** Commit id. */
  id: string;
  changes: readonly FileChange[];
}

/**
 * A pull request judged by its net change AND by each of its commits, whichever is stricter: a
 * file changed in one commit and reverted in a later one is absent from the net diff, but was
 * still proposed (and would land in history with a merge commit). Files that need review only in
 * some commit are added with that commit named.
 */
export function checkPullRequest(input: OwnershipInput & { commits?: readonly CommitChanges[] }): OwnershipResult {
  const net = checkOwnership(input);
  const files = [...net.files];
  const index = new Map(files.map((f, i) => [f.path, i]));
  for (const commit of input.commits ?? []) {
    const short = String(commit.id).slice(0, 7);
    for (const file of checkOwnership({ ...input, changes: commit.changes }).files) {
      if (file.verdict !== 'needs-review') continue;
      const at = index.get(file.path);
      if (at !== undefined && files[at]!.verdict === 'needs-review') continue;
      const entry: FileVerdict = {
        ...file,
        reason: `Diubah di commit ${short}${at === undefined ? ' lalu dikembalikan' : ''}: ${file.reason}`,
      };
      if (at === undefined) {
        index.set(file.path, files.length);
        files.push(entry);
      } else {
        files[at] = entry;
      }
    }
  }
  const review = files.filter((f) => f.verdict === 'needs-review').length;
  if (review === 0) return net;
  const claims = [...new Set(files.flatMap((f) => (f.claim && f.verdict === 'allowed' ? [f.claim] : [])))];
  return {
    ...net,
    verdict: 'needs-review',
    files,
    claims,
    summary: `${review} dari ${files.length} berkas perlu ditinjau pengelola.`,
  };
}

/** One sentence per claimed village, for the summary and annotations. */
export function claimNotice(leaf: string, judged: readonly string[]): string {
  return `Profil pertama desa ${leaf}: pull request ini mengklaim folder desa itu untuk ${judged.join(', ')} (lewat "pemelihara"). Pengelola: pastikan pengaju memang mewakili desa ini (misalnya lewat kontak resmi desa) sebelum menggabungkan.`;
}

/* ---------- Reports ---------- */

const STATUS_WORD: Record<string, string> = {
  A: 'baru',
  M: 'ubah',
  D: 'hapus',
  R: 'pindah',
  C: 'salin',
  T: 'ganti jenis',
};
const statusWord = (s: string) => STATUS_WORD[s] ?? s;
const verdictWord = (v: Verdict) => (v === 'allowed' ? 'diizinkan' : 'perlu ditinjau');
const shownPath = (f: FileVerdict) => (f.oldPath !== undefined ? `${f.oldPath} → ${f.path}` : f.path);
// Keep terminal output on one line per file whatever the path holds: controls become visible.
const oneLine = visible;

/** Plain-text table for the terminal. */
export function textReport(result: OwnershipResult): string {
  const rows = result.files.map((f) => [
    verdictWord(f.verdict),
    statusWord(f.status),
    oneLine(shownPath(f)),
    oneLine(f.reason),
  ]);
  const header = ['Hasil', 'Jenis', 'Berkas', 'Alasan'];
  const width = (col: number) => Math.max(header[col]!.length, ...rows.map((r) => r[col]!.length));
  const widths = [width(0), width(1), Math.min(width(2), 80)];
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell))
      .join('  ')
      .trimEnd();
  const mark = result.verdict === 'allowed' ? '✓' : '✗';
  const claims = result.claims.map((leaf) => `! ${oneLine(claimNotice(leaf, result.judged))}`);
  return [line(header), ...rows.map(line), '', ...claims, `${mark} ${oneLine(result.summary)}`].join('\n');
}

/** GitHub workflow commands: a warning per file that needs review (at most `limit`), then a notice. */
export function githubAnnotations(result: OwnershipResult, limit = 10): string[] {
  const review = result.files.filter((f) => f.verdict === 'needs-review');
  const lines = review
    .slice(0, limit)
    .map(
      (f) =>
        `::warning file=${escapeProperty(f.path)},title=${escapeProperty('Perlu ditinjau pengelola')}::${escapeData(f.reason)}`,
    );
  for (const leaf of result.claims) {
    lines.push(`::warning title=${escapeProperty('Klaim desa baru')}::${escapeData(claimNotice(leaf, result.judged))}`);
  }
  const more = review.length > limit ? ` (${review.length - limit} berkas lain tercantum di ringkasan)` : '';
  lines.push(`::notice title=${escapeProperty('Kepemilikan folder desa')}::${escapeData(result.summary + more)}`);
  return lines;
}

const cell = (s: string) =>
  oneLine(s)
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('@', '&#64;');
const codeCell = (s: string) =>
  `<code>${cell(s)
    .replace(/[*_[\]~]/g, '\\$&')
    .replaceAll('`', '&#96;')}</code>`;

/** Markdown for $GITHUB_STEP_SUMMARY: files needing review first. */
export function markdownReport(result: OwnershipResult, author: string): string {
  const ordered = [...result.files].sort(
    (a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'needs-review' ? -1 : 1) || a.path.localeCompare(b.path),
  );
  const rows = ordered.map(
    (f) =>
      `| ${f.verdict === 'allowed' ? '✓ diizinkan' : '⚠ perlu ditinjau'} | ${statusWord(f.status)} | ${codeCell(shownPath(f))} | ${cell(f.reason)} |`,
  );
  const judged = result.judged.length ? result.judged : [showLogin(author)];
  const claims = result.claims.map((leaf) => `> [!WARNING]\n> ${cell(claimNotice(leaf, result.judged))}\n`);
  const head = [
    '## Kepemilikan folder desa',
    '',
    `Akun yang dinilai: ${judged.map(cell).join(', ')} (pengaju pull request dan penulis commit menurut GitHub; setiap akun harus pemelihara desa yang diubah). ${cell(result.summary)}`,
    '',
    ...claims,
  ].join('\n');
  if (!rows.length) return `${head}\n`;
  return `${head}\n| Hasil | Jenis | Berkas | Alasan |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}
