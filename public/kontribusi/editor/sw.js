/*
 * Service worker of the contribution editor (/kontribusi/editor/ only): once the editor has
 * loaded, it keeps working offline. Network first, so a new build shows at once; the cached copy
 * (the page, its code, the kecamatan's data) answers when there is no connection. The page sends
 * the addresses it loaded before this worker took control.
 */
/* global self, caches, fetch, Response */
const CACHE = 'etalase-desa-editor-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const sameOrigin = (url) => new URL(url, self.location.href).origin === self.location.origin;

self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data && event.data.cache) ? event.data.cache.filter(sameOrigin) : [];
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(urls.map((url) => cache.add(url).catch(() => undefined)))),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(request, { ignoreSearch: request.mode === 'navigate' })
          .then((cached) => cached || Response.error()),
      ),
  );
});
