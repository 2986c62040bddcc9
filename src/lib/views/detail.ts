// The detail panel of a form or type loads on first use: a band preloads it on intent (hover,
// focus, touch), so opening one shows no delay, and a first visit that only reads does not carry it.
import { lazy } from '../ui/lazy.svelte';
import { loadLaterText } from '../i18n/i18n.svelte';

// Its text (the detail section) loads beside it: a band may be opened before the board has loaded.
export const Detail = lazy(() =>
  Promise.all([import('./DetailPanel.svelte'), loadLaterText()]).then(([m]) => m),
);
export const preloadDetail = () => void Detail.load().catch(() => {});
