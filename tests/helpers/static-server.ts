/**
 * A static file server for browser tests that behaves like the free hosts: gzip for text
 * assets, a 404.html (status 404) for unknown paths, directory index files, an optional base
 * path, and extra response headers: fixed, or per path like a `_headers` file (see
 * tests/helpers/headers-file.ts).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pagefind': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml|javascript))/;

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Extra headers for a response, given the requested path without the base (`/cari/`). */
export type HeaderRules = Record<string, string> | ((path: string) => Record<string, string>);

export async function serveStatic(root: string, base = '/', headers: HeaderRules = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    let status = 200;
    if (!path.startsWith(base)) {
      path = '/404.html';
      status = 404;
    } else path = `/${path.slice(base.length)}`;
    const extra = typeof headers === 'function' ? headers(path) : headers;
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      file = join(root, '404.html');
      status = 404;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const gzip = compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(status, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), ...extra });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
