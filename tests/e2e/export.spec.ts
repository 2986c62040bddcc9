// Board exports in a real browser: the SVG and PNG downloads (the PNG reopens the board), the
// PNG under a strict CSP, the print button, the A3 print layout (chrome hidden, horizontal scale even in a narrow window) and
// axe after exporting.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { extractBoardFromPng } from '../../src/lib/codec/png';
import {
  expectNoAxeViolations,
  loadJson,
  type DataFramework,
  menuItem,
  openApp,
  openPile,
  placedAt,
  starts,
} from './helpers';
import { serve } from './support/csp-server';
import { watchViolations } from './support/violations';

const utrecht = await loadJson<DataFramework>('data/frameworks/utrecht.json');
const { initiatives } = await loadJson<{ initiatives: { id: string; name: { nl: string } }[] }>(
  'data/initiatives.json',
);
const ids = initiatives.map((i) => i.id);
const form = (i: number) => utrecht.items[i]!.label.nl;
const [first, second] = initiatives as [(typeof initiatives)[0], (typeof initiatives)[0]];
const HOSTILE = '<img src=x onerror=alert(1)>';
const exports = (page: Page) => page.getByRole('button', { name: 'Exporteren', exact: true });

/** Two content cards and a hostile own initiative on the board, through the menus. */
async function placeCards(page: Page, origin = '') {
  await openApp(page, `${origin}/`);
  // In a narrow window the pile is a sheet that starts folded.
  await openPile(page);
  for (const [name, f] of [
    [first.name.nl, 0],
    [second.name.nl, 3],
  ] as const) {
    await page.getByRole('button', { name: starts(name) }).click();
    await page.getByRole('menuitem', { name: form(f) }).click();
  }
  await page.getByLabel('Naam').fill(HOSTILE);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByRole('button', { name: starts(HOSTILE) }).click();
  await page.getByRole('menuitem', { name: form(5) }).click();
  await expect(page.getByRole('status')).toContainText(`${HOSTILE} → ${form(5)}`);
}

test.beforeEach(async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened: something ran that should not');
  });
});

test('exports the board as SVG and as a PNG that reopens it; axe after', async ({ page }) => {
  await placeCards(page);

  const svgDownload = page.waitForEvent('download');
  await menuItem(page, 'Exporteren', "SVG (voor dia's)");
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe('kompasverkenner-bord.svg');
  const svg = await readFile(await svgFile.path(), 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain(first.name.nl);
  expect(svg).toContain(second.name.nl);
  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(svg).not.toContain('<img');
  await expect(page.getByRole('status')).toHaveText(
    /^Bord opgeslagen als kompasverkenner-bord\.svg/,
  );

  const pngDownload = page.waitForEvent('download');
  await menuItem(page, 'Exporteren', 'PNG (afbeelding, opent weer als bord)');
  const pngFile = await pngDownload;
  expect(pngFile.suggestedFilename()).toBe('kompasverkenner-bord.png');
  const saved = test.info().outputPath('board.png');
  await pngFile.saveAs(saved);
  const bytes = new Uint8Array(await readFile(saved));
  // 1920 px wide at scale 2.
  expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(16)).toBe(3840);
  const decoded = extractBoardFromPng(bytes, ids);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  expect(Object.keys(decoded.value.placements)).toEqual(
    expect.arrayContaining([first.id, second.id]),
  );
  expect(decoded.value.own.map((o) => o.name)).toEqual([HOSTILE]);
  await expect(page.getByRole('status')).toHaveText(
    /^Bord opgeslagen als kompasverkenner-bord\.png/,
  );

  await expectNoAxeViolations(page);
});

test('the print button prints', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await openApp(page, '/');
  await menuItem(page, 'Exporteren', 'Afdrukken (A3)');
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
});

test('prints an A3 poster: chrome hidden, scale horizontal even in a narrow window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  await placeCards(page);
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('toolbar', { name: 'Bord' })).toBeHidden();
  await expect(exports(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: /^Stapel/ })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Taal' })).toBeHidden();
  await expect(page.getByLabel('Naam')).toBeHidden();
  // The board is the scale: its cards are printed on it, at their forms.
  await expect(page.getByRole('region', { name: 'Schaal van zeggenschap' })).toBeVisible();
  await expect(placedAt(page, form(0))).toContainText(first.name.nl);
  await expect(placedAt(page, form(3))).toContainText(second.name.nl);
  await expect(placedAt(page, form(5))).toContainText(HOSTILE);
  await expect(page.getByRole('region', { name: 'Bronnen' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Kompas voor zeggenschap' })).toBeVisible();

  // Horizontal: the forms side by side in one row, gemeente on the left.
  const band = (i: number) =>
    page.getByRole('list', { name: 'Kompas voor zeggenschap' }).getByRole('listitem').nth(i);
  const [one, last] = [await band(0).boundingBox(), await band(6).boundingBox()];
  expect(one && last && Math.abs(one.y - last.y)).toBeLessThan(1);
  expect(one && last && one.x > last.x).toBe(true); // data order: residents' end first

  const pdf = await page.pdf({ format: 'A3', landscape: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  // One sheet: the poster with its legend and sources fits A3 landscape.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test('an embedded page prints the models without its language switch or sources button', async ({
  page,
}) => {
  await openApp(page, '/?embed=1&mode=explain');
  await expect(page.getByRole('group', { name: 'Taal' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Bronnen/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('group', { name: 'Taal' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Bronnen/ })).toBeHidden();
  await expect(page.getByRole('list', { name: 'Kompas voor zeggenschap' })).toBeVisible();
});

test('exports a PNG under a strict Content-Security-Policy without a violation', async ({
  page,
}) => {
  const app = await serve();
  try {
    const report = await watchViolations(page);
    await placeCards(page, app.origin);
    const download = page.waitForEvent('download');
    await menuItem(page, 'Exporteren', 'PNG (afbeelding, opent weer als bord)');
    expect((await download).suggestedFilename()).toBe('kompasverkenner-bord.png');
    await expect(page.getByRole('status')).toHaveText(/^Bord opgeslagen als/);
    expect(await report()).toEqual({ violations: [], errors: [] });
  } finally {
    await app.close();
  }
});
