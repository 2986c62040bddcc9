// Deploys under open tabs: the offline service worker's update path across three builds. The
// first is the build under test; the next two are derived from it as deploys in which every hashed
// file changed (each asset renamed, every reference rewritten, sw.js written anew by the build's
// own writeServiceWorker). A small static server serves one build at a time and swaps its folder
// as a deploy would, so the previous build's files are gone from the server.
import {
  cpSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../scripts/service-worker';
import { DIST } from './support/csp-server';
import { menuItem } from './helpers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A static server for one folder at a time; `deploy` swaps the folder. */
async function swappableServer(root: string) {
  const log = { requests: [] as string[], missing: [] as string[] };
  const server = createServer((req, res) => {
    log.requests.push(req.url ?? '');
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, normalize(path));
    let found: boolean;
    try {
      found = file.startsWith(root) && statSync(file).isFile();
    } catch {
      found = false;
    }
    if (!found) {
      log.missing.push(path);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    deploy: (folder: string) => void (root = folder),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

const versionOf = (folder: string) =>
  /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(join(folder, 'sw.js'), 'utf8'))![1]!;

/** A copy of `from` in which every hashed asset has a new name (`tag` before its extension). */
function nextBuild(from: string, to: string, tag: string) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const assets = join(to, 'assets');
  const renamed = new Map(readdirSync(assets).map((f) => [f, f.replace(/(\.\w+)$/, `${tag}$1`)]));
  for (const [old, name] of renamed) renameSync(join(assets, old), join(assets, name));
  const names = new RegExp(
    `(?<![\\w-])(${[...renamed.keys()].map((f) => f.replaceAll('.', '\\.')).join('|')})`,
    'g',
  );
  for (const file of walk(to)) {
    if (!/\.(html|js|css|json)$/.test(file) || file.startsWith(join(to, 'wc'))) continue;
    const text = readFileSync(file, 'utf8');
    const next = text.replace(names, (name) => renamed.get(name)!);
    if (next !== text) writeFileSync(file, next);
  }
  writeServiceWorker(to);
  return to;
}

/** Waits until the build's worker is the active one, with its complete cache. */
async function activeBuild(page: Page, version: string) {
  await expect
    .poll(
      () =>
        page.evaluate(async (cache) => {
          const reg = await navigator.serviceWorker.getRegistration();
          if (!reg?.active || reg.active.state !== 'activated' || reg.installing || reg.waiting)
            return 'updating';
          if (!navigator.serviceWorker.controller) return 'not controlled';
          if (!(await caches.has(cache))) return 'no cache';
          const done = await (await caches.open(cache)).match('/.complete');
          return done ? 'active' : 'incomplete';
        }, `kompasverkenner-${version}`),
      { timeout: 20_000 },
    )
    .toBe('active');
}

async function update(page: Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update();
  });
}

async function appStarted(page: Page) {
  await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 10_000 });
  // The pointer moves, as a person's does: the board's code loads at the first sign of use.
  await page.mouse.move(5, 5);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kompasverkenner');
  await expect(page.locator('.deck button.card').first()).toBeVisible();
}

/**
 * Page errors and console errors. Not counted: the browser's own /favicon.ico request for a tab
 * showing a file (the server has none), and with `cutOff`, a load failure of a request the page
 * made before the network went away mid-load.
 */
function watchErrors(page: Page, errors: string[], name: string, cutOff = false) {
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location().url;
    if (new URL(url || 'x:/').pathname === '/favicon.ico') return;
    if (cutOff && m.text().startsWith('Failed to load resource: net::')) return;
    errors.push(`${name} console: ${m.text()} ${url}`);
  });
}

