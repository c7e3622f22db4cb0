/**
 * Where a build may write. The build swaps a staging folder into the output folder and deletes
 * what was there, so a mistyped setting must never point it at the project itself: an output
 * folder that is the project, one of its parents, a folder holding a git repository, or a
 * folder the project's sources live in is refused before anything is written or swapped.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, parse, relative, resolve } from 'node:path';

/** Folders of the project that a build must never replace or write into. */
export const PROTECTED_FOLDERS = [
  'content',
  'src',
  'public',
  'scripts',
  'tests',
  'docs',
  'schemas',
  '.github',
  '.ci',
  'node_modules',
  '.git',
];

/** True when `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Why `value` (as set, relative to `projectRoot`) cannot be the output folder, in Indonesian,
 * or undefined when it can. `contentDir` is the configured content folder.
 */
export function outputDirProblem(value: string, projectRoot: string, contentDir = 'content'): string | undefined {
  const target = resolve(projectRoot, value);
  const root = resolve(projectRoot);
  const named = `ETALASE_OUT_DIR="${value}" (${target})`;
  if (target === parse(target).root || target === homedir())
    return `${named} adalah folder akar atau folder rumah; pilih folder khusus untuk hasil build, misalnya "dist".`;
  if (within(root, target))
    return `${named} adalah folder proyek atau induknya; build akan menggantinya seluruhnya. Pilih subfolder, misalnya "dist".`;
  const guarded = [...PROTECTED_FOLDERS, contentDir].map((folder) => resolve(root, folder));
  const hit = guarded.find((folder) => within(target, folder) || within(folder, target));
  if (hit)
    return `${named} berada di atau berisi ${relative(root, hit)}/, bagian sumber proyek. Pilih folder lain, misalnya "dist".`;
  if (existsSync(join(target, '.git')))
    return `${named} berisi repositori git (.git); build akan menghapusnya. Pilih folder lain, misalnya "dist".`;
  return undefined;
}

/** The output folder to use, or exit 1 with the reason: for the build script and Astro's config. */
export function safeOutputDir(value: string, projectRoot: string, contentDir?: string): string {
  const problem = outputDirProblem(value, projectRoot, contentDir);
  if (problem) {
    console.error(`Folder hasil build ditolak: ${problem}\nTidak ada yang ditulis atau dihapus.`);
    process.exit(1);
  }
  return resolve(projectRoot, value);
}
