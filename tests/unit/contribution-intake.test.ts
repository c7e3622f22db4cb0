/**
 * Contributions from outside the repository (issue bodies, zips) are data from strangers: only
 * one entry's Markdown and its named photos get through, from GitHub's attachments only. Also
 * holds the issue form and the workflows to the rules they promise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACCEPT_LABEL, ISSUE_FIELDS, ISSUE_LABEL } from '../../src/lib/contribution-form.ts';
import { parseIssueBody, photosToFetch, readContributionZip } from '../../scripts/lib/contribution.ts';
import { CIBIRU, profileText } from '../helpers/content-tree.ts';

const ATTACHMENT = 'https://github.com/user-attachments/assets/0a1b2c3d-1111-2222-3333-444455556666';
const PATH = `${CIBIRU}/profil.md`;
const withPhoto = profileText('foto:\n  - src: ./balai-desa.jpg\n    alt: Balai desa dari depan\n');

/** An issue body as GitHub writes it for the form. */
const issueBody = (fields: { path?: string; markdown?: string; photos?: string; note?: string }) =>
  [
    `### ${ISSUE_FIELDS.path.label}`,
    '',
    fields.path ?? PATH,
    '',
    `### ${ISSUE_FIELDS.markdown.label}`,
    '',
    '```markdown',
    fields.markdown ?? withPhoto,
    '```',
    '',
    `### ${ISSUE_FIELDS.photos.label}`,
    '',
    fields.photos ?? `<img width="960" height="1280" alt="Image" src="${ATTACHMENT}" />`,
    '',
    `### ${ISSUE_FIELDS.note.label}`,
    '',
    fields.note ?? '_No response_',
  ].join('\n');

describe('an issue body', () => {
  it('gives the path, the Markdown and the attachments in order', () => {
    const { contribution, problems } = parseIssueBody(issueBody({}).replaceAll('\n', '\r\n'), 'content');
    expect(problems).toEqual([]);
    expect(contribution).toEqual({ path: PATH, markdown: withPhoto, attachments: [ATTACHMENT], note: '' });
    const pairs = photosToFetch(withPhoto, contribution?.attachments ?? [], () => false);
    expect(pairs).toEqual({ pairs: [{ name: 'balai-desa.jpg', url: ATTACHMENT }], problems: [] });
  });

  it('keeps "### " lines of the contributor’s own text inside the Markdown', () => {
    const markdown = profileText().replace('Isi profil.', `### ${ISSUE_FIELDS.photos.label}\n\n### Sejarah\n\nIsi.`);
    const { contribution } = parseIssueBody(issueBody({ markdown, photos: '_No response_' }), 'content');
    expect(contribution?.markdown).toBe(markdown);
    expect(contribution?.attachments).toEqual([]);
  });

  const hostile: Record<string, Parameters<typeof issueBody>[0]> = {
    'a path outside the content folder': { path: '.github/workflows/pr.yml' },
    'a path climbing out': { path: `${CIBIRU}/../../../../../package.json` },
    'a path that is no entry': { path: `${CIBIRU}/catatan.md` },
    'a path with a control character': { path: `${CIBIRU}/profil.md\u0007` },
    'a photo from another host': { photos: '![x](https://evil.example/x.jpg)' },
    'a look-alike attachment host': { photos: `![x](https://github.com.evil.example/user-attachments/assets/x)` },
    'an empty Markdown field': { markdown: '' },
  };
  for (const [name, fields] of Object.entries(hostile)) {
    it(`refuses ${name}, with a message`, () => {
      const body = issueBody(fields).replace('```markdown\n\n```', '_No response_');
      const { contribution, problems } = parseIssueBody(body, 'content');
      expect(contribution).toBeUndefined();
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toMatch(/[a-z]/);
    });
  }

  it('refuses photos that do not match the attachments, or unsafe names', () => {
    expect(photosToFetch(withPhoto, [], () => false).problems[0]).toMatch(/1 foto baru/);
    expect(photosToFetch(withPhoto, [], () => true)).toEqual({ pairs: [], problems: [] });
    const unsafe = withPhoto.replace('./balai-desa.jpg', '"../../x.jpg"');
    expect(photosToFetch(unsafe, [ATTACHMENT], () => false).problems.join(' ')).toMatch(/tidak diizinkan/);
  });

  it('never throws on garbage', () => {
    for (const body of ['', '###', '### Berkas\n', '\u0000'.repeat(100), '### Berkas\n\n' + 'a'.repeat(100_000)])
      expect(parseIssueBody(body, 'content').contribution).toBeUndefined();
  });
});

