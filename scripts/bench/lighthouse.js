// Lighthouse 12 (mobile, simulated throttling) against the built app (vite preview) and against
// the embed page (?embed=1), in the same Chromium the tests use. Returns table rows.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';

const PORT = 4178;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = [
  { name: 'page', path: '/' },
  { name: 'embed', path: '/?embed=1' },
];

async function waitFor(url, ms = 20_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

const ms = (n) => `${Math.round(n)} ms`;

/** Rows for one Lighthouse result. */
function rows(name, lhr) {
  const a = lhr.audits;
  const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
  const lcp = a['largest-contentful-paint'].numericValue;
  const tbt = a['total-blocking-time'].numericValue;
  const cls = a['cumulative-layout-shift'].numericValue;
  return [
    {
      name: `Lighthouse ${name}: performance`,
      target: '≥ 98',
      value: String(score),
      ok: score >= 98,
    },
    { name: `Lighthouse ${name}: LCP`, target: '≤ 1.2 s', value: ms(lcp), ok: lcp <= 1200 },
    { name: `Lighthouse ${name}: TBT`, target: '≤ 50 ms', value: ms(tbt), ok: tbt <= 50 },
    { name: `Lighthouse ${name}: CLS`, target: '0', value: cls.toFixed(3), ok: cls === 0 },
  ];
}

/** @param {string} dist the built app to serve */
export async function run(dist = 'dist') {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--host',
      '127.0.0.1',
      '--strictPort',
      '--port',
      String(PORT),
      '--outDir',
      dist,
    ],
    { stdio: 'ignore', detached: true },
  );
  let chrome;
  try {
    await waitFor(`${ORIGIN}/`);
    chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: [...CHROMIUM_ARGS.filter((f) => f !== '--headless'), '--headless=new'],
    });
    const out = [];
    for (const page of PAGES) {
      const result = await lighthouse(`${ORIGIN}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
      out.push(...rows(page.name, result.lhr));
    }
    return out;
  } finally {
    await chrome?.kill();
    process.kill(-server.pid);
  }
}
