// The detail panel of a form or type loads on first use: a band preloads it on intent (hover,
// focus, touch), so opening one shows no delay, and a first visit that only reads does not carry it.
import { lazy } from '../ui/lazy.svelte';

export const Detail = lazy(() => import('./DetailPanel.svelte'));
export const preloadDetail = () => void Detail.load().catch(() => {});
