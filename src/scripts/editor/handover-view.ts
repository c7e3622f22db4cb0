/**
 * The last step: how to send the checked contribution. With a GitHub account, the prefilled
 * issue form and the photos to attach (in order); for text only, GitHub's own file page; without
 * an account, one zip for the maintainers.
 */
import { contributionZip, githubFileLink, issueLink, type Contribution } from '../../lib/editor/handover.ts';
import { ISSUE_FIELDS } from '../../lib/contribution-form.ts';
import { h } from './form-view.ts';

function download(name: string, bytes: Uint8Array, type: string, label: string): HTMLAnchorElement {
  const link = h('a', { href: URL.createObjectURL(new Blob([bytes as BlobPart], { type })), download: name }, label);
  link.classList.add('button', 'secondary');
  return link;
}

function copyButton(source: HTMLTextAreaElement, label: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'secondary' }, label);
  button.addEventListener('click', () => {
    source.select();
    void navigator.clipboard?.writeText(source.value).then(
      () => (button.textContent = 'Tersalin'),
      () => (button.textContent = 'Pilih teks di atas lalu salin'),
    );
  });
  return button;
}

export function renderHandover(
  section: HTMLElement,
  config: DOMStringMap,
  contribution: Contribution,
  today: string,
  discard: () => void,
): void {
  const repository = config['repository'] ?? '';
  const issue = issueLink(repository, contribution);
  const text = h('textarea', { id: 'teks-kirim', rows: '6', readonly: '' });
  text.value = contribution.markdown;
  const photoLinks = contribution.photos.map((photo, index) =>
    h('li', {}, download(photo.name, photo.bytes, 'image/jpeg', `Unduh foto ${index + 1}: ${photo.name}`)),
  );
  // On phones that can share files, the photos go straight to the browser tab or files app.
  const files = contribution.photos.map((p) => new File([p.bytes as BlobPart], p.name, { type: 'image/jpeg' }));
  if (files.length > 0 && navigator.canShare?.({ files })) {
    const share = h('button', { type: 'button', class: 'secondary' }, 'Bagikan semua foto');
    share.addEventListener('click', () => void navigator.share({ files }).catch(() => undefined));
    photoLinks.push(h('li', {}, share));
  }
  const zipName = `kontribusi-${contribution.path.split('/').slice(-2).join('-').replace(/\.md$/, '')}.zip`;
  const email = config['email'];
  const whatsapp = config['whatsapp'];
  const done = h('button', { type: 'button', class: 'secondary' }, 'Sudah terkirim: hapus draf');
  done.addEventListener('click', discard);
  section.replaceChildren(
    h('h2', { id: 'kirim-judul', tabindex: '-1' }, 'Siap dikirim'),
    h('p', {}, 'Semua pemeriksaan lolos. Pilih salah satu cara mengirim:'),
    h('h3', {}, '1. Lewat GitHub (disarankan)'),
    h(
      'ol',
      {},
      ...(contribution.photos.length
        ? [h('li', {}, 'Unduh foto yang sudah disiapkan:', h('ul', { class: 'plain' }, ...photoLinks))]
        : []),
      h(
        'li',
        {},
        h('a', { href: issue.url, class: 'button primary', rel: 'noopener' }, 'Buka formulir Kontribusi di GitHub'),
        issue.prefilled
          ? ' Formulir sudah berisi berkas dan isinya.'
          : ` Isinya terlalu panjang untuk dimuat otomatis: salin teks di bawah ke isian "${ISSUE_FIELDS.markdown.label}".`,
      ),
      ...(contribution.photos.length
        ? [h('li', {}, `Lampirkan foto di isian "${ISSUE_FIELDS.photos.label}" sesuai urutan di atas.`)]
        : []),
      h('li', {}, 'Tekan "Create" (Buat). Pengelola memeriksa lalu menayangkannya; jawaban datang di halaman itu.'),
    ),
    h('label', { for: 'teks-kirim' }, 'Teks berkas'),
    text,
    copyButton(text, 'Salin teks'),
    ...(contribution.photos.length === 0
      ? [
          h('h3', {}, '2. Hanya teks: langsung di GitHub'),
          h(
            'p',
            {},
            h(
              'a',
              { href: githubFileLink(repository, config['branch'] ?? 'main', contribution), rel: 'noopener' },
              contribution.existing ? 'Buka berkas ini di GitHub untuk diubah' : 'Buat berkas ini di GitHub',
            ),
            ', lalu tempel teks di atas.',
          ),
        ]
      : []),
    h('h3', {}, `${contribution.photos.length === 0 ? '3' : '2'}. Tanpa akun GitHub: lewat pengelola`),
    h(
      'p',
      {},
      download(zipName, contributionZip(contribution, today), 'application/zip', 'Unduh berkas zip'),
      ' lalu kirim ke pengelola',
      email ? ` lewat e-mail ${email}` : undefined,
      whatsapp ? `${email ? ' atau' : ''} lewat WhatsApp ${whatsapp}` : undefined,
      email || whatsapp ? '.' : ' (kontaknya ada di halaman Tentang).',
    ),
    done,
  );
}
