/**
 * The part of zod the content model uses, named one by one. Astro parses content with these
 * (they are Astro's own `astro/zod` exports); the contribution editor bundles the same schemas
 * for the browser, where a namespace import of zod would carry every locale of zod's messages
 * (107 KB gzipped against 26 KB for these).
 */
export { array, date, email, enum, literal, number, strictObject, string, union } from 'astro/zod';
export type { ZodLiteral, ZodType, input, core } from 'astro/zod';
