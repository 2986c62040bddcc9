// npm run bench: builds the app and prints every benchmark as one table of target and measured value.
// `npm run bench -- --check` exits non-zero when a budget is missed (kept out of npm test).
import { execSync } from 'node:child_process';
import { sizes } from './bench/sizes.js';
import { wcSize } from './bench/wc-size.js';

const check = process.argv.includes('--check');
execSync(
  'npx vite build --logLevel error && npx vite build -c vite.wc.config.ts --logLevel error',
  {
    stdio: 'inherit',
  },
);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const s = sizes();
/** @type {{ name: string, target: string, value: string, ok: boolean }[]} */
const rows = [
  { name: 'JS gzip (all chunks)', target: '—', value: kb(s.js), ok: true },
  { name: 'CSS gzip (all chunks)', target: '—', value: kb(s.css), ok: true },
  { name: 'JS+CSS gzip, first visit', target: '—', value: kb(s.first), ok: true },
  { name: 'Content JSON gzip (data, fetched)', target: '—', value: kb(s.content), ok: true },
  {
    name: 'JS+CSS gzip (whole app)',
    target: '≤ 60 KB',
    value: kb(s.js + s.css),
    ok: s.js + s.css <= 60 * 1024,
  },
  { name: 'First HTML gzip', target: '≤ 14 KB', value: kb(s.html), ok: s.html <= 14 * 1024 },
  // A separate artefact for host pages, not part of the app's total.
  { name: 'Web component (IIFE) gzip', target: '—', value: kb(wcSize()), ok: true },
];

/** Each benchmark module returns rows; one that cannot run says why and counts as a miss. */
async function rowsOf(name, file) {
  try {
    return await (await import(file)).run();
  } catch (e) {
    return [{ name: `${name} (could not run: ${e.message})`, target: '—', value: '—', ok: false }];
  }
}
rows.push(...(await rowsOf('Codec', './bench/codec.js')));
if (!process.argv.includes('--sizes-only'))
  rows.push(...(await rowsOf('Drag', './bench/browser.js')));
if (!process.argv.includes('--sizes-only'))
  rows.push(...(await rowsOf('Lighthouse', './bench/lighthouse.js')));

const w = [Math.max(...rows.map((r) => r.name.length)), 10, 12];
console.log(
  `${'benchmark'.padEnd(w[0])}  ${'target'.padEnd(w[1])}  ${'measured'.padEnd(w[2])}  ok`,
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(w[0])}  ${r.target.padEnd(w[1])}  ${r.value.padEnd(w[2])}  ${r.ok ? 'yes' : 'NO'}`,
  );
}
if (check && rows.some((r) => !r.ok)) {
  console.error('A budget was missed.');
  process.exit(1);
}
