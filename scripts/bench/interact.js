// Issue 16, point 5: time from an interaction to its result on a slow phone over slow 4G
// (Lighthouse's mobile preset as DevTools throttling: 562.5 ms request latency, 1.47 Mbit/s down,
// 675 kbit/s up, 4× CPU), each run a first visit in a fresh context, acting as soon as the page
// says it is ready (html[data-ready]) — so code that loads on first use is on the clock:
//   - place: click on the first initiative's card → its menu → click on the first form → the card
//     is in that form's list on the scale (timed from the first click);
//   - link: a share link put into the address bar (hashchange) → its card is on the scale;
//   - export: with a card placed (not timed), Exporteren ▾ SVG clicked → the download starts.
// Usage: node scripts/bench/interact.js [dist] [port] [runs]; `npm run bench` runs it too.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';
import { startPreview } from './preview.js';

const NETWORK = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const TIMEOUT = 60_000;

const initiatives = JSON.parse(readFileSync('data/initiatives.json', 'utf8')).initiatives;
const utrecht = JSON.parse(readFileSync('data/frameworks/utrecht.json', 'utf8'));
const [first, second] = initiatives;
const formLabel = utrecht.items[0].label.nl;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A share link with the second initiative at the first form, made by the app's own codec. */
async function shareLink() {
  const server = await createServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { encodeLink } = await server.ssrLoadModule('/src/lib/codec/link.ts');
    const position = (utrecht.items[0].interval[0] + utrecht.items[0].interval[1]) / 2;
    const data = { placements: { [second.id]: position }, own: [], revealed: [], revealAll: false };
    return await encodeLink(data, { knownIds: initiatives.map((i) => i.id), mode: 'edit' });
  } finally {
    await server.close();
  }
}

async function open(browser, origin) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${origin}/`, { timeout: TIMEOUT });
  await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: TIMEOUT });
  return { context, page };
}

const formList = (page) =>
  page.getByRole('list', { name: new RegExp(`(?:kaarten|kaart) bij ${escape(formLabel)}$`) });

async function place(browser, origin, name = first.name.nl) {
  const { context, page } = await open(browser, origin);
  const card = page.getByRole('button', { name: new RegExp(`^${escape(name)}`) }).first();
  await card.waitFor({ timeout: TIMEOUT });
  const t0 = performance.now();
  await card.click();
  await page.getByRole('menuitem', { name: formLabel, exact: true }).click({ timeout: TIMEOUT });
  await formList(page)
    .getByRole('button', { name: new RegExp(`^${escape(name)}`) })
    .waitFor({ timeout: TIMEOUT });
  const ms = performance.now() - t0;
  return { ms, context, page };
}

async function link(browser, origin, hash) {
  const { context, page } = await open(browser, origin);
  const t0 = performance.now();
  await page.evaluate((h) => (location.hash = h), hash);
  await formList(page)
    .getByRole('button', { name: new RegExp(`^${escape(second.name.nl)}`) })
    .waitFor({ timeout: TIMEOUT });
  const ms = performance.now() - t0;
  await context.close();
  return ms;
}

async function exportSvg(browser, origin) {
  const { context, page } = await place(browser, origin);
  const bar = page.getByRole('toolbar').first();
  await bar.getByRole('button', { name: 'Exporteren', exact: true }).click();
  const item = bar
    .getByRole('menu', { name: 'Exporteren' })
    .getByRole('menuitem', { name: /^SVG/ });
  await item.waitFor({ timeout: TIMEOUT });
  const download = page.waitForEvent('download', { timeout: TIMEOUT });
  const t0 = performance.now();
  await item.click();
  await download;
  const ms = performance.now() - t0;
  await context.close();
  return ms;
}

/**
 * @param {string} dist
 * @param {number} port
 * @param {number} runs
 * @returns {Promise<Record<'place' | 'link' | 'export', number[]>>}
 */
export async function measureInteractions(dist = 'dist', port = 4183, runs = 3) {
  const hash = await shareLink();
  const preview = await startPreview(port, dist);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const out = { place: [], link: [], export: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const placed = await place(browser, preview.origin);
      out.place.push(placed.ms);
      await placed.context.close();
      out.link.push(await link(browser, preview.origin, hash));
      out.export.push(await exportSvg(browser, preview.origin));
    }
  } finally {
    await browser.close();
    preview.stop();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', port = '4183', runs = '3'] = process.argv.slice(2);
  const result = await measureInteractions(dist, Number(port), Number(runs));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [k, xs] of Object.entries(result))
    console.log(
      `${k.padEnd(7)} median ${median(xs).toFixed(0)} ms  (${xs.map((x) => x.toFixed(0)).join(', ')})`,
    );
}
