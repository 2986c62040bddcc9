// Lighthouse 12 (mobile, simulated throttling) against the built app and the floor page
// (bench/floor), each for the page and for ?embed=1, in the Chromium the tests use. Runs are
// interleaved (app, floor, app embed, floor embed, then again), after one discarded warm-up run
// of each, so a slow spell of the shared machine hits both sides.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';

const ms = (n) => `${Math.round(n)} ms`;

/** Budget rows for Lighthouse's median run of the app (its own choice of the median run). */
function budgetRows(name, lhr) {
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

/**
 * @param {{ app: string, floor: string, paths: string[], runs: number, log?: (s: string) => void }} o
 * @returns {Promise<{ rows: object[], samples: Record<string, Record<'app' | 'floor',
 *   Record<'tbt' | 'lcp' | 'cls', number[]>>>, benchmarkIndex: number[] }>} the app's budget
 *   rows, every run's figures and Lighthouse's speed index of the machine at each run
 */
export async function measureLighthouse({ app, floor, paths, runs, log = () => {} }) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [...CHROMIUM_ARGS.filter((f) => f !== '--headless'), '--headless=new'],
  });
  try {
    const audit = async (url) => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
      return result.lhr;
    };
    // Warm-up: the first run of a fresh Chromium is slower, whichever page it loads.
    await audit(`${app}/`);
    await audit(`${floor}/`);
    const lhrs = Object.fromEntries(paths.map((p) => [p, []]));
    /** Lighthouse's measure of this machine's speed at each run (higher is faster). */
    const benchmarkIndex = [];
    const samples = Object.fromEntries(
      paths.map((p) => [
        p,
        { app: { tbt: [], lcp: [], cls: [] }, floor: { tbt: [], lcp: [], cls: [] } },
      ]),
    );
    for (let r = 0; r < runs; r++) {
      for (const path of paths) {
        const sides = [
          ['app', app],
          ['floor', floor],
        ];
        if (r % 2 === 1) sides.reverse();
        for (const [side, origin] of sides) {
          try {
            const lhr = await audit(`${origin}${path}`);
            if (side === 'app') lhrs[path].push(lhr);
            const a = lhr.audits;
            const s = samples[path][side];
            s.tbt.push(a['total-blocking-time'].numericValue);
            s.lcp.push(a['largest-contentful-paint'].numericValue);
            s.cls.push(a['cumulative-layout-shift'].numericValue);
            benchmarkIndex.push(lhr.environment.benchmarkIndex);
          } catch (e) {
            log(`Lighthouse ${side} ${path}, run ${r + 1}: ${e.message}`);
          }
        }
      }
      log(`Lighthouse: round ${r + 1} of ${runs} done`);
    }
    const rows = paths.flatMap((path) =>
      lhrs[path].length === 0
        ? []
        : budgetRows(
            `${path === '/' ? 'page' : 'embed'} (median of ${lhrs[path].length})`,
            computeMedianRun(lhrs[path]),
          ),
    );
    return { rows, samples, benchmarkIndex };
  } finally {
    await chrome.kill();
  }
}
