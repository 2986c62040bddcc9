// The built app under a strict Content-Security-Policy (no inline script or style, no eval):
// the full page, the embed modes and the English page load, work, and violate nothing.
import { expect, test } from '@playwright/test';
import { serve, type Served } from './support/csp-server';
import { watchViolations } from './support/violations';
import { openApp, openPile } from './helpers';

let app: Served;
test.beforeAll(async () => {
  app = await serve();
});
test.afterAll(async () => {
  await app.close();
});

for (const path of ['/', '/?lang=en', '/?embed=1&mode=view', '/?embed=1&mode=present&lang=en']) {
  test(`no CSP violation or console error on ${path}`, async ({ page }) => {
    const report = await watchViolations(page);
    const response = await openApp(page, app.origin + path);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('h1')).toHaveCount(1);
    // Work with it: open a detail panel; where cards can be placed, place one through its menu.
    await page.locator('.scale ol button').first().click();
    await expect(page.locator('#detail-panel')).toBeVisible();
    if (!path.includes('mode=view')) {
      // A presentation below 1600 px starts with the pile folded.
      await openPile(page);
      await page.locator('[data-card]').first().click();
      await page.getByRole('menuitem').first().click();
      await expect(page.getByRole('status')).not.toBeEmpty();
    }
    expect(await report()).toEqual({ violations: [], errors: [] });
  });
}

test('the strict CSP really blocks inline script (the check can fail)', async ({ page }) => {
  const report = await watchViolations(page);
  await openApp(page, app.origin + '/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
  });
  await expect.poll(async () => (await report()).violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
});
