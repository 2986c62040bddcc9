import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  cardAt,
  expectNoAxeViolations,
  loadJson,
  type DataFramework,
  menuItem,
  openApp,
  openBoardFile,
  openPile,
  pile,
  placedAt,
  starts,
  toolbar,
} from './helpers';

const utrecht = await loadJson<DataFramework>('data/frameworks/utrecht.json');
const { initiatives } = await loadJson<{ initiatives: { id: string; name: { nl: string } }[] }>(
  'data/initiatives.json',
);
const form = (i: number) => utrecht.items[i]!.label.nl;
const names = initiatives.map((i) => i.name.nl);

async function place(page: Page, name: string, formIndex: number) {
  await page.getByRole('button', { name: starts(name) }).click();
  await page.getByRole('menuitem', { name: form(formIndex) }).click();
  await expect(cardAt(page, form(formIndex), name)).toBeVisible();
}

async function addOwn(page: Page, name: string) {
  await page.getByLabel('Naam').fill(name);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
}

async function shareLink(page: Page, viewOnly = false) {
  await menuItem(page, 'Delen', 'Deellink en QR-code…');
  const dialog = page.getByRole('dialog', { name: 'Bord delen' });
  await expect(dialog).toBeVisible();
  if (viewOnly) await dialog.getByLabel(/Alleen bekijken/).check();
  const field = dialog.getByLabel('Deellink', { exact: true });
  await expect(field).toHaveValue(/#b=1\./);
  if (viewOnly) await expect(field).toHaveValue(/#b=1\./);
  await expect(dialog.getByRole('img', { name: 'QR-code van de deellink' })).toBeVisible();
  await expectNoAxeViolations(page);
  const link = await field.inputValue();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  return link;
}

test('a share link restores the exact board in a fresh browser', async ({ page, browser }) => {
  await openApp(page, '/');
  await place(page, names[0]!, 1);
  await place(page, names[1]!, 5);
  await addOwn(page, 'Moestuin op het plein');
  await place(page, 'Moestuin op het plein', 3);
  const link = await shareLink(page);
  expect(link.length).toBeLessThan(1500);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(cardAt(other, form(1), names[0]!)).toBeVisible();
  await expect(cardAt(other, form(5), names[1]!)).toBeVisible();
  await expect(cardAt(other, form(3), 'Moestuin op het plein')).toBeVisible();
  await expect(other).not.toHaveURL(/#b=/);
  await fresh.close();
});

test('a view-only link cannot edit, and can become an editable copy', async ({ page, browser }) => {
  await openApp(page, '/');
  await place(page, names[2]!, 2);
  const link = await shareLink(page, true);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText('Je bekijkt een gedeeld bord.')).toBeVisible();
  // The card is on the scale, but it only explains itself: no "Plaats bij…" menu, no moving.
  const shared = cardAt(other, form(2), names[2]!);
  await expect(shared).toBeVisible();
  await expect(shared).toHaveAttribute('aria-haspopup', 'dialog');
  await expect(shared).not.toHaveAttribute('aria-describedby', 'card-help');
  await shared.click();
  const info = other.getByRole('dialog', { name: names[2]! });
  await expect(info).toBeVisible();
  await expect(info).toContainText(form(2));
  await expect(other.getByRole('menu')).toHaveCount(0);
  await expectNoAxeViolations(other);
  await other.keyboard.press('Escape');
  await expect(info).toBeHidden();
  await expect(shared).toBeFocused();
  await shared.press('ArrowLeft');
  await expect(other.getByRole('status')).not.toContainText('Enter om te plaatsen');
  await expect(shared).toBeVisible();
  await expect(other.getByRole('heading', { name: /^Stapel/ })).toHaveCount(0);
  await expect(other.getByRole('button', { name: /^Plaats hier/ })).toHaveCount(0);
  await expect(other.getByRole('button', { name: 'Ongedaan maken' })).toHaveCount(0);
  await expectNoAxeViolations(other);
  await other.getByRole('button', { name: 'Bewerk een kopie' }).click();
  await expect(cardAt(other, form(2), names[2]!)).toBeVisible();
  await expect(other.getByRole('heading', { name: /^Stapel/ })).toBeVisible();
  await fresh.close();
});

test('opening a link over different work asks first and never discards it', async ({
  page,
  browser,
}) => {
  await openApp(page, '/');
  await place(page, names[0]!, 0);
  const link = await shareLink(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await place(other, names[4]!, 6);
  await other.goto(link);
  const ask = other.getByRole('dialog', { name: 'Een ander bord openen?' });
  await expect(ask).toBeVisible();
  await expectNoAxeViolations(other);
  await ask.getByRole('button', { name: 'Houd mijn bord' }).click();
  await expect(cardAt(other, form(6), names[4]!)).toBeVisible();
  await expect(placedAt(other, form(0)).getByRole('button')).toHaveCount(0);

  await other.goto(link);
  await other
    .getByRole('dialog', { name: 'Een ander bord openen?' })
    .getByRole('button', { name: /Open het als kopie/ })
    .click();
  await expect(cardAt(other, form(0), names[0]!)).toBeVisible();
  await expect(other.getByText(/Je werkt in een kopie/)).toBeVisible();
  const saved = await other.evaluate(() => ({
    own: localStorage.getItem('kompasverkenner:board'),
    copies: Object.keys(localStorage).filter((k) => k.startsWith('kompasverkenner:copy:')).length,
  }));
  expect(saved.own).toContain(initiatives[4]!.id);
  expect(saved.copies).toBe(1);

  // The copy stays this tab's board across a reload…
  await other.reload();
  await expect(cardAt(other, form(0), names[0]!)).toBeVisible();
  await expect(other.getByText(/Je werkt in een kopie/)).toBeVisible();
  // …while another tab starts from one's own saved board, so the question comes back.
  const third = await fresh.newPage();
  await third.goto(link);
  await third
    .getByRole('dialog', { name: 'Een ander bord openen?' })
    .getByRole('button', { name: /Open het nieuwe bord/ })
    .click();
  await expect(cardAt(third, form(0), names[0]!)).toBeVisible();
  await toolbar(third).getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(cardAt(third, form(6), names[4]!)).toBeVisible();
  await fresh.close();
});

test('save a board file, open it by picker and by dropping it', async ({ page }) => {
  await openApp(page, '/');
  await place(page, names[0]!, 4);
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    menuItem(page, 'Bestand', 'Opslaan als bestand'),
  ]);
  expect(saved.suggestedFilename()).toBe('kompasverkenner-bord.json');
  const text = await readFile((await saved.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'kompasverkenner-board', version: 1 });

  await menuItem(page, 'Meer', 'Bord leegmaken');
  await expect(placedAt(page, form(4)).getByRole('button')).toHaveCount(0);
  await openBoardFile(page, {
    name: 'bord.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(cardAt(page, form(4), names[0]!)).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Geopend');

  await menuItem(page, 'Meer', 'Bord leegmaken');
  await page.evaluate((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'gesleept.json', { type: 'application/json' }));
    for (const type of ['dragover', 'drop']) {
      window.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }
  }, text);
  await expect(cardAt(page, form(4), names[0]!)).toBeVisible();
});

