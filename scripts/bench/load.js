// First-visit load of the app against the floor page (bench/floor), in Chromium, each run in a
// fresh browser context (empty cache and storage: a first visit), app and floor interleaved, for
// the page and for ?embed=1. Viewport 412 × 823 (Lighthouse's phone). Per run:
//   at 4× CPU (CDP Emulation.setCPUThrottlingRate):
//     - JS+CSS gzip: every script and stylesheet the page requested from navigation until it was
//       ready (see below) and no request followed for 500 ms, each body gzipped (level 9) here,
//       since the preview server sends them uncompressed; the HTML document and the data the
//       page fetches (fetch/XHR: the app's content JSON) likewise;
//     - script time: the growth of CDP Performance.getMetrics' ScriptDuration over that time;
//     - JS+CSS gzip again, for everything the page requested in its first 6 s without input;
//     - long tasks: PerformanceObserver 'longtask' entries that start in the first 6 s;
//   at 1× CPU:
//     - time to hydrate: navigation start (performance.timeOrigin) until <html> gets data-ready,
//       which the app sets once it answers to input (src/shells/page/main.ts) and the floor after hydrate().
import { gzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';

const VIEWPORT = { width: 412, height: 823 };
const WINDOW_MS = 6000;
const QUIET_MS = 500;
const READY_TIMEOUT_MS = 30_000;

/** Installed before any page script: long tasks and the moment <html> gets data-ready. */
function observe() {
  const bench = { tasks: [], ready: null, whenReady: null };
  let resolve;
  bench.whenReady = new Promise((r) => (resolve = r));
  Object.defineProperty(window, '__bench', { value: bench });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing: the task rows stay empty
  }
  // <html> may not exist yet: watch the whole document.
  new MutationObserver(() => {
    if (bench.ready !== null || !document.documentElement?.hasAttribute('data-ready')) return;
    bench.ready = performance.now();
    resolve(bench.ready);
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
}

/**
 * One first visit of url. cpu 4: sizes, script time, long tasks; cpu 1: time to hydrate only.
 * @returns {Promise<Record<string, number>>}
 */
async function visit(browser, url, cpu) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(observe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const scriptTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')
        ?.value ?? NaN;

    const requested = [];
    let lastRequest = Date.now();
    page.on('request', () => (lastRequest = Date.now()));
    page.on('response', (response) => {
      // A preloaded fetch (<link rel=preload as=fetch>, the app's content JSON) reports 'other'.
      const raw = response.request().resourceType();
      const type = raw === 'other' && /\.json(?:$|\?)/.test(response.url()) ? 'fetch' : raw;
      if (['script', 'stylesheet', 'document', 'fetch', 'xhr'].includes(type))
        requested.push({ type, body: response.body().catch(() => Buffer.alloc(0)) });
    });

    const script0 = await scriptTime();
    await page.goto(url, { waitUntil: 'commit' });
    // One evaluation that waits in the page: polling would add script time of its own.
    const ready = await Promise.race([
      page.evaluate(() => window.__bench.whenReady).catch(() => null),
      sleep(READY_TIMEOUT_MS, null),
    ]);
    if (ready === null) throw new Error(`${url} never set <html data-ready>`);
    if (cpu === 1) return { hydrate: ready };

    while (Date.now() - lastRequest < QUIET_MS) await sleep(50);
    const script = ((await scriptTime()) - script0) * 1000;
    const loaded = [...requested];
    // Wait out the first 6 s of the page's own clock, then read its long tasks.
    const now = await page.evaluate(() => performance.now());
    if (now < WINDOW_MS) await sleep(WINDOW_MS - now + 100);
    const by6s = [...requested];
    const tasks = (await page.evaluate(() => window.__bench.tasks)).filter(
      ([start]) => start < WINDOW_MS,
    );
    const gz = async (types, responses = loaded) => {
      let n = 0;
      for (const r of responses.filter((r) => types.includes(r.type)))
        n += gzipSync(await r.body, { level: 9 }).length;
      return n / 1024;
    };
    return {
      jsCss: await gz(['script', 'stylesheet']),
      jsCss6: await gz(['script', 'stylesheet'], by6s),
      html: await gz(['document']),
      data: await gz(['fetch', 'xhr']),
      script,
      longest: Math.max(0, ...tasks.map(([, d]) => d)),
      over100: tasks.filter(([, d]) => d > 100).length,
    };
  } finally {
    await context.close();
  }
}

export const LOAD_METRICS = /** @type {const} */ ([
  ['jsCss', 'first-visit JS+CSS gzip, requested until ready', 'KB'],
  ['jsCss6', 'JS+CSS gzip requested in the first 6 s, no input', 'KB'],
  ['html', 'first HTML gzip', 'KB'],
  ['data', 'data fetched during load, gzip', 'KB'],
  ['script', 'script time during load, 4× CPU', 'ms'],
  ['longest', 'longest task, first 6 s, 4× CPU', 'ms'],
  ['over100', 'tasks > 100 ms, first 6 s, 4× CPU', 'count'],
  ['hydrate', 'time to hydrate (→ html[data-ready]), 1× CPU', 'ms'],
]);

/**
 * runs rounds; in each, for every page (path) at 4× and then at 1× CPU, one visit of the app and
 * one of the floor (app first in even rounds, floor first in odd ones).
 * @returns {Promise<Record<string, Record<'app' | 'floor', Record<string, number[]>>>>}
 *   samples per path, side and metric
 */
export async function measureLoad(browser, { app, floor, paths, runs, log = () => {} }) {
  const out = {};
  for (const path of paths) out[path] = { app: {}, floor: {} };
  const add = (path, side, values) => {
    for (const [k, v] of Object.entries(values)) (out[path][side][k] ??= []).push(v);
  };
  for (let r = 0; r < runs; r++) {
    for (const cpu of [4, 1]) {
      for (const path of paths) {
        const sides = [
          ['app', app],
          ['floor', floor],
        ];
        if (r % 2 === 1) sides.reverse();
        for (const [side, origin] of sides) {
          try {
            add(path, side, await visit(browser, `${origin}${path}`, cpu));
          } catch (e) {
            log(`load ${side} ${path} at ${cpu}× CPU, run ${r + 1}: ${e.message}`);
          }
        }
      }
    }
    log(`load: round ${r + 1} of ${runs} done`);
  }
  return out;
}
