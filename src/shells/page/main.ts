// Starts the page: hydrates the prerendered HTML when it fits the URL (Dutch, not a presentation
// or the explainer), else renders fresh. Reads ?embed=1, ?mode=, ?lang= and ?preview=1; embedded,
// it posts its height to the parent; as a top-level production page it registers the offline
// service worker. It is the page's shell: the app reaches the page only through pageHost().
import { hydrate, mount } from 'svelte';
import App from '../../app/App.svelte';
import { startIsland, type IslandReady } from '../../app/islands';
import type { Lang } from '../../lib/i18n/messages';
import '../../app/app.css';
import './boot.css';
import { registerServiceWorker } from './offline';
import { pageHost } from '../../lib/host/host';
import { pageOptions, prerenderFits } from './options';
import { startResize } from './resize';
import { loadPrintStyles } from './print';
import { loadContent } from '../../lib/content/load';
import { pause } from '../../lib/util/pause';
import { loadLang } from '../../lib/i18n/i18n.svelte';

// Not top-level await: lazy chunks share modules with this one, and a dynamic import made while
// this module is still evaluating (restoring a saved board loads the storage code) would wait for
// it to finish — which waits for the board: a deadlock.
async function start() {
  const options = pageOptions(location.search);
  const target = document.getElementById('app')!;
  let onrestored = () => {};
  const restored = new Promise<void>((resolve) => (onrestored = resolve));
  // English (?lang=en) loads beside the content; a failed load leaves the page Dutch.
  const [result] = await Promise.all([loadContent(), loadLang(options.lang).catch(() => {})]);
  const props = {
    result,
    lang: options.lang,
    embed: options.embed,
    mode: options.mode,
    preview: options.preview,
    host: pageHost(),
    onrestored,
  };
  await pause();

  if (target.dataset.prerendered === options.lang && prerenderFits(options)) {
    const islands: [name: string, context: Map<unknown, unknown>, lang: () => Lang][] = [];
    const island: IslandReady = (...args) => void islands.push(args);
    hydrate(App, { target, props: { ...props, island } });
    // The parts that are most of the page's elements hydrate each in a task of their own.
    for (const [name, context, lang] of islands) {
      await pause();
      const root = target.querySelector<HTMLElement>(`[data-island="${name}"]`);
      if (root) startIsland(root, name, context, lang() === options.lang);
    }
  } else {
    target.replaceChildren();
    mount(App, { target, props });
  }
  document.documentElement.classList.remove('kv-fresh');
  // For tests and host pages: the page now answers to input, its saved board included.
  if (props.result.ok) await restored;
  document.documentElement.dataset.ready = '';

  startResize(options.childId);
  loadPrintStyles();
  registerServiceWorker();
}

void start();
