// Typed context for the link and file exchange. The page provides a box at start and fills it once
// the board's code has loaded (see Workspace): the views that read it render only after that.
import { createContext } from 'svelte';
import type { Exchange } from './exchange.svelte';

const [get, set] = createContext<{ current?: Exchange }>();

/** Provides where the exchange will be, before it exists. */
export const provideExchange = (box: { current?: Exchange }) => set(box);

export function getExchange(): Exchange {
  const exchange = get().current;
  if (!exchange) throw new Error('the board is not loaded yet');
  return exchange;
}
