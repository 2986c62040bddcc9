// The parts of the page that hydrate as roots of their own, each in a task of its own after the
// rest: one long hydration task would keep a slow phone from answering input for that long.
import type { Component } from 'svelte';
import Explorer from './explorer/Explorer.svelte';
import SourcesList from './explorer/SourcesList.svelte';

export const ISLANDS: Record<string, Component> = { explorer: Explorer, sources: SourcesList };