test('deploys keep open tabs working and the app starting offline', async ({ context }, info) => {
  test.setTimeout(60_000);
  const builds = [DIST, ...['x1', 'x2'].map((tag) => nextBuild(DIST, info.outputPath(tag), tag))];
  const versions = builds.map(versionOf);
  expect(new Set(versions).size).toBe(3);
  const server = await swappableServer(builds[0]!);
  const { origin } = server;
  const errors: string[] = [];
  // `midLoad`: a page was still loading when the network went, so its requests already on their
  // way may still arrive.
  const offline = async <T>(run: () => Promise<T>, midLoad = false) => {
    const before = server.log.requests.length;
    await context.setOffline(true);
    try {
      return await run();
    } finally {
      await context.setOffline(false);
      // Offline means offline for the worker too: nothing reached the server meanwhile.
      // Not counted: the browser's own requests, which the emulation lets through: /favicon.ico
      // for a tab showing a file, and /sw.js for its update check on a navigation.
      const browsers = ['/favicon.ico', '/sw.js'];
      const reached = server.log.requests.slice(before).filter((p) => !browsers.includes(p));
      if (!midLoad) expect(reached).toEqual([]);
    }
  };

  try {
    // The first visit installs build 0; the tab then reloads under the worker, as a later visit.
    const old = await context.newPage();
    watchErrors(old, errors, 'old tab');
    await old.goto(`${origin}/`);
    await appStarted(old);
    await activeBuild(old, versions[0]!);
    await old.reload();
    await appStarted(old);

    const lazy: [menu: string, item: string, dialog: string, chunk: string][] = [
      ['Delen', 'Deellink en QR-code…', 'Bord delen', 'ShareDialog-'],
      // Not the embed dialog: pointing at "Delen" in round 1 fetched it already (preload on intent).
      ['Bestand', 'Vergelijken…', 'Borden vergelijken', 'CompareDialog-'],
    ];
    for (let round = 1; round < builds.length; round++) {
      server.deploy(builds[round]!);

      // A short first visit after the deploy, then offline: the app starts (from either build).
      const short = await context.newPage();
      watchErrors(short, errors, `short visit ${round}`, true);
      await short.goto(`${origin}/`, { waitUntil: 'commit' });
      await offline(async () => {
        await short.reload();
        await appStarted(short);
      }, true);
      await short.close();

      // The update: the new worker installs, activates and takes over the old tab.
      await update(old);
      await activeBuild(old, versions[round]!);

      // (a) The old tab, now `round` deploys behind, still loads a lazy chunk of its own build.
      const [menu, item, name, chunk] = lazy[round - 1]!;
      const loaded = old.waitForResponse((r) => r.url().includes(`/assets/${chunk}`));
      await menuItem(old, menu, item);
      const response = await loaded;
      expect(response.status()).toBe(200);
      expect(response.fromServiceWorker()).toBe(true);
      expect(response.url()).not.toMatch(/x\d\.js$/);
      const dialog = old.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
      await expect(dialog).toBeHidden();
    }
    expect(server.log.missing.filter((p) => p.startsWith('/assets/'))).toEqual([]);

    // (b) Offline, the app starts, round after round, from the latest build.
    const fresh = await context.newPage();
    watchErrors(fresh, errors, 'fresh tab');
    let rounds = 0;
    await offline(async () => {
      await fresh.goto(`${origin}/`);
      await appStarted(fresh);
      for (; rounds < 4; rounds++) {
        await fresh.reload();
        await appStarted(fresh);
      }
      await fresh.goto(`${origin}/?lang=en`);
      await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
    });
    expect(await fresh.getAttribute('script[data-app]', 'data-app')).toMatch(/x2\.js$/);

    // (c) Other files opened online never become the offline page.
    for (const path of ['/embed.js', '/favicon.svg', '/wc/kompas-verkenner.js']) {
      const response = await fresh.goto(`${origin}${path}`);
      expect(response?.status()).toBe(200);
    }
    await offline(async () => {
      await fresh.goto(`${origin}/`);
      await appStarted(fresh);
    });

    // Once the old tab is gone, the next visit deletes the caches of builds nobody uses.
    await old.close();
    await fresh.goto(`${origin}/`);
    await appStarted(fresh);
    await expect
      .poll(
        async () => {
          await fresh.reload();
          return fresh.evaluate(async () =>
            (await caches.keys()).filter((k) => k.startsWith('kompasverkenner-')),
          );
        },
        { timeout: 15_000 },
      )
      .toEqual([`kompasverkenner-${versions[2]}`]);
    expect(errors).toEqual([]);
    console.log(`sw-update: 2 deploys, ${rounds + 2} offline starts after them, 0 errors`);
  } finally {
    await server.close();
  }
});
