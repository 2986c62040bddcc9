// Typed contexts: the stage (what the first screen reads) and, through it, the board's controller.
import { createContext } from 'svelte';
import type { Stage } from './stage.svelte';
import type { Workbench } from './workbench.svelte';

export const [getStage, setStage] = createContext<Stage>();

/**
 * The board's controller, for views that render only once it is there (the board's parts, the
 * workshop tools, the route dialog).
 */
export function getWorkbench(): Workbench {
  const wb = getStage().bench;
  if (!wb) throw new Error('the board is not loaded yet');
  return wb;
}
