import { describe, expect, it } from 'vitest';
import {
  checkOwnership,
  checkPullRequest,
  githubAnnotations,
  maintainersFromProfile,
  markdownReport,
  parseRawDiff,
  textReport,
  type FileChange,
  type MaintainerLookup,
  type OwnershipInput,
} from '../../src/lib/ownership.ts';

const A = 'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan';
const B = 'content/desa/kabupaten-subang/ciater/32.13.29.2004-cibeusi';
const NEW = 'content/desa/kabupaten-garut/cisurupan/32.05.12.2001-sirnajaya';

/** Base: A maintained by operator-a (and Bumdes-Cibiru), B by operator-b; NEW absent. */
const baseLists: Record<string, string[]> = { [A]: ['operator-a', 'Bumdes-Cibiru'], [B]: ['operator-b'] };
const base: MaintainerLookup = (folder) => baseLists[folder];

function run(changes: FileChange[], author = 'operator-a', more: Partial<OwnershipInput> = {}) {
  return checkOwnership({ changes, author, base, head: () => undefined, ...more });
}

const one = (change: FileChange, author?: string, more?: Partial<OwnershipInput>) =>
  run([change], author, more).files[0]!;

describe('village folders on the base ref', () => {
  it('allows the maintainer to add, edit and delete files in their folder', () => {
    const result = run([
      { status: 'M', path: `${A}/profil.md` },
      { status: 'A', path: `${A}/produk/kopi.md` },
      { status: 'A', path: `${A}/foto-sawah.jpg` },
      { status: 'D', path: `${A}/produk/lama.md` },
      { status: 'T', path: `${A}/foto.png`, mode: '100644' },
    ]);
    expect(result.verdict).toBe('allowed');
    expect(result.files.every((f) => f.verdict === 'allowed')).toBe(true);
    expect(result.files[0]!.reason).toContain('`operator-a` tercantum sebagai pemelihara');
    expect(result.summary).toContain('Semua 5 berkas');
  });

  it('compares logins case-insensitively and ignores surrounding spaces', () => {
    expect(one({ status: 'M', path: `${A}/profil.md` }, 'OPERATOR-A').verdict).toBe('allowed');
    expect(one({ status: 'M', path: `${A}/profil.md` }, 'bumdes-cibiru').verdict).toBe('allowed');
    expect(one({ status: 'M', path: `${A}/profil.md` }, ' operator-a ').verdict).toBe('allowed');
  });

  it("refuses another user's edit and names the folder's maintainers without @-mentions", () => {
    const file = one({ status: 'M', path: `${A}/profil.md` }, 'operator-b');
    expect(file.verdict).toBe('needs-review');
    expect(file.reason).toContain('perlu ditinjau pengelola');
    expect(file.reason).toContain('`operator-b` bukan pemelihara desa 32.04.05.2006-cibiru-wetan');
    expect(file.reason).toContain('`operator-a`');
    expect(file.reason).not.toContain('@');
  });

  it('does not let a login be a prefix or substring of a maintainer', () => {
    expect(one({ status: 'M', path: `${A}/profil.md` }, 'operator').verdict).toBe('needs-review');
    expect(one({ status: 'M', path: `${A}/profil.md` }, 'operator-ab').verdict).toBe('needs-review');
  });

  it('lets nobody in through an empty author or an empty maintainer entry', () => {
    const lists: Record<string, string[]> = { [A]: ['', '  '] };
    const file = one({ status: 'M', path: `${A}/x.jpg` }, '', { base: (f) => lists[f] });
    expect(file.verdict).toBe('needs-review');
    expect(one({ status: 'M', path: `${A}/x.jpg` }, '   ').verdict).toBe('needs-review');
  });

  it('treats a base profile without pemelihara as nobody’s folder', () => {
    const file = one({ status: 'M', path: `${A}/profil.md` }, 'operator-a', { base: () => [] });
    expect(file.verdict).toBe('needs-review');
    expect(file.reason).toContain('belum mencantumkan pemelihara');
  });

  it('decides by the base ref, not by a pemelihara list the pull request rewrote', () => {
    const file = one({ status: 'M', path: `${A}/profil.md` }, 'intruder', { head: () => ['operator-a', 'intruder'] });
    expect(file.verdict).toBe('needs-review');
  });

  it('lets a maintainer edit several folders they maintain, and blocks the one they do not', () => {
    const lists: Record<string, string[]> = { [A]: ['operator-a'], [B]: ['OPERATOR-A'] };
    const ok = run(
      [
        { status: 'M', path: `${A}/profil.md` },
        { status: 'M', path: `${B}/profil.md` },
      ],
      'operator-a',
      { base: (f) => lists[f] },
    );
    expect(ok.verdict).toBe('allowed');
    const mixed = run([
      { status: 'M', path: `${A}/profil.md` },
      { status: 'M', path: `${B}/profil.md` },
    ]);
    expect(mixed.verdict).toBe('needs-review');
    expect(mixed.files.map((f) => f.verdict)).toEqual(['allowed', 'needs-review']);
    expect(mixed.summary).toBe('1 dari 2 berkas perlu ditinjau pengelola.');
  });

  it("needs review to delete a village's profil.md, even by its maintainer", () => {
    const file = one({ status: 'D', path: `${A}/profil.md` });
    expect(file.verdict).toBe('needs-review');
    expect(file.reason).toContain('profil.md');
  });

  it('still allows deleting a product file named profil.md deeper in the folder', () => {
    expect(one({ status: 'D', path: `${A}/produk/profil.md` }).verdict).toBe('allowed');
  });
});

