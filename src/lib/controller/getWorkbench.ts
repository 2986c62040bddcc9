// Typed context for the explorer's controller.
import { createContext } from 'svelte';
import type { Workbench } from './workbench.svelte';

export const [getWorkbench, setWorkbench] = createContext<Workbench>();
