// "Waar past mijn initiatief?" in a real browser: from the first screen by mouse (with English), by
// keyboard alone, by touch on a phone, and per card from its menu; changing an answer moves the
// result; the card lands on the scale with its form and type and undo takes it back; axe inside.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './helpers';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const says = (text: string) => new RegExp(`^${esc(text)}\u200b?$`);
const intro = (page: Page) => page.getByRole('region', { name: /Hoe lees je dit\?|How to read/ });
const dialog = (page: Page) => page.getByRole('dialog');
const result = (page: Page) => dialog(page).getByRole('region', { name: /Hier past het|fits/ });

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('by mouse from the first screen: answers, a moving result, the card on the board, undo', async ({
    page,
  }) => {
    await openApp(page, '/');
    await intro(page).getByRole('button', { name: 'Waar past mijn initiatief?' }).click();
    await expect(dialog(page)).toBeVisible();
    await expect(result(page)).toContainText('Beantwoord de eerste twee vragen');
    await expect(dialog(page).getByRole('button', { name: 'Zet op het bord' })).toBeDisabled();
    await dialog(page).getByLabel('Naam van je initiatief').fill('Moestuin aan de Kanaalweg');
    const decides = dialog(page).getByRole('group', {
      name: 'Wie beslist over jullie initiatief?',
    });
    const owns = dialog(page).getByRole('group', { name: /Van wie is het resultaat/ });
    const pays = dialog(page).getByRole('group', { name: /Wie betaalt/ });
    await decides.getByRole('radio', { name: 'Wij, de inwoners, beslissen alles zelf' }).check();
    await owns.getByRole('radio', { name: 'Van ons, de inwoners of de gemeenschap' }).check();
    await expect(result(page)).toContainText('Utrechter aan zet · Peel en Maas: Type 4');
    // Change an answer: the position moves.
    await pays.getByRole('radio', { name: 'De gemeente betaalt het' }).check();
    await expect(result(page)).toContainText('Overheidsmiddelen · Peel en Maas: Type 3');
    // The contrast with Peel en Maas, where the college says it stopped financing what it does not own.
    await expect(result(page)).toContainText('Jullie zeggen dat de gemeente betaalt');
    // The short line at the dialog's foot says where it lands, for screen readers too.
    await expect(dialog(page).locator('[aria-live="polite"]')).toContainText(
      'Overheidsmiddelen · Peel en Maas: Type 3',
    );
    await expect(result(page).getByText('bron').first()).toBeVisible();
    await expect(
      result(page).getByRole('list', { name: 'Lijkt op' }).getByRole('listitem'),
    ).toHaveCount(3);
    // Joint ownership: no Peel en Maas counterpart, said so.
    await owns.getByRole('radio', { name: 'Van ons en de gemeente samen' }).check();
    await expect(result(page)).toContainText('Gelijkwaardig samenwerken');
    await expect(result(page)).toContainText(
      'In Peel en Maas bestaat gezamenlijk eigenaarschap niet',
    );
    await owns.getByRole('radio', { name: 'Van ons, de inwoners of de gemeenschap' }).check();
    await expectNoAxeViolations(page, 'dialog');
    await dialog(page).getByRole('button', { name: 'Zet op het bord' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole('status')).toHaveText(
      says(
        'Moestuin aan de Kanaalweg → Overheidsmiddelen · Peel en Maas: Type 3 · Gemeenschap met gemeente',
      ),
    );
    const placed = page.getByRole('list', { name: '1 kaart bij Overheidsmiddelen' });
    await expect(placed.getByRole('button', { name: /^Moestuin aan de Kanaalweg/ })).toBeFocused();
    // One undo takes back the whole step: the new card is neither on the scale nor in the pile.
    await page.getByRole('toolbar').getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(placed).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Moestuin aan de Kanaalweg/ })).toHaveCount(0);
  });

  test('refuses to place a new initiative without a name, with the error on the field', async ({
    page,
  }) => {
    await openApp(page, '/');
    await intro(page).getByRole('button', { name: 'Waar past mijn initiatief?' }).click();
    await dialog(page).getByRole('radio', { name: 'Alleen de gemeente' }).check();
    await dialog(page).getByRole('radio', { name: 'Van de gemeente' }).check();
    await expect(result(page)).toContainText('Gemeente aan zet · Peel en Maas: Type 1');
    await dialog(page).getByRole('button', { name: 'Zet op het bord' }).click();
    const name = dialog(page).getByLabel('Naam van je initiatief');
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog(page).getByRole('alert')).toBeVisible();
  });

  test('by keyboard alone, in English, for a card from its menu', async ({ page }) => {
    await openApp(page, '/?lang=en');
    await page.keyboard.press('Shift'); // renders the board at once
    const card = page.locator('.deck button.card').first();
    const name = await card
      .locator('.name')
      .first()
      .evaluate((el) => (el.querySelector('.visually-hidden') ?? el).textContent!.trim());
    await card.focus();
    await page.keyboard.press('Enter');
    const item = page.getByRole('menuitem', { name: 'Where does this fit? (questions)' });
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    await expect(
      dialog(page).getByRole('heading', { name: `Where does ${name} fit?` }),
    ).toBeVisible();
    // The first radio group: Tab reaches it, arrows choose.
    const first = dialog(page).getByRole('radio', {
      name: 'We, the residents, decide everything ourselves',
    });
    await first.focus();
    await page.keyboard.press('ArrowDown'); // "Mostly we do; …"
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // "Ours, the residents’ …"
    await expect(result(page)).toContainText('(overheidsparticipatie) · Peel en Maas: Type 3');
    await dialog(page).getByRole('button', { name: 'Put it here on the board' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeHidden();
    const placed = page.getByRole('list', { name: /^1 card at Government participation/ });
    await expect(placed.getByRole('button', { name: new RegExp(`^${esc(name)}`) })).toBeFocused();
  });
});

test.describe('on a phone (360×740, touch)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('by touch, from the own-initiative form', async ({ page }) => {
    await openApp(page, '/');
    await page.getByRole('button', { name: 'Stapel tonen' }).tap();
    const open = page.locator('.pile').getByRole('button', { name: 'Waar past mijn initiatief?' });
    await open.scrollIntoViewIfNeeded();
    await open.tap();
    await dialog(page).getByLabel('Naam van je initiatief').fill('Straatfeest');
    await dialog(page).getByRole('radio', { name: 'Wij, de inwoners, beslissen alles zelf' }).tap();
    await dialog(page).getByRole('radio', { name: 'Van ons, de inwoners of de gemeenschap' }).tap();
    await dialog(page).getByRole('radio', { name: 'Wij zelf, of anderen dan de gemeente' }).tap();
    await expect(result(page)).toContainText('Utrechter aan zet');
    // Nothing in the dialog is wider than the phone.
    const overflow = await dialog(page).evaluate((d) => d.scrollWidth - d.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'dialog');
    const place = dialog(page).getByRole('button', { name: 'Zet op het bord' });
    await place.scrollIntoViewIfNeeded();
    await place.tap();
    await expect(page.getByRole('status')).toHaveText(
      says('Straatfeest → Utrechter aan zet · Peel en Maas: Type 4 · Gemeenschap alleen'),
    );
  });
});
