// The iframe embed on a host page of another origin, both under a strict CSP: the host script
// sizes the frame to its content and follows it as it grows, resizes only the frame that spoke,
// ignores messages from elsewhere, and the embedded page passes axe.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, toolbar } from './helpers';
import { serveAppAndHost } from './support/csp-server';
import { watchViolations } from './support/violations';

const servers = serveAppAndHost();

const frameHeight = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((el) => el.clientHeight);
const contentHeight = (page: Page) =>
  page
    .frameLocator('#kv')
    .locator('html')
    .evaluate((el) =>
      Math.ceil(Math.max(el.getBoundingClientRect().height, document.body.scrollHeight)),
    );

test('the iframe takes its content height and grows with a detail panel', async ({ page }) => {
  const report = await watchViolations(page);
  // Hydrated, the prerendered explorer stays (a fresh render would replace it); the sources fold
  // behind one button in an embed.
  await page.addInitScript(() => {
    const w = window as unknown as { removed: number };
    w.removed = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.removedNodes)
          if (
            n instanceof HTMLElement &&
            (n.matches('div.explorer') || n.querySelector('div.explorer'))
          )
            w.removed++;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${servers.host.origin}/hosts/iframe.html`);
  const frame = page.frameLocator('#kv');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Kompasverkenner');
  // Embedded (hydrated from the full page): no page header, language switch or footer.
  await expect(frame.locator('header.top')).toHaveCount(0);
  await expect(frame.locator('footer')).toHaveCount(0);
  // The board (its toolbar above the scale, its cards on it) renders as the scale comes into
  // view, and the frame grows with it.
  await frame.locator('html[data-ready]').waitFor({ state: 'attached' });
  await frame.getByRole('region', { name: 'Schaal van zeggenschap' }).scrollIntoViewIfNeeded();
  await expect(toolbar(frame)).toBeVisible();
  await expect.poll(() => frameHeight(page, 'kv')).toBeGreaterThan(600);
  await expect
    .poll(async () => Math.abs((await frameHeight(page, 'kv')) - (await contentHeight(page))))
    .toBeLessThanOrEqual(1);
  const embedded = (await (await page.locator('#kv').elementHandle())!.contentFrame())!;
  expect(await embedded.evaluate(() => (window as unknown as { removed: number }).removed)).toBe(0);
  await expect(frame.getByRole('button', { name: /^Bronnen \(\d+\)$/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(frame.locator('section.sources')).toHaveCount(0);
  // The whole embed is visible: the frame does not scroll.
  const before = await frameHeight(page, 'kv');
  await frame.locator('.scale ol button').first().click();
  await expect(frame.locator('#detail-panel')).toBeVisible();
  await expect.poll(() => frameHeight(page, 'kv')).toBeGreaterThan(before + 100);
  await expect
    .poll(async () => Math.abs((await frameHeight(page, 'kv')) - (await contentHeight(page))))
    .toBeLessThanOrEqual(1);
  // The other frame has no data-kompasverkenner: its height stays as the host set it.
  expect(await frameHeight(page, 'other')).toBe(200);
  await expectNoAxeViolations(page);
  expect(await report()).toEqual({ violations: [], errors: [] });
});

test('messages that do not come from the frame are ignored', async ({ page }) => {
  await page.goto(`${servers.host.origin}/hosts/iframe.html`);
  // Settled: the board (rendered as the scale comes into view) is in, and the frame fits it.
  const frame = page.frameLocator('#kv');
  await frame.locator('html[data-ready]').waitFor({ state: 'attached' });
  await frame.getByRole('region', { name: 'Schaal van zeggenschap' }).scrollIntoViewIfNeeded();
  await expect(toolbar(frame)).toBeVisible();
  await expect
    .poll(async () => (await frameHeight(page, 'kv')) - (await contentHeight(page)))
    .toBe(0);
  const settled = await frameHeight(page, 'kv');
  // The host window itself (not the frame's window) posts both formats.
  await page.evaluate(() => {
    window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 123 }, '*');
    window.postMessage('pymxPYMxkompasverkennerxPYMxheightxPYMx123', '*');
    window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 'tall' }, '*');
  });
  await page.waitForTimeout(300);
  expect(await frameHeight(page, 'kv')).toBe(settled);
});

test('the embedded page posts AMP and Pym height messages with the Pym child id', async ({
  page,
}) => {
  await page.goto(`${servers.host.origin}/hosts/iframe.html`);
  await page.evaluate(() => {
    const got: unknown[] = [];
    (window as unknown as { got: unknown[] }).got = got;
    window.addEventListener('message', (e) => got.push(e.data));
    const f = document.getElementById('other') as HTMLIFrameElement;
    f.src = f.src.replace('lang=en', 'lang=en&childId=chart-1');
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { got: unknown[] }).got))
    .toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sentinel: 'amp',
          type: 'embed-size',
          height: expect.any(Number),
        }),
        expect.stringMatching(/^pymxPYMxchart-1xPYMxheightxPYMx\d+$/),
      ]),
    );
});
