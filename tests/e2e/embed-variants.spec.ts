// The three embeds a council page chooses from — Uitleg (explain), Bord (view) and Werkvorm (edit)
// — each pasted as the embed dialog writes it into a real host page on another origin, as an
// iframe (with embed.js) and as the web component, both under a strict CSP. Each works the same
// both ways; the host page's title, lang, <html> classes and address stay exactly as they were
// whatever happens inside; presentation mode enlarges the embed's type and nothing else; axe
// passes inside the frame and the component.
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { embedSnippet } from '../../src/lib/workshop/snippet';
import type { Mode } from '../../src/lib/controller/stage.svelte';
import {
  cardAt,
  type DataFramework,
  expectNoAxeViolations,
  loadJson,
  openPile,
  pile,
  placedAt,
  toolbar,
} from './helpers';
import { serveAppAndHost } from './support/csp-server';
import { watchViolations } from './support/violations';

const servers = serveAppAndHost();
const utrecht = await loadJson<DataFramework & { items: { interval: [number, number] }[] }>(
  'data/frameworks/utrecht.json',
);
const { initiatives } = await loadJson<{ initiatives: { id: string; name: { nl: string } }[] }>(
  'data/initiatives.json',
);
const { sources } = await loadJson<{ sources: unknown[] }>('data/sources.json');
const ids = initiatives.map((i) => i.id);
const middle = (i: number) => {
  const [a, b] = utrecht.items[i]!.interval;
  return (a + b) / 2;
};
/** Three cards on forms 1, 2 and 5 (Overheidsmiddelen, Overheidsparticipatie, Inspraak). */
const PLACED: [card: number, form: number][] = [
  [0, 1],
  [1, 2],
  [2, 5],
];
const board = Object.fromEntries(PLACED.map(([c, f]) => [ids[c]!, middle(f)]));

// The host page's body has an 8 px margin: the embed is 700 px wide.
const WIDTH = 700;
test.use({ viewport: { width: WIDTH + 16, height: 900 } });

type Kind = 'iframe' | 'component';
type Scope = FrameLocator | Locator;

async function fragmentFor(mode: 'view' | 'edit') {
  const { encodeLink } = await import('../../src/lib/codec/link');
  return encodeLink(
    { placements: board, own: [], revealed: [], revealAll: false },
    { knownIds: ids, mode },
  );
}

/** Everything of the host page an embed must leave alone. */
const hostState = (page: Page) =>
  page.evaluate(() => ({
    title: document.title,
    lang: document.documentElement.lang,
    classes: document.documentElement.className,
    href: location.href,
    history: history.length,
  }));

/**
 * Opens the council page and pastes the embed code the dialog writes for this mode: the iframe
 * (embed.js is in the page's head), or the element (its module is in the head).
 */
async function embed(page: Page, kind: Kind, mode: Mode, fragment = '') {
  await page.goto(`${servers.host.origin}/hosts/council.html`);
  const code = embedSnippet({
    origin: servers.app.origin,
    path: '/',
    lang: 'nl',
    mode,
    fragment,
    title: 'Kompasverkenner: wie heeft hoeveel zeggenschap?',
  });
  const before = await hostState(page);
  const element = code.webComponent.slice(code.webComponent.indexOf('<kompas-verkenner'));
  await page
    .locator('#slot')
    .evaluate((slot, html) => (slot.innerHTML = html), kind === 'iframe' ? code.iframe : element);
  const scope: Scope =
    kind === 'iframe' ? page.frameLocator('#slot iframe') : page.locator('kompas-verkenner');
  // A first load on a busy machine: the page, then the frame or the module and its content.
  await expect(scope.getByRole('list', { name: utrecht.name.nl, exact: true })).toBeVisible({
    timeout: 20_000,
  });
  // Ready for input, its saved board back: the frame's <html>, or the element, has data-ready.
  await (
    kind === 'iframe'
      ? (scope as FrameLocator).locator('html[data-ready]')
      : page.locator('kompas-verkenner[data-ready]')
  ).waitFor({ state: 'attached' });
  // A reader's pointer passes over it: the board's code loads at the first sign of use.
  await scope.getByRole('list', { name: utrecht.name.nl, exact: true }).hover();
  return { scope, before };
}

