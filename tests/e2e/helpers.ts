import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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
  return response;
}
