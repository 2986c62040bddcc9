// The board's interactive parts, one lazy chunk: the page (intro, scale, sources) shows and
// hydrates without them, and they load while the browser is idle, before anyone needs them.
export { default as BoardArea } from './BoardArea.svelte';
export { default as Pile } from './Pile.svelte';
export { default as Placed } from './Placed.svelte';
export { default as TableView } from './TableView.svelte';
export { default as Toast } from './Toast.svelte';
