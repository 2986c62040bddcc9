// Issue 12.2: a link opened over one's own work never drops it — storage on, off or full. A
// view-only link shows the shared board read-only and "Sluit weergave" gives one's own board
// back; where storage does not hold it, the conflict question comes first. Edit links over a
// view are edit links. Every way back is tried: close the view, keep mine, undo, reload.
import { expect, test, type Page } from '@playwright/test';
import { encodeLink } from '../../src/lib/codec/link';
import {
  cardAt,
  expectNoAxeViolations,
  loadJson,
  openApp,
  toolbar,
  type DataFramework,
} from './helpers';

const utrecht = await loadJson<DataFramework>('data/frameworks/utrecht.json');
const { initiatives } = await loadJson<{ initiatives: { id: string; name: { nl: string } }[] }>(
  'data/initiatives.json',
);
const ids = initiatives.map((i) => i.id);
const names = initiatives.map((i) => i.name.nl);
const form = (i: number) => utrecht.items[i]!.label.nl;
const board = (placements: Record<string, number>) => ({
  placements,
  own: [],
  revealed: [],
  revealAll: false,
});
// The shared board: one card (the 10th initiative) at Inspraak.
const shared = board({ [ids[10]!]: 0.2 });
const viewLink = await encodeLink(shared, { knownIds: ids, mode: 'view' });
const editLink = await encodeLink(shared, { knownIds: ids, mode: 'edit' });

/** Makes storage unusable before the app starts: 'off' throws on access, 'full' on writes. */
const storage = (page: Page, how: 'off' | 'full') =>
  page.addInitScript((how) => {
    if (how === 'off') {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    } else {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    }
  }, how);

/** Places the first two cards of the deck: one's own work. */
async function work(page: Page) {
  await page.keyboard.press('Shift');
  for (const [i, f] of [
    [0, 0],
    [1, 2],
  ] as const) {
    await page.locator(`.deck [data-card="${ids[i]}"]`).click();
    await page.getByRole('menuitem', { name: form(f) }).click();
    await expect(cardAt(page, form(f), names[i]!)).toBeVisible();
  }
}
const mine = async (page: Page) => {
  await expect(cardAt(page, form(0), names[0]!)).toBeVisible();
  await expect(cardAt(page, form(2), names[1]!)).toBeVisible();
  await expect(page.locator(`.scale [data-card="${ids[10]}"]`)).toHaveCount(0);
};
const theirs = async (page: Page) => {
  await expect(cardAt(page, form(5), names[10]!)).toBeVisible();
  await expect(page.locator(`.scale [data-card="${ids[0]}"]`)).toHaveCount(0);
};
const question = (page: Page) => page.getByRole('dialog', { name: 'Een ander bord openen?' });
const open = (page: Page, fragment: string) =>
  page.evaluate((f) => (location.hash = f.slice(f.indexOf('#'))), fragment);

for (const how of ['off', 'full'] as const) {
  test(`storage ${how}: a view link over unsaved work asks first, and every answer keeps the work`, async ({
    page,
  }) => {
    await storage(page, how);
    await openApp(page, '/');
    await work(page);
    // Keep mine: nothing changes.
    await open(page, viewLink);
    await expect(question(page)).toBeVisible();
    await question(page).getByRole('button', { name: 'Houd mijn bord' }).click();
    await mine(page);
    // View it: read-only; "Sluit weergave" gives the work back.
    await open(page, viewLink);
    await question(page)
      .getByRole('button', { name: /^Bekijk het gedeelde bord/ })
      .click();
    await theirs(page);
    await expect(page.getByText('Je bekijkt een gedeeld bord.')).toBeVisible();
    await page.getByRole('button', { name: 'Sluit weergave' }).click();
    await mine(page);
    await expect(page).not.toHaveURL(/#b=/);
    // As a copy: editable, and undo brings one's own board back.
    await open(page, viewLink);
    await question(page)
      .getByRole('button', { name: /^Open het als kopie/ })
      .click();
    await theirs(page);
    await expect(page.getByText('Je bekijkt een gedeeld bord.')).toHaveCount(0);
    await toolbar(page).getByRole('button', { name: 'Ongedaan maken' }).click();
    await mine(page);
    await expectNoAxeViolations(page);
  });
}

test('storage on: a view link shows the shared board, a reload keeps the view, closing it brings mine back', async ({
  page,
}) => {
  await openApp(page, '/');
  await work(page);
  await open(page, viewLink);
  // Storage holds one's own board: no question, the view opens.
  await theirs(page);
  await expect(question(page)).toHaveCount(0);
  await page.reload();
  await theirs(page);
  await page.getByRole('button', { name: 'Sluit weergave' }).click();
  await mine(page);
  await expect(page.getByRole('group', { name: 'Laatste wijziging' })).toContainText(
    'Weergave gesloten: je eigen bord is terug',
  );
  await page.reload();
  await page.keyboard.press('Shift');
  await mine(page);
});

test('an edit link opened over a view is an edit link, and undo returns to my board', async ({
  page,
}) => {
  await openApp(page, '/');
  await work(page);
  await open(page, viewLink);
  await theirs(page);
  await open(page, editLink);
  await expect(question(page)).toBeVisible();
  await question(page)
    .getByRole('button', { name: /^Open het nieuwe bord/ })
    .click();
  await theirs(page);
  await expect(page.getByText('Je bekijkt een gedeeld bord.')).toHaveCount(0);
  // Editable: its card opens "Plaats bij…".
  await page.locator(`.scale [data-card="${ids[10]}"]`).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await toolbar(page).getByRole('button', { name: 'Ongedaan maken' }).click();
  await mine(page);
});