/** The embed's height on the host page; an iframe's once embed.js has sized it to its content. */
async function height(page: Page, kind: Kind) {
  if (kind === 'component')
    return page.locator('kompas-verkenner').evaluate((el) => el.getBoundingClientRect().height);
  const frame = page.locator('#slot iframe');
  const content = () =>
    page
      .frameLocator('#slot iframe')
      .locator('html')
      .evaluate((el) =>
        Math.ceil(Math.max(el.getBoundingClientRect().height, document.body.scrollHeight)),
      );
  await expect
    .poll(async () => Math.abs((await frame.evaluate((f) => f.clientHeight)) - (await content())))
    .toBeLessThanOrEqual(1);
  return frame.evaluate((f) => f.clientHeight);
}

/** The computed font size of the Utrecht model's heading inside the embed, in px. */
const headingSize = (scope: Scope) =>
  scope
    .getByRole('heading', { name: utrecht.name.nl, exact: true })
    .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));

const report = (name: string, value: number) => {
  test.info().annotations.push({ type: name, description: String(Math.round(value)) });
  console.log(`${name}: ${Math.round(value)}`);
};

/** With SHOTS=1, a picture of the embed as the host page shows it (to look at, not compared). */
async function shot(page: Page, kind: Kind, name: string) {
  if (!process.env.SHOTS) return;
  const target = page.locator(kind === 'iframe' ? '#slot iframe' : 'kompas-verkenner');
  await target.screenshot({ path: test.info().outputPath(`${name}-${kind}.png`) });
}

