// Hydrates the prerendered floor page, then marks <html data-ready> as the app does when it
// answers to input (the benchmark's "time to hydrate" ends there).
import { hydrate } from 'svelte';
import Floor from './Floor.svelte';

hydrate(Floor, { target: document.getElementById('app')! });
document.documentElement.dataset.ready = '';
