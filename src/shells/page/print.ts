// The poster's stylesheet (app/print.css, a fifth of the page's CSS) loads once the page is ready
// and idle, not with the first screen: nobody prints in the first second. A print asked for
// before then (Ctrl+P at once) loads it too; the browser prints the page as it is at that moment.
// The web component bundles it with its other styles (shells/component).
let loading: Promise<unknown> | undefined;
const load = () => (loading ??= import('../../app/print.css').catch(() => (loading = undefined)));

export function loadPrintStyles(win: Window = window) {
  win.addEventListener('beforeprint', () => void load(), { once: true });
  if ('requestIdleCallback' in win) win.requestIdleCallback(() => void load(), { timeout: 2000 });
  else setTimeout(() => void load(), 0);
}
