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
import { loadContent } from './lib/content/load';

const options = pageOptions(location.search);
const target = document.getElementById('app')!;
const props = {
  result: await loadContent(),
  lang: options.lang,
  embed: options.embed,
  mode: options.mode,
};

if (target.dataset.prerendered === options.lang && canHydrate(options)) {
  hydrate(App, { target, props });
} else {
  target.replaceChildren();
  mount(App, { target, props });
}
// The plain-text copy of the models is for readers without JavaScript.
document.getElementById('kv-static')?.remove();
document.documentElement.classList.remove('kv-fresh');

startResize(options.childId);
registerServiceWorker();
