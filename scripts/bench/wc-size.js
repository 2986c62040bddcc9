// What the web component loads before it is ready, against the app's first visit, both measured in
// Chromium the same way: each visit in a fresh browser context (empty cache and storage: a first
// visit) at 412 × 823 px, counting every response from navigation until the page was ready and
// 500 ms passed without a request, each body gzipped (level 9) here, since the preview server
// does not compress.
//   - app: `/`, its HTML, scripts, stylesheets and the content it fetches, until <html> has
//     data-ready (src/shells/page/main.ts: it answers to input, its saved board restored);
//   - component: a page holding only the embed dialog's web-component code (the module script and
//     <kompas-verkenner lang="nl" mode="…">), everything requested but that page itself (the
//     module, its chunks with the CSS inside, the content chunk, whatever else it asks for at
//     start), until the element has data-ready (KompasVerkenner.wc.svelte sets it likewise).
// The host page is answered by the browser itself on the app's origin: the same bytes as from any
// other origin, and no CORS set-up for the preview server.
import { gzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

const VIEWPORT = { width: 412, height: 823 };
const QUIET_MS = 500;
const READY_TIMEOUT_MS = 30_000;
const HOST_PATH = '/bench-wc-host.html';

/** The host page: what the embed dialog's web-component code pastes, nothing else. */
const hostPage = (mode) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Host</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/wc/kompas-verkenner.js"></script></head>
<body><kompas-verkenner lang="nl" mode="${mode}"></kompas-verkenner></body></html>`;

/**
 * One first visit of url; ready is a selector that appears once the page answers to input.
 * Returns the gzip KB of the page itself (document) and of all else it requested (parts).
 */
async function visit(browser, url, ready, host) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    if (host)
      await page.route(url, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: host }),
      );
    const responses = [];
    let lastRequest = Date.now();
    page.on('request', () => (lastRequest = Date.now()));
    page.on('response', (response) =>
      responses.push({
        document: response.request().resourceType() === 'document',
        body: response.body().catch(() => Buffer.alloc(0)),
      }),
    );
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(ready).waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
    while (Date.now() - lastRequest < QUIET_MS) await sleep(50);
    const sizes = { document: 0, parts: 0 };
    for (const r of [...responses])
      sizes[r.document ? 'document' : 'parts'] +=
        gzipSync(await r.body, { level: 9 }).length / 1024;
    return sizes;
  } finally {
    await context.close();
  }
}

/**
 * runs rounds of: the app's first visit, then the component's for each mode (the order flips
 * every round). Samples in KB, sample i of each from round i (NaN where that visit failed): app
 * (HTML included), and per mode the component (its host page excluded).
 * @returns {Promise<{ app: number[], component: Record<string, number[]> }>}
 */
export async function measureWc(browser, { app, modes, runs, log = () => {} }) {
  const out = { app: [], component: Object.fromEntries(modes.map((m) => [m, []])) };
  for (let r = 0; r < runs; r++) {
    const visits = [
      async () => {
        out.app.push(NaN);
        const v = await visit(browser, `${app}/`, 'html[data-ready]');
        out.app[r] = v.document + v.parts;
      },
      ...modes.map((mode) => async () => {
        out.component[mode].push(NaN);
        const v = await visit(
          browser,
          `${app}${HOST_PATH}`,
          'kompas-verkenner[data-ready]',
          hostPage(mode),
        );
        out.component[mode][r] = v.parts;
      }),
    ];
    if (r % 2 === 1) visits.reverse();
    for (const run of visits) {
      try {
        await run();
      } catch (e) {
        log(`web component, run ${r + 1}: ${e.message}`);
      }
    }
    log(`web component: round ${r + 1} of ${runs} done`);
  }
  return out;
}

// On its own: `node scripts/bench/wc-size.js [dist] [port]` serves a build that has wc/ in it
// (default dist/, port 4181) and prints the app's first visit, the component's first load and
// their ratio, median (min–max) over BENCH_RUNS (default 3) rounds.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dist = 'dist', port = '4181'] = process.argv.slice(2);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, findChromium } = await import('../chromium.js');
  const { startPreview } = await import('./preview.js');
  const { formatSummary, pairedRatios, summary } = await import('./stats.js');
  const server = await startPreview(Number(port), dist);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const modes = ['explain', 'view', 'edit'];
    const out = await measureWc(browser, { app: server.origin, modes, runs, log: console.error });
    const kb = (xs) => formatSummary(summary(xs), (x) => `${x.toFixed(1)} KB`);
    console.log(`app first visit (HTML+JS+CSS+data): ${kb(out.app)}`);
    for (const mode of modes) {
      const ratio = formatSummary(summary(pairedRatios(out.component[mode], out.app)), (x) =>
        x.toFixed(2),
      );
      console.log(`component mode=${mode}: ${kb(out.component[mode])}, ${ratio}× the app`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}
