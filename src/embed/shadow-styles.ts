// The stylesheets of <kompas-verkenner>'s shadow root: the global app.css (its :root and #app rules
// rewritten for the app's root element inside, body for the shadow host) and every component's
// CSS plus the scale positions. The build (vite.wc.config.ts) puts the bundle's CSS into WC_CSS.
// Both are adopted as constructed stylesheets: a strict CSP blocks injected <style> elements, not
// these.
//
// `rem` means the host page's root font size, which the component must neither depend on (a host
// may set html { font-size: 62.5% }) nor change (presentation mode enlarges only the component's
// type). So every `rem` becomes a multiple of --kompas-rem: the font size of the component's own
// root, which follows the host's text size and grows when the component presents.
import appCss from '../app.css?inline';

/** Replaced with the bundled component CSS by vite.wc.config.ts. */
const WC_CSS = '__KOMPAS_WC_CSS__';

/** The component's own root-em: a registered length, so `1em` is fixed where it is declared. */
export const REM_PROPERTY = '--kompas-rem';

const REM = /(-?(?:\d+\.?\d*|\.\d+))rem\b/g;

/**
 * Every `rem` length as a multiple of the component's own root size. Left alone: lengths in an
 * at-rule's prelude (a media query cannot use var()) and "rem" inside a name (`.x2rem`).
 */
export function remToRoot(css: string): string {
  return css.replace(REM, (match: string, n: string, at: number) => {
    const start = Math.max(
      css.lastIndexOf('{', at),
      css.lastIndexOf('}', at),
      css.lastIndexOf(';', at),
    );
    if (css.slice(start + 1, at).includes('@')) return match;
    if (/[\w-]/.test(css[at - 1] ?? '')) return match;
    return `calc(${n} * var(${REM_PROPERTY}))`;
  });
}

/**
 * CSS written for the page (app.css, and the scale positions' :root variables in the bundle's CSS)
 * as it applies inside the shadow root: :root and #app become the app's root element inside (it
 * carries `lang` and the presentation class), body the host element; rem as above.
 */
export const toShadow = (css: string) =>
  remToRoot(css.replace(/:root\b|#app\b/g, '.kv-root').replace(/\bbody\b/g, ':host'));

/** app.css inside the shadow root, with the host element's own rules. */
export const shadowCss = (css: string) =>
  toShadow(css).concat(
    `\n:host{display:block}` +
      // Full screen is the element's own: it scrolls, on the page's white.
      `\n:host(:fullscreen){overflow:auto;background:#fff}` +
      `\n.kv-root{${REM_PROPERTY}:1em}`,
  );

let sheets: CSSStyleSheet[] | null = null;

export function adoptStyles(root: ShadowRoot) {
  if (!sheets) {
    try {
      // A shadow root cannot register a property itself (@property there is ignored).
      CSS.registerProperty({
        name: REM_PROPERTY,
        syntax: '<length>',
        inherits: true,
        initialValue: '16px',
      });
    } catch {
      // Registered already (another copy of the script); unregistered, `1em` is read where it is
      // used: sizes then compound a little in nested text, nothing breaks.
    }
    sheets = [shadowCss(appCss), toShadow(WC_CSS)].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  }
  root.adoptedStyleSheets = [...sheets, ...root.adoptedStyleSheets];
}
