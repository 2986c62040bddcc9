// What the page URL asks for: language, embed mode, view mode, the embed dialog's preview and the
// Pym child id. The same rule
// decides in static/boot.js (before first paint) whether the prerendered page can be hydrated.
import { langFromUrl, type Lang } from '../../lib/i18n/messages';
import { MODES, type Mode } from '../../lib/controller/stage.svelte';

export interface PageOptions {
  lang: Lang;
  embed: boolean;
  mode: Mode;
  /** Pym's child id (`?childId=`), so a Pym parent recognises our height messages. */
  childId: string;
  /** The embed dialog's preview (`?preview=1`): this browser's saved board is left alone. */
  preview: boolean;
}

const isMode = (x: unknown): x is Mode => MODES.includes(x as Mode);

export function pageOptions(search: string): PageOptions {
  const q = new URLSearchParams(search);
  const mode = q.get('mode');
  const childId = q.get('childId');
  return {
    lang: langFromUrl(search),
    embed: q.get('embed') === '1',
    mode: isMode(mode) ? mode : 'edit',
    childId: childId && /^[\w-]{1,64}$/.test(childId) ? childId : 'kompasverkenner',
    preview: q.get('preview') === '1',
  };
}

/** The prerendered HTML is the Dutch full page in edit mode. */
export const PRERENDERED_LANG: Lang = 'nl';

/**
 * Whether the prerendered page already shows what the URL asks for, so it stays visible until the
 * app takes over, and the app hydrates it: Dutch, not in presentation mode and not the explainer
 * (the models without a board, a page of its own). An embed hides the
 * page chrome meanwhile (kv-embed); hydrating, Svelte re-renders the if-blocks that differ (the
 * embed's header and footer). A view differs only in the board, which the app adds later.
 * static/boot.js applies the same rule before first paint.
 */
export const prerenderFits = (o: PageOptions) =>
  o.lang === PRERENDERED_LANG && o.mode !== 'present' && o.mode !== 'explain';
