import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/app/App.svelte';
import { save } from '../../../src/lib/board/autosave';
import { emptyBoard } from '../../../src/lib/board/types';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';
import { centre, locate } from '../../../src/lib/scale/scale';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const { content } = result;
const [utrecht, peel] = content.frameworks;
// One whose reference has a source of its own, so that list is checked too.
const ini = content.initiatives.find((i) =>
  i.reference.provenance.sources.some((s) => !i.sources.includes(s)),
)!;
const sourceOf = (id: string) => content.sources.find((s) => s.id === id)!;
// The dialog's code loads on first use; the first load in a run also transforms the module.
const LOAD = { timeout: 10_000 };
// A card's name begins with the initiative's; its visible text may carry soft hyphens.
const cardNamed = (name: string) =>
  screen.findByRole(
    'button',
    { name: (accessible) => accessible.replaceAll('\u00ad', '').startsWith(name) },
    LOAD,
  );

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods; these do what matters here.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  // Nor matchMedia, which the explorer asks: a wide screen (the pile of cards open beside the
  // scale), no other preference.
  window.matchMedia ??= (query: string) =>
    ({
      matches: query.includes('min-width'),
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }) as never;
});

async function openInfo(user: ReturnType<typeof userEvent.setup>, name: string, item: string) {
  await user.click(await cardNamed(name));
  await user.click(screen.getByRole('menuitem', { name: item }));
  return screen.findByRole('dialog', { name }, LOAD);
}

// Whole-app tests with typing and a lazy load: roomy on a busy machine.
describe('Over dit initiatief', { timeout: 20_000 }, () => {
  beforeEach(() => localStorage.clear());

  it('explains a content initiative from its card menu: text, place, sources, board, reference', async () => {
    const user = userEvent.setup();
    render(App, { props: { result } });
    let dialog = await openInfo(user, ini.name.nl, 'Over dit initiatief');
    let d = within(dialog);
    expect(d.getByRole('heading', { level: 2, name: ini.name.nl })).toBeInTheDocument();
    expect(d.getByText(ini.description.nl)).toBeInTheDocument();
    expect(d.getByText(ini.place)).toBeInTheDocument();
    expect(d.getByText('nog niet geplaatst')).toBeInTheDocument();
    const ids = [
      ...new Set([...ini.sources, ...ini.provenance.sources, ...ini.reference.provenance.sources]),
    ];
    const links = within(d.getByRole('list', { name: 'Bronnen' })).getAllByRole('link');
    expect(links).toHaveLength(ids.length);
    for (const id of ids) {
      const link = d.getByRole('link', {
        name: `${sourceOf(id).title} (opent in een nieuw tabblad)`,
      });
      expect(link).toHaveAttribute('href', sourceOf(id).url);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
    // Hidden until revealed: not the reason, not the reference form.
    expect(d.getByText('nog verborgen')).toBeInTheDocument();
    expect(d.queryByText(ini.reference.reason.nl)).toBeNull();

    await user.click(d.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const card = await cardNamed(ini.name.nl);
    await expect.poll(() => document.activeElement).toBe(card);

    // Placed at the first form, with its reference revealed.
    await user.click(card);
    await user.click(screen.getByRole('menuitem', { name: utrecht.items[0]!.label.nl }));
    await user.click(await cardNamed(ini.name.nl));
    await user.click(screen.getByRole('menuitem', { name: 'Toon referentie' }));
    dialog = await openInfo(user, ini.name.nl, 'Over dit initiatief');
    d = within(dialog);
    const at = locate(utrecht, peel, centre(utrecht.items[0]!));
    expect(
      d.getByText(`${utrecht.items[0]!.label.nl} · Peel en Maas: ${at.type.label.nl}`),
    ).toBeInTheDocument();
    expect(d.getByText(ini.reference.reason.nl)).toBeInTheDocument();
    expect(d.queryByText('nog verborgen')).toBeNull();
  });

  it("shows an own initiative's description and that it is the group's own", async () => {
    const user = userEvent.setup();
    render(App, { props: { result } });
    await user.type(await screen.findByLabelText('Naam', {}, LOAD), 'Moestuin <b>achter</b>');
    await user.type(
      screen.getByLabelText('Beschrijving (niet verplicht)'),
      'Samen <i>tuinieren</i>',
    );
    await user.click(screen.getByRole('button', { name: 'Toevoegen' }));
    const d = within(await openInfo(user, 'Moestuin <b>achter</b>', 'Over dit initiatief'));
    // User text stays text.
    expect(d.getByText('Samen <i>tuinieren</i>')).toBeInTheDocument();
    expect(d.getByText(/eigen initiatief van deze groep/)).toBeInTheDocument();
    expect(d.queryByRole('link')).toBeNull();
    expect(d.getByText('nog niet geplaatst')).toBeInTheDocument();
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    render(App, { props: { result, lang: 'en' } });
    const d = within(await openInfo(user, ini.name.en, 'About this initiative'));
    expect(d.getByText(ini.description.en)).toBeInTheDocument();
    expect(d.getByText('not placed yet')).toBeInTheDocument();
    expect(d.getByRole('list', { name: 'Sources' })).toBeInTheDocument();
    expect(d.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('opens straight from the card on a view-only board, the reference revealed', async () => {
    save(() => localStorage, {
      ...emptyBoard(),
      placements: { [ini.id]: ini.reference.position },
      revealed: [ini.id],
    });
    const user = userEvent.setup();
    render(App, { props: { result, mode: 'view' } });
    const card = await cardNamed(ini.name.nl);
    expect(card.tagName).toBe('BUTTON');
    await user.click(card);
    const d = within(await screen.findByRole('dialog', { name: ini.name.nl }, LOAD));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(d.getByText(ini.reference.reason.nl)).toBeInTheDocument();
    await user.click(d.getByRole('button', { name: 'Sluiten' }));
    await expect.poll(() => document.activeElement).toBe(card);
  });
});
