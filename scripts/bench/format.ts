/** Figures for benchmark output: durations, counts and aligned plain-text tables. */
export const seconds = (s: number) => `${s.toFixed(2)} s`;
export const int = (n: number) => n.toLocaleString('en-US');

/** Rows of cells as columns: the first left-aligned, the others right-aligned, a rule under the header. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((row, r) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('   ')
        .concat(r === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('   ')}` : ''),
    )
    .join('\n');
}
