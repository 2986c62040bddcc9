// After one visit the app loads and works offline, from its versioned service worker.
import { expect, test } from '@playwright/test';
import { loadJson, type DataFramework, openApp } from './helpers';

const utrecht = await loadJson<DataFramework>('data/frameworks/utrecht.json');
const { initiatives } = await loadJson<{ initiatives: { name: { nl: string } }[] }>(
  'data/initiatives.json',
);

test('reloads offline and a card can still be placed', async ({ page, context }) => {
  await openApp(page, '/');
  const version = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    // One build's cache (the worker's notes on open pages live in kompasverkenner:pages).
    const keys = (await caches.keys()).filter((k) => k.startsWith('kompasverkenner-'));
    return { scope: reg.scope, keys };
  });
  expect(version.keys).toEqual([expect.stringMatching(/^kompasverkenner-[0-9a-f]{12}$/)]);

  await context.setOffline(true);
  await page.reload();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kompasverkenner');
  const name = initiatives[0]!.name.nl;
  const form = utrecht.items[2]!.label.nl;
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: form }).click();
  await expect(page.getByRole('status')).toContainText(`${name} → ${form}`);
  // Another query string (another language) also opens offline.
  await openApp(page, '/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.setOffline(false);
});
