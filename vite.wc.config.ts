// The web component <kompas-verkenner>: an ES module in dist/wc/ with lazy chunks beside it (the
// content, the board's parts, the dialogs), and kompas-verkenner.iife.js, a plain script that
// loads the module (src/shells/component/loader.js). Built after the app (whose build empties dist/). Only
// the *.wc.svelte wrapper is compiled as a custom element: with customElement on every component,
// Svelte would inject <style> elements, which a strict CSP blocks. Instead the bundle's CSS
// (components and scale positions) is written into the script as a string and adopted into the
// shadow root (src/shells/component/shadow-styles.ts).
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentAssetPlugin } from './scripts/content-asset-plugin';
import { scaleCssPlugin } from './scripts/scale-css-plugin';
import { startupChunk } from './scripts/startup-chunk';

const PLACEHOLDER = /(["'`])__KOMPAS_WC_CSS__\1/;

function inlineBundleCss(): Plugin {
  let css: string | null = null;
  return {
    name: 'kompas:wc-inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const assets = Object.values(bundle).filter(
        (f) => f.type === 'asset' && f.fileName.endsWith('.css'),
      );
      if (assets.length > 0)
        css = assets.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n');
      for (const f of assets) delete bundle[f.fileName];
      if (css === null) this.error('the web component bundle has no CSS');
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !PLACEHOLDER.test(chunk.code)) continue;
        chunk.code = chunk.code.replace(PLACEHOLDER, () => JSON.stringify(css));
        return;
      }
      this.error(
        'the CSS placeholder of src/shells/component/shadow-styles.ts is missing from the bundle',
      );
    },
  };
}

/** The plain-script way in: a copy of src/shells/component/loader.js. */
function loader(): Plugin {
  return {
    name: 'kompas:wc-loader',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'kompas-verkenner.iife.js',
        source: readFileSync('src/shells/component/loader.js', 'utf8'),
      });
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [
    svelte({
      dynamicCompileOptions: ({ filename }) =>
        filename.endsWith('.wc.svelte') ? { customElement: true } : undefined,
    }),
    scaleCssPlugin(),
    // The element's content chunk (src/shells/component/content.ts) imports the content as a module.
    contentAssetPlugin(),
    inlineBundleCss(),
    loader(),
  ],
  build: {
    target: 'es2022',
    outDir: 'dist/wc',
    emptyOutDir: true,
    sourcemap: false,
    cssCodeSplit: false,
    minify: true,
    // Lib mode keeps an ES module's whitespace for bundlers; this one goes to browsers as it is.
    // Like the app: everything the element needs at start in one chunk (see startup-chunk.ts).
    rolldownOptions: {
      output: { minify: true, codeSplitting: { groups: [{ name: startupChunk() }] } },
    },
    lib: {
      entry: 'src/shells/component/KompasVerkenner.wc.svelte',
      formats: ['es'],
      fileName: () => 'kompas-verkenner.js',
    },
  },
});
