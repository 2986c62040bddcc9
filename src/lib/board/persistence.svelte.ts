// Where the board lives between visits: one owner for restoring the saved board, saving each
// change, copies opened next to one's own board, and boards saved by another tab. The storage
// code (board/autosave.ts, with the rules a saved board must pass) loads only when something is
// saved or is to be saved: a first visit with nothing stored does not carry it.
import type { Board } from './board.svelte';
import { anythingSaved, copyKey, STORAGE_KEY, TAB_COPY_SUFFIX, tabCopy } from './keys';

type Autosave = typeof import('./autosave');
export type Notice = 'unavailable' | 'quota' | 'setAside' | 'setAsideFailed' | null;

const NOTICES = {
  ok: null,
  empty: null,
  unavailable: 'unavailable',
  'set-aside': 'setAside',
  'set-aside-failed': 'setAsideFailed',
} as const satisfies Record<string, Notice>;

export interface PersistenceOptions {
  /** Where this board saves: one key per web component on a page (its id). */
  key?: string;
  /** Off for a preview, a given board or the explainer: nothing read or written. */
  use: boolean;
  storage?: () => Storage;
  session?: () => Storage;
}

export class Persistence {
  /** What the person is told about storage (off, full, a saved board set aside). */
  notice = $state<Notice>(null);
  /** Working in a copy next to one's own saved board (restored from this tab, or made here). */
  inCopy = $state(false);
  // Off until the saved board is restored; never when a saved board could not be set aside (it
  // must not be overwritten).
  #canSave = $state(false);
  /** The board revision storage already holds: restoring a board does not write it back. */
  #stored = -1;
  #key: string;
  #module: Autosave | undefined;
  /** The key this board was made with: its tab's copy pointer is named after it. */
  readonly #tabBase: string;
  readonly #use: boolean;
  readonly #storage: () => Storage;
  readonly #session: () => Storage;

  constructor(
    private readonly board: Board,
    { key = STORAGE_KEY, use, storage, session }: PersistenceOptions,
  ) {
    this.#key = key;
    this.#use = use;
    // A copy opened in this tab stays the board of this tab across reloads (sessionStorage is per
    // tab); one's own board is not touched.
    this.#tabBase = key;
    this.#storage = storage ?? (() => window.localStorage);
    this.#session = session ?? (() => window.sessionStorage);
  }

  get use() {
    return this.#use;
  }

  get key() {
    return this.#key;
  }

  /** Whether storage holds the board as it is now (off, full or behind: only memory does). */
  get saved() {
    return this.#canSave && this.#stored === this.board.revision;
  }

  #autosave = async (): Promise<Autosave> => (this.#module ??= await import('./autosave'));

  /**
   * Restores this tab's copy or the saved board, in steps (`step` yields between them: the first
   * use of web storage waits on the browser). Resolves false when `live` turned false meanwhile.
   */
  async restore(step: () => Promise<void>, live: () => boolean): Promise<boolean> {
    if (this.#use) {
      await step();
      if (!live()) return false;
      const copy = tabCopy(this.#session, this.#tabBase);
      if (copy) {
        this.#key = copy;
        this.inCopy = true;
      }
      await step();
      if (!live()) return false;
      if (anythingSaved(this.#storage, this.#key)) {
        const { loadSaved } = await this.#autosave();
        if (!live()) return false;
        const saved = loadSaved(this.#storage, undefined, this.#key);
        if (saved.status === 'ok') this.board.restore(saved.board, saved.stamps);
        this.notice = NOTICES[saved.status];
        this.#canSave = saved.status !== 'set-aside-failed' && saved.status !== 'unavailable';
      } else this.#canSave = true;
    }
    this.#stored = this.board.revision;
    return true;
  }

  /** Writes the board if it changed since storage last held it (a read-only board never). */
  save(readonly: boolean): void {
    const revision = this.board.revision;
    if (!this.#canSave || readonly || revision === this.#stored) return;
    if (!this.#module) {
      void this.#autosave().then(() => this.save(readonly));
      return;
    }
    const result = this.#module.save(
      this.#storage,
      this.board.toData(),
      this.#key,
      this.board.stamps(),
    );
    if (result === 'ok') this.#stored = revision;
    else this.notice = result;
  }

  /** Every copy but this tab's and a few recent ones (maybe open in another tab) goes. */
  async prune(): Promise<void> {
    if (!this.#use || !anythingSaved(this.#storage, this.#key)) return;
    const { copiesInTab, pruneCopies } = await this.#autosave();
    pruneCopies(this.#storage, [this.#key, ...copiesInTab(this.#session)]);
  }

  /** From now on this board saves under a new key: one's own saved board stays untouched. A board
   *  that keeps nothing (a preview, a given board) leaves this tab's pointer alone: it would send
   *  the page's own board to a copy that is never written. */
  startCopy(): void {
    this.#key = copyKey();
    this.inCopy = true;
    if (this.#use) {
      try {
        this.#session().setItem(this.#tabBase + TAB_COPY_SUFFIX, this.#key);
      } catch {
        // Without session storage the copy still saves; a reload then opens one's own board.
      }
      void this.prune();
    }
    this.board.revision++;
  }

  /**
   * Another tab or window saved this same board: merge it item by item (the later change of each
   * card wins), so neither tab's work is lost and this tab's undo keeps to its own actions.
   * Resolves to the number of cards taken over.
   */
  async otherTab(e: StorageEvent, ready: () => boolean): Promise<number> {
    if (!this.#use || e.key !== this.#key || e.newValue === null || !ready() || !this.#canSave)
      return 0;
    // The event carries what was written: no second read, and nothing of the other tab's is set
    // aside from here.
    const { readSaved } = await this.#autosave();
    const saved = readSaved(e.newValue);
    if (!('board' in saved)) return 0;
    const { taken, ahead } = this.board.merge(saved.board, saved.stamps);
    // Storage already holds the other tab's board; only a board with more than that is written.
    if (!ahead) this.#stored = this.board.revision;
    return taken;
  }
}
