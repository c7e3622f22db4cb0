/**
 * npm run terima -- <kontribusi.zip>
 *   A maintainer receives a contribution made in the site's editor without a GitHub account: the
 *   zip's Markdown and photos are checked (scripts/lib/contribution.ts), placed in their folder
 *   only, validated like a pull request, and the commands to commit them as a branch printed.
 *   Nothing is left behind when the contribution is refused.
 *
 * npm run terima -- --issue --answer <file>
 *   The same for the body of a "Kontribusi konten" issue (ISSUE_BODY in the environment, read as
 *   data), with its photos downloaded from GitHub's attachment addresses only. Used by
 *   .github/workflows/kontribusi.yml; the Indonesian answer for the issue goes to <file>.
 *
 * Exit: 0 placed and valid, 1 refused (the messages say why), 2 wrong usage.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { env, siteConfig } from '../src/config.ts';
import { loadAreas } from '../src/lib/area.ts';
import { formatIssues, visible } from '../src/lib/validation/format.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';
import { sniff } from '../src/lib/validation/image-container.ts';
import { PHOTO_CAPS } from '../src/lib/caps.ts';
import {
  parseIssueBody,
  photosToFetch,
  readContributionZip,
  type Contribution,
  type Photo,
} from './lib/contribution.ts';

const USAGE = `Pemakaian: npm run terima -- <kontribusi.zip>
          npm run terima -- --issue --answer <berkas-jawaban.md>   (di workflow; isi isu dari ISSUE_BODY)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { issue: { type: 'boolean', default: false }, answer: { type: 'string' } },
});

const root = process.cwd();
const contentDir = siteConfig.contentDir;

/** Where GitHub serves attachments after its redirect; nothing else is fetched. */
const ATTACHMENT_HOSTS = /^(?:[a-z0-9-]+\.)*githubusercontent\.com$/;

async function download(url: string): Promise<Uint8Array> {
  let address = url;
  for (let hop = 0; hop < 4; hop += 1) {
    const response = await fetch(address, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    const next = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && next) {
      const target = new URL(next, address);
      if (target.protocol !== 'https:' || !ATTACHMENT_HOSTS.test(target.hostname))
        throw new Error(`lampiran dialihkan ke ${target.hostname}`);
      address = target.href;
      continue;
    }
    if (!response.ok || !response.body) throw new Error(`GitHub menjawab ${response.status}`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.length;
      // A little over the cap, so the validator can say "too large" with the real figure.
      if (size > PHOTO_CAPS.maxBytes * 4) throw new Error('lampiran terlalu besar');
      chunks.push(chunk);
    }
    const bytes = Buffer.concat(chunks);
    if (!('format' in sniff(bytes.subarray(0, 64)))) throw new Error('lampiran bukan foto JPEG, PNG atau WebP');
    return bytes;
  }
  throw new Error('terlalu banyak pengalihan');
}

async function fromIssue(): Promise<{ contribution?: Contribution; problems: string[] }> {
  const body = env('ISSUE_BODY') ?? '';
  const parsed = parseIssueBody(body, contentDir);
  if (!parsed.contribution) return { problems: parsed.problems };
  const { path, markdown, attachments, note } = parsed.contribution;
  const folder = resolve(root, dirname(path));
  const { pairs, problems } = photosToFetch(markdown, attachments, (name) => existsSync(resolve(folder, name)));
  if (problems.length > 0) return { problems };
  const photos: Photo[] = [];
  for (const { name, url } of pairs) {
    try {
      photos.push({ name, bytes: await download(url) });
    } catch (error) {
      return { problems: [`Foto ${name} tidak dapat diambil: ${error instanceof Error ? error.message : 'galat'}.`] };
    }
  }
  return { contribution: { path, markdown, photos, note }, problems: [] };
}

