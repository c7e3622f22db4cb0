import { describe, expect, it } from 'vitest';
import { inspectMarkdown, markdownToText, renderMarkdown } from '../../src/lib/markdown.ts';
import { isSafeBodyLink } from '../../src/lib/links.ts';

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">klik</a>',
  '[tautan](javascript:alert(1))',
  '[tautan](JaVaScRiPt:alert(1))',
  '[tautan]( java\tscript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(1)>',
  '![x](https://evil.example/track.gif)',
  '<style>body{display:none}</style>',
].join('\n\n');

describe('safe Markdown rendering', () => {
  const html = renderMarkdown(hostile);

  it('never emits raw HTML elements from a body', () => {
    expect(html).not.toMatch(/<script|<img|<iframe|<svg|<style|<a href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('never emits event handlers or dangerous URL schemes as attributes', () => {
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  });

  it('keeps ordinary Markdown', () => {
    const out = renderMarkdown(
      '## Sejarah\n\nDesa **Panjalu** punya [situs](https://panjalu.desa.id) dan [surel](mailto:a@b.id).',
    );
    expect(out).toContain('<h3>Sejarah</h3>');
    expect(out).toContain('<strong>Panjalu</strong>');
    expect(out).toContain('<a href="https://panjalu.desa.id" rel="noopener noreferrer nofollow ugc">situs</a>');
    expect(out).toContain('<a href="mailto:a@b.id">surel</a>');
  });

  it('reports what it neutralised, with the body line', () => {
    const findings = inspectMarkdown('Halo\n\n<script>x</script>\n\n[a](javascript:alert(1))\n\n![f](./a.jpg)');
    expect(findings.map((f) => [f.kind, f.line])).toEqual([
      ['html', 2],
      ['link', 4],
      ['image', 6],
    ]);
  });

  it('makes plain text for descriptions', () => {
    expect(markdownToText('# Judul\n\nIsi *tebal* <b>x</b>', 100)).toBe('Judul Isi tebal <b>x</b>');
  });
});

describe('body link policy', () => {
  it('allows https, mailto, tel, anchors and site paths', () => {
    for (const href of ['https://a.id', 'mailto:a@b.id', 'tel:+6222123', '#produk', '/desa/', './x']) {
      expect(isSafeBodyLink(href), href).toBe(true);
    }
  });
  it('refuses everything else', () => {
    for (const href of [
      'http://a.id',
      'javascript:x',
      ' javascript:x',
      'data:x',
      '//evil.example',
      'file:///etc/passwd',
    ]) {
      expect(isSafeBodyLink(href), href).toBe(false);
    }
  });
});
