// <kompas-verkenner> on a host page of another origin under a strict CSP: styles reach the shadow
// root, the keyboard opens a card's menu and places the card, the live region speaks, axe passes,
// and the host page keeps its own language and title.
import { expect, test } from '@playwright/test';
import {
  cardAt,
  expectNoAxeViolations,
  loadJson,
  type DataFramework,
  pressAndMove,
  rounded,
  shownHighlights,
} from './helpers';
import { serveAppAndHost } from './support/csp-server';
import { watchViolations } from './support/violations';

const utrecht = await loadJson<DataFramework>('data/frameworks/utrecht.json');
const { initiatives } = await loadJson<{ initiatives: { name: { nl: string } }[] }>(
  'data/initiatives.json',
);

const servers = serveAppAndHost();

test('the ES module element is styled, keyboard-operable and accessible', async ({ page }) => {
  const report = await watchViolations(page);
  await page.goto(`${servers.host.origin}/hosts/wc.html`);
  // Once it is ready the pointer moves, as a person's does: the board's code loads at the first
  // sign of use.
  await expect(page.locator('kompas-verkenner:not([data-ready])')).toHaveCount(0);
  await page.mouse.move(5, 5);
  const el = page.locator('kompas-verkenner');
  // Playwright's locators pierce open shadow roots.
  await expect(el.getByRole('heading', { name: utrecht.name.nl, exact: true })).toBeVisible();
  // Styles arrived: the skip link is off-screen, bands are laid out as a row of styled buttons.
  const band = el.locator('.scale ol button').first();
  expect(await band.evaluate((b) => getComputedStyle(b).borderTopStyle)).not.toBe('none');
  expect(await el.locator('.skip').evaluate((a) => a.getBoundingClientRect().left)).toBeLessThan(0);

  const name = initiatives[0]!.name.nl;
  const form = utrecht.items[1]!.label.nl;
  await el.getByRole('button', { name: new RegExp(`^${name}`) }).focus();
  await page.keyboard.press('Enter');
  const menu = el.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: form })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(el.getByRole('status')).toContainText(`${name} → ${form}`);

  await expectNoAxeViolations(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Council page with the web component');
  expect(await report()).toEqual({ violations: [], errors: [] });
});

test('the one-file (IIFE) element renders in English, read-only', async ({ page }) => {
  const report = await watchViolations(page);
  await page.goto(`${servers.host.origin}/hosts/wc-iife.html`);
  const el = page.locator('kompas-verkenner');
  await expect(el.getByRole('heading', { name: utrecht.name.en, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await report()).toEqual({ violations: [], errors: [] });
});

test('the board attribute opens a shared board inside the element', async ({ page }) => {
  const { encodeLink } = await import('../../src/lib/codec/link');
  const ids = (
    await loadJson<{ initiatives: { id: string }[] }>('data/initiatives.json')
  ).initiatives.map((i) => i.id);
  const fragment = await encodeLink(
    { placements: { [ids[0]!]: 0.79 }, own: [], revealed: [], revealAll: false },
    { knownIds: ids, mode: 'edit' },
  );
  const report = await watchViolations(page);
  await page.goto(`${servers.host.origin}/hosts/wc.html`);
  // Once it is ready the pointer moves, as a person's does: the board's code loads at the first
  // sign of use.
  await expect(page.locator('kompas-verkenner:not([data-ready])')).toHaveCount(0);
  await page.mouse.move(5, 5);
  await page.evaluate((board) => {
    const el = document.createElement('kompas-verkenner');
    el.id = 'second';
    el.setAttribute('board', board);
    document.querySelector('main')!.append(el);
  }, fragment);
  await expect(
    cardAt(page.locator('#second'), utrecht.items[1]!.label.nl, initiatives[0]!.name.nl),
  ).toBeVisible();
  expect(await report()).toEqual({ violations: [], errors: [] });
});

test('drag highlights line up inside a host that transforms its content', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1800 });
  await page.goto(`${servers.host.origin}/hosts/wc.html`);
  // Once it is ready the pointer moves, as a person's does: the board's code loads at the first
  // sign of use.
  await expect(page.locator('kompas-verkenner:not([data-ready])')).toHaveCount(0);
  await page.mouse.move(5, 5);
  const el = page.locator('kompas-verkenner');
  const name = initiatives[0]!.name.nl;
  const source = el.getByRole('button', { name: new RegExp(`^${name}`) });
  await expect(source).toBeVisible();
  // A transformed ancestor becomes the reference of fixed boxes; the page is scrolled too.
  await page.evaluate(() => {
    document.body.style.margin = '40px';
    document.body.style.transform = 'translate(0, 0)';
    window.scrollBy({ top: 100, behavior: 'instant' });
  });
  const target = el.locator('.scale ol button').first();
  const band = (await target.locator('xpath=..').boundingBox())!;
  const from = (await source.boundingBox())!;
  await pressAndMove(page, from, band.x + 10, band.y + band.height / 2, 8);
  await expect.poll(() => shownHighlights(page, el)).toContainEqual(rounded(band));
  await page.mouse.up();
  await expect(el.getByRole('status')).toContainText(`${name} → ${utrecht.items[0]!.label.nl}`);
});

test('several elements on one page: each with an id keeps its own board; a second without one says it is view-only', async ({
  page,
}) => {
  const report = await watchViolations(page);
  await page.goto(`${servers.host.origin}/hosts/wc-two.html`);
  // Once it is ready the pointer moves, as a person's does: the board's code loads at the first
  // sign of use.
  await expect(page.locator('kompas-verkenner:not([data-ready])')).toHaveCount(0);
  await page.mouse.move(5, 5);
  const a = page.locator('kompas-verkenner#groep-a');
  const b = page.locator('kompas-verkenner#groep-b');
  const form = (i: number) => utrecht.items[i]!.label.nl;
  const name = (i: number) => initiatives[i]!.name.nl;
  /** Places card i at form f through its menu, inside one element. */
  async function place(el: typeof a, i: number, f: number) {
    await el.scrollIntoViewIfNeeded();
    await el.locator('.scale').hover();
    await page.keyboard.press('Shift');
    await el
      .getByRole('button', { name: new RegExp(`^${name(i)}`) })
      .first()
      .click();
    await el.getByRole('menuitem', { name: form(f) }).click();
    await expect(cardAt(el, form(f), name(i))).toBeVisible();
  }
  await place(a, 0, 0);
  await place(b, 1, 4);
  await page.reload();
  // A key shows a board that is not yet in view: press it once both elements answer to input.
  await expect(a).toHaveAttribute('data-ready', '');
  await expect(b).toHaveAttribute('data-ready', '');
  await page.keyboard.press('Shift');
  await expect(cardAt(a, form(0), name(0))).toBeVisible();
  await expect(cardAt(b, form(4), name(1))).toBeVisible();
  await expect(a.locator(`.scale [data-card]`)).toHaveCount(1);
  await expect(b.locator(`.scale [data-card]`)).toHaveCount(1);
  // Without ids the first is editable; the second shares its storage, so it says it is view-only.
  const plain = page.locator('kompas-verkenner:not([id])');
  await expect(plain.nth(0).getByRole('note')).toHaveCount(0);
  await expect(plain.nth(1).getByRole('note')).toContainText('alleen te bekijken');
  // No "Bewerk een kopie" there: its copy would share the first element's storage too.
  await expect(plain.nth(1).getByRole('button', { name: 'Bewerk een kopie' })).toHaveCount(0);
  expect(await report()).toEqual({ violations: [], errors: [] });
});
