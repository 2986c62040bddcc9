// One board open in two tabs: each saves its whole board on every change, so a change in one tab
// is shown in the other at once, and neither tab's next change overwrites the other's.
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
  await expect(b.getByRole('alert')).toContainText('in een ander tabblad of venster gewijzigd');
  await expect(cardAt(b, form(0), names[0]!)).toBeVisible();

  await place(b, names[1]!, form(2));
  await expect(cardAt(a, form(2), names[1]!)).toBeVisible();
  await expect(cardAt(a, form(0), names[0]!)).toBeVisible();

  // What is saved holds both.
  await open(a);
  await expect(cardAt(a, form(0), names[0]!)).toBeVisible();
  await expect(cardAt(a, form(2), names[1]!)).toBeVisible();
});
