// The parts of the page that hydrate as roots of their own, each in a task of its own after the
// rest: one long hydration task would keep a slow phone from answering input for that long.
import { hydrate, mount, type Component } from 'svelte';
import Explorer from '../lib/views/Explorer.svelte';
import SourcesList from '../lib/views/SourcesList.svelte';
import type { Lang } from '../lib/i18n/messages';

/** What an island's container hands over: its name, its contexts and the page's language now. */
export type IslandReady = (name: string, context: Map<unknown, unknown>, lang: () => Lang) => void;

export const ISLANDS: Record<string, Component> = { explorer: Explorer, sources: SourcesList };

/**
 * Starts one island in its container: hydrates its prerendered HTML, or, when the language has
 * changed since (hydrating would mix the two), renders it afresh. Returns it (for `unmount`).
 */
export function startIsland(
  root: HTMLElement,
  name: string,
  context: Map<unknown, unknown>,
  prerendered: boolean,
) {
  if (!prerendered) root.replaceChildren();
  return (prerendered ? hydrate : mount)(ISLANDS[name]!, { target: root, context });
}
