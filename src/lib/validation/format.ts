/** Printing validation issues for people (terminal) and for GitHub Actions. */
import type { ContentIssue } from './issue.ts';

export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const label = issue.severity === 'error' ? 'galat' : 'peringatan';
  const field = issue.field ? ` [${issue.field}]` : '';
  return `${where} ${label}${field} ${issue.message} (${issue.rule})`;
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

/** GitHub workflow commands escape %, CR and LF in messages, and also , and : in properties. */
const escapeData = (s: string) => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

export function githubAnnotation(issue: ContentIssue): string {
  const command = issue.severity === 'error' ? 'error' : 'warning';
  const title = issue.field ? `${issue.rule}: ${issue.field}` : issue.rule;
  return `::${command} file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.column},title=${escapeProperty(title)}::${escapeData(issue.message)}`;
}

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function markdownTable(issues: readonly ContentIssue[]): string {
  const rows = issues.map(
    (i) =>
      `| ${cell(i.file)}:${i.line} | ${cell(i.field || '—')} | ${cell(i.message)} | ${i.severity === 'error' ? 'galat' : 'peringatan'} |`,
  );
  return ['| Berkas | Isian | Masalah | Jenis |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
