import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // Scoped class names repeat on every styled element, in the HTML, the JS templates and the
    // CSS: `k` and five hash characters instead of `svelte-` and the whole hash.
    cssHash: ({ hash, css }) => `k${hash(css).slice(0, 5)}`,
  },
};
