// Lighthouse 12 (mobile, simulated throttling) against the built app (vite preview) and against
// the embed page (?embed=1), in the same Chromium the tests use. Returns table rows.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';
import { startPreview } from './preview.js';

const PORT = 4178;
const PAGES = [
  { name: 'page', path: '/' },
  { name: 'embed', path: '/?embed=1' },
];

const ms = (n) => `${Math.round(n)} ms`;
/** Lighthouse's own advice: one run swings, report the median run of several. */
const RUNS = 5;

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
  const server = await startPreview(PORT, dist);
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: [...CHROMIUM_ARGS.filter((f) => f !== '--headless'), '--headless=new'],
    });
    const out = [];
    for (const page of PAGES) {
      const lhrs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${server.origin}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
        lhrs.push(result.lhr);
      }
      out.push(...rows(`${page.name} (median of ${RUNS})`, computeMedianRun(lhrs)));
    }
    return out;
  } finally {
    await chrome?.kill();
    server.stop();
  }
}
