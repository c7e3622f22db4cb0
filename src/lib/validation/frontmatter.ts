/**
 * Reads a Markdown file's frontmatter the way a careful reviewer would: the file is split at its
 * `---` lines (here rather than with gray-matter, which needs Node's fs and Buffer and brings a
 * second YAML parser: the contribution editor runs this code in the browser), the `yaml` parser
 * keeps positions for precise line numbers, and YAML features that have no
 * place in a content file (anchors/aliases, custom tags, duplicate keys) are refused.
 */
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface YamlProblem {
  line: number;
  column: number;
  message: string;
  rule: string;
}

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  doc: Document | undefined;
  lineCounter: LineCounter;
  /** Lines before the YAML text starts (the opening `---`). */
  yamlOffset: number;
  problems: YamlProblem[];
}

const STANDARD_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

/** The opening `---` line, the YAML lines (group 1), the closing `---` line. */
export const FRONTMATTER = /^---\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

export function parseContentFile(source: string): ParsedFile {
  const lineCounter = new LineCounter();
  const problems: YamlProblem[] = [];
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  if (!/^---\n/.test(text)) {
    return {
      data: {},
      body: text,
      bodyLine: 1,
      doc: undefined,
      lineCounter,
      yamlOffset: 1,
      problems: [
        {
          line: 1,
          column: 1,
          rule: 'frontmatter-missing',
          message: 'Berkas harus diawali frontmatter: baris "---", isian YAML, lalu "---" lagi.',
        },
      ],
    };
  }

  if (!FRONTMATTER.test(text)) {
    return {
      data: {},
      body: '',
      bodyLine: 1,
      doc: undefined,
      lineCounter,
      yamlOffset: 0,
      problems: [
        {
          line: 1,
          column: 1,
          rule: 'frontmatter-unclosed',
          message: 'Frontmatter tidak ditutup: tambahkan baris "---" setelah isian terakhir, sebelum isi tulisan.',
        },
      ],
    };
  }

  const closed = FRONTMATTER.exec(text);
  // The YAML text starts with the newline that ends the opening "---" line, so positions in it
  // are already file lines.
  const yamlText = `\n${(closed?.[1] ?? '').replace(/\n$/, '')}`;
  const content = text.slice(closed?.[0].length ?? 0);
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false, customTags: [] });
  const yamlOffset = 0;
  const bodyLine = text.slice(0, text.length - content.length).split('\n').length;

  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + yamlOffset, column: pos.col };
  };
  for (const error of doc.errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    problems.push({
      ...at(error.pos[0]),
      rule: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
      message: duplicate
        ? 'Isian ini ditulis dua kali. Hapus salah satunya; hanya satu yang boleh ada.'
        : `Penulisan YAML tidak valid (${error.code}). Periksa indentasi dan tanda titik dua di baris ini.`,
    });
  }
  const current = doc;
  visit(current, (_key, node) => {
    if (isAlias(node)) {
      problems.push({
        ...at(node.range?.[0] ?? 0),
        rule: 'yaml-alias',
        message: 'Alias YAML (*nama) tidak diizinkan. Tulis nilainya secara langsung.',
      });
    } else if (isNode(node)) {
      if (node.anchor) {
        problems.push({
          ...at(node.range?.[0] ?? 0),
          rule: 'yaml-alias',
          message: `Anchor YAML (&${node.anchor}) tidak diizinkan. Tulis nilainya secara langsung.`,
        });
      }
      if (node.tag && !STANDARD_TAGS.has(node.tag)) {
        problems.push({
          ...at(node.range?.[0] ?? 0),
          rule: 'yaml-tag',
          message: `Tag YAML khusus (${node.tag}) tidak diizinkan. Tulis nilai biasa tanpa tanda !.`,
        });
      }
    }
  });

  let data: unknown = {};
  if (problems.length === 0) {
    try {
      data = current.toJS({ maxAliasCount: 0 }) ?? {};
    } catch {
      problems.push({ line: 1, column: 1, rule: 'yaml-syntax', message: 'Frontmatter YAML tidak dapat dibaca.' });
    }
  }
  if (problems.length === 0 && (typeof data !== 'object' || data === null || Array.isArray(data))) {
    problems.push({
      line: 2,
      column: 1,
      rule: 'yaml-syntax',
      message: 'Frontmatter harus berisi pasangan "nama: nilai", bukan daftar atau teks biasa.',
    });
    data = {};
  }
  return {
    data: data as Record<string, unknown>,
    body: content,
    bodyLine,
    doc,
    lineCounter,
    yamlOffset,
    problems,
  };
}
