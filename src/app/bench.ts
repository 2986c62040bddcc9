// The board's code, loaded after the first screen: the board's state, its controller, its saving
// in this browser, the link and file exchange and the notices about storage. Workspace loads it at
// once when a saved board or a board link waits, else when the page is idle or first used.
export { Board } from '../lib/board/board.svelte';
export { Workbench } from '../lib/controller/workbench.svelte';
export { Persistence } from '../lib/board/persistence.svelte';
export { Exchange } from '../lib/workshop/exchange.svelte';
export { default as Notices } from '../lib/views/Notices.svelte';
