/**
 * Benchmark step: builds the Pagefind index for an already built site, as scripts/build.ts does,
 * so the output measured against the hosts' limits is what would be deployed.
 *
 *   node --experimental-strip-types scripts/bench/search-index.ts <site dir>
 */
import { buildSearchIndex } from '../search-index.ts';

const dir = process.argv[2];
if (!dir) throw new Error('Usage: search-index.ts <site dir>');
const summary = await buildSearchIndex(dir);
console.log(JSON.stringify(summary));
