import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAreas } from '../../src/lib/area.ts';
import { newProfileUrl, profileTemplate } from '../../src/lib/invitation.ts';
import { problems } from '../helpers/schemas.ts';

const areas = await loadAreas('32');
const repo = { repository: 'https://github.com/org/etalase', branch: 'main', contentDir: 'content' };

describe('invitation to add a profile', () => {
  it('opens GitHub’s new-file form at the derived path with the template', () => {
    const url = new URL(newProfileUrl(areas, '32.08.18.1001', repo, '2026-11-30'));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/org/etalase/new/main');
    expect(url.searchParams.get('filename')).toBe(
      'content/desa/kabupaten-kuningan/cigugur/32.08.18.1001-cigugur/profil.md',
    );
    expect(url.searchParams.get('value')).toContain('kode: "32.08.18.1001"');
    expect(url.searchParams.get('value')).toContain('jenis: kelurahan');
  });

  it('is a template that marks what the village must fill, and validates once filled', () => {
    const text = profileTemplate(areas, '32.04.05.2006', '2026-11-30');
    const data = parse(text.split('---')[1] ?? '') as Record<string, unknown>;
    const missing = problems('desa', data).map((p) => p.field);
    expect(missing).toEqual(['ringkasan', 'kontak.website']);
    const filled = {
      ...data,
      ringkasan: 'Desa di kaki Gunung Manglayang dengan IDM tinggi.',
      kontak: { website: 'https://desa.id' },
    };
    expect(problems('desa', filled)).toEqual([]);
  });
});
