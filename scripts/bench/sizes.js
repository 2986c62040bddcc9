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

/**
 * What the first visit loads: the assets index.html names (including the app module that boot.js
 * starts, in data-app), and what their scripts import statically.
 */
function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/\/?(assets\/[^"\s]+\.(?:js|css))["\s]/g)].map((m) => m[1]);
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only (`from"./x.js"`, `import"./x.js"`); `import("./x.js")` loads later.
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      queue.push(`assets/${m[1]}`);
  }
  return [...seen].map((f) => join(dist, f));
}

/** @param {string} dist */
export function sizes(dist = 'dist') {
  const files = walk(dist).filter((f) => !f.includes('/wc/'));
  const appJs = files.filter((f) => f.includes('/assets/') && f.endsWith('.js'));
  const css = files.filter((f) => f.endsWith('.css'));
  return {
    js: gz(appJs),
    css: gz(css),
    first: gz(firstLoad(dist)),
    content: gz(files.filter((f) => /\/assets\/content-[^/]+\.json$/.test(f))),
    html: gz([join(dist, 'index.html')]),
  };
}