for (const kind of ['iframe', 'component'] as const) {
  test.describe(`as ${kind === 'iframe' ? 'an iframe with embed.js' : 'the web component'}`, () => {
    test('Uitleg: the two models and their difference, compact, sources behind one button', async ({
      page,
    }) => {
      const violations = await watchViolations(page);
      const { scope, before } = await embed(page, kind, 'explain');
      // Both models, the difference, and no board: no toolbar, pile or cards.
      await expect(scope.getByRole('list', { name: utrecht.name.nl, exact: true })).toBeVisible();
      await expect(scope.getByText(/^Gelijkwaardig samenwerken:/).first()).toBeVisible();
      await page.waitForTimeout(500);
      await expect(toolbar(scope)).toHaveCount(0);
      await expect(pile(scope)).toHaveCount(0);
      await expect(scope.locator('[data-card]')).toHaveCount(0);
      await expect(scope.getByText(/Een kaart die je plaatst/)).toHaveCount(0);
      const h = await height(page, kind);
      report(`Uitleg ${kind} height at ${WIDTH} px`, h);
      await shot(page, kind, 'uitleg');
      expect(h).toBeLessThanOrEqual(1600);
      // The sources are one button away, and the whole app one link away.
      const fold = scope.getByRole('button', { name: `Bronnen (${sources.length})` });
      await expect(fold).toHaveAttribute('aria-expanded', 'false');
      await expect(scope.getByRole('heading', { name: 'Bronnen', exact: true })).toHaveCount(0);
      await fold.click();
      await expect(fold).toHaveAttribute('aria-expanded', 'true');
      await expect(scope.getByRole('heading', { name: 'Bronnen', exact: true })).toBeVisible();
      const open = scope.getByRole('link', { name: /Open de Kompasverkenner/ });
      await expect(open).toHaveAttribute('href', `${servers.app.origin}/`);
      await expect(open).toHaveAttribute('target', '_blank');
      // A form's detail opens inside.
      await scope.locator('.scale ol button').first().click();
      await expect(scope.locator('#detail-panel')).toBeVisible();
      await expectNoAxeViolations(page);
      // The language switch changes the embed, not the page.
      await scope.getByRole('button', { name: 'English' }).click();
      await expect(scope.getByRole('list', { name: utrecht.name.en, exact: true })).toBeVisible();
      await expect(scope.getByRole('link', { name: /Open the Kompasverkenner/ })).toHaveAttribute(
        'href',
        `${servers.app.origin}/?lang=en`,
      );
      expect(await hostState(page)).toEqual(before);
      await expectNoAxeViolations(page);
      expect(await violations()).toEqual({ violations: [], errors: [] });
    });

    test('Bord: the given board, read-only, without placing instructions or unusable tools', async ({
      page,
    }) => {
      const violations = await watchViolations(page);
      const { scope, before } = await embed(page, kind, 'view', await fragmentFor('view'));
      for (const [card, form] of PLACED)
        await expect(
          cardAt(scope, utrecht.items[form]!.label.nl, initiatives[card]!.name.nl),
        ).toBeVisible();
      // No instructions, no pile, no empty lanes, no tools for changing or workshops.
      await expect(scope.locator('.scale [data-card]')).toHaveCount(PLACED.length);
      await expect(scope.getByText(/Kies een kaart|Een kaart die je plaatst/)).toHaveCount(0);
      await expect(scope.getByText(/Je kunt niets veranderen/)).toHaveCount(0);
      await expect(scope.getByText(/\(0 kaarten\)|0 kaarten bij/)).toHaveCount(0);
      await expect(pile(scope)).toHaveCount(0);
      for (const tool of [
        'Ongedaan maken',
        'Delen',
        'Bestand',
        'Exporteren',
        'Presentatie',
        'Meer',
      ])
        await expect(scope.getByRole('button', { name: tool, exact: true })).toHaveCount(0);
      report(`Bord ${kind} height at ${WIDTH} px`, await height(page, kind));
      await shot(page, kind, 'bord');
      // What a reader can do: the reference placements, a table, the board in the whole app.
      const reveal = scope.getByRole('button', { name: 'Referenties tonen' });
      await reveal.click();
      await expect(reveal).toHaveAttribute('aria-pressed', 'true');
      await scope.getByRole('button', { name: 'Tabelweergave' }).click();
      await expect(scope.getByRole('table')).toBeVisible();
      await expect(scope.getByRole('link', { name: /Open dit bord/ })).toHaveAttribute(
        'href',
        new RegExp(`^${servers.app.origin}/#b=1\\.`),
      );
      // Opened quietly: no "opened from a link" notice over the host page.
      await expect(scope.locator('[data-toast]')).toHaveCount(0);
      await expectNoAxeViolations(page);
      expect(await hostState(page)).toEqual(before);
      expect(await violations()).toEqual({ violations: [], errors: [] });
    });

    test('Werkvorm: place, present, share and switch language inside; the host page stays as it was', async ({
      page,
    }) => {
      const violations = await watchViolations(page);
      const { scope, before } = await embed(page, kind, 'edit');
      const bar = toolbar(scope);
      await expect(bar).toBeVisible();
      report(`Werkvorm ${kind} height at ${WIDTH} px, as it opens`, await height(page, kind));
      // The workshop tools, but no embedding from inside an embed.
      await bar.getByRole('button', { name: 'Delen', exact: true }).click();
      await expect(bar.getByRole('menuitem', { name: 'Insluiten…' })).toHaveCount(0);
      await page.keyboard.press('Escape');
      // Place a card through its menu.
      const name = initiatives[0]!.name.nl;
      const form = utrecht.items[1]!.label.nl;
      await pile(scope)
        .getByRole('button', { name: /^(?:Stapel tonen|Stapel verbergen)$/ })
        .click();
      await scope
        .getByRole('button', { name: new RegExp(`^${name}`) })
        .first()
        .click();
      await scope.getByRole('menuitem', { name: form }).click();
      await expect(cardAt(scope, form, name)).toBeVisible();
      await expect(placedAt(scope, form)).toBeVisible();
      report(
        `Werkvorm ${kind} height at ${WIDTH} px, a card placed, the pile open`,
        await height(page, kind),
      );
      await shot(page, kind, 'werkvorm');
      expect(await hostState(page)).toEqual(before);
      // Present: the embed's type grows; the host page's does not.
      const normal = await headingSize(scope);
      const hostText = () =>
        page.locator('#after').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      const hostBefore = await hostText();
      await bar.getByRole('button', { name: 'Presentatie', exact: true }).click();
      await expect(bar.getByRole('button', { name: 'Presentatie stoppen' })).toBeVisible();
      await expect.poll(() => headingSize(scope)).toBeGreaterThan(normal * 1.05);
      expect(await hostText()).toBe(hostBefore);
      expect((await hostState(page)).classes).toBe(before.classes);
      await bar.getByRole('button', { name: 'Presentatie stoppen' }).click();
      await expect.poll(() => headingSize(scope)).toBe(normal);
      // Share: the link points at the app, never at the host page.
      await bar.getByRole('button', { name: 'Delen', exact: true }).click();
      await bar.getByRole('menuitem', { name: 'Deellink en QR-code…' }).click();
      const link = scope.getByRole('textbox', { name: 'Deellink' });
      await expect(link).toHaveValue(new RegExp(`^${servers.app.origin}/#b=1\\.`));
      await expectNoAxeViolations(page);
      await scope.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
      // Switch language.
      await scope.getByRole('button', { name: 'English' }).click();
      await expect(scope.getByRole('list', { name: utrecht.name.en, exact: true })).toBeVisible();
      expect(await hostState(page)).toEqual(before);
      await expectNoAxeViolations(page);
      expect(await violations()).toEqual({ violations: [], errors: [] });
    });

    test('mode=present enlarges the embed’s own type, and only that', async ({ page }) => {
      const violations = await watchViolations(page);
      const normal = await headingSize((await embed(page, kind, 'edit')).scope);
      const { scope, before } = await embed(page, kind, 'present');
      const hostRoot = await page
        .locator('html')
        .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
      await expect.poll(() => headingSize(scope)).toBeGreaterThan(normal * 1.05);
      report(`Presentatie ${kind} height at ${WIDTH} px`, await height(page, kind));
      await shot(page, kind, 'presentatie');
      expect(await page.locator('html').getAttribute('class')).toBe('council-page');
      expect(hostRoot).toBe(16);
      expect(await hostState(page)).toEqual(before);
      await expectNoAxeViolations(page);
      expect(await violations()).toEqual({ violations: [], errors: [] });
    });
  });
}

