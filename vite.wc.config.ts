// The web component <kompas-verkenner>: one IIFE script and one ES module in dist/wc/, built after
// the app (whose build empties dist/). Only the *.wc.svelte wrapper is compiled as a custom
// element: with customElement on every component, Svelte would inject <style> elements, which a
// strict CSP blocks. Instead the bundle's CSS (components and scale positions) is written into the
// script as a string and adopted into the shadow root (src/embed/shadow-styles.ts).
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { scaleCssPlugin } from './scripts/scale-css-plugin';

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
      this.error('the CSS placeholder of src/embed/shadow-styles.ts is missing from the bundle');
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
    inlineBundleCss(),
  ],
  build: {
    target: 'es2022',
    outDir: 'dist/wc',
    emptyOutDir: true,
    sourcemap: false,
    cssCodeSplit: false,
    minify: true,
    lib: {
      entry: 'src/embed/KompasVerkenner.wc.svelte',
      name: 'KompasVerkenner',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'es' ? 'kompas-verkenner.js' : 'kompas-verkenner.iife.js'),
    },
  },
});