describe('new village folders', () => {
  it('allows a new folder whose proposed profil.md lists the author', () => {
    const result = run(
      [
        { status: 'A', path: `${NEW}/profil.md` },
        { status: 'A', path: `${NEW}/produk/dodol.md` },
      ],
      'Warga-Baru',
      { head: (f) => (f === NEW ? ['warga-baru'] : undefined) },
    );
    expect(result.verdict).toBe('allowed');
    expect(result.files[0]!.reason).toContain('Folder desa baru');
  });

  it('needs review for a new folder whose profil.md does not list the author', () => {
    const file = one({ status: 'A', path: `${NEW}/profil.md` }, 'warga-baru', { head: () => ['orang-lain'] });
    expect(file.verdict).toBe('needs-review');
    expect(file.reason).toContain('tidak mencantumkan `warga-baru`');
  });

  it('needs review for a new folder with an empty or missing pemelihara', () => {
    expect(one({ status: 'A', path: `${NEW}/profil.md` }, 'warga-baru', { head: () => [] }).verdict).toBe(
      'needs-review',
    );
  });

  it('needs review for files in a folder that has no profil.md anywhere', () => {
    const file = one({ status: 'A', path: `${NEW}/produk/dodol.md` }, 'warga-baru');
    expect(file.verdict).toBe('needs-review');
    expect(file.reason).toContain('belum punya profil.md');
  });

  it('never consults the head list for a folder that exists on the base ref', () => {
    let asked = 0;
    run([{ status: 'M', path: `${A}/profil.md` }], 'operator-a', {
      head: () => {
        asked++;
        return [];
      },
    });
    expect(asked).toBe(0);
  });

  it('looks each folder up only once', () => {
    const calls: string[] = [];
    run(
      [
        { status: 'M', path: `${A}/profil.md` },
        { status: 'A', path: `${A}/a.jpg` },
        { status: 'A', path: `${A}/b.jpg` },
      ],
      'operator-a',
      {
        base: (f) => {
          calls.push(f);
          return baseLists[f];
        },
      },
    );
    expect(calls).toEqual([A]);
  });
});

