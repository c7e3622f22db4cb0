/**
 * Lists every file under the content folder without trusting the file system: symbolic links
 * are reported and never followed (a link could publish a file from anywhere on the machine),
 * and anything that is not a plain file or folder (a socket, a device, a pipe) is reported too.
 * A content folder that is missing, is a file or cannot be read is a fatal problem, never an
 * empty site. Used by the validator and the Astro loader, so both see the same files.
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

export interface ContentFile {
  /** Absolute path. */
  abs: string;
  /** Relative to the content folder, POSIX separators. */
  rel: string;
}

export interface WalkProblem {
  /** Relative to the content folder ('' for the folder itself). */
  rel: string;
  rule: 'symlink' | 'file-special' | 'folder-unreadable' | 'file-name-encoding';
  message: string;
}

export interface ContentWalk {
  files: ContentFile[];
  problems: WalkProblem[];
  /** Set when the content folder itself cannot be used; nothing else is then reported. */
  fatal?: { rule: 'content-missing' | 'content-not-folder' | 'content-unreadable'; message: string };
}

const code = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

export function walkContent(contentRoot: string, label = 'content'): ContentWalk {
  const walk: ContentWalk = { files: [], problems: [] };
  try {
    const stat = lstatSync(contentRoot);
    if (stat.isSymbolicLink()) {
      walk.fatal = {
        rule: 'content-not-folder',
        message: `Folder konten ${label}/ adalah tautan simbolik (symlink); tautan tidak diikuti. Jadikan ${label}/ folder biasa.`,
      };
      return walk;
    }
    if (!stat.isDirectory()) {
      walk.fatal = {
        rule: 'content-not-folder',
        message: `${label} bukan folder. Konten harus berada di folder ${label}/ (berisi desa/ dan hub/).`,
      };
      return walk;
    }
  } catch (error) {
    walk.fatal =
      code(error) === 'ENOENT'
        ? {
            rule: 'content-missing',
            message: `Folder konten ${label}/ tidak ditemukan. Jalankan perintah dari folder proyek, atau atur ETALASE_CONTENT.`,
          }
        : {
            rule: 'content-unreadable',
            message: `Folder konten ${label}/ tidak dapat dibaca (${code(error) ?? 'galat'}).`,
          };
    return walk;
  }

  const visit = (dir: string, rel: string) => {
    let entries: Dirent<Buffer>[];
    try {
      // Names as bytes: a name that is not UTF-8 cannot be opened by its decoded string.
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      const problem = {
        rule: 'folder-unreadable' as const,
        message: `Folder ini tidak dapat dibaca (${code(error) ?? 'galat'}); isinya tidak dapat diperiksa.`,
      };
      if (rel === '')
        walk.fatal = { rule: 'content-unreadable', message: `Folder konten ${label}/: ${problem.message}` };
      else walk.problems.push({ rel, ...problem });
      return;
    }
    const named = entries.map((entry) => ({ entry, name: entry.name.toString('utf8') }));
    for (const { entry, name } of named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const childRel = rel ? `${rel}/${name}` : name;
      const abs = join(dir, name);
      if (!Buffer.from(name, 'utf8').equals(entry.name)) {
        walk.problems.push({
          rel: childRel,
          rule: 'file-name-encoding',
          message:
            'Nama berkas atau folder ini bukan teks UTF-8 yang sah, sehingga tidak dapat dibaca. Ganti namanya dengan huruf, angka dan tanda hubung saja.',
        });
      } else if (entry.isSymbolicLink()) {
        walk.problems.push({
          rel: childRel,
          rule: 'symlink',
          message:
            'Tautan simbolik (symlink) tidak diterima di folder konten dan tidak diikuti. Ganti dengan berkas atau folder yang sebenarnya.',
        });
      } else if (entry.isDirectory()) {
        visit(abs, childRel);
      } else if (entry.isFile()) {
        walk.files.push({ abs, rel: childRel });
      } else {
        walk.problems.push({
          rel: childRel,
          rule: 'file-special',
          message: 'Ini bukan berkas biasa (pipe, socket atau perangkat). Hapus dari folder konten.',
        });
      }
    }
  };
  visit(contentRoot, '');
  return walk;
}
