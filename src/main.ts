// Starts the page: hydrates the prerendered HTML when it fits the URL (Dutch, not a presentation),
// else renders fresh. Reads ?embed=1, ?mode= and ?lang=; embedded, it posts its height to
// the parent; as a top-level production page it registers the offline service worker.
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import SourcesIsland from './lib/explorer/SourcesIsland.svelte';
import './app.css';
import './embed/boot.css';
import { registerServiceWorker } from './embed/offline';
import { pageOptions, prerenderFits } from './embed/options';
import { startResize } from './embed/resize';
import { loadContent } from './lib/content/load';
import { pause } from './lib/pause';

const options = pageOptions(location.search);
const target = document.getElementById('app')!;
const props = {
  result: await loadContent(),
  lang: options.lang,
  embed: options.embed,
  mode: options.mode,
};
await pause();

if (target.dataset.prerendered === options.lang && prerenderFits(options)) {
  const app = hydrate(App, { target, props: { ...props, sourcesIsland: true } });
  // The sources list, most of the page's elements, hydrates in a task of its own.
  await pause();
  const island = target.querySelector<HTMLElement>('.sources-island');
  if (island && app.context) {
    // Hydrating text in another language than the prerendered one would mix the two.
    const fits = app.context.i18n.lang === options.lang;
    if (!fits) island.replaceChildren();
    (fits ? hydrate : mount)(SourcesIsland, { target: island, props: { app: app.context } });
  }
} else {
  target.replaceChildren();
  mount(App, { target, props });
}
document.documentElement.classList.remove('kv-fresh');
// For tests and host pages: the page now answers to input.
document.documentElement.dataset.ready = '';

startResize(options.childId);
registerServiceWorker();