test('bad input is refused with a translated message and the board stays', async ({ page }) => {
  await openApp(page, '/');
  await place(page, names[1]!, 2);
  await openBoardFile(page, {
    name: 'notities.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('geen bord'),
  });
  await expect(page.getByRole('alert')).toContainText('kon niet worden geopend');
  await openBoardFile(page, {
    name: 'kapot.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"kompasverkenner-board","version":1,"board":{'),
  });
  await expect(page.getByRole('alert')).toContainText('beschadigd');
  await expect(cardAt(page, form(2), names[1]!)).toBeVisible();
  await openApp(page, '/#b=1.bm90LWEtYm9hcmQ');
  await expect(page.getByRole('alert')).toContainText('De link kon niet worden geopend');
  await expect(cardAt(page, form(2), names[1]!)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('CSV export has a BOM, Dutch separators and no runnable formula', async ({ page }) => {
  await openApp(page, '/');
  await place(page, names[0]!, 2);
  await addOwn(page, '=HYPERLINK("http://x")');
  await place(page, '=HYPERLINK("http://x")', 0);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    menuItem(page, 'Exporteren', 'CSV (spreadsheet)'),
  ]);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toBe(
    'Naam;Eigen positie (0–100);Utrechtse vorm;Peel en Maas-type;Referentievorm;Basis;Bron',
  );
  const row = lines.find((l) => l.startsWith(names[0]!))!;
  expect(row.split(';').slice(1, 4)).toEqual([
    '65',
    form(2),
    'Peel en Maas: Type 3 · Gemeenschap met gemeente',
  ]);
  expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  expect(lines).toHaveLength(1 + initiatives.length + 1);
});

