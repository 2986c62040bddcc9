// The text of what loads later (nl-later.ts: the board, the workshop tools, the route dialog, the
// detail panel) is a chunk of its own, out of the first visit's JS (issue 16). Whatever needs it
// first waits for it beside its own code: on a slow line nothing shows without its words, and a
// language switch brings the board's words in that language too.
import { expect, test, type Page } from '@playwright/test';
import { loadJson, openApp, pile, toolbar, type DataFramework } from './helpers';

const utrecht = await loadJson<DataFramework>('data/frameworks/utrecht.json');

/** Errors the page raised, to be none at the end. */
function errorsOf(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** The later text arrives late, as on a slow line; how often it was fetched. */
async function slowLaterText(page: Page) {
  const fetched = { count: 0 };
  await page.route(/\/nl-later-[^/]*\.js$/, async (route) => {
    fetched.count++;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  return fetched;
}

test('the route dialog, opened before its text has arrived, shows it', async ({ page }) => {
  const errors = errorsOf(page);
  await slowLaterText(page);
  await openApp(page, '/');
  const intro = page.getByRole('region', { name: 'Hoe lees je dit?' });
  await intro.getByRole('button', { name: 'Waar past mijn initiatief?' }).click();
  // Read the moment it shows, not after a wait: text that came later would fill it in by then.
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  expect(await dialog.locator('h2').textContent()).toBe('Waar past mijn initiatief?');
  expect(await dialog.getByRole('button', { name: 'Sluiten' }).count()).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
  await expect(dialog).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a detail panel, opened before its text has arrived, shows it', async ({ page }) => {
  const errors = errorsOf(page);
  const fetched = await slowLaterText(page);
  await openApp(page, '/');
  const form = utrecht.items[0]!.label.nl;
  await page.getByRole('button', { name: new RegExp(`^${form}`) }).click();
  const panel = page.locator('#detail-panel');
  await panel.waitFor();
  expect(await panel.locator('h2').textContent()).toMatch(new RegExp(`Nummer \\d+ ${form}`));
  expect(await panel.getByRole('heading', { name: 'Bronnen' }).count()).toBe(1);
  await expect(toolbar(page).getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
  // Asked for by the panel and the board: fetched once.
  expect(fetched.count).toBe(1);
  expect(errors).toEqual([]);
});

test('a language switch after the board has loaded shows the board in that language', async ({
  page,
}) => {
  const errors = errorsOf(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '/');
  await expect(toolbar(page).getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
  await expect(pile(page).getByRole('heading', { name: 'Stapel' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(toolbar(page).getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(pile(page).getByRole('heading', { name: 'Deck' })).toBeVisible();
  await expect(pile(page).getByRole('button', { name: 'Add' })).toBeVisible();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(toolbar(page).getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
  expect(errors).toEqual([]);
});
