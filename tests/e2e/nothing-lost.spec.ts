// Issue 12, "Nothing lost": an embed snippet never points at another host, a cut-off share link
// says so, and own initiative names that show nothing or read backwards are refused.
import { expect, test, type Page } from '@playwright/test';
import {
  cardAt,
  expectNoAxeViolations,
  loadJson,
  menuItem,
  openApp,
  openBoardFile,
  starts,
  type DataFramework,
} from './helpers';

const utrecht = await loadJson<DataFramework>('data/frameworks/utrecht.json');
const { initiatives } = await loadJson<{ initiatives: { name: { nl: string; en: string } }[] }>(
  'data/initiatives.json',
);
const form = utrecht.items[1]!.label.nl;
const name = initiatives[0]!.name.nl;

async function place(page: Page) {
  await page.getByRole('button', { name: starts(name) }).click();
  await page.getByRole('menuitem', { name: form }).click();
  await expect(cardAt(page, form, name)).toBeVisible();
}

test('opened at //evil.example/, the embed snippet still points at this app', async ({
  page,
  baseURL,
}) => {
  // The preview server, like many static hosts, serves index.html for any path.
  await openApp(page, `${baseURL}//evil.example/`);
  expect(await page.evaluate(() => location.pathname)).toBe('//evil.example/');
  await menuItem(page, 'Delen', 'Insluiten…');
  const dialog = page.getByRole('dialog', { name: 'Insluiten op een andere website' });
  for (const label of ['Code voor een iframe (aanbevolen)', 'Code voor de webcomponent']) {
    const code = await dialog.getByLabel(label).inputValue();
    expect(code).not.toContain('evil.example');
    for (const [, src] of code.matchAll(/src="([^"]+)"/g))
      expect(new URL(src!.replaceAll('&amp;', '&')).origin).toBe(new URL(baseURL!).origin);
  }
  await expect(dialog.getByLabel('Code voor een iframe (aanbevolen)')).toHaveValue(
    new RegExp(`src="${baseURL}/\\?embed=1&amp;`),
  );
});

test('a share link cut off after b= says so, and the board stays as it was', async ({ page }) => {
  await openApp(page, '/');
  await place(page);
  await menuItem(page, 'Delen', 'Deellink en QR-code…');
  const share = page.getByRole('dialog', { name: 'Bord delen' });
  const link = await share.getByLabel('Deellink', { exact: true }).inputValue();
  const hash = new URL(link).hash;
  await share.getByRole('button', { name: 'Sluiten' }).click();

  for (const cut of [hash.slice(0, '#b='.length), hash.slice(0, -8)]) {
    await page.goto('about:blank');
    await openApp(page, `/${cut}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('De link kon niet worden geopend: hij is afgebroken');
    await expect(alert).toContainText('Kopieer de hele link opnieuw.');
    await expect(cardAt(page, form, name)).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await page.goto('about:blank');
  await openApp(page, '/?lang=en#b=');
  await expect(page.getByRole('alert')).toContainText(
    'The link could not be opened: it is cut off or damaged',
  );
  await expect(cardAt(page, utrecht.items[1]!.label.en, initiatives[0]!.name.en)).toBeVisible();
});

test('the own-initiative form refuses names that show nothing or read backwards', async ({
  page,
}) => {
  await openApp(page, '/');
  const field = page.getByLabel('Naam', { exact: true });
  const add = page.getByRole('button', { name: 'Toevoegen' });
  const error = page.getByRole('alert');

  await field.fill('\u200B\u200C\u200D\u2060\u00AD');
  await add.click();
  await expect(error).toHaveText(/^De naam bestaat alleen uit onzichtbare tekens\./);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/onzichtbare tekens/);
  await expectNoAxeViolations(page);

  // U+202E shows "Moestuin" as "niutseoM": the name loses it, and one more press adds it.
  await field.fill('\u202EMoestuin\u202C op het plein');
  await add.click();
  await expect(error).toHaveText(/leesrichting omdraaien\. Die zijn weggehaald/);
  await expect(field).toHaveValue('Moestuin op het plein');
  await add.click();
  await expect(error).toBeHidden();
  await expect(page.getByRole('button', { name: starts('Moestuin op het plein') })).toBeVisible();
});

test('a board file with such names opens with them repaired, and says so', async ({ page }) => {
  await openApp(page, '/');
  const board = {
    placements: {},
    own: [
      { id: 'own-a', name: '\u200B\u2060', description: '' },
      { id: 'own-b', name: '\u202Eniutseom', description: '' },
    ],
    revealed: [],
    revealAll: false,
  };
  await openBoardFile(page, {
    name: 'bord.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'kompasverkenner-board', version: 1, board })),
  });
  await expect(
    page.getByText(/1 naam bestond alleen uit onzichtbare tekens/).first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: starts('Naamloos initiatief 1') })).toBeVisible();
  await expect(page.getByRole('button', { name: starts('niutseom') })).toBeVisible();
  await expect(page.getByRole('button', { name: starts('\u202E') })).toHaveCount(0);
});
