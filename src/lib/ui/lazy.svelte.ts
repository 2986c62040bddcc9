// A component loaded on first use: most visits never open the dialogs behind it, so they stay out
// of the first load (the service worker still caches them for offline use).
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazy<T extends Component<any>>(load: () => Promise<{ default: T }>) {
  let loaded = $state<T>();
  return {
    get component() {
      return loaded;
    },
    async load() {
      loaded ??= (await load()).default;
    },
  };
}
