import { expect, test } from '@playwright/test';
import { countStatuses } from '../../src/lib/content/provenance';
import type { Framework } from '../../src/lib/content/schema';
import { expectNoAxeViolations, loadJson, openApp, openPile } from './helpers';

// The data files as the validated model (every optional key present in these files).
const utrecht = await loadJson<Framework>('data/frameworks/utrecht.json');
const peel = await loadJson<Framework>('data/frameworks/peel-en-maas.json');

test('shows the 7 Utrecht forms in data order and the 4 Peel en Maas types, with the hard line', async ({
  page,
}) => {
  await openApp(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  const forms = page.getByRole('list', { name: utrecht.name.nl }).getByRole('button');
  await expect(forms).toHaveCount(7);
  for (const [i, item] of utrecht.items.entries()) {
    await expect(forms.nth(i)).toHaveAccessibleName(new RegExp(`^${item.label.nl}`));
  }
  const types = page.getByRole('list', { name: peel.name.nl }).getByRole('button');
  await expect(types).toHaveCount(4);
  for (const [i, item] of peel.items.entries()) {
    await expect(types.nth(i)).toHaveAccessibleName(
      new RegExp(`^${item.label.nl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  }
  // Only types 2 and 3 say "samenwerking"; 5 of the 7 forms do.
  // (By accessible name: the text drawn with soft hyphens is a second, hidden copy.)
  const collaborating = /(?<!geen )\bsamenwerking\b/;
  await expect(
    page.getByRole('list', { name: peel.name.nl }).getByRole('button', { name: collaborating }),
  ).toHaveCount(2);
  await expect(
    page.getByRole('list', { name: utrecht.name.nl }).getByRole('button', { name: collaborating }),
  ).toHaveCount(5);
  await expect(page.getByText('Eigendomsgrens', { exact: true })).toBeVisible();
  await expect(page.getByText(/Geen tegenhanger in Peel en Maas/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hoe lees je dit?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bronnen', level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the hard line sits between types 2 and 3 and across the equal-collaboration form', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, '/');
  const line = await page.locator('.hardline').boundingBox();
  const t2 = await page
    .getByRole('button', { name: new RegExp(`^${peel.items[1]!.label.nl}`) })
    .boundingBox();
  const t3 = await page
    .getByRole('button', { name: new RegExp(`^${peel.items[2]!.label.nl}`) })
    .boundingBox();
  const form4 = await page
    .getByRole('button', { name: new RegExp(`^${utrecht.items[3]!.label.nl}`) })
    .boundingBox();
  expect(line && t2 && t3 && form4).toBeTruthy();
  const x = line!.x + line!.width / 2;
  expect(Math.abs(x - (t2!.x + t2!.width))).toBeLessThan(6);
  expect(Math.abs(x - t3!.x)).toBeLessThan(6);
  expect(x).toBeGreaterThan(form4!.x + 10);
  expect(x).toBeLessThan(form4!.x + form4!.width - 10);
});

test('opens and closes the detail panel by keyboard alone', async ({ page }) => {
  await openApp(page, '/');
  const form = utrecht.items[0]!;
  const button = page.getByRole('button', { name: new RegExp(`^${form.label.nl}`) });
  await button.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: new RegExp(`Nummer \\d+ ${form.label.nl}`) });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(panel.getByText('wijkmagazine', { exact: false }).first()).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(button).toBeFocused();
  // Tab into the close button and use it.
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Sluiten' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('marks each text as stated, inferred or reconstructed, with quote, speaker or note', async ({
  page,
}) => {
  await openApp(page, '/');
  // A name a source states: the badge "bron" and the councillors' words.
  const sourced = utrecht.items.find((i) => i.id === 'overheidsmiddelen')!;
  const band = page.getByRole('button', { name: new RegExp(`^${sourced.label.nl}`) });
  await expect(band).toContainText('bron');
  await band.click();
  let panel = page.getByRole('region', { name: new RegExp(`Nummer \\d+ ${sourced.label.nl}`) });
  await expect(panel.getByText('bron').first()).toBeVisible();
  await expect(
    panel.getByText(/de raadsleden van EenUtrecht, Volt en CDA, in hun vragen/).first(),
  ).toBeVisible();
  await expect(panel.getByText(sourced.provenance.label.quote!.text).first()).toBeVisible();
  await page.keyboard.press('Escape');
  // A reconstruction: the badge and its note, a shared framework note included.
  const last = utrecht.items[6]!;
  await page.getByRole('button', { name: new RegExp(`^${last.label.nl}`) }).click();
  panel = page.getByRole('region', { name: new RegExp(`Nummer \\d+ ${last.label.nl}`) });
  await expect(panel.getByText('reconstructie').first()).toBeVisible();
  const note = last.provenance.label.note!.nl;
  await expect(panel.getByText(note).first()).toBeVisible();
  const shared = utrecht.notes.find((n) => n.id === last.examples[0]!.provenance.see)!;
  await expect(panel.getByText(shared.text.nl).first()).toBeVisible();
  await expectNoAxeViolations(page, '#detail-panel');
});

test('shows on the first screen how much of each model a source states', async ({ page }) => {
  await openApp(page, '/');
  const intro = page.getByRole('region', { name: 'Hoe lees je dit?' });
  for (const fw of [utrecht, peel]) {
    const c = countStatuses(fw);
    const total = c.stated + c.inferred + c.reconstructed;
    await expect(intro.getByText(`Van ${total} uitspraken:`)).toBeVisible();
    await expect(intro.getByText(`${c.stated} uit een bron`).first()).toBeVisible();
    const fold = intro.getByText(`Wat de bronnen zeggen over ${fw.short.nl}`);
    await fold.click();
    await expect(intro.getByText(fw.description[0]!.text.nl)).toBeVisible();
  }
  // Peel en Maas's explanation quotes what the college said it stopped.
  await expect(intro.getByText(/stopte Peel en Maas met het financieren/).first()).toBeVisible();
});

test('switches language to English and back, also via ?lang=en', async ({ page }) => {
  await openApp(page, '/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'How to read this' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: utrecht.name.en }).getByRole('button').first(),
  ).toHaveAccessibleName(new RegExp(`^${utrecht.items[0]!.label.en}`));
  await expect(page).toHaveURL(/lang=en/);
  await page.getByRole('button', { name: utrecht.items[3]!.label.en }).first().click();
  await expectNoAxeViolations(page);
  await openApp(page, '/?lang=en');
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { name: 'Bronnen', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

for (const width of [360, 1920]) {
  test(`has no horizontal scroll at ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 1080 });
    await openApp(page, '/');
    await page.getByRole('button', { name: new RegExp(`^${utrecht.items[3]!.label.nl}`) }).click();
    // The whole page counts, the board (which renders as it comes into view) included.
    await page.getByRole('heading', { name: 'Bronnen', level: 2 }).scrollIntoViewIfNeeded();
    // The pile too (a folded sheet on a phone): unfolded, its cards count.
    await openPile(page);
    await expect(page.locator('.deck [data-card]').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Every band stays at least 44 px tall and wide enough to read.
    const bands = page
      .getByRole('list', { name: utrecht.name.nl })
      .or(page.getByRole('list', { name: peel.name.nl }));
    for (const button of await bands.getByRole('button').all()) {
      const box = await button.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(100);
      // No text is cut off inside a band.
      const clipped = await button.evaluate((el) => el.scrollHeight - el.clientHeight);
      expect(clipped, await button.innerText()).toBeLessThanOrEqual(1);
    }
    await expectNoAxeViolations(page);
  });
}
