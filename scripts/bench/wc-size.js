// Gzip size of the web component's one-file build (dist/wc/): a separate artefact for host pages,
// not part of the app's JS+CSS total.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} dist */
export const wcSize = (dist = 'dist') =>
  gzipSync(readFileSync(join(dist, 'wc', 'kompas-verkenner.iife.js')), { level: 9 }).length;
