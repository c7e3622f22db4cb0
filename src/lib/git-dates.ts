/**
 * "Diperbarui" is the day of the last commit that changed an entry's file, read from git at
 * build time: a date nobody has to remember to change, and that nobody can set ahead. The front
 * matter's `diperbarui` stands in where git knows nothing (a new, uncommitted file, a shallow
 * clone, a build outside git).
 */

/** The output of `git log --format=%x00%cs --name-only` as file → newest commit day. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const chunk of output.split('\0')) {
    const [date = '', ...files] = chunk.split('\n').map((line) => line.trim());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    // The log runs newest first: a file's first appearance is its last change.
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** The git day of `file` if git has it, else the front matter's. */
export function updatedOn(dates: ReadonlyMap<string, string>, file: string | undefined, frontMatter: string): string {
  return (file && dates.get(file)) || frontMatter;
}
