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
//
// A width media query and `vw` ask about the window; the element in a 700 px column of a wide
// window must look as the iframe of 700 px does. So `@media (max-width: 1099px)` becomes a rule
// nested under `:where(.kv-frame.kv-max-1099)` (no specificity of its own, as a media query has
// none: a rule outside it that wins on the page still wins here), the element puts the classes
// that hold for its own width on its frame (widthClasses), and every `vw` is a hundredth of that
// width (--kompas-vw).
import appCss from '../../app/app.css?inline';

/** Replaced with the bundled component CSS by vite.wc.config.ts. */
const WC_CSS = '__KOMPAS_WC_CSS__';

/** The component's own root-em: a registered length, so `1em` is fixed where it is declared. */
export const REM_PROPERTY = '--kompas-rem';

/** 1% of the element's width, set by the element on its frame: `vw` as the iframe's would be. */
export const VW_PROPERTY = '--kompas-vw';

const lengths = (unit: string) => new RegExp(`(-?(?:\\d+\\.?\\d*|\\.\\d+))${unit}\\b`, 'g');

/**
 * Every length in `unit` as a multiple of a custom property. Left alone: lengths in an at-rule's
 * prelude (a media query cannot use var()) and the unit's letters inside a name (`.x2rem`).
 */
function unitToVar(css: string, unit: string, value: string): string {
  return css.replace(lengths(unit), (match: string, n: string, at: number) => {
    const start = Math.max(
      css.lastIndexOf('{', at),
      css.lastIndexOf('}', at),
      css.lastIndexOf(';', at),
    );
    if (css.slice(start + 1, at).includes('@')) return match;
    if (/[\w-]/.test(css[at - 1] ?? '')) return match;
    return `calc(${n} * ${value})`;
  });
}

/** Every `rem` as a multiple of the component's own root size. */
export const remToRoot = (css: string) => unitToVar(css, 'rem', `var(${REM_PROPERTY})`);

/** Every `vw` as a hundredth of the element's width (the window's until it is measured). */
export const vwToFrame = (css: string) => unitToVar(css, 'vw', `var(${VW_PROPERTY}, 1vw)`);

const WIDTH_QUERY = /@media\s*\(\s*(min|max)-width\s*:\s*(\d+)px\s*\)\s*\{/g;

/** Every width media query as a rule nested under the frame's class for that width. */
export const widthQueries = (css: string) =>
  css.replace(WIDTH_QUERY, (_, kind: string, px: string) => `:where(.kv-frame.kv-${kind}-${px}){`);

/** The breakpoints the CSS names, as [kind, px]. */
export const breakpoints = (css: string) =>
  [...new Set([...css.matchAll(WIDTH_QUERY)].map((m) => `${m[1]}-${m[2]}`))].map((b) => {
    const [kind, px] = b.split('-');
    return [kind as 'min' | 'max', Number(px)] as const;
  });

let known: ReturnType<typeof breakpoints> | null = null;

/** The frame's classes for a width: each width query of the component's CSS that holds for it. */
export function widthClasses(width: number, points = (known ??= breakpoints(appCss + WC_CSS))) {
  return points
    .filter(([kind, px]) => (kind === 'min' ? width >= px : width <= px))
    .map(([kind, px]) => `kv-${kind}-${px}`);
}

/**
 * CSS written for the page (app.css, and the scale positions' :root variables in the bundle's CSS)
 * as it applies inside the shadow root: :root and #app become the app's root element inside (it
 * carries `lang` and the presentation class), body the host element; rem, vw and width queries
 * as above.
 */
export const toShadow = (css: string) =>
  widthQueries(
    vwToFrame(remToRoot(css.replace(/:root\b|#app\b/g, '.kv-root').replace(/\bbody\b/g, ':host'))),
  );

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
