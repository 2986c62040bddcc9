// The one way the app reaches the page it lives in: its title, `lang`, the presentation class,
// full screen, the address (the board in its fragment, the language in its query), whether an
// event is the app's own and how wide the app is. Each shell implements it: the page (the full page, and the iframe
// embed, which is a page of its own: its title and address are the frame's, never the host
// page's) and the web component, which keeps all of it inside its own shadow root.
import { langFromUrl, type Lang } from '../i18n/messages';

export interface Host {
  /** The document's title, where the app owns one. */
  setTitle(title: string): void;
  /** The app's language: `lang` on its root, and kept in its address where it has one. */
  setLang(lang: Lang): void;
  /** Projector mode's class (large type, high contrast) on the app's root. */
  setPresenting(on: boolean): void;
  /** Full screen for the app, where the browser allows it (only after a click or a key). */
  setFullscreen(on: boolean): void;
  /** Calls back when the app leaves full screen (the browser's Escape); returns a stop function. */
  onFullscreenExit(callback: () => void): () => void;
  /** The board the app was given: a share link's fragment (`#b=…`), or ''. */
  fragment(): string;
  /** Calls back with a new fragment when the address changes; returns a stop function. */
  onFragment(callback: (fragment: string) => void): () => void;
  /** The board in the fragment has been opened: the address forgets it (a reload keeps the board
   *  it has now, not the link's). */
  clearFragment(): void;
  /** Where the app itself is served (origin and path), for share links and embed code. */
  appUrl(): string;
  /** Whether a key press or a drop belongs to the app (not to the rest of a host page). */
  owns(event: Event): boolean;
  /** Whether the app is at least this wide (the window; the web component's own width). */
  fits(px: number): boolean;
}

/**
 * The page as host: the full page and the iframe embed. Reads `window` only when asked, so the
 * page can be prerendered with it.
 */
export function pageHost(win?: Window): Host {
  const w = () => win ?? window;
  const doc = () => w().document;
  return {
    setTitle(title) {
      if (doc().title !== title) doc().title = title;
    },
    setLang(lang) {
      // Only real changes: rewriting <html lang> restyles the whole page.
      const root = doc().documentElement;
      if (root.lang !== lang) root.lang = lang;
      const { history, location } = w();
      if (langFromUrl(location.search) === lang) return;
      const url = new URL(location.href);
      if (lang === 'nl') url.searchParams.delete('lang');
      else url.searchParams.set('lang', lang);
      history.replaceState(history.state, '', url);
    },
    setPresenting(on) {
      // Presentation mode styles the whole page (app.css), so the class sits on the root.
      doc().documentElement.classList.toggle('presenting', on);
    },
    setFullscreen(on) {
      const d = doc();
      if (on && !d.fullscreenElement) d.documentElement.requestFullscreen?.().catch(() => {});
      if (!on && d.fullscreenElement) d.exitFullscreen?.().catch(() => {});
    },
    onFullscreenExit(callback) {
      const d = doc();
      const change = () => {
        if (!d.fullscreenElement) callback();
      };
      d.addEventListener('fullscreenchange', change);
      return () => d.removeEventListener('fullscreenchange', change);
    },
    fragment: () => w().location.hash,
    onFragment(callback) {
      const change = () => callback(w().location.hash);
      w().addEventListener('hashchange', change);
      return () => w().removeEventListener('hashchange', change);
    },
    clearFragment() {
      const { history, location } = w();
      if (location.hash)
        history.replaceState(history.state, '', location.pathname + location.search);
    },
    appUrl: () => w().location.origin + w().location.pathname,
    owns: () => true,
    fits: (px) =>
      typeof w().matchMedia !== 'function' || w().matchMedia(`(min-width: ${px}px)`).matches,
  };
}

export interface ElementHostOptions {
  /** The custom element on the host page. */
  element: HTMLElement;
  /** The app's root inside the element's shadow root (it carries `lang` and the classes). */
  root: () => HTMLElement | undefined;
  /** The element's `board` attribute. */
  board: string;
  /** Where the app is served: the folder above the component's script. */
  appUrl: string;
}

/**
 * The web component as host: everything stays inside its shadow root. The host page's title,
 * `lang`, classes and address are never read or written; full screen is the element's own.
 */
export function elementHost({ element, root, board, appUrl }: ElementHostOptions): Host {
  const mine = () => element.ownerDocument.fullscreenElement === element;
  return {
    setTitle() {
      // The title is the host page's.
    },
    setLang(lang) {
      const r = root();
      if (r && r.lang !== lang) r.lang = lang;
    },
    setPresenting(on) {
      root()?.classList.toggle('presenting', on);
    },
    setFullscreen(on) {
      if (on && !element.ownerDocument.fullscreenElement)
        element.requestFullscreen?.().catch(() => {});
      if (!on && mine()) element.ownerDocument.exitFullscreen?.().catch(() => {});
    },
    onFullscreenExit(callback) {
      let was = mine();
      const change = () => {
        if (was && !mine()) callback();
        was = mine();
      };
      element.addEventListener('fullscreenchange', change);
      return () => element.removeEventListener('fullscreenchange', change);
    },
    fragment: () => board,
    onFragment: () => () => {},
    clearFragment() {
      // The board came from an attribute, not from an address.
    },
    appUrl: () => appUrl,
    owns: (event) => event.composedPath().includes(element),
    fits: (px) => element.getBoundingClientRect().width >= px,
  };
}

/** The width the app can use before the window's edge (menus keep inside it). */
export const viewportWidth = () => document.documentElement.clientWidth;
