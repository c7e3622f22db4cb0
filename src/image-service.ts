/**
 * Astro's sharp image service, with one addition: a transform that carries `maxBytes` (and the
 * plan's `encoding` key) is encoded by src/lib/photo-encoder.ts, stepping down until it fits.
 * Everything else — URLs, file names, the cache in .cache/astro, srcset — stays Astro's.
 */
import sharpService from 'astro/assets/services/sharp';
import type { LocalImageService } from 'astro';
import { encodePhoto } from './lib/photo-encoder.ts';

/** The transform props this service adds; they decide the bytes, so they are in the hash. */
const OWN_PROPS = ['maxBytes', 'encoding'] as const;
// Astro's default hash properties (DEFAULT_HASH_PROPS, not exported by the package) plus ours.
const HASHED = ['src', 'width', 'height', 'format', 'quality', 'fit', 'position', 'background', ...OWN_PROPS];

function withoutOwnProps<T extends Record<string, unknown>>(options: T): T {
  const rest: Record<string, unknown> = { ...options };
  for (const prop of OWN_PROPS) delete rest[prop];
  return rest as T;
}

const service: LocalImageService = {
  ...sharpService,
  propertiesToHash: HASHED,
  // Our props are instructions to the encoder, not HTML attributes.
  getHTMLAttributes: (options, config, logger) =>
    sharpService.getHTMLAttributes?.(withoutOwnProps(options), config, logger) ?? {},
  // `astro dev` serves images from an endpoint URL: carry the cap there too, so what a
  // contributor previews weighs what the built site will.
  async getURL(options, config, logger) {
    const url = await sharpService.getURL(options, config, logger);
    const maxBytes = Number(options['maxBytes']);
    return maxBytes > 0 && url.includes('?') ? `${url}&maxBytes=${maxBytes}` : url;
  },
  parseURL(url, config, logger) {
    const transform = sharpService.parseURL(url, config, logger);
    const maxBytes = Number(url.searchParams.get('maxBytes'));
    if (!(maxBytes > 0) || !transform || transform instanceof Promise) return transform;
    return { ...transform, maxBytes };
  },
  async transform(input, transform, config, logger) {
    const maxBytes = Number((transform as Record<string, unknown>)['maxBytes']);
    if (!(maxBytes > 0) || transform.format !== 'webp' || !transform.width) {
      return sharpService.transform(input, transform, config, logger);
    }
    const { limitInputPixels } = config.service.config as { limitInputPixels?: number };
    const data = await encodePhoto(input, { width: transform.width, maxBytes }, limitInputPixels);
    return { data, format: 'webp' };
  },
};

export default service;