describe('renames and copies', () => {
  it('allows a rename inside a folder the author maintains', () => {
    const file = one({ status: 'R100', oldPath: `${A}/produk/kopi.md`, path: `${A}/produk/kopi-arabika.md` });
    expect(file).toMatchObject({ status: 'R', verdict: 'allowed', oldPath: `${A}/produk/kopi.md` });
  });

  it('needs both sides allowed for a move across folders', () => {
    const out = one({ status: 'R090', oldPath: `${B}/produk/susu.md`, path: `${A}/produk/susu.md` });
    expect(out.verdict).toBe('needs-review');
    expect(out.reason).toContain('bukan pemelihara desa 32.13.29.2004-cibeusi');
    const lists: Record<string, string[]> = { [A]: ['operator-a'], [B]: ['operator-a'] };
    const both = one({ status: 'R090', oldPath: `${B}/produk/susu.md`, path: `${A}/produk/susu.md` }, 'operator-a', {
      base: (f) => lists[f],
    });
    expect(both.verdict).toBe('allowed');
  });

  it('needs review when moving a file out of a folder into a protected place', () => {
    expect(one({ status: 'R100', oldPath: `${A}/x.js`, path: 'src/x.js' }).verdict).toBe('needs-review');
    expect(one({ status: 'R100', oldPath: 'src/x.md', path: `${A}/produk/x.md` }).verdict).toBe('needs-review');
  });

  it('treats moving profil.md away as deleting it', () => {
    const file = one({ status: 'R100', oldPath: `${A}/profil.md`, path: `${A}/profil-lama.md` });
    expect(file.verdict).toBe('needs-review');
  });

  it('judges a copy by its destination only', () => {
    expect(one({ status: 'C75', oldPath: `${B}/produk/susu.md`, path: `${A}/produk/susu.md` }).verdict).toBe('allowed');
    expect(one({ status: 'C75', oldPath: `${A}/produk/susu.md`, path: `${B}/produk/susu.md` }).verdict).toBe(
      'needs-review',
    );
  });

  it('needs review for a rename that lacks its old path', () => {
    expect(one({ status: 'R100', path: `${A}/x.md` }).verdict).toBe('needs-review');
  });
});

describe('paths outside village folders need a maintainer', () => {
  const cases: [string, string][] = [
    ['.github/workflows/x.yml', '.github/'],
    ['.github/CODEOWNERS', '.github/'],
    ['scripts/build.ts', 'scripts/'],
    ['src/lib/ownership.ts', 'src/'],
    ['package.json', 'package.json'],
    ['package-lock.json', 'package-lock.json'],
    ['astro.config.mjs', 'astro.config.mjs'],
    ['.ci/run', '.ci/'],
    ['tests/unit/x.test.ts', 'tests/'],
    ['public/favicon.svg', 'public/'],
    ['content/hub/creative-center-garut.md', 'content/hub/'],
    ['content/README.md', 'di luar folder desa'],
    ['content/desa/README.md', 'di luar folder desa'],
    ['content/desa/kabupaten-bandung/cileunyi/profil.md', 'di luar folder desa'],
    ['content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan', 'di luar folder desa'],
    ['README.md', 'di luar folder desa'],
    ['.gitattributes', 'di luar folder desa'],
    ['.nvmrc', 'di luar folder desa'],
  ];
  for (const [path, label] of cases) {
    it(path, () => {
      const file = one({ status: 'M', path });
      expect(file.verdict).toBe('needs-review');
      expect(file.reason).toContain(label);
      expect(file.reason).toContain('perlu ditinjau pengelola');
    });
  }

  it('needs review for a maintainer of every village too', () => {
    const everything: MaintainerLookup = () => ['operator-a'];
    expect(one({ status: 'M', path: 'package-lock.json' }, 'operator-a', { base: everything }).verdict).toBe(
      'needs-review',
    );
  });

  it('respects another content folder', () => {
    const lists: Record<string, string[]> = { 'data/konten/desa/kab-a/kec-b/32.01.01.2001-desa-c': ['operator-a'] };
    const more = { contentDir: './data/konten/', base: (f: string) => lists[f] };
    expect(
      one({ status: 'M', path: 'data/konten/desa/kab-a/kec-b/32.01.01.2001-desa-c/profil.md' }, 'operator-a', more),
    ).toMatchObject({ verdict: 'allowed' });
    expect(one({ status: 'M', path: `${A}/profil.md` }, 'operator-a', more).verdict).toBe('needs-review');
  });
});

