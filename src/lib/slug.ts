/**
 * URL- and folder-safe slugs. Lower-case ASCII letters, digits and single hyphens only, so a
 * slug can never carry a path separator, a dot segment or markup.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
