// Issue 11: the scale is the board. Cards land on the scale itself, between Utrecht's forms and
// Peel en Maas's types; gelijkwaardig samenwerken has no type; pile and scale are on screen
// together (docked, or a bottom sheet on phones); a projector shows both models and a dozen cards;
// nothing inside the scale overflows its box or is crossed by the ownership line.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  esc,
  expectNoAxeViolations,
  menuItem,
  openApp,
  openPile,
  starts,
  toolbar,
} from './helpers';

const FORMS = [
  'Utrechter aan zet',
  'Overheidsmiddelen',
  'Overheidsparticipatie',
  'Gelijkwaardig samenwerken',
  'Burgerparticipatie',
  'Inspraak',
  'Gemeente aan zet',
];
const utrecht = (page: Page) =>
  page.getByRole('list', { name: /^(?:Kompas voor zeggenschap|Compass for having a say)/ });
const peel = (page: Page) =>
  page.getByRole('list', {
    name: /^(?:Van gemeente naar gemeenschap|From municipality to community)/,
  });
const pile = (page: Page) => page.getByRole('complementary', { name: /^(?:Stapel|Deck)\b/ });
const deckCards = (page: Page) => pile(page).locator('.deck').getByRole('button', { name: /./ });

/** A card's name as read: the plain text, not the hyphenated copy drawn on screen. */
const cardName = (card: Locator) =>
  card
    .locator('.name')
    .first()
    .evaluate((el) => (el.querySelector('.visually-hidden') ?? el).textContent!.trim());

/** The live region says text (it adds a zero-width space to repeat an identical message). */
const says = (text: string) => new RegExp(`^${esc(text)}\u200b?$`);

/** Places the first card of the pile at a form through its "Plaats bij…" menu. */
async function placeFirst(page: Page, form: string) {
  const card = pile(page).locator('.deck button.card').first();
  const name = await cardName(card);
  await card.click();
  await page.getByRole('menu').getByRole('menuitem', { name: form, exact: true }).click();
  return name;
}

/** Everything inside the scale that clips its text or runs out of its box. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.scale button, .scale .label, .scale .name, .scale li, .scale h3',
      ),
    ]
      .filter((e) => e.offsetParent !== null)
      .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
      .map((e) => e.textContent!.trim().slice(0, 30)),
  );

/** Text inside the scale that the ownership line is drawn over (the line is topmost there). */
const crossedByLine = (page: Page) =>
  page.evaluate(() => {
    const crossed: string[] = [];
    for (const line of document.querySelectorAll<HTMLElement>('.scale .hardline')) {
      const r = line.getBoundingClientRect();
      const walker = document.createTreeWalker(
        document.querySelector('.scale')!,
        NodeFilter.SHOW_TEXT,
      );
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.trim() || line.contains(n)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const t of range.getClientRects()) {
          const overlaps =
            t.left < r.right && t.right > r.left && t.top < r.bottom && t.bottom > r.top;
          if (!overlaps) continue;
          const x = Math.min(Math.max(r.left + r.width / 2, t.left + 1), t.right - 1);
          const y = t.top + t.height / 2;
          if (y < 0 || y > innerHeight) continue;
          const top = document.elementFromPoint(x, y);
          if (top && line.contains(top)) crossed.push(n.textContent!.trim().slice(0, 30));
        }
      }
    }
    return crossed;
  });

