import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/app/App.svelte';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const [utrecht, peel] = result.content.frameworks;
const first = result.content.initiatives[0]!;

describe('App (components through the roles a person uses)', () => {
  beforeEach(() => localStorage.clear());

  it('lists both models as named ordered lists, forms in data order', () => {
    render(App, { props: { result } });
    const forms = within(screen.getByRole('list', { name: utrecht.name.nl })).getAllByRole(
      'button',
    );
    expect(forms.map((b) => b.textContent?.trim().split(/\s{2,}|\n/)[0])).toEqual(
      utrecht.items.map((i) => expect.stringContaining(i.label.nl)),
    );
    expect(
      within(screen.getByRole('list', { name: peel.name.nl })).getAllByRole('button'),
    ).toHaveLength(4);
  });

  it('opens the detail panel of a form and closes it with Escape, focus back on the band', async () => {
    const user = userEvent.setup();
    render(App, { props: { result } });
    const band = screen.getByRole('button', { name: new RegExp(`^${utrecht.items[1]!.label.nl}`) });
    await user.click(band);
    // The detail panel loads on first use (a band preloads it on hover or focus).
    const panel = await screen.findByRole('region', {
      name: new RegExp(`Nummer 2 ${utrecht.items[1]!.label.nl}`),
    });
    for (const s of utrecht.items[1]!.description)
      expect(within(panel).getByText(s.text.nl)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Nummer 2/ })).toBeNull();
    expect(band).toHaveFocus();
  });

  it('places a card through its menu and announces the outcome', async () => {
    const user = userEvent.setup();
    render(App, { props: { result } });
    // The board's code loads at the first sign of use (here a pointer moving over the page); the
    // board area renders just after, in its own task.
    await user.pointer({ target: document.body });
    await user.click(await screen.findByRole('button', { name: new RegExp(`^${first.name.nl}`) }));
    await user.click(screen.getByRole('menuitem', { name: utrecht.items[0]!.label.nl }));
    expect(screen.getByRole('status')).toHaveTextContent(
      `${first.name.nl} → ${utrecht.items[0]!.label.nl} · Peel en Maas: Type 4 · Gemeenschap alleen`,
    );
    // The card lands on the scale itself: in the list of its form, inside the Utrecht model.
    const model = screen.getByRole('list', { name: utrecht.name.nl });
    const placed = within(model).getByRole('list', {
      name: `1 kaart bij ${utrecht.items[0]!.label.nl}`,
    });
    const card = within(placed).getByRole('button', { name: new RegExp(`^${first.name.nl}`) });
    expect(card).toHaveAccessibleName(`${first.name.nl} Type 4 · Gemeenschap alleen`);
    // And a visible confirmation offers undo.
    const toast = screen.getByRole('group', { name: 'Laatste wijziging' });
    await user.click(within(toast).getByRole('button', { name: 'Ongedaan maken' }));
    expect(screen.queryByRole('list', { name: /kaart bij/ })).toBeNull();
  });

  it('refuses an own initiative without a name, with the error tied to the field', async () => {
    const user = userEvent.setup();
    render(App, { props: { result } });
    await user.pointer({ target: document.body });
    await user.click(await screen.findByRole('button', { name: 'Toevoegen' }));
    const name = screen.getByLabelText('Naam');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Geef het initiatief een naam.');
  });

  it('renders in English with ?lang=en strings', () => {
    render(App, { props: { result, lang: 'en' } });
    expect(screen.getByRole('heading', { name: 'How to read this' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: utrecht.name.en })).toBeInTheDocument();
  });
});