/** Writes the files, validates them with the rest of the tree, and undoes the writes if refused. */
async function place(contribution: Contribution): Promise<{ files: string[]; problems: string[] }> {
  const files = [contribution.path, ...contribution.photos.map((p) => `${dirname(contribution.path)}/${p.name}`)];
  const problems: string[] = [];
  for (const photo of contribution.photos) {
    const target = resolve(root, dirname(contribution.path), photo.name);
    if (existsSync(target) && !readFileSync(target).equals(Buffer.from(photo.bytes)))
      problems.push(`Foto ${photo.name} sudah ada di folder ini dengan isi lain. Beri foto baru nama lain.`);
  }
  if (problems.length > 0) return { files, problems };
  const before = new Map(files.map((file) => [file, existsSync(file) ? readFileSync(file) : undefined]));
  mkdirSync(resolve(root, dirname(contribution.path)), { recursive: true });
  writeFileSync(resolve(root, contribution.path), contribution.markdown);
  for (const photo of contribution.photos)
    writeFileSync(resolve(root, dirname(contribution.path), photo.name), photo.bytes);
  const result = await validateContent(
    {
      root,
      contentDir,
      areas: await loadAreas(siteConfig.provinceCode),
      provinceCode: siteConfig.provinceCode,
      verdictCache: siteConfig.verdictCache,
    },
    new Set(files),
  );
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    for (const [file, bytes] of before) {
      if (bytes) writeFileSync(file, bytes);
      else rmSync(file, { force: true });
    }
    problems.push(...formatIssues(errors));
  }
  return { files, problems };
}

function answer(text: string): void {
  if (values.answer) writeFileSync(values.answer, text);
}

async function main(): Promise<number> {
  if (values.issue === (positionals.length === 1) || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const read = values.issue
    ? await fromIssue()
    : readContributionZip(new Uint8Array(readFileSync(positionals[0] ?? '')), contentDir);
  const placed = read.contribution ? await place(read.contribution) : { files: [], problems: read.problems };
  if (!read.contribution || placed.problems.length > 0) {
    const problems = read.contribution ? placed.problems : read.problems;
    console.error('✗ Kontribusi ditolak:');
    for (const problem of problems) console.error(`  ${visible(problem)}`);
    answer(
      [
        'Terima kasih atas kontribusinya. Pemeriksaan otomatis menemukan hal yang perlu diperbaiki:',
        '',
        ...problems.map((p) => `- ${visible(p).replaceAll('\n', ' ')}`),
        '',
        'Perbaiki di editor situs (draf Anda masih tersimpan di ponsel), lalu kirim ulang atau sunting isu ini. Pengelola akan memeriksa lagi.',
        '',
      ].join('\n'),
    );
    return 1;
  }
  const { path, note } = read.contribution;
  const branch = `kontribusi/${path.split('/').slice(-2).join('-').replace(/\.md$/, '').toLowerCase()}`;
  console.log(`✓ Kontribusi valid dan ditempatkan: ${placed.files.join(', ')}`);
  if (note.trim())
    console.log(
      [
        '\nCatatan pengirim:',
        ...note
          .trim()
          .split('\n')
          .map((line) => `  ${visible(line)}`),
      ].join('\n'),
    );
  console.log('\nUntuk membuat cabang dan commit:');
  console.log(`  git switch -c ${branch}`);
  console.log(`  git add -- ${placed.files.join(' ')}`);
  console.log(`  git commit -m "Kontribusi: ${path}"`);
  answer(
    [
      'Terima kasih! Kontribusi Anda lolos pemeriksaan otomatis dan menjadi pull request. Pengelola akan meninjaunya sebelum tayang, biasanya dalam beberapa hari.',
      '',
    ].join('\n'),
  );
  const output = env('GITHUB_OUTPUT');
  if (output) writeFileSync(output, `branch=${branch}\nfiles=${placed.files.join(' ')}\npath=${path}\n`, { flag: 'a' });
  return 0;
}

process.exitCode = await main();