test.describe('on a laptop (1280×800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a placed card sits between its Utrecht form and its Peel en Maas type, named', async ({
    page,
  }) => {
    await openApp(page, '/');
    await page.keyboard.press('Shift'); // renders the board at once
    const name = await placeFirst(page, 'Overheidsparticipatie');
    await expect(page.getByRole('status')).toHaveText(
      says(`${name} → Overheidsparticipatie · Peel en Maas: Type 3 · Gemeenschap met gemeente`),
    );
    // On the scale itself, inside the Utrecht model, in the list of its form.
    const placed = utrecht(page).getByRole('list', { name: '1 kaart bij Overheidsparticipatie' });
    const card = placed.getByRole('button', { name: starts(name) });
    await expect(card).toHaveAccessibleName(`${name} Type 3 · Gemeenschap met gemeente`);
    // One glance: under its form's band, above its type's band, in the same column.
    const band = (await utrecht(page)
      .getByRole('button', { name: starts('Overheidsparticipatie') })
      .boundingBox())!;
    const type = (await peel(page)
      .getByRole('button', { name: starts('Type 3') })
      .boundingBox())!;
    const box = (await card.boundingBox())!;
    expect(box.y).toBeGreaterThan(band.y + band.height - 1);
    expect(box.y + box.height).toBeLessThan(type.y);
    expect(box.x).toBeGreaterThanOrEqual(band.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(band.x + band.width + 1);
    expect(box.x).toBeGreaterThanOrEqual(type.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(type.x + type.width + 1);
    // The pile is docked beside the scale, both in view.
    await expect(pile(page)).toBeInViewport();
    await expect(utrecht(page)).toBeInViewport();
    expect((await pile(page).boundingBox())!.x).toBeGreaterThan(band.x + band.width);
    // A visible confirmation with undo, not only for screen readers.
    const toast = page.getByRole('group', { name: 'Laatste wijziging' });
    await expect(toast).toContainText(`${name} → Overheidsparticipatie`);
    // The toast hides after a while (undo stays in the toolbar): use it first, then run axe.
    await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(placed).toHaveCount(0);
    await expect(deckCards(page).filter({ hasText: name })).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('gelijkwaardig samenwerken has no Peel en Maas type: card, live region and table say so', async ({
    page,
  }) => {
    await openApp(page, '/');
    await page.keyboard.press('Shift');
    const name = await placeFirst(page, 'Gelijkwaardig samenwerken');
    await expect(page.getByRole('status')).toHaveText(
      says(
        `${name} → Gelijkwaardig samenwerken · Geen tegenhanger in Peel en Maas: op de eigendomsgrens`,
      ),
    );
    const card = utrecht(page).getByRole('button', { name: starts(name) });
    await expect(card).toHaveAccessibleName(`${name} Geen tegenhanger in Peel en Maas`);
    await expect(card).not.toContainText('Type');
    await menuItem(page, 'Meer', 'Tabelweergave');
    const row = page.getByRole('row', { name: starts(name) });
    await expect(row).toContainText('Geen tegenhanger in Peel en Maas: op de eigendomsgrens');
    await expectNoAxeViolations(page);
  });

  test('a calm toolbar: at most 8 controls; clearing shows a notice that undoes it', async ({
    page,
  }) => {
    await openApp(page, '/');
    await page.keyboard.press('Shift');
    await placeFirst(page, 'Inspraak');
    await placeFirst(page, 'Utrechter aan zet');
    const controls = toolbar(page).locator(':scope > * button:visible, :scope > button:visible');
    expect(await controls.count()).toBeLessThanOrEqual(8);
    await menuItem(page, 'Meer', 'Bord leegmaken');
    const toast = page.getByRole('group', { name: 'Laatste wijziging' });
    await expect(toast).toContainText('2 kaarten terug op de stapel');
    await expect(utrecht(page).getByRole('list', { name: /kaart/ })).toHaveCount(0);
    await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(utrecht(page).getByRole('list', { name: /kaart/ })).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  test('an initiative explains itself, one step from its card', async ({ page }) => {
    await openApp(page, '/');
    await page.keyboard.press('Shift');
    await pile(page)
      .getByRole('button', { name: starts('Dwarsverband') })
      .click();
    await page.getByRole('menuitem', { name: 'Over dit initiatief' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dwarsverband' });
    await expect(dialog).toContainText(/buurthuizen/i);
    await expect(dialog.getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a shared link opens with the board in view and a visible note', async ({
    page,
    browser,
  }) => {
    await openApp(page, '/');
    await page.keyboard.press('Shift');
    await placeFirst(page, 'Inspraak');
    await menuItem(page, 'Delen', 'Deellink en QR-code…');
    const link = await page.getByRole('textbox', { name: 'Deellink' }).inputValue();
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openApp(other, link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(other.getByRole('group', { name: 'Laatste wijziging' })).toContainText('Geopend');
    await expect(other.getByRole('list', { name: '1 kaart bij Inspraak' })).toBeInViewport();
    await other.close();
  });

  test('source links are at least 24×24 px', async ({ page }) => {
    await openApp(page, '/');
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.sources a')]
          .map((a) => a.getBoundingClientRect())
          .filter((r) => r.height < 24 || r.width < 24).length,
    );
    expect(small).toBe(0);
  });
});

test('in English at 1280: placed by tapping a form, the card and the toast name the outcome', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '/?lang=en');
  await page.keyboard.press('Shift');
  await openPile(page);
  const card = pile(page).locator('.deck button.card').first();
  const name = await cardName(card);
  await card.click(); // opens "Place at…" and picks the card up: a form can be tapped instead
  await expect(pile(page)).toContainText(`${name} picked up: tap a form on the scale`);
  await page.getByRole('button', { name: 'Place here: Working together as equals' }).click();
  const toast = page.getByRole('group', { name: 'Last change' });
  await expect(toast).toContainText(
    `${name} → Working together as equals · No counterpart in Peel en Maas: on the ownership line`,
  );
  const placed = utrecht(page).getByRole('list', { name: '1 card at Working together as equals' });
  await expect(placed.getByRole('button', { name: starts(name) })).toHaveAccessibleName(
    `${name} No counterpart in Peel en Maas`,
  );
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(placed).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test.describe('on a phone (360×740, touch)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('three cards placed by touch without scrolling the page: pile sheet and scale together', async ({
    page,
  }) => {
    await openApp(page, '/');
    // The intro follows the vertical layout.
    await expect(page.getByText(/Onderaan beslist en bezit de gemeente alles/)).toBeVisible();
    await expect(page.getByText(/Links beslist en bezit de gemeente alles/)).toBeHidden();
    await utrecht(page)
      .getByRole('button', { name: starts('Overheidsmiddelen') })
      .scrollIntoViewIfNeeded();
    await pile(page).getByRole('button', { name: 'Stapel tonen' }).tap();
    const scrolled = await page.evaluate(() => scrollY);
    const placed: string[] = [];
    for (let i = 0; i < 3; i++) {
      const card = pile(page).locator('.deck button.card').first();
      const name = await cardName(card);
      await card.tap();
      await expect(pile(page)).toContainText(`${name} opgepakt`);
      // Some form's "Plaats hier" is on screen and not under the sheet: tapping it places the card.
      const targets = page.getByRole('button', { name: /^Plaats hier: / });
      await expect(targets.first()).toBeVisible();
      const all = await targets.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const free = r.top >= 0 && r.bottom <= innerHeight && hit !== null && el.contains(hit);
          return { label: el.getAttribute('aria-label')!, top: r.top, bottom: r.bottom, free };
        }),
      );
      const visible = all.filter((t) => t.free).map((t) => t.label);
      expect(visible, JSON.stringify(all)).not.toEqual([]);
      const label = visible[i % visible.length]!;
      const form = label.replace('Plaats hier: ', '');
      await page.getByRole('button', { name: label, exact: true }).tap();
      await expect(page.getByRole('group', { name: 'Laatste wijziging' })).toContainText(
        `${name} → ${form}`,
      );
      // It lands where it was tapped: on screen, focused, without scrolling to find it.
      const landed = utrecht(page).getByRole('button', { name: starts(name) });
      await expect(landed).toBeFocused();
      await expect(landed).toBeInViewport();
      placed.push(form);
    }
    // The toast offers undo, and its buttons fit the phone's width.
    const toast = page.getByRole('group', { name: 'Laatste wijziging' });
    for (const b of await toast.getByRole('button').all())
      await expect(b).toBeInViewport({ ratio: 1 });
    // The page scrolled only as far as keeping each landed card in view.
    expect(Math.abs((await page.evaluate(() => scrollY)) - scrolled)).toBeLessThan(740);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await expectNoAxeViolations(page);
  });
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`presentation at ${width}×${height}: both models and 12 cards on one screen, names ≥ 24 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, '/?mode=present');
    // Twelve cards over the forms, as a workshop would place them.
    for (let i = 0; i < 12; i++) {
      await openPile(page);
      await placeFirst(page, FORMS[i % 7]!);
    }
    await pile(page).getByRole('button', { name: 'Stapel verbergen' }).click();
    await page
      .getByRole('group', { name: 'Laatste wijziging' })
      .getByRole('button', { name: 'Melding sluiten' })
      .click();
    await page.evaluate(() => window.scrollTo(0, 0));
    const cards = utrecht(page).locator('button.card');
    await expect(cards).toHaveCount(12);
    for (let i = 0; i < 12; i++) await expect(cards.nth(i)).toBeInViewport({ ratio: 1 });
    await expect(utrecht(page)).toBeInViewport({ ratio: 1 });
    await expect(peel(page)).toBeInViewport({ ratio: 1 });
    const sizes = await cards
      .locator('.name')
      .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    // What a facilitator needs, no more.
    expect(await toolbar(page).getByRole('button').count()).toBeLessThanOrEqual(5);
    await expectNoAxeViolations(page);
  });
}

for (const lang of ['nl', 'en'] as const) {
  for (const [width, query] of [
    [320, ''],
    [360, ''],
    [800, ''],
    [1100, ''],
    [1280, ''],
    [1920, 'mode=present'],
  ] as const) {
    test(`nothing inside the scale overflows or is crossed by the line: ${width} px, ${lang}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, `/?lang=${lang}${query ? `&${query}` : ''}`);
      await page.keyboard.press('Shift');
      // A card at every form, with the longest names, so lanes are as full as they get.
      await page.evaluate(() => localStorage.clear());
      for (const i of [0, 1, 2, 3, 4, 5, 6]) {
        await openPile(page);
        const card = pile(page).locator('.deck button.card').first();
        await card.click();
        await page.getByRole('menu').getByRole('menuitem').nth(i).click();
      }
      const close = page.locator('[data-toast] button').last();
      if (await close.isVisible()) await close.click();
      expect(await overflowing(page)).toEqual([]);
      await utrecht(page).scrollIntoViewIfNeeded();
      expect(await crossedByLine(page)).toEqual([]);
      await peel(page).scrollIntoViewIfNeeded();
      expect(await crossedByLine(page)).toEqual([]);
    });
  }
}