test('presentation mode: chrome hidden, still editable, shortcuts overlay', async ({ page }) => {
  await openApp(page, '/');
  await page.getByRole('button', { name: 'Presentatie' }).click();
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.getByRole('heading', { name: 'Hoe lees je dit?' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Bronnen', level: 2 })).toBeHidden();
  // Below 1600 px the pile starts folded in a presentation: unfold it to take a card.
  await expect(pile(page).getByRole('button', { name: 'Stapel tonen' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await openPile(page);
  await place(page, names[3]!, 1);
  await toolbar(page).getByRole('button', { name: 'Referenties tonen' }).click();
  await expect(placedAt(page, form(1)).getByText('Referentie:')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('body').press('?');
  const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(help).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.locator('body').press('p');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
});

test('the embed dialog offers Uitleg, Bord and Werkvorm with a live preview, both codes alike', async ({
  page,
}) => {
  await openApp(page, '/');
  const open = async () => {
    await menuItem(page, 'Delen', 'Insluiten…');
    return page.getByRole('dialog', { name: 'Insluiten op een andere website' });
  };
  // An empty board starts at Uitleg, and Bord cannot be chosen.
  let dialog = await open();
  await expect(dialog.getByRole('radio', { name: /^Uitleg/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^Bord/ })).toBeDisabled();
  const code = dialog.getByLabel('Code voor een iframe (aanbevolen)');
  const wc = dialog.getByLabel('Code voor de webcomponent');
  await expect(code).toHaveValue(/embed=1&amp;mode=explain&amp;lang=nl"/);
  await expect(wc).toHaveValue(/<kompas-verkenner lang="nl" mode="explain"><\/kompas-verkenner>/);
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('button', { name: /^Bronnen \(\d+\)$/ })).toBeVisible();
  await expect(dialog.locator('iframe')).toHaveAttribute('src', /mode=explain&lang=nl&preview=1$/);
  await dialog.getByRole('button', { name: 'Sluiten' }).first().click();

  // With cards placed it starts at Bord, and both codes carry the board.
  await place(page, names[0]!, 1);
  dialog = await open();
  await expect(dialog.getByRole('radio', { name: /^Bord/ })).toBeChecked();
  await expect(code).toHaveValue(/embed=1&amp;mode=view&amp;lang=nl#b=1\./);
  await expect(code).toHaveValue(/title="Kompasverkenner: wie heeft hoeveel zeggenschap\?"/);
  await expect(code).toHaveValue(/<script src="[^"]+\/embed\.js" defer><\/script>/);
  const board = (await code.inputValue()).match(/#(b=1\.[^"]+)"/)![1];
  expect(await wc.inputValue()).toContain(`mode="view" board="#${board}"`);
  await expect(preview.getByRole('button', { name: starts(names[0]!) })).toBeVisible();

  // Werkvorm: with or without the board, as a presentation; the title is escaped.
  await dialog.getByRole('radio', { name: /^Werkvorm/ }).check();
  await dialog.getByLabel('Presentatie').check();
  await dialog.getByLabel('Dit bord meegeven').uncheck();
  await dialog.getByLabel('Titel voor schermlezers').fill('Zeggenschap "in" <Utrecht>');
  await expect(code).toHaveValue(/mode=present/);
  await expect(code).toHaveValue(/allow="fullscreen"/);
  await expect(code).not.toHaveValue(/#b=/);
  await expect(wc).toHaveValue(/mode="present"><\/kompas-verkenner>/);
  await expect(code).toHaveValue(/title="Zeggenschap &quot;in&quot; &lt;Utrecht&gt;"/);
  // The preview leaves this browser's board alone.
  await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
  await page.reload();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await expect(cardAt(page, utrecht.items[1]!.label.nl, names[0]!)).toBeVisible();
  await open();
  await expectNoAxeViolations(page);
});
