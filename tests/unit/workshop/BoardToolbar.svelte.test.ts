import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Board } from '../../../src/lib/board/board.svelte';
import { emptyBoard } from '../../../src/lib/board/types';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';
import type { Mode } from '../../../src/lib/controller/stage.svelte';
import { makeWorkbench } from '../controller/make';
import { I18n } from '../../../src/lib/i18n/i18n.svelte';
import Harness from './Harness.svelte';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const content = result.content;
const first = content.initiatives[0]!.id;

beforeAll(() => {
  // jsdom has no matchMedia; presenting asks it whether the screen is projector-wide.
  window.matchMedia ??= (query: string) => ({ matches: false, media: query }) as MediaQueryList;
});

function setup(placements: Record<string, number> = {}, mode: Mode = 'edit') {
  const board = new Board({ ...emptyBoard(), placements });
  const wb = makeWorkbench(content, new I18n('nl'), board, mode);
  render(Harness, { wb });
  const toolbar = screen.getByRole('toolbar', { name: 'Bord' });
  // The top level: menu items stay hidden until their menu opens, so these are the controls.
  const controls = () =>
    within(toolbar)
      .getAllByRole('button')
      .map((b) => b.textContent?.trim());
  return { wb, toolbar, controls, user: userEvent.setup() };
}

describe('BoardToolbar', () => {
  it('has at most eight controls at the top level, the rare ones in menus', () => {
    const { controls } = setup();
    expect(controls()).toEqual([
      'Ongedaan maken',
      'Opnieuw',
      'Referenties tonen',
      'Delen▾',
      'Bestand▾',
      'Exporteren▾',
      'Presentatie',
      'Meer▾',
    ]);
    expect(screen.getByRole('button', { name: 'Delen' })).toHaveAttribute('aria-haspopup', 'menu');
    expect(screen.getByRole('button', { name: 'Referenties tonen' })).toHaveAttribute(
      'aria-keyshortcuts',
      'R',
    );
  });

  it('while presenting keeps what a facilitator needs, named to stop', async () => {
    const { wb, controls } = setup();
    wb.stage.setPresenting(true);
    await vi.waitFor(() =>
      expect(controls()).toEqual([
        'Ongedaan maken',
        'Opnieuw',
        'Referenties tonen',
        'Delen▾',
        'Presentatie stoppen',
      ]),
    );
  });

  it('a read-only board offers nothing that would change it', async () => {
    const { controls, user } = setup({ [first]: 0.5 }, 'view');
    expect(controls()).toEqual([
      'Referenties tonen',
      'Delen▾',
      'Bestand▾',
      'Exporteren▾',
      'Presentatie',
      'Meer▾',
    ]);
    await user.click(screen.getByRole('button', { name: 'Bestand' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent?.trim())).toEqual([
      'Vergelijken…',
    ]);
    await user.click(screen.getByRole('button', { name: 'Meer' }));
    expect(screen.queryByRole('menuitem', { name: 'Bord leegmaken' })).toBeNull();
    expect(screen.getByText(/Je bekijkt een gedeeld bord/)).toBeInTheDocument();
  });

  it('toggles the references and presentation, by button and by key', async () => {
    const { wb, user } = setup();
    const refs = screen.getByRole('button', { name: 'Referenties tonen' });
    await user.click(refs);
    expect(refs).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('r');
    expect(refs).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('p');
    expect(wb.stage.presenting).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Presentatie stoppen' }));
    expect(wb.stage.presenting).toBe(false);
  });

  it('Meer: the table view as a checkbox item, and clearing only when something is placed', async () => {
    const { wb, user } = setup();
    const more = screen.getByRole('button', { name: 'Meer' });
    await user.click(more);
    expect(screen.getByRole('menuitem', { name: 'Bord leegmaken' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Tabelweergave' }));
    expect(wb.stage.view).toBe('table');
    expect(more).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Tabelweergave' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    wb.place(first, 0.5);
    await user.keyboard('{End}{Enter}');
    expect(Object.keys(wb.board.placements)).toHaveLength(0);
    expect(wb.toast.shown?.message).toBeTruthy();
  });

  it('Exporteren lists the four exports; Bestand openen… opens the file picker', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Exporteren' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent?.trim())).toEqual([
      'PNG (afbeelding, opent weer als bord)',
      "SVG (voor dia's)",
      'CSV (spreadsheet)',
      'Afdrukken (A3)',
    ]);
    const picked = vi.spyOn(HTMLInputElement.prototype, 'click');
    await user.click(screen.getByRole('button', { name: 'Bestand' }));
    await user.click(screen.getByRole('menuitem', { name: 'Bestand openen…' }));
    expect(picked).toHaveBeenCalledOnce();
    expect(picked.mock.contexts[0]).toHaveAttribute('type', 'file');
    picked.mockRestore();
  });

  it('arrow keys move between the top-level controls, skipping disabled ones', async () => {
    const { user } = setup();
    screen.getByRole('button', { name: 'Referenties tonen' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Delen' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Meer' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    // Undo and redo are disabled on a fresh board.
    expect(screen.getByRole('button', { name: 'Referenties tonen' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'Meer' })).toHaveFocus();
  });
});