test('in a 700 px column of a wide window, the component lays out as the 700 px iframe does', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const heights: Record<Kind, number> = { iframe: 0, component: 0 };
  for (const kind of ['iframe', 'component'] as const) {
    const { scope } = await embed(page, kind, 'explain');
    // The host page's own stylesheet would do this; a strict CSP allows the CSSOM.
    await page.locator('#slot').evaluate((slot) => (slot.style.width = '700px'));
    // The phone and column layout: the scale runs bottom to top, the text says so.
    await expect(scope.getByText(/Onderaan beslist en bezit de gemeente alles/)).toBeVisible();
    await expect(scope.getByText(/Links beslist en bezit de gemeente alles/)).toBeHidden();
    heights[kind] = await height(page, kind);
    await shot(page, kind, 'kolom');
  }
  expect(Math.abs(heights.iframe - heights.component)).toBeLessThanOrEqual(4);
});

test('the open pile of Werkvorm is as tall in the component as in the iframe', async ({ page }) => {
  const heights: Record<Kind, number> = { iframe: 0, component: 0 };
  for (const kind of ['iframe', 'component'] as const) {
    const { scope } = await embed(page, kind, 'edit');
    await openPile(scope);
    // A rule for embeds (a screen's height of its own) outranks the phone's sheet, in both.
    heights[kind] = (await pile(scope).boundingBox())!.height;
  }
  expect(heights.component).toBeGreaterThan(500);
  expect(Math.abs(heights.iframe - heights.component)).toBeLessThanOrEqual(2);
});
