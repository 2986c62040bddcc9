// The copy-paste code that embeds the current board and view in another page: an iframe with the
// host script, or the web component. Pure; every attribute value is escaped.
import type { Lang } from '../lib/i18n/messages';
import type { Mode } from '../lib/explorer/workbench.svelte';

export interface SnippetInput {
  /** Where the app is served, e.g. `https://kompas.example.nl`. */
  origin: string;
  /** The app's path on that origin, e.g. `/` or `/kompas/`. */
  path: string;
  lang: Lang;
  mode: Mode;
  /** A board in the URL fragment (`#b=…`, with or without `#`), or '' for none. */
  fragment: string;
  /** The iframe's accessible name. */
  title: string;
}

export interface Snippet {
  iframe: string;
  script: string;
  webComponent: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};
/** Safe inside a double-quoted HTML attribute value (and in text). */
export const escapeAttribute = (value: string) => value.replace(/[&"'<>]/g, (c) => ESCAPES[c]!);

export function embedSnippet({ origin, path, lang, mode, fragment, title }: SnippetInput): Snippet {
  const base = new URL(path.startsWith('/') ? path : `/${path}`, origin);
  base.search = '';
  base.hash = '';
  const page = new URL(base);
  page.search = new URLSearchParams({ embed: '1', mode, lang }).toString();
  const board = fragment.replace(/^#/, '');
  if (board) page.hash = board;
  const at = (file: string) => escapeAttribute(new URL(file, base).href);
  const iframe =
    `<iframe data-kompasverkenner src="${escapeAttribute(page.href)}" ` +
    `title="${escapeAttribute(title)}" width="100%" height="900" loading="lazy"></iframe>`;
  const script = `<script src="${at('embed.js')}" defer></script>`;
  const webComponent =
    `<script type="module" src="${at('wc/kompas-verkenner.js')}"></script>\n` +
    `<kompas-verkenner lang="${lang}" mode="${mode}"></kompas-verkenner>`;
  return { iframe, script, webComponent };
}
