// The benchmark's floor page (npm run bench): plain Svelte 5 + Vite, the app's first-screen
// content (both models' boxes and the initiative names), prerendered at build time with
// svelte/server and hydrated in the browser. Build: npx vite build -c bench/floor/vite.config.ts
// (into dist-bench-floor/, or --outDir).
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { render } from 'svelte/server';
import { createServer, defineConfig, type Plugin, type ViteDevServer } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));
// Plain Svelte: none of the app's compiler options or preprocessors.
const plainSvelte = () => svelte({ configFile: false, compilerOptions: { runes: true } });

/**
 * Bundles data.ts as the value it computes (evaluated once through Vite's SSR loader), so the
 * page carries the few strings it shows rather than the whole data files.
 */
function floorData(): Plugin {
  const file = `${root}data.ts`;
  let code: string | undefined;
  return {
    name: 'floor:data',
    apply: 'build',
    async load(id) {
      if (id !== file) return;
      if (code === undefined) {
        const content = await withSsr((server) => server.ssrLoadModule(file));
        code = `export default ${JSON.stringify(content.default)};`;
      }
      return code;
    },
  };
}

/** Runs fn with a throwaway Vite server (SSR, no config file) rooted at the floor page. */
async function withSsr<T>(fn: (server: ViteDevServer) => Promise<T>): Promise<T> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [plainSvelte()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

/** Renders Floor.svelte on the server (a throwaway Vite SSR server) into index.html's #app. */
function prerender(): Plugin {
  return {
    name: 'floor:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const body = await withSsr(async (server) => {
          return render((await server.ssrLoadModule('/Floor.svelte')).default).body;
        });
        const out = html.replace('<div id="app"></div>', () => `<div id="app">${body}</div>`);
        if (out === html) throw new Error('bench/floor/index.html has no <div id="app"></div>');
        return out;
      },
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [plainSvelte(), floorData(), prerender()],
  build: {
    target: 'es2022',
    outDir: `${repo}/dist-bench-floor`,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
  },
});
