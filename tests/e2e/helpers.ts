import AxeBuilder from '@axe-core/playwright';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Zero axe violations on the page as it is now. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

export async function loadJson<T>(path: string): Promise<T> {
  const { readFile } = await import('node:fs/promises');
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

export interface DataItem {
  id: string;
  number: number;
  label: { nl: string; en: string };
  collaboration: boolean;
  provenance: Record<string, { status: string; note?: { nl: string; en: string } }>;
}
export interface DataFramework {
  name: { nl: string; en: string };
  items: DataItem[];
}

/**
 * Opens a page of the app and waits until it answers to input: boot.js starts the app after the
 * prerendered page has painted, so a click right after the load event could land before it.
 */
export async function openApp(page: Page, url: string) {
  const response = await page.goto(url);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  // As a person arrives: the pointer moves. The board's code loads at the first sign of use
  // (Explorer.svelte); a test that must see the page without it goes to the URL itself.
  await page.mouse.move(5, 5);
  return response;
}

type Scope = Page | FrameLocator | Locator;

/** The board's one toolbar, in a page, a frame or a web component's host. */
export const toolbar = (scope: Scope) => scope.getByRole('toolbar');

/** Opens a toolbar menu by its button's name and chooses an item (a menuitem or a checkbox). */
export async function menuItem(scope: Scope, menu: string, item: string) {
  const bar = toolbar(scope);
  await bar.getByRole('button', { name: menu, exact: true }).click();
  const list = bar.getByRole('menu', { name: menu });
  await list
    .getByRole('menuitem', { name: item, exact: true })
    .or(list.getByRole('menuitemcheckbox', { name: item, exact: true }))
    .click();
}

/** Opens a board file through Bestand ▾ Bestand openen… and the browser's file picker. */
export async function openBoardFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent('filechooser');
  await menuItem(page, 'Bestand', 'Bestand openen…');
  await (await chooser).setFiles(file);
}

/** A string as a literal part of a regular expression. */
export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches names that start with s (cards, bands and lanes say more after their name). */
export const starts = (s: string) => new RegExp(`^${esc(s)}`);

/**
 * The cards placed at one Utrecht form: the list in that form's item on the scale, named
 * "1 kaart bij Inspraak" or "3 kaarten bij Inspraak" ("1 card at …" in English).
 */
export const placedAt = (scope: Scope, form: string) =>
  scope.getByRole('list', {
    name: new RegExp(`^\\d+ (?:kaarten|kaart|cards|card) (?:bij|at) ${esc(form)}$`),
  });

/** A card placed at a form: its button in that form's list on the scale. */
export const cardAt = (scope: Scope, form: string, name: string) =>
  placedAt(scope, form).getByRole('button', { name: starts(name) });

/** The pile of unplaced cards: an aside named by its heading "Stapel (N kaarten)". */
export const pile = (scope: Scope) =>
  scope.getByRole('complementary', { name: /^(?:Stapel|Deck)\b/ });

/**
 * Unfolds the pile where it starts folded (a phone's bottom sheet, a presentation), so its cards
 * and its form can be used; waits for it to render first.
 */
export async function openPile(scope: Scope) {
  const toggle = pile(scope).getByRole('button', {
    name: /^(?:Stapel tonen|Stapel verbergen|Show deck|Hide deck)$/,
  });
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

type Box = { x: number; y: number; width: number; height: number };
/** A box as whole pixels [x, y, width, height], to compare boxes measured in different ways. */
export const rounded = (b: Box) => [b.x, b.y, b.width, b.height].map(Math.round);

/** Presses the mouse on a box's centre and moves it in steps to (x, y), without letting go. */
export async function pressAndMove(page: Page, from: Box, x: number, y: number, steps: number) {
  const [x0, y0] = [from.x + from.width / 2, from.y + from.height / 2];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++)
    await page.mouse.move(x0 + ((x - x0) * i) / steps, y0 + ((y - y0) * i) / steps);
}

/**
 * The drop highlights shown now, rounded, in the page or inside a web component (its host
 * element given).
 */
export const shownHighlights = (page: Page, host?: Locator) =>
  (host ?? page.locator('html')).evaluate((el) =>
    [...(el.shadowRoot ?? document).querySelectorAll<HTMLElement>('.drop-highlight')]
      .filter((box) => getComputedStyle(box).opacity === '1')
      .map((box) => {
        const r = box.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height].map(Math.round);
      }),
  );
