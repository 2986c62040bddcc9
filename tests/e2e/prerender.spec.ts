// The first HTML already holds the page: without JavaScript both models (every form and type with
// its description) and the sources can be read; with JavaScript the same HTML is hydrated, not
// thrown away.
import { expect, test } from '@playwright/test';
import { loadJson, type DataFramework, openApp } from './helpers';

const frameworks = await Promise.all(
  ['utrecht', 'peel-en-maas'].map((f) =>
    loadJson<DataFramework & { items: { description: { text: { nl: string } }[] }[] }>(
      `data/frameworks/${f}.json`,
    ),
  ),
);
const { sources } = await loadJson<{ sources: { title: string; url: string }[] }>(
  'data/sources.json',
);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('both models, their descriptions and the sources can be read', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kompasverkenner');
    const models = page.locator('#kv-static');
    await expect(models).toBeVisible();
    for (const fw of frameworks) {
      await expect(models.getByRole('heading', { name: fw.name.nl, exact: true })).toBeVisible();
      for (const item of fw.items) {
        await expect(models.getByText(item.label.nl).first()).toBeVisible();
        for (const s of item.description)
          await expect(models.getByText(s.text.nl, { exact: true })).toBeVisible();
      }
    }
    for (const source of sources) {
      await expect(
        page.locator('#main').getByRole('link', { name: source.title, exact: true }).first(),
      ).toHaveAttribute('href', source.url);
    }
  });
});

test('with JavaScript the prerendered page is hydrated, and the text copy goes', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // Record whether the prerendered header, explorer or sources are ever taken out (a fresh mount
  // would). The explorer and the sources hydrate each as a root of their own (islands).
  await page.addInitScript(() => {
    const w = window as unknown as { removed: number };
    w.removed = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.removedNodes) {
          const parts = 'header.top, div.explorer, section.sources';
          if (n instanceof HTMLElement && (n.matches(parts) || n.querySelector(parts))) w.removed++;
        }
    }).observe(document, { childList: true, subtree: true });
  });
  const response = await openApp(page, '/');
  expect(await response!.text()).toContain('data-prerendered="nl"');
  await expect(page.locator('#kv-static')).toHaveCount(0);
  await page
    .getByRole('button', { name: new RegExp(`^${frameworks[0]!.items[0]!.label.nl}`) })
    .click();
  await expect(page.locator('#detail-panel')).toBeVisible();
  // The sources answer to the language switch: they share the page's state.
  const sourcesHeading = page.locator('#sources-heading');
  await expect(sourcesHeading).toHaveText('Bronnen');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(sourcesHeading).toHaveText('Sources');
  await expect(page.locator('main #sources-heading')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { removed: number }).removed)).toBe(0);
  expect(errors).toEqual([]);
});

test('another language renders fresh in that language', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('heading', { name: frameworks[0]!.name.en, exact: true }),
  ).toBeVisible();
  await expect(page.locator('#app')).toBeVisible();
});
