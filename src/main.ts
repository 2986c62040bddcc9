// Starts the page: hydrates the prerendered HTML when it matches the URL (Dutch, full page, edit
// mode), else renders fresh. Reads ?embed=1, ?mode= and ?lang=; embedded, it posts its height to
// the parent; as a top-level production page it registers the offline service worker.
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import './embed/boot.css';
import { registerServiceWorker } from './embed/offline';
import { canHydrate, pageOptions } from './embed/options';
import { startResize } from './embed/resize';
import { loadContent, pause } from './lib/content/load';

const options = pageOptions(location.search);
const target = document.getElementById('app')!;
const props = {
  result: await loadContent(),
  lang: options.lang,
  embed: options.embed,
  mode: options.mode,
};
await pause();

if (target.dataset.prerendered === options.lang && canHydrate(options)) {
  hydrate(App, { target, props });
} else {
  target.replaceChildren();
  mount(App, { target, props });
}
document.documentElement.classList.remove('kv-fresh');
// For tests and host pages: the page now answers to input.
document.documentElement.dataset.ready = '';

startResize(options.childId);
registerServiceWorker();
