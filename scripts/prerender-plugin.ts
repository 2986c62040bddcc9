// Vite plugin for the app build: prerenders the page (Svelte server rendering of App, which the
// client then hydrates) plus a plain-HTML copy of both models for readers without JavaScript,
// hands the app's module to the blocking boot script (which starts it after first paint), and
// writes a versioned offline service worker (sw.js) that lists every built file.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { scaleCssPlugin } from './scale-css-plugin';
import { writeServiceWorker } from './service-worker';

const ENTRY = '/src/shells/prerender/entry-server.ts';
const LANG = 'nl';

type Prerender = (lang: string) => { app: string; models: string };

/** Loads the server entry through a throwaway Vite dev server (SSR), so TS and Svelte just work. */
async function renderPage(root: string) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [svelte(), scaleCssPlugin()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule(ENTRY)) as { prerender: Prerender };
    return mod.prerender(LANG);
  } catch (error) {
    // Most often a component reads window, document or location while rendering: that belongs in
    // onMount, $effect or an event handler, because the page is rendered at build time.
    throw new Error(
      `Prerendering the page failed (components render on the server at build time; browser ` +
        `globals belong in onMount, $effect or event handlers): ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    await server.close();
  }
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kompas:prerender',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { app, models } = await renderPage(config.root);
        const base = config.base;
        // The app's module starts from boot.js once the page has painted: the prerendered page is
        // complete, so nothing it shows waits for it. Vite's modulepreload links go.
        const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
        if (!entry) throw new Error('index.html has no module script for the app');
        const preloads = [
          ...html.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g),
        ];
        let out = html.replace(entry[0], '');
        for (const p of preloads) out = out.replace(p[0], '');
        // Replacer functions: rendered text may contain `$&` and the like.
        out = out
          .replace(
            '<div id="app"></div>',
            // The plain copy of the models is for readers without JavaScript only: inside
            // <noscript> it costs a page with JavaScript no parsing, style or layout.
            () =>
              `<div id="app" data-prerendered="${LANG}">${app}</div>\n<noscript>${models}</noscript>`,
          )
          // Before the stylesheets: it must run before first paint.
          .replace(
            '<title>',
            () => `<script src="${base}boot.js" data-app="${entry[1]}"></script>\n    <title>`,
          );
        if (!out.includes('data-prerendered')) throw new Error('index.html has no <div id="app">');
        return out;
      },
    },
    closeBundle() {
      writeServiceWorker(config.build.outDir);
    },
  };
}
