// The copy-paste code that embeds a variant (explainer, board, workshop) in another page: an iframe
// with the host script, or the web component. Both carry the same language, mode and board. Pure;
// every attribute value is escaped.
import { escapeMarkup } from '../util/escape';
import type { Lang } from '../i18n/messages';
import type { Mode } from '../controller/stage.svelte';

export interface SnippetInput {
  /** Where the app is served, e.g. `https://kompas.example.nl`. */
  origin: string;
  /** The app's path on that origin, e.g. `/` or `/kompas/`; anything odd becomes '/' (appPath). */
  path: string;
  lang: Lang;
  mode: Mode;
  /** A board in the URL fragment (`#b=…`, with or without `#`), or '' for none. */
  fragment: string;
  /** The iframe's accessible name. */
  title: string;
}

export interface Snippet {
  /** The embedded page's address (what the iframe opens). */
  src: string;
  iframe: string;
  script: string;
  webComponent: string;
}

/**
 * The iframe's height before the host script sizes it (or without the script, where it scrolls):
 * about what each mode measures at 700 px wide as it opens (tests/e2e/embed-variants.spec.ts
 * prints them; a board shown grows with its cards).
 */
export const FRAME_HEIGHTS: Record<Mode, number> = {
  explain: 1500,
  view: 1800,
  edit: 2100,
  present: 1700,
};

/**
 * A path segment that names nothing but a path: unreserved characters, sub-delimiters and percent
 * escapes, except escaped '/', '\' and '.' (a host could decode them into `//host` or `..`). No
 * ':' or '@', which belong to an authority.
 */
const SEGMENT = /^(?:[\w.~!$&'()*+,;=-]|%(?!2[fFeE]|5[cC])[0-9A-Fa-f]{2})+$/;

/**
 * The app's path as a snippet may use it. A host that serves index.html for any path lets
 * `https://app//evil.example/` open the app, and resolved against the origin that path names
 * another host. So a path that starts with more than one slash, or has a backslash, an empty,
 * `.` or `..` segment, or any character outside SEGMENT, becomes the app root '/'.
 */
export function appPath(path: string): string {
  const absolute = path.startsWith('/') ? path : `/${path}`;
  if (absolute.startsWith('//')) return '/';
  const segments = absolute.slice(1).split('/');
  const last = segments.length - 1;
  const safe = segments.every((s, i) =>
    s === '' ? i === last : SEGMENT.test(s) && s !== '.' && s !== '..',
  );
  return safe ? absolute : '/';
}

export function embedSnippet({ origin, path, lang, mode, fragment, title }: SnippetInput): Snippet {
  // Only the scheme, host and port of `origin`, and a path that cannot name another host.
  const base = new URL(appPath(path), new URL(origin).origin);
  const page = new URL(base);
  page.search = new URLSearchParams({ embed: '1', mode, lang }).toString();
  // The explainer shows no board.
  const board = mode === 'explain' ? '' : fragment.replace(/^#/, '');
  if (board) page.hash = board;
  const at = (file: string) => escapeMarkup(new URL(file, base).href);
  // Presenting asks for full screen, which a frame may only grant when its page allows it.
  const allow = mode === 'edit' || mode === 'present' ? ' allow="fullscreen"' : '';
  const iframe =
    `<iframe data-kompasverkenner src="${escapeMarkup(page.href)}" ` +
    `title="${escapeMarkup(title)}" width="100%" height="${FRAME_HEIGHTS[mode]}"${allow} loading="lazy"></iframe>`;
  const script = `<script src="${at('embed.js')}" defer></script>`;
  const boardAttribute = board ? ` board="${escapeMarkup(`#${board}`)}"` : '';
  const webComponent =
    `<script type="module" src="${at('wc/kompas-verkenner.js')}"></script>\n` +
    `<kompas-verkenner lang="${lang}" mode="${mode}"${boardAttribute}></kompas-verkenner>`;
  return { src: page.href, iframe, script, webComponent };
}
