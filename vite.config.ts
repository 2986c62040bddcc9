import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { validateContentPlugin } from './scripts/validate-content-plugin';
import { scaleCssPlugin } from './scripts/scale-css-plugin';
import { prerenderPlugin } from './scripts/prerender-plugin';
import { contentAssetPlugin } from './scripts/content-asset-plugin';
import { startupChunk } from './scripts/startup-chunk';

export default defineConfig({
  publicDir: 'static',
  plugins: [
    svelte(),
    svelteTesting(),
    validateContentPlugin(),
    scaleCssPlugin(),
    contentAssetPlugin(),
    prerenderPlugin(),
  ],
  // No modulepreload polyfill: every browser we support has modulepreload, and it is dead weight.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: startupChunk() }] } } },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    reporters: process.env.CI_REPORT
      ? ['default', ['json', { outputFile: 'test-results/unit.json' }]]
      : ['default'],
  },
});
