// What the page shows before any board exists: the mode, projector mode, the pile's fold, whether
// the board is shown and back from storage, the card in hand and the target under it. The first
// screen (intro, scale, bands) reads only this, so it hydrates without the board's code; the
// board's controller (Workbench) loads later — at once when a saved board or a board link waits,
// else when the page is idle or first used — and changes this through the methods below.
import type { Content } from '../content/model';
import type { I18n } from '../i18n/i18n.svelte';
import { pageHost, type Host } from '../host/host';
import { Announcer } from './announcer.svelte';
import type { Workbench } from './workbench.svelte';

/**
 * edit: the full board; view: read-only (a view-only link); present: projector mode; explain:
 * the two models and their difference, without a board (an embed's "Uitleg").
 */
export type Mode = 'edit' | 'view' | 'present' | 'explain';
export const MODES: readonly Mode[] = ['edit', 'view', 'present', 'explain'];

export interface StageOptions {
  /** The page or web component the app lives in (default: the page). */
  host?: Host;
  /** On another site's page (an iframe or the web component): no workshop tools there. */
  embedded?: boolean;
}

export class Stage {
  #presenting = $state(false);
  /** Projector mode; it styles the app's root (the page's or the component's) through the host. */
  get presenting() {
    return this.#presenting;
  }
  set presenting(on: boolean) {
    this.#presenting = on;
    this.host.setPresenting(on);
  }
  #picked = $state<string | null>(null);
  /** Card waiting for a tap on a form (tap-to-place). */
  get picked() {
    return this.#picked;
  }
  #menu = $state<string | null>(null);
  /** Card whose "Plaats bij…" menu is open. */
  get menu() {
    return this.#menu;
  }
  /** Drop target under a drag or a keyboard move, highlighted. */
  over = $state<string | null>(null);
  #view = $state<'board' | 'table'>('board');
  /** The board read as the scale, or as a table. */
  get view() {
    return this.#view;
  }
  #pileOpen = $state(true);
  /** The pile is unfolded: beside the scale on wide screens, as a sheet on phones. */
  get pileOpen() {
    return this.#pileOpen;
  }
  #boardShown = $state(false);
  /** The board area (pile, toolbar) is rendered; see Explorer.svelte for when. */
  get boardShown() {
    return this.#boardShown;
  }
  /** The saved board is back (or there is none): only then is the board shown and edited. */
  restored = $state(false);
  /** A view-only link or embed: nothing can be changed. */
  readonly = $state(false);
  /** Read-only because another element on the page owns this storage: no copy to edit either
   *  (its copy pointer would be that element's too). */
  locked = false;
  root: HTMLElement | null = null;
  /** The board's controller, once its code is loaded and the saved board is back. */
  bench = $state.raw<Workbench>();
  /** The one polite live region's text. */
  readonly announcer = new Announcer();

  /** Only the two models and their difference: no board is shown or loaded. */
  readonly explain: boolean;
  readonly host: Host;
  readonly embedded: boolean;
  #open: () => Promise<void> = () => Promise.resolve();

  constructor(
    readonly content: Content,
    readonly i18n: I18n,
    mode: Mode = 'edit',
    { host = pageHost(), embedded = false }: StageOptions = {},
  ) {
    this.readonly = mode === 'view' || mode === 'explain';
    // The root gets its class once mounted (Workspace): there is no root while this is made.
    this.#presenting = mode === 'present';
    this.explain = mode === 'explain';
    this.host = host;
    this.embedded = embedded;
  }

  /** How the board's code is loaded (set by whoever owns the board: Workspace, a test). */
  set opener(open: () => Promise<void>) {
    this.#open = open;
  }
  /** Loads the board's code and restores the saved board, once; resolves when `bench` is set. */
  openBench(): Promise<void> {
    return this.#open();
  }

  /** The board area renders (its code loads if it has not). */
  showBoard() {
    this.#boardShown = true;
  }
  /** Scale or table: the other one. */
  toggleTable() {
    this.#view = this.#view === 'table' ? 'board' : 'table';
  }
  /** The pile unfolds, or folds. */
  togglePile() {
    this.#pileOpen = !this.#pileOpen;
  }
  /** The pile folds (a phone starts so: a sheet over the scale). */
  foldPile() {
    this.#pileOpen = false;
  }

  /** A card is in hand; with `menu` its "Plaats bij…" menu is open too. */
  take(id: string, menu = false) {
    this.#picked = id;
    if (menu) this.#menu = id;
  }
  /** The menu closes; with `putDown` the card in hand is let go too. */
  closeMenu(putDown = false) {
    this.#menu = null;
    if (putDown) this.#picked = null;
  }
  /** The card in hand is let go (a tap elsewhere, or another action from its menu). */
  putDown() {
    this.#picked = null;
  }
  /** Nothing in hand, no menu, no highlighted target. */
  clearHand() {
    this.#picked = null;
    this.#menu = null;
    this.over = null;
  }

  /** Projector mode; full screen where the browser allows it (it must follow a click or key). */
  setPresenting(on: boolean) {
    this.presenting = on;
    if (typeof document === 'undefined') return;
    this.foldPileToPresent();
    this.host.setFullscreen(on);
  }

  /** Below projector width the room sees the board first: the pile folds (a click unfolds it). */
  foldPileToPresent() {
    if (this.presenting && !this.host.fits(1600)) this.foldPile();
  }
}
