/** One problem found in one content file, ready to print for a contributor. */
export interface ContentIssue {
  /** Path relative to the repository root, POSIX separators. */
  file: string;
  line: number;
  column: number;
  /** Dotted field path, e.g. `kontak.whatsapp`; empty for whole-file problems. */
  field: string;
  /** What is wrong and how to fix it, in Bahasa Indonesia. */
  message: string;
  /** Stable rule name, for tests and for grouping in reports. */
  rule: string;
  severity: 'error' | 'warning';
}

export function compareIssues(a: ContentIssue, b: ContentIssue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
