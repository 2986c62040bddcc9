import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { Board } from '../../../../src/lib/board/board.svelte';
import { emptyBoard } from '../../../../src/lib/board/types';
import { encodeFile } from '../../../../src/lib/codec/json';
import { encodeLink } from '../../../../src/lib/codec/link';
import { rawContent } from '../../../../src/lib/content/files';
import { validateContent } from '../../../../src/lib/validation/validate';
import { makeWorkbench } from '../../controller/make';
import { I18n } from '../../../../src/lib/i18n/i18n.svelte';
import Harness from '../Harness.svelte';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const content = result.content;
const ids = content.initiatives.map((i) => i.id);
const nameOf = (i: number) => content.initiatives[i]!.name.nl;

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods; these do what matters here.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function setup() {
  const board = new Board({ ...emptyBoard(), placements: { [ids[0]!]: 0.93, [ids[1]!]: 0.07 } });
  const i18n = new I18n('nl');
  const wb = makeWorkbench(content, i18n, board);
  render(Harness, { wb });
  return { i18n, user: userEvent.setup() };
}

const LOAD = { timeout: 10_000 };

/** The toolbar's Bestand menu, then its Vergelijken… item. */
async function openCompare(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Bestand' }));
  await user.click(screen.getByRole('menuitem', { name: 'Vergelijken…' }));
}

describe('CompareDialog', () => {
  it('opens from the toolbar menu, adds boards, and shows the plot and the table', async () => {
    const { user } = setup();
    await openCompare(user);
    // The dialog's code loads on first use, so it appears a moment after the click (the first
    // load in a test run also transforms the module: allow for a busy machine).
    const dialog = await screen.findByRole('dialog', { name: 'Borden vergelijken' }, LOAD);
    const d = within(dialog);
    expect(d.getByText('Voeg minstens één bord toe om te vergelijken.')).toBeInTheDocument();

    await user.click(d.getByRole('button', { name: 'Mijn huidige bord toevoegen' }));
    expect(d.getByRole('status')).toHaveTextContent('1 bord toegevoegd.');
    expect(d.getByRole('textbox', { name: 'Naam van bord 1' })).toHaveValue('Mijn bord');

    const link = await encodeLink(
      { ...emptyBoard(), placements: { [ids[0]!]: 0.93, [ids[1]!]: 0.65 } },
      { knownIds: ids, mode: 'edit' },
    );
    await user.type(d.getByRole('textbox', { name: 'Deellinks, één per regel' }), link);
    await user.click(d.getByRole('button', { name: 'Toevoegen' }));
    expect(await d.findByRole('textbox', { name: 'Naam van bord 2' })).toHaveValue('Bord 2');

    const json = encodeFile({ ...emptyBoard(), placements: { [ids[1]!]: 0.5 } });
    await user.upload(
      d.getByLabelText(/^Bestanden/),
      new File([json], 'groep-3.json', { type: 'application/json' }),
    );
    expect(await d.findByRole('textbox', { name: 'Naam van bord 3' })).toHaveValue('groep-3');

    const plot = d.getByRole('figure', { name: 'Spreiding per initiatief' });
    const rows = within(plot).getAllByRole('group');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveAccessibleName(nameOf(1));
    expect(
      within(rows[0]!).getByRole('img', {
        name: 'Bord 2: Overheidsparticipatie (65) · Peel en Maas: Type 3 · Gemeenschap met gemeente',
      }),
    ).toBeInTheDocument();
    expect(
      within(rows[0]!).getByRole('img', {
        name: 'Mediaan: Gelijkwaardig samenwerken (50) · Geen tegenhanger in Peel en Maas: op de eigendomsgrens',
      }),
    ).toBeInTheDocument();

    const table = d.getByRole('table', { name: /^Vergelijking per initiatief/ });
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      nameOf(1),
      nameOf(0),
    ]);
    expect(within(body[0]!).getAllByRole('cell')[4]).toHaveTextContent('58');
    // The median cell says there is no Peel en Maas counterpart across the ownership line.
    expect(within(body[0]!).getAllByRole('cell')[1]).toHaveTextContent(
      'Gelijkwaardig samenwerken (50) · Geen tegenhanger in Peel en Maas: op de eigendomsgrens',
    );
  });

  it('names every bad input, keeps the failed links to fix, and keeps the boards', async () => {
    const { user } = setup();
    await openCompare(user);
    const d = within(await screen.findByRole('dialog', {}, LOAD));
    await user.click(d.getByRole('button', { name: 'Mijn huidige bord toevoegen' }));
    const box = d.getByRole('textbox', { name: 'Deellinks, één per regel' });
    await user.type(box, 'garbage');
    await user.click(d.getByRole('button', { name: 'Toevoegen' }));
    expect(
      await d.findByText('Link 1 (garbage): het is geen bord van de Kompasverkenner.'),
    ).toBeInTheDocument();
    expect(box).toHaveValue('garbage');
    await user.upload(d.getByLabelText(/^Bestanden/), new File(['GIF89a'], 'foto.png'));
    expect(
      await d.findByText(
        /^Bestand “foto.png”: dit soort bestand kan de Kompasverkenner niet openen/,
      ),
    ).toBeInTheDocument();
    expect(d.getAllByRole('textbox', { name: /^Naam van bord/ })).toHaveLength(1);
  });

  it('removes a board, moving focus to the list heading, and follows the language', async () => {
    const { user, i18n } = setup();
    await openCompare(user);
    const d = within(await screen.findByRole('dialog', {}, LOAD));
    await user.click(d.getByRole('button', { name: 'Mijn huidige bord toevoegen' }));
    await user.click(d.getByRole('button', { name: 'Mijn huidige bord toevoegen' }));
    await user.click(d.getAllByRole('button', { name: 'Verwijderen Mijn bord' })[0]!);
    expect(d.getAllByRole('textbox', { name: /^Naam van bord/ })).toHaveLength(1);
    expect(d.getByRole('heading', { name: 'Geladen borden' })).toHaveFocus();

    i18n.lang = 'en';
    expect(await screen.findByRole('button', { name: 'File' })).toBeInTheDocument();
    expect(d.getByRole('heading', { name: 'Loaded boards' })).toBeInTheDocument();
    expect(d.getByRole('figure', { name: 'Spread per initiative' })).toBeInTheDocument();
  });
});
