import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import MenuButton from '../../../src/lib/ui/MenuButton.svelte';

function setup() {
  const runs = { save: vi.fn(), open: vi.fn(), compare: vi.fn(), table: vi.fn() };
  render(MenuButton, {
    props: {
      label: 'Bestand',
      items: [
        { label: 'Opslaan als bestand', run: runs.save },
        { label: 'Bestand openen…', run: runs.open, disabled: true },
        { label: 'Vergelijken…', run: runs.compare },
        { label: 'Tabelweergave', run: runs.table, checked: false },
      ],
    },
  });
  const button = screen.getByRole('button', { name: 'Bestand' });
  return { runs, button, user: userEvent.setup() };
}

const item = (name: string) => screen.getByRole('menuitem', { name });

describe('MenuButton (WAI-ARIA menu button)', () => {
  it('is a button that says it controls a closed menu', () => {
    const { button } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(button.getAttribute('aria-controls')!)).toHaveAttribute(
      'role',
      'menu',
    );
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens with Enter on the first item; arrows wrap, Home/End and a letter jump', async () => {
    const { button, user } = setup();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu', { name: 'Bestand' })).toBeVisible();
    expect(item('Opslaan als bestand')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Tabelweergave' })).toHaveFocus();
    expect(screen.getByRole('menuitemcheckbox', { name: 'Tabelweergave' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    await user.keyboard('{ArrowDown}');
    expect(item('Opslaan als bestand')).toHaveFocus();
    // A disabled item is still reached (and heard), it only does nothing.
    await user.keyboard('{ArrowDown}');
    expect(item('Bestand openen…')).toHaveAttribute('aria-disabled', 'true');
    expect(item('Bestand openen…')).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Tabelweergave' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('Opslaan als bestand')).toHaveFocus();
    await user.keyboard('v');
    expect(item('Vergelijken…')).toHaveFocus();
  });

  it('opens with Space and ArrowDown on the first item, ArrowUp on the last', async () => {
    const { button, user } = setup();
    button.focus();
    await user.keyboard(' ');
    expect(item('Opslaan als bestand')).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('{ArrowDown}');
    expect(item('Opslaan als bestand')).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Tabelweergave' })).toHaveFocus();
  });

  it('Escape closes and returns focus to the button, without reaching the page', async () => {
    const { button, user } = setup();
    const page = vi.fn();
    window.addEventListener('keydown', page);
    await user.click(button);
    expect(item('Opslaan als bestand')).toHaveFocus();
    await user.keyboard('{Escape}');
    window.removeEventListener('keydown', page);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(page).not.toHaveBeenCalled();
  });

  it('choosing an item closes the menu, focuses the button and runs it', async () => {
    const { button, runs, user } = setup();
    button.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect(runs.compare).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Tabelweergave' }));
    expect(runs.table).toHaveBeenCalledOnce();
  });

  it('a disabled item does nothing and the menu stays open', async () => {
    const { button, runs, user } = setup();
    await user.click(button);
    await user.click(item('Bestand openen…'));
    expect(runs.open).not.toHaveBeenCalled();
    expect(screen.getByRole('menu')).toBeVisible();
  });

  it('Tab, a click outside and a second click on the button close it', async () => {
    const { button, runs, user } = setup();
    await user.click(button);
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(button);
    await user.click(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(button);
    await user.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(Object.values(runs).every((run) => run.mock.calls.length === 0)).toBe(true);
  });
});
