/**
 * Printing validation issues for people (terminal), for GitHub Actions (workflow commands) and
 * for the job summary (Markdown). Issues quote contributors' text (file names, field names,
 * values), so every destination gets its own escaping: nothing a contributor writes can move
 * the cursor or recolour a terminal, start a workflow command ("::…") on a line of its own, or
 * become Markdown, HTML, a link or a mention in the summary. Output per file is bounded.
 */
import type { ContentIssue } from './issue.ts';

/** Problems printed per file; the rest are counted ("dan N masalah lain"). */
export const ISSUES_PER_FILE = 20;

// Controls (tab and newline included: one issue is one line), DEL, C1, bidi and invisible characters.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/** Contributor text made visible and inert for a terminal: "\u001B" instead of an escape. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}

export function formatIssue(issue: ContentIssue): string {
  const where = `${visible(issue.file)}:${issue.line}:${issue.column}`;
  const label = issue.severity === 'error' ? 'galat' : 'peringatan';
  const field = issue.field ? ` [${visible(issue.field)}]` : '';
  return `${where} ${label}${field} ${visible(issue.message)} (${visible(issue.rule)})`;
}

/** Issues to print: at most `perFile` per file, then one line saying how many more there are. */
export function boundPerFile(
  issues: readonly ContentIssue[],
  perFile = ISSUES_PER_FILE,
): { shown: ContentIssue[]; hidden: Map<string, number> } {
  const counts = new Map<string, number>();
  const shown: ContentIssue[] = [];
  const hidden = new Map<string, number>();
  for (const issue of issues) {
    const n = (counts.get(issue.file) ?? 0) + 1;
    counts.set(issue.file, n);
    if (n <= perFile) shown.push(issue);
    else hidden.set(issue.file, (hidden.get(issue.file) ?? 0) + 1);
  }
  return { shown, hidden };
}

/** Terminal lines for all issues, bounded per file. */
export function formatIssues(issues: readonly ContentIssue[], perFile = ISSUES_PER_FILE): string[] {
  const { shown, hidden } = boundPerFile(issues, perFile);
  const lines: string[] = [];
  shown.forEach((issue, index) => {
    lines.push(formatIssue(issue));
    const next = shown[index + 1];
    const more = hidden.get(issue.file);
    if (more && next?.file !== issue.file) lines.push(`${visible(issue.file)}: … dan ${more} masalah lain`);
  });
  return lines;
}

export function summarize(issues: readonly ContentIssue[], files: number): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const filesWithErrors = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.file)).size;
  if (errors === 0) {
    return `✓ ${files} berkas konten valid${warnings ? ` (${warnings} peringatan)` : ''}.`;
  }
  return `✗ ${errors} galat di ${filesWithErrors} berkas${warnings ? `, ${warnings} peringatan` : ''} (${files} berkas diperiksa).`;
}

/**
 * GitHub workflow commands escape %, CR and LF in messages, and also , and : in properties.
 * `visible` has already turned CR, LF and every other control into inert text.
 */
export const escapeData = (s: string) => visible(s).replaceAll('%', '%25');
export const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

export function githubAnnotation(issue: ContentIssue): string {
  const command = issue.severity === 'error' ? 'error' : 'warning';
  const title = issue.field ? `${issue.rule}: ${issue.field}` : issue.rule;
  return `::${command} file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.column},title=${escapeProperty(title)}::${escapeData(issue.message)}`;
}

/**
 * A table cell of the job summary: every character that Markdown or HTML could read as markup,
 * a link (":" and "."), a mention ("@") or a table border becomes a numeric character reference,
 * which GitHub shows as the character itself.
 */
export function summaryCell(text: string): string {
  return visible(text).replace(/[^\p{L}\p{N} ,;?]/gu, (c) => `&#${c.codePointAt(0) ?? 0};`);
}

export function markdownTable(issues: readonly ContentIssue[], perFile = ISSUES_PER_FILE): string {
  const { shown, hidden } = boundPerFile(issues, perFile);
  const rows = shown.map(
    (i) =>
      `| ${summaryCell(i.file)}&#58;${i.line} | ${summaryCell(i.field || '—')} | ${summaryCell(i.message)} | ${i.severity === 'error' ? 'galat' : 'peringatan'} |`,
  );
  for (const [file, more] of hidden) rows.push(`| ${summaryCell(file)} | — | dan ${more} masalah lain | galat |`);
  return ['| Berkas | Isian | Masalah | Jenis |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