describe('odd input never throws and never grants', () => {
  const odd = [
    `${A}/../32.13.29.2004-cibeusi/profil.md`,
    `${A}/./foto.jpg`,
    `${A}//foto.jpg`,
    `/${A}/foto.jpg`,
    `${A}\\..\\..\\x.md`,
    `${A}/foto\n.jpg`,
    `${A}/foto\u0000.jpg`,
    '',
    '..',
  ];
  for (const path of odd) {
    it(JSON.stringify(path), () => {
      const file = one({ status: 'A', path });
      expect(file.verdict).toBe('needs-review');
    });
  }

  it('allows ordinary odd file names inside an owned folder (spaces, unicode)', () => {
    expect(one({ status: 'A', path: `${A}/foto sawah é 田.jpg` }).verdict).toBe('allowed');
  });

  it('refuses village folders that do not follow the folder rule (unicode look-alikes, case, spaces)', () => {
    for (const path of [
      'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wеtan/profil.md', // Cyrillic е
      'content/desa/Kabupaten-Bandung/cileunyi/32.04.05.2006-cibiru-wetan/profil.md',
      'content/desa/kabupaten bandung/cileunyi/32.04.05.2006-cibiru-wetan/profil.md',
      'content/desa/kabupaten-bandung/cileunyi/cibiru-wetan/profil.md',
      'content/desa/kabupaten-bandung/cileunyi/32.04.05.2006/profil.md',
      'Content/desa/kabupaten-bandung/cileunyi/32.04.05.2006-cibiru-wetan/profil.md',
    ]) {
      expect(one({ status: 'A', path }, 'operator-a', { base: () => ['operator-a'] }).verdict, path).toBe(
        'needs-review',
      );
    }
  });

  it('refuses hidden files, symlinks and submodules inside an owned folder', () => {
    expect(one({ status: 'A', path: `${A}/.gitattributes` }).verdict).toBe('needs-review');
    expect(one({ status: 'A', path: `${A}/produk/.hidden/x.md` }).verdict).toBe('needs-review');
    expect(one({ status: 'A', path: `${A}/foto.jpg`, mode: '120000' }).reason).toContain('symlink');
    expect(one({ status: 'T', path: `${A}/foto.jpg`, mode: '120000' }).verdict).toBe('needs-review');
    expect(one({ status: 'A', path: `${A}/lib`, mode: '160000' }).reason).toContain('Submodul');
    // Deleting a symlink that somehow exists is fine.
    expect(one({ status: 'D', path: `${A}/foto.jpg`, mode: '000000' }).verdict).toBe('allowed');
  });

  it('needs review for unknown statuses', () => {
    for (const status of ['U', 'X', '', '??']) {
      expect(one({ status, path: `${A}/profil.md` }).verdict).toBe('needs-review');
    }
  });

  it('survives lookups that throw or return junk', () => {
    const throwing = one({ status: 'M', path: `${A}/profil.md` }, 'operator-a', {
      base: () => {
        throw new Error('git exploded');
      },
    });
    expect(throwing.verdict).toBe('needs-review');
    expect(throwing.reason).toContain('tidak dapat dibaca');
    const junk = one({ status: 'M', path: `${A}/profil.md` }, 'operator-a', {
      base: () => [42, null, { a: 1 }, 'operator-a'] as unknown as string[],
    });
    expect(junk.verdict).toBe('allowed');
    const head = one({ status: 'A', path: `${NEW}/profil.md` }, 'operator-a', {
      head: () => {
        throw new Error('no');
      },
    });
    expect(head.verdict).toBe('needs-review');
  });

  it('survives malformed change lists', () => {
    const changes = [null, { status: 'M' }, { path: `${A}/x.md` }, { status: 5, path: 7 }] as unknown as FileChange[];
    const result = run(changes);
    expect(result.verdict).toBe('needs-review');
    expect(result.files).toHaveLength(4);
    expect(
      checkOwnership({ changes: 'nope', author: 'x', base, head: base } as unknown as OwnershipInput).files,
    ).toEqual([]);
  });

  it('allows an empty pull request', () => {
    const result = run([]);
    expect(result).toMatchObject({ verdict: 'allowed', files: [], summary: 'Tidak ada berkas yang berubah.' });
  });

  it('keeps mark-up from the author out of reasons', () => {
    const file = one({ status: 'M', path: `${A}/profil.md` }, '<img src=x>@everyone`');
    expect(file.reason).not.toMatch(/[<>@]/);
  });
});

