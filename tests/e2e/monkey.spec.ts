// A monkey test: for a fixed time, random clicks on visible buttons and menu items, key presses
// and drags of cards onto the scale, from a seeded generator (replay a failure with its seed).
// Any page error or console error fails it. The monkey stays on the app: other origins are
// answered with 204 (the browser then stays where it was), new windows close, downloads are
// cancelled, file choosers left unanswered, print is a no-op and dialogs dismissed; a navigation
// to another page of the origin is undone.
//   MONKEY_SEED=123 MONKEY_MS=60000 npx playwright test tests/e2e/monkey.spec.ts
import { expect, test, type Page } from '@playwright/test';

const SEED = Number(process.env.MONKEY_SEED ?? Math.floor(Math.random() * 2 ** 32));
const MS = Number(process.env.MONKEY_MS ?? 20_000);

/** Mulberry32: a small seeded generator, uniform in [0, 1). */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLICKABLE =
  'button, [role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"], [role="tab"]';
const KEYS = [
  'Tab',
  'Tab',
  'Shift+Tab',
  'Enter',
  'Escape',
  'Space',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
];

/** Marks the n-th (of r ∈ [0, 1)) visible, enabled element matching `selector`; returns a name. */
const mark = (page: Page, selector: string, r: number) =>
  page.evaluate(
    ([selector, r]) => {
      // Not under something else (a menu, a dialog's backdrop), where it is in view; out of view,
      // the click scrolls to it first.
      const reachable = (el: Element) => {
        const r = el.getBoundingClientRect();
        const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return true;
        const top = document.elementFromPoint(x, y);
        return !!top && (el === top || el.contains(top));
      };
      for (const el of document.querySelectorAll('[data-monkey]'))
        el.removeAttribute('data-monkey');
      const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) =>
          !(el as HTMLButtonElement).disabled &&
          !el.closest('[inert]') &&
          el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
          el.getClientRects().length > 0 &&
          reachable(el),
      );
      if (shown.length === 0) return null;
      const el = shown[Math.floor(r * shown.length)]!;
      el.setAttribute('data-monkey', '');
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()} "${name.replace(/\u00ad/g, '').replace(/\s+/g, ' ')}"`;
    },
    [selector, r] as const,
  );

test('monkey: random clicks, keys and drags raise no error', async ({ page, context, baseURL }) => {
  test.setTimeout(MS + 60_000);
  const random = mulberry32(SEED);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const origin = new URL(baseURL!).origin;
  const errors: string[] = [];
  const trail: string[] = [];
  let actions = 0;
  let undone = 0;

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.fulfill({ status: 204 }),
  );
  context.on('page', (other) => {
    if (other !== page) void other.close();
  });
  page.on('download', (download) => void download.cancel());
  page.on('filechooser', () => {}); // a listener keeps the native chooser closed
  page.on('dialog', (dialog) => void dialog.dismiss());
  page.on('pageerror', (e) => errors.push(`pageerror after ${trail.at(-1)}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error after ${trail.at(-1)}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.print = () => {};
  });

  await page.goto('/');
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  const onApp = () => {
    const url = new URL(page.url());
    return url.origin === origin && url.pathname === '/';
  };

  const click = async () => {
    const name = await mark(page, CLICKABLE, random());
    if (!name) return 'click: nothing to click';
    // Scrolled into view, something may still cover it: then that is the monkey's bad luck.
    await page
      .locator('[data-monkey]')
      .click({ timeout: 500 })
      .catch(() => {});
    return `click ${name}`;
  };
  const key = async () => {
    const k = pick(KEYS);
    await page.keyboard.press(k);
    return `key ${k}`;
  };
  const drag = async () => {
    const card = await mark(page, '.deck button.card', random());
    if (!card) return 'drag: no card in the deck';
    const from = await page.locator('[data-monkey]').boundingBox();
    const band = await mark(page, '.scale .band', random());
    const to = band ? await page.locator('[data-monkey]').boundingBox() : null;
    if (!from || !to) return 'drag: out of sight';
    const [x0, y0] = [from.x + from.width / 2, from.y + from.height / 2];
    const [x1, y1] = [to.x + to.width * random(), to.y + to.height * random()];
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    const steps = 4 + Math.floor(random() * 8);
    for (let i = 1; i <= steps; i++)
      await page.mouse.move(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps);
    await page.mouse.up();
    return `drag ${card} onto ${band}`;
  };

  const end = Date.now() + MS;
  while (Date.now() < end) {
    const r = random();
    const action = r < 0.5 ? click : r < 0.9 ? key : drag;
    const t0 = Date.now();
    trail.push(await action());
    if (process.env.MONKEY_DEBUG) trail[trail.length - 1] += ` (${Date.now() - t0} ms)`;
    actions++;
    if (!onApp()) {
      trail.push(`undo: left for ${page.url()}`);
      undone++;
      await page.goto('/');
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    }
    if (errors.length > 0) break;
  }

  console.log(
    `monkey: ${actions} actions, seed ${SEED}, ${errors.length} errors` +
      (undone ? ` (${undone} navigations undone)` : ''),
  );
  if (process.env.MONKEY_DEBUG) console.log(trail.join('\n'));
  if (errors.length > 0) console.log(`last actions:\n  ${trail.slice(-15).join('\n  ')}`);
  expect(errors, `seed ${SEED} (MONKEY_SEED=${SEED} replays it)`).toEqual([]);
});
