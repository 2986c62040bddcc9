// Islands: with an `island` callback the page renders empty containers that hand over their
// contexts; startIsland then renders the part into its container, sharing the page's state.
import { render, screen, within } from '@testing-library/svelte';
import { unmount } from 'svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/app/App.svelte';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';
import { startIsland, type IslandReady } from '../../../src/app/islands';
import type { Lang } from '../../../src/lib/i18n/messages';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const [utrecht] = result.content.frameworks;

describe('islands', () => {
  beforeEach(() => localStorage.clear());

  it('renders only containers, whose parts then share the page language and board', async () => {
    const user = userEvent.setup();
    const islands: [string, Map<unknown, unknown>, () => Lang][] = [];
    const island: IslandReady = (...args) => void islands.push(args);
    render(App, { props: { result, island } });
    expect(islands.map(([name]) => name)).toEqual(['explorer', 'sources']);
    expect(screen.queryByRole('heading', { name: 'Bronnen' })).toBeNull();
    expect(screen.queryByRole('list', { name: utrecht.name.nl })).toBeNull();

    // The language changed before the parts started: they render afresh, in that language.
    await user.click(screen.getByRole('button', { name: 'English' }));
    const started = [];
    for (const [name, context, lang] of islands) {
      expect(lang()).toBe('en');
      const root = document.querySelector<HTMLElement>(`[data-island="${name}"]`)!;
      root.textContent = 'stale prerendered text';
      started.push(startIsland(root, name, context, false));
      expect(root).not.toHaveTextContent('stale prerendered text');
    }
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: utrecht.name.en })).toBeInTheDocument();

    // Their state is the page's: switching back reaches them too.
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(screen.getByRole('heading', { name: 'Bronnen' })).toBeInTheDocument();
    const band = within(screen.getByRole('list', { name: utrecht.name.nl })).getAllByRole(
      'button',
    )[0]!;
    await user.click(band);
    // The detail panel loads on first use (a band preloads it on hover or focus).
    expect(
      await screen.findByRole('region', {
        name: new RegExp(`Nummer ${utrecht.items[0]!.number} ${utrecht.items[0]!.label.nl}`),
      }),
    ).toBeVisible();
    // That click was a sign of use: the board's code loads and the board renders in the island.
    expect(await screen.findByRole('toolbar', { name: 'Bord' }, { timeout: 4000 })).toBeVisible();
    // Islands are roots of their own: the page's cleanup does not reach them (the deck would go on
    // rendering its slices after the test).
    for (const island of started) await unmount(island);
  });
});
