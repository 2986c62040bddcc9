// Gzip sizes of the built app (dist/): all JS, all CSS, the first HTML response.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);

/** @param {string} dist */
export function sizes(dist = 'dist') {
  const files = walk(dist);
  const appJs = files.filter((f) => f.includes('/assets/') && f.endsWith('.js'));
  const css = files.filter((f) => f.endsWith('.css'));
  return {
    js: gz(appJs),
    css: gz(css),
    html: gz([join(dist, 'index.html')]),
  };
}
