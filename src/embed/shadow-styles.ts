// The stylesheets of <kompas-verkenner>'s shadow root: the global app.css (its :root, body and
// #app rules rewritten for the shadow host) and every component's CSS plus the scale positions.
// The build (vite.wc.config.ts) puts the bundle's CSS into WC_CSS. Both are adopted as
// constructed stylesheets: a strict CSP blocks injected <style> elements, not these.
import appCss from '../app.css?inline';

/** Replaced with the bundled component CSS by vite.wc.config.ts. */
const WC_CSS = '__KOMPAS_WC_CSS__';

/** app.css targets the page (:root, body, #app); inside a shadow root the host plays that part. */
export const shadowCss = (css: string) =>
  css.replace(/:root|\bbody\b|#app\b/g, ':host').concat('\n:host{display:block}');

let sheets: CSSStyleSheet[] | null = null;

export function adoptStyles(root: ShadowRoot) {
  sheets ??= [shadowCss(appCss), WC_CSS].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  root.adoptedStyleSheets = [...sheets, ...root.adoptedStyleSheets];
}