describe('a zip for the maintainers', () => {
  const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
  const zip = (files: Record<string, Uint8Array>) => zipSync(files, { level: 0 });
  it('refuses files outside the entry’s folder, extra Markdown and unreferenced photos', () => {
    const cases = {
      traversal: { [PATH]: strToU8(withPhoto), [`${CIBIRU}/../balai-desa.jpg`]: photo },
      'another folder': { [PATH]: strToU8(withPhoto), 'content/hub/balai-desa.jpg': photo },
      'two entries': { [PATH]: strToU8(withPhoto), [`${CIBIRU}/produk/a.md`]: strToU8('x') },
      unreferenced: { [PATH]: strToU8(withPhoto), [`${CIBIRU}/lain.jpg`]: photo },
      'a script': { [PATH]: strToU8(withPhoto), [`${CIBIRU}/run.sh`]: strToU8('rm -rf /') },
      'no entry path': { 'package.json': strToU8('{}'), 'x.md': strToU8('---\n---\n') },
    };
    for (const [name, files] of Object.entries(cases)) {
      const read = readContributionZip(zip(files), 'content');
      expect(read.contribution, name).toBeUndefined();
      expect(read.problems.length, name).toBeGreaterThan(0);
    }
  });

  it('refuses a zip bomb by its declared size, before inflating it', () => {
    const bomb = zipSync({ [PATH]: strToU8(withPhoto), [`${CIBIRU}/balai-desa.jpg`]: new Uint8Array(50_000_000) });
    expect(bomb.length).toBeLessThan(200_000);
    expect(readContributionZip(bomb, 'content').problems.join(' ')).toMatch(/terlalu besar/);
    expect(readContributionZip(new Uint8Array([1, 2, 3]), 'content').problems).toEqual(['Berkas zip rusak.']);
  });
});

describe('the issue form and the workflows', () => {
  it('the form has the fields the editor fills and the intake reads', () => {
    const form = parse(readFileSync('.github/ISSUE_TEMPLATE/kontribusi.yml', 'utf8')) as {
      labels: string[];
      body: { id?: string; attributes: { label?: string } }[];
    };
    expect(form.labels).toEqual([ISSUE_LABEL]);
    const fields = form.body.filter((f) => f.id).map((f) => ({ id: f.id, label: f.attributes.label }));
    expect(fields).toEqual(Object.values(ISSUE_FIELDS));
    const workflow = readFileSync('.github/workflows/kontribusi.yml', 'utf8');
    expect(workflow).toContain(`github.event.label.name == '${ACCEPT_LABEL}'`);
  });

  for (const file of readdirSync('.github/workflows')) {
    it(`${file}: pinned actions, least privilege, no expression inside a shell script`, () => {
      const workflow = parse(readFileSync(`.github/workflows/${file}`, 'utf8')) as {
        permissions?: unknown;
        jobs: Record<string, { permissions?: unknown; steps: { uses?: string; run?: string }[] }>;
      };
      expect(workflow.permissions, 'top-level permissions').toBeDefined();
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps) {
          if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
          if (step.run) expect(step.run).not.toMatch(/\$\{\{/);
        }
      }
    });
  }
});