describe('reading pemelihara from a profile', () => {
  it('reads a list of logins', () => {
    expect(
      maintainersFromProfile('---\nkode: "32.04.05.2006"\npemelihara:\n  - operator-a\n  - Bumdes\n---\nIsi\n'),
    ).toEqual(['operator-a', 'Bumdes']);
    expect(maintainersFromProfile('---\npemelihara: [operator-a]\n---\n')).toEqual(['operator-a']);
  });

  it('lists nobody for missing, malformed or tricky frontmatter', () => {
    expect(maintainersFromProfile('---\nkode: "1"\n---\n')).toEqual([]);
    expect(maintainersFromProfile('tanpa frontmatter')).toEqual([]);
    expect(maintainersFromProfile('---\npemelihara: operator-a\n---\n')).toEqual([]);
    expect(maintainersFromProfile('---\npemelihara: [operator-a\n---\n')).toEqual([]);
    expect(maintainersFromProfile('---\npemelihara: [a]\npemelihara: [b]\n---\n')).toEqual([]);
    expect(maintainersFromProfile('---\nx: &o [operator-a]\npemelihara: *o\n---\n')).toEqual([]);
    expect(maintainersFromProfile('---\npemelihara: !!js/function "x"\n---\n')).toEqual([]);
    expect(maintainersFromProfile('---\npemelihara: [1, true, "", operator-a]\n---\n')).toEqual(['operator-a']);
    expect(maintainersFromProfile('')).toEqual([]);
  });
});

describe('git diff --raw -z parsing', () => {
  it('reads statuses, modes, renames and any file name', () => {
    const z = [
      ':100644 100644 aaaaaaa bbbbbbb M',
      'content/desa/a b/é.md',
      ':000000 100644 0000000 ccccccc A',
      'new\tfile\nname.md',
      ':100644 000000 ddddddd 0000000 D',
      'gone.md',
      ':100644 100644 eeeeeee fffffff R087',
      'old/x.md',
      'new/x.md',
      ':000000 120000 0000000 ggggggg A',
      'link',
      '',
    ].join('\0');
    expect(parseRawDiff(z)).toEqual([
      { status: 'M', path: 'content/desa/a b/é.md', mode: '100644' },
      { status: 'A', path: 'new\tfile\nname.md', mode: '100644' },
      { status: 'D', path: 'gone.md', mode: '000000' },
      { status: 'R087', path: 'new/x.md', oldPath: 'old/x.md', mode: '100644' },
      { status: 'A', path: 'link', mode: '120000' },
    ]);
  });

  it('skips garbage and truncated records without throwing', () => {
    expect(parseRawDiff('')).toEqual([]);
    expect(parseRawDiff('garbage\0more')).toEqual([]);
    expect(parseRawDiff(':100644 100644 a b R100\0only-old')).toEqual([]);
    expect(parseRawDiff(':100644 100644 a b M')).toEqual([]);
  });
});

