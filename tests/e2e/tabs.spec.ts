// One board open in two tabs: each tab merges what the other saves, card by card, so a change in
// one tab shows in the other at once, changes made at the same instant both survive, and undo in
// a tab takes back only that tab's own action.
import { expect, test, type Page } from '@playwright/test';
import { cardAt, loadJson, type DataFramework, openApp, esc } from './helpers';

const utrecht = await loadJson<DataFramework>('data/frameworks/utrecht.json');
const { initiatives } = await loadJson<{ initiatives: { name: { nl: string } }[] }>(
  'data/initiatives.json',
);
const form = (i: number) => utrecht.items[i]!.label.nl;
const names = initiatives.map((i) => i.name.nl);

async function open(page: Page) {
  await openApp(page, '/');
  await page.getByRole('region', { name: 'Schaal van zeggenschap' }).scrollIntoViewIfNeeded();
}

async function place(page: Page, name: string, label: string) {
  await page
    .getByRole('button', { name: new RegExp(`^${esc(name)}`) })
    .first()
    .click();
  await page.getByRole('menu').getByRole('menuitem', { name: label }).click();
  await expect(cardAt(page, label, name)).toBeVisible();
}

test('a change in one tab shows in the other, and neither overwrites the other', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await open(b);

  await place(a, names[0]!, form(0));
  await expect(b.getByRole('group', { name: 'Laatste wijziging' })).toContainText(
    'Een ander tabblad of venster heeft dit bord gewijzigd: 1 wijziging overgenomen',
  );
  await expect(cardAt(b, form(0), names[0]!)).toBeVisible();

  await place(b, names[1]!, form(2));
  await expect(cardAt(a, form(2), names[1]!)).toBeVisible();
  await expect(cardAt(a, form(0), names[0]!)).toBeVisible();

  // What is saved holds both.
  await open(a);
  await expect(cardAt(a, form(0), names[0]!)).toBeVisible();
  await expect(cardAt(a, form(2), names[1]!)).toBeVisible();
});

/**
 * Opens a card's "Plaats bij…" menu, then at wall-clock time `at` picks the form, in a task of
 * the page's own: two tabs given the same `at` both save before either hears of the other.
 */
async function placeAt(page: Page, card: string, label: string, at: number) {
  await page.locator(`[data-card="${card}"]`).click();
  await expect(page.getByRole('menu')).toBeVisible();
  return () =>
    page.evaluate(
      ([label, at]) =>
        new Promise<void>((done) => {
          setTimeout(
            () => {
              [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')]
                .find((el) => el.textContent!.trim() === label)!
                .click();
              done();
            },
            Math.max(0, (at as number) - Date.now()),
          );
        }),
      [label, at] as const,
    );
}

const placedIds = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.scale [data-card]')].map((e) => e.getAttribute('data-card')),
  );

test('placements made in two tabs at the same instant all survive, round after round', async ({
  context,
}) => {
  const { initiatives: all } = await loadJson<{ initiatives: { id: string }[] }>(
    'data/initiatives.json',
  );
  const ids = all.map((i) => i.id);
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await open(b);
  await a.keyboard.press('Shift');
  await b.keyboard.press('Shift');
  await expect(a.locator('.deck [data-card]').first()).toBeAttached();
  await expect(b.locator('.deck [data-card]').first()).toBeAttached();
  const ROUNDS = 10;
  for (let round = 0; round < ROUNDS; round++) {
    const at = Date.now() + 400;
    const go = [
      await placeAt(a, ids[2 * round]!, form(round % 7), at),
      await placeAt(b, ids[2 * round + 1]!, form((round + 3) % 7), at),
    ];
    await Promise.all(go.map((g) => g()));
  }
  const expected = ids.slice(0, 2 * ROUNDS).sort();
  // Both tabs end with every card, and so does what is saved.
  await expect.poll(async () => (await placedIds(a)).sort()).toEqual(expected);
  await expect.poll(async () => (await placedIds(b)).sort()).toEqual(expected);
  const c = await context.newPage();
  await open(c);
  await c.keyboard.press('Shift');
  await expect.poll(async () => (await placedIds(c)).sort()).toEqual(expected);
  // Undo in tab a takes back a's last placement only.
  await a
    .getByRole('toolbar', { name: 'Bord' })
    .getByRole('button', { name: 'Ongedaan maken' })
    .click();
  const withoutLast = expected.filter((id) => id !== ids[2 * ROUNDS - 2]);
  await expect.poll(async () => (await placedIds(a)).sort()).toEqual(withoutLast);
  await expect.poll(async () => (await placedIds(b)).sort()).toEqual(withoutLast);
});
