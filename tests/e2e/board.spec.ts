import { expect, test, type Page } from '@playwright/test';
import {
  cardAt,
  esc,
  expectNoAxeViolations,
  loadJson,
  type DataFramework,
  menuItem,
  openApp,
  openPile,
  pile,
  placedAt,
  pressAndMove,
  rounded,
  shownHighlights,
  toolbar,
} from './helpers';

const utrecht = await loadJson<DataFramework>('data/frameworks/utrecht.json');
const peel = await loadJson<DataFramework>('data/frameworks/peel-en-maas.json');
const { initiatives } = await loadJson<{ initiatives: { id: string; name: { nl: string } }[] }>(
  'data/initiatives.json',
);
const form = (i: number) => utrecht.items[i]!.label.nl;
const names = initiatives.map((i) => i.name.nl);
const card = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${esc(name)}`) });
/** The Peel en Maas outcome as the live region says it: a type by name, or none (null). */
const outcome = (type: number | null) =>
  type === null
    ? 'Geen tegenhanger in Peel en Maas: op de eigendomsgrens'
    : `Peel en Maas: ${peel.items[type - 1]!.label.nl}`;
const status = (page: Page) => page.getByRole('status');

test.beforeEach(async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened: something ran that should not');
  });
});

test('keyboard alone places five initiatives, moves finely and cancels, with announcements', async ({
  page,
}) => {
  await openApp(page, '/');
  const plan: { keys: string[]; form: number; type: number | null }[] = [
    { keys: ['ArrowRight'], form: 3, type: null },
    { keys: ['ArrowRight', 'ArrowRight'], form: 2, type: 3 },
    { keys: ['ArrowUp', 'ArrowLeft', 'ArrowDown'], form: 5, type: 2 },
    {
      keys: ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight'],
      form: 0,
      type: 4,
    },
  ];
  for (const [i, step] of plan.entries()) {
    await card(page, names[i]!).focus();
    for (const key of step.keys) await page.keyboard.press(key);
    await expect(status(page)).toContainText(`${names[i]}: ${form(step.form)}`);
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText(
      new RegExp(`^${esc(`${names[i]} → ${form(step.form)} · ${outcome(step.type)}`)}`),
    );
    await expect(cardAt(page, form(step.form), names[i]!)).toBeFocused();
  }
  // The fifth through the "Plaats bij…" menu.
  await card(page, names[4]!).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await expect(menu.getByRole('menuitem', { name: form(6) })).toBeVisible();
  await page.keyboard.press('ArrowUp'); // wraps to the last item
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: form(6) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(
    new RegExp(`^${esc(`${names[4]} → ${form(6)} · ${outcome(1)}`)}`),
  );
  await expectNoAxeViolations(page);

  // Shift+arrow moves finely: one step stays in the form (an arrow alone would leave it), and
  // nine steps from its centre (0.50 → 0.41) cross into the next form and a Peel en Maas type.
  await cardAt(page, form(3), names[0]!).focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(status(page)).toContainText(`${names[0]}: ${form(3)} · ${outcome(null)}`);
  for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect(status(page)).toContainText(`${names[0]}: ${form(4)} · ${outcome(2)}`);
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(
    new RegExp(`^${esc(`${names[0]} → ${form(4)} · ${outcome(2)}`)}`),
  );
  await expect(cardAt(page, form(4), names[0]!)).toBeFocused();

  // Escape cancels a move.
  await cardAt(page, form(0), names[3]!).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(status(page)).toContainText('geannuleerd');
  await expect(cardAt(page, form(0), names[3]!)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a mouse drag places a card and snaps it to the form', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1800 });
  await openApp(page, '/');
  const source = card(page, names[0]!);
  const target = page.getByRole('button', { name: new RegExp(`^${esc(form(1))}`) });
  await target.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await pressAndMove(page, from, to.x + 10, to.y + to.height / 2, 10);
  // The form under the pointer is highlighted before the drop: a box shown over its band.
  const band = (await target.locator('xpath=..').boundingBox())!;
  await expect.poll(() => shownHighlights(page)).toContainEqual(rounded(band));
  await page.mouse.up();
  await expect(status(page)).toHaveText(new RegExp(`^${esc(`${names[0]} → ${form(1)}`)}`));
  await expect(cardAt(page, form(1), names[0]!)).toBeVisible();
  // Dragged from its place on the scale onto another band, in a scrolled page (scrolled at once: a wheel
  // scroll may still be moving when the boxes below are read).
  await page.evaluate(() => window.scrollBy({ top: 300, behavior: 'instant' }));
  const placed = cardAt(page, form(1), names[0]!);
  const a = (await placed.boundingBox())!;
  const b = (await page
    .getByRole('button', { name: new RegExp(`^${esc(form(5))}`) })
    .boundingBox())!;
  await page.mouse.move(a.x + 10, a.y + 10);
  await page.mouse.down();
  await page.mouse.move(a.x + 30, a.y + 30, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(status(page)).toHaveText(new RegExp(`^${esc(`${names[0]} → ${form(5)}`)}`));
  await expectNoAxeViolations(page);
});

test.describe('on a narrow screen, by keyboard', () => {
  // Short too: the scale (and so the board on it) starts more than a screen below the top, so
  // the board has not rendered when the page is ready.
  test.use({ viewport: { width: 390, height: 300 } });

  test('Tab from the last band reaches the board, though it was not rendered yet', async ({
    page,
  }) => {
    // Its code arrives late, as on a slow line: the Tab is held until the board is there.
    await page.route(/\/boardParts-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await openApp(page, '/');
    await expect(page.locator('.deck [data-card]')).toHaveCount(0);
    await expect(pile(page)).toHaveCount(0);
    const types = page.getByRole('list', { name: /Peel en Maas/ }).getByRole('button');
    await types.last().focus();
    await page.keyboard.press('Tab');
    // Past the scale the pile comes next: its toggle (the sheet starts folded on a phone).
    await expect(
      pile(page).getByRole('button', { name: 'Stapel tonen', expanded: false }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card(page, names[0]!)).toBeVisible();
  });
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tap a card, then tap a form', async ({ page }) => {
    await openApp(page, '/');
    // On a phone the pile is a sheet at the bottom that starts folded, over the scale.
    await expect(pile(page).getByRole('button', { name: 'Stapel tonen' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(card(page, names[2]!)).toBeHidden();
    await openPile(page);
    await card(page, names[2]!).tap();
    await expect(status(page)).toContainText('opgepakt');
    await expect(pile(page)).toContainText(`${names[2]} opgepakt: tik op een vorm op de schaal`);
    await page.getByRole('button', { name: new RegExp(`^${esc(form(2))}`) }).tap();
    await expect(status(page)).toHaveText(new RegExp(`^${esc(`${names[2]} → ${form(2)}`)}`));
    await expect(cardAt(page, form(2), names[2]!)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test('an own initiative is plain text, editable, deletable and placeable', async ({ page }) => {
  await openApp(page, '/');
  const hostile = '<img src=x onerror=alert(1)>';
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByText('Geef het initiatief een naam.')).toBeVisible();
  await expect(page.getByLabel('Naam')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Naam').fill(hostile);
  await page.getByLabel('Beschrijving (niet verplicht)').fill('<script>alert(2)</script>');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(status(page)).toHaveText(new RegExp(`^${esc(hostile)} toegevoegd`));
  const own = card(page, hostile);
  await expect(own).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await own.click();
  await page.getByRole('menuitem', { name: form(0) }).click();
  await expect(cardAt(page, form(0), hostile)).toBeVisible();
  await card(page, hostile).click();
  await page.getByRole('menuitem', { name: 'Bewerken' }).click();
  await expect(page.getByLabel('Naam')).toBeFocused();
  await page.getByLabel('Naam').fill('Moestuin');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(cardAt(page, form(0), 'Moestuin')).toBeVisible();
  await card(page, 'Moestuin').click();
  await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
  await expect(card(page, 'Moestuin')).toHaveCount(0);
  await toolbar(page).getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(cardAt(page, form(0), 'Moestuin')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('undo and redo every change, by button and by keyboard, including reset', async ({ page }) => {
  await openApp(page, '/');
  for (const [i, f] of [
    [0, 1],
    [1, 2],
  ] as const) {
    await card(page, names[i]!).click();
    await page.getByRole('menuitem', { name: form(f) }).click();
  }
  await menuItem(page, 'Meer', 'Bord leegmaken');
  await expect(placedAt(page, form(1)).getByRole('button')).toHaveCount(0);
  await toolbar(page).getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(status(page)).toHaveText(/^Ongedaan gemaakt: Bord leeggemaakt/);
  await expect(cardAt(page, form(1), names[0]!)).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect(placedAt(page, form(2)).getByRole('button')).toHaveCount(0);
  await page.locator('body').press('Control+Shift+Z');
  await expect(placedAt(page, form(2)).getByRole('button')).toHaveCount(1);
  await page.locator('body').press('Control+z');
  await page.locator('body').press('Control+y');
  await expect(placedAt(page, form(2)).getByRole('button')).toHaveCount(1);
  await toolbar(page).getByRole('button', { name: 'Opnieuw' }).click();
  await expect(placedAt(page, form(1)).getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('reveal the reference placements, per card and for all, and hide them again', async ({
  page,
}) => {
  await openApp(page, '/');
  const first = initiatives[0]!;
  await card(page, first.name.nl).click();
  await page.getByRole('menuitem', { name: form(5) }).click();
  const placed = placedAt(page, form(5));
  await expect(placed.getByText('Referentie:')).toHaveCount(0);
  await toolbar(page).getByRole('button', { name: 'Referenties tonen' }).click();
  await expect(placed.getByText('Referentie:')).toBeVisible();
  await expect(placed.getByText('Wijkt af van de referentie')).toBeVisible();
  await expectNoAxeViolations(page);
  await toolbar(page).getByRole('button', { name: 'Referenties tonen' }).click();
  await expect(placed.getByText('Referentie:')).toHaveCount(0);
  await placed.getByRole('button', { name: new RegExp(`^${esc(first.name.nl)}`) }).click();
  await page.getByRole('menuitem', { name: 'Toon referentie' }).click();
  await expect(placed.getByText('Referentie:')).toBeVisible();
  await menuItem(page, 'Meer', 'Tabelweergave');
  const row = page.getByRole('row', { name: new RegExp(`^${esc(first.name.nl)}`) });
  await expect(row.getByRole('cell').first()).toHaveText(form(5));
  await expect(row.getByRole('cell').nth(2)).not.toHaveText('verborgen');
  await expectNoAxeViolations(page);
});

test('the board survives a reload', async ({ page }) => {
  await openApp(page, '/');
  await card(page, names[3]!).click();
  await page.getByRole('menuitem', { name: form(2) }).click();
  await page.reload();
  await expect(cardAt(page, form(2), names[3]!)).toBeVisible();
});

test('a corrupt saved board is set aside and reported, not destroyed', async ({ page }) => {
  await openApp(page, '/');
  // Wait until the app runs (it saves its board once it starts), then damage what it saved.
  await expect(toolbar(page)).toBeVisible();
  await page.evaluate(() => localStorage.setItem('kompasverkenner:board', '{"v":1,"board":{oops'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('apart gezet');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('kompasverkenner:set-aside:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"v":1,"board":{oops']);
  await expectNoAxeViolations(page);
});

test('with storage disabled the person is told and can still work', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await openApp(page, '/');
  await expect(page.getByRole('alert')).toContainText('opslag staat uit');
  await card(page, names[0]!).click();
  await page.getByRole('menuitem', { name: form(0) }).click();
  await expect(placedAt(page, form(0)).getByRole('button')).toHaveCount(1);
});

test('moving one card does not re-render the others', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1800 });
  await openApp(page, '/');
  for (const i of [0, 1, 2]) {
    await card(page, names[i]!).click();
    await page.getByRole('menuitem', { name: form(2) }).click();
  }
  const moving = cardAt(page, form(2), names[1]!);
  // Every card in the explorer, on the scale and in the pile: a change inside a card's item, or a
  // card's item added or removed, counts as that card re-rendered. The bands' own highlights do
  // not count: they show where a card would go.
  await page.evaluate(() => {
    const w = window as unknown as { __touched: string[] };
    w.__touched = [];
    const ITEM = 'li:has(> [data-card])';
    const cardOf = (n: Node | null) => {
      const el = n instanceof Element ? n : (n?.parentElement ?? null);
      const item = el?.closest(ITEM) ?? (el?.matches('[data-card]') ? el.parentElement : null);
      return item?.querySelector<HTMLElement>(':scope > [data-card]')?.dataset.card;
    };
    new MutationObserver((records) => {
      for (const r of records) {
        const ids = [cardOf(r.target)];
        for (const n of [...r.addedNodes, ...r.removedNodes])
          if (n instanceof Element)
            for (const c of n.matches('[data-card]') ? [n] : n.querySelectorAll('[data-card]'))
              ids.push((c as HTMLElement).dataset.card);
        for (const id of ids) if (id) w.__touched.push(id);
      }
    }).observe(document.querySelector('.explorer')!, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
  // A keyboard move and a drag hover change only the moving card.
  await moving.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const box = (await moving.boundingBox())!;
  await page.keyboard.press('Escape');
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 40, { steps: 5 });
  await page.mouse.move(box.x + 300, box.y + 40, { steps: 5 });
  const touched = await page.evaluate(() => [
    ...new Set((window as unknown as { __touched: string[] }).__touched),
  ]);
  await page.mouse.up();
  const ids = initiatives.map((i) => i.id);
  expect(touched).toEqual([ids[1]]);
});