describe('reports', () => {
  const result = run([
    { status: 'M', path: `${A}/profil.md` },
    { status: 'A', path: '.github/workflows/x.yml' },
    { status: 'A', path: 'src/a|b`<script>@x.md' },
  ]);

  it('prints a terminal table in Indonesian', () => {
    const text = textReport(result);
    expect(text).toMatch(/^Hasil\s+Jenis\s+Berkas\s+Alasan/);
    expect(text).toContain('diizinkan');
    expect(text).toContain('perlu ditinjau');
    expect(text).toContain('✗ 2 dari 3 berkas perlu ditinjau pengelola.');
  });

  it('writes escaped GitHub annotations, a warning per file and a notice', () => {
    const lines = githubAnnotations(
      run([
        { status: 'A', path: 'src/a,b:c.ts' },
        { status: 'A', path: 'src/x\n::error::y.ts' },
      ]),
    );
    expect(lines[0]).toBe(
      '::warning file=src/a%2Cb%3Ac.ts,title=Perlu ditinjau pengelola::Kode situs (src/): perlu ditinjau pengelola.',
    );
    expect(lines.every((l) => !l.slice(1).includes('\n'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^::notice title=Kepemilikan folder desa::2 dari 2 berkas/);
  });

  it('caps warnings and says how many more there are', () => {
    const many = run(Array.from({ length: 14 }, (_, i) => ({ status: 'A', path: `src/${i}.ts` })));
    const lines = githubAnnotations(many);
    expect(lines.filter((l) => l.startsWith('::warning'))).toHaveLength(10);
    expect(lines.at(-1)).toContain('4 berkas lain');
  });

  it('writes a Markdown summary with files needing review first and no raw mark-up', () => {
    const md = markdownReport(result, 'operator-a');
    expect(md).toContain('## Kepemilikan folder desa');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Hasil') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('perlu ditinjau');
    expect(rows.at(-1)).toContain('diizinkan');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('@x');
    expect(md).toContain('a\\|b');
  });
});

describe('claims and whose login is judged', () => {
  const claim = (author: string, more: Partial<OwnershipInput> = {}) =>
    run([{ status: 'A', path: `${NEW}/profil.md` }], author, {
      head: (f) => (f === NEW ? ['warga-baru'] : undefined),
      ...more,
    });

  it('flags the first profile of a village as a claim for a maintainer to confirm, in every report', () => {
    const result = claim('warga-baru');
    expect(result.verdict).toBe('allowed');
    expect(result.claims).toEqual(['32.05.12.2001-sirnajaya']);
    expect(textReport(result)).toMatch(/Profil pertama desa 32\.05\.12\.2001-sirnajaya: .*`warga-baru`.*pastikan/);
    expect(githubAnnotations(result)).toContainEqual(
      expect.stringMatching(/^::warning title=Klaim desa baru::Profil pertama/),
    );
    expect(markdownReport(result, 'warga-baru')).toMatch(
      /> \[!WARNING\]\n> Profil pertama desa 32\.05\.12\.2001-sirnajaya/,
    );
    // An edit of an existing folder claims nothing.
    expect(run([{ status: 'M', path: `${A}/profil.md` }]).claims).toEqual([]);
  });

  it('judges the pull request author and every commit author alike: all must be maintainers', () => {
    expect(
      one({ status: 'M', path: `${A}/profil.md` }, 'operator-a', { commitAuthors: ['Bumdes-Cibiru'] }).verdict,
    ).toBe('allowed');
    const file = one({ status: 'M', path: `${A}/profil.md` }, 'operator-a', { commitAuthors: ['operator-b'] });
    expect(file.verdict).toBe('needs-review');
    expect(file.reason).toContain('`operator-a`, `operator-b` bukan pemelihara');
    // A claim through someone else's commits is no claim.
    expect(claim('warga-baru', { commitAuthors: ['orang-lain'] }).verdict).toBe('needs-review');
    expect(markdownReport(claim('warga-baru', { commitAuthors: ['WARGA-BARU'] }), 'warga-baru')).toContain(
      'Akun yang dinilai: `warga-baru`',
    );
  });

  it('judges a series of commits by its net change and by every commit, whichever is stricter', () => {
    const result = checkPullRequest({
      changes: [{ status: 'M', path: `${A}/profil.md` }],
      commits: [
        {
          id: 'aaaaaaa1',
          changes: [
            { status: 'M', path: `${A}/profil.md` },
            { status: 'M', path: `${B}/profil.md` },
          ],
        },
        { id: 'bbbbbbb2', changes: [{ status: 'M', path: `${B}/profil.md` }] },
      ],
      author: 'operator-a',
      base,
      head: () => undefined,
    });
    expect(result.verdict).toBe('needs-review');
    expect(result.files.map((f) => [f.path, f.verdict])).toEqual([
      [`${A}/profil.md`, 'allowed'],
      [`${B}/profil.md`, 'needs-review'],
    ]);
    expect(result.files[1]!.reason).toMatch(
      /^Diubah di commit aaaaaaa lalu dikembalikan: `operator-a` bukan pemelihara/,
    );
    const clean = checkPullRequest({
      changes: [{ status: 'M', path: `${A}/profil.md` }],
      commits: [{ id: 'c', changes: [{ status: 'M', path: `${A}/profil.md` }] }],
      author: 'operator-a',
      base,
      head: () => undefined,
    });
    expect(clean.verdict).toBe('allowed');
  });

  it('keeps control and bidi characters of paths out of every report', () => {
    const result = run([{ status: 'A', path: `src/\u202Efdp.exe\u001b[2J.ts` }]);
    for (const text of [textReport(result), ...githubAnnotations(result), markdownReport(result, 'operator-a')]) {
      expect(text.includes('\u202E') || text.includes('\u001b')).toBe(false);
    }
  });
});
