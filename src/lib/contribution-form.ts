/**
 * The GitHub issue form "Kontribusi konten" (.github/ISSUE_TEMPLATE/kontribusi.yml): its field
 * ids, which the editor fills through URL parameters, and its labels, which head the sections of
 * the issue body the intake workflow reads. A test holds the template to these.
 */
export const ISSUE_TEMPLATE = 'kontribusi.yml';

/** Applied by the template; a maintainer adds ACCEPT_LABEL to turn the issue into a pull request. */
export const ISSUE_LABEL = 'kontribusi';
export const ACCEPT_LABEL = 'kontribusi-diterima';

export const ISSUE_FIELDS = {
  path: { id: 'berkas', label: 'Berkas' },
  markdown: { id: 'isi', label: 'Isi berkas' },
  photos: { id: 'foto', label: 'Foto' },
  note: { id: 'catatan', label: 'Catatan untuk pengelola' },
} as const;

/** GitHub answers 414 to a longer address; longer contributions are pasted instead. */
export const MAX_URL_BYTES = 8191;

/** Where GitHub keeps files attached to issues: the only addresses the intake downloads. */
export const ATTACHMENT_URL =
  /^https:\/\/github\.com\/(?:user-attachments\/assets\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9-]+\/[A-Za-z0-9._-]+\/assets\/\d+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
