/**
 * A small XML 1.0 well-formedness check and reader for generated documents (feeds, sitemaps),
 * so unit tests need no XML dependency. It covers what our generators can get wrong: unescaped
 * `<` and `&`, unknown entities, unquoted or duplicate attributes, unbalanced elements, text
 * outside the root and characters XML forbids. (DTDs, CDATA and processing instructions other
 * than the XML declaration are refused: we never write them.) Browser tests additionally parse
 * the built feed with Chromium's DOMParser.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = '[A-Za-z_][\\w.:-]*';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(text: string, where: string): string {
  if (text.includes('<')) throw new Error(`Unescaped "<" in ${where}`);
  return text.replace(/&([^;]*);|&/g, (match, entity: string | undefined) => {
    if (entity === undefined) throw new Error(`Bare "&" in ${where}`);
    if (entity in ENTITIES) return ENTITIES[entity] as string;
    const numeric = /^#(x[0-9a-fA-F]+|\d+)$/.exec(entity);
    if (numeric?.[1]) {
      const code = numeric[1].startsWith('x') ? parseInt(numeric[1].slice(1), 16) : Number(numeric[1]);
      return String.fromCodePoint(code);
    }
    throw new Error(`Unknown entity "${match}" in ${where}`);
  });
}

/** Parses a document or throws with the first well-formedness error. */
export function parseXml(source: string): XmlElement {
  if (FORBIDDEN.test(source)) throw new Error('Character not allowed in XML 1.0');
  let rest = source.replace(/^<\?xml\s[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    if (text) {
      const parent = stack.at(-1);
      if (!parent) {
        if (text.trim()) throw new Error(`Text outside the root element: "${text.trim().slice(0, 40)}"`);
      } else parent.text += decode(text, `<${parent.name}>`);
    }
    if (lt === -1) break;
    rest = rest.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end === -1) throw new Error('Unclosed comment');
      rest = rest.slice(end + 3);
      continue;
    }
    const match = tag.exec(rest);
    if (!match) throw new Error(`Malformed markup at "${rest.slice(0, 60)}"`);
    const [whole, closing, name = '', attributeText = '', selfClosing] = match;
    rest = rest.slice(whole.length);
    if (closing) {
      if (attributeText || selfClosing) throw new Error(`Malformed end tag </${name}>`);
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attributeText.matchAll(new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g'))) {
      const key = a[1] as string;
      if (key in attributes) throw new Error(`Duplicate attribute ${key} on <${name}>`);
      attributes[key] = decode(a[2] ?? a[3] ?? '', `attribute ${key} of <${name}>`);
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (root) throw new Error('More than one root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack.at(-1)?.name}>`);
  if (!root) throw new Error('No root element');
  return root;
}

/** Every descendant element with this name, depth first. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...findAll(child, name)]);
}
