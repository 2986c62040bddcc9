// The board state: placements, own initiatives, reveal, and undo/redo. Every user action is a
// method; views call methods and never mutate state themselves. Positions are per key, so moving
// one card only touches that card's reactive entry.
// Several tabs may edit one saved board at once: every card, own initiative and the reveal state
// carries a stamp (a clock per item), and a board saved by another tab is merged item by item —
// the later stamp wins — instead of replacing this one. Undo and redo touch only the items their
// action changed, so they never take back another tab's work. The pieces without state live next
// door: the merge in merge.ts, changes and stamps in history.ts, own-initiative rules in own.ts.
import { emptyBoard, type BoardData, type OwnInitiative } from './types';
import {
  changed,
  HISTORY_LIMIT,
  replayOwn,
  revealOf,
  Stamper,
  type Action,
  type Change,
  type Entry,
  type Snapshot,
  type Stamps,
} from './history';
import { checkOwn, clean, cleanDescription, newOwnId, type OwnResult } from './own';
import { mergeBoards } from './merge';

export type { Action, ActionKind, Stamps } from './history';
export { checkOwn, type OwnError, type OwnResult } from './own';
import { roundPosition } from '../scale/scale';

export class Board {
  placements: Record<string, number> = $state({});
  own: OwnInitiative[] = $state([]);
  revealed: Record<string, boolean> = $state({});
  revealAll = $state(false);
  #undo: Entry[] = $state.raw([]);
  #redo: Entry[] = $state.raw([]);
  /** Bumped on every change that should be saved. */
  revision = $state(0);
  /** Per item, when it last changed here or in a merged board (not state: nothing shows it). */
  #stamps = new Stamper();

  readonly canUndo = $derived(this.#undo.length > 0);
  readonly canRedo = $derived(this.#redo.length > 0);

  constructor(data: BoardData = emptyBoard()) {
    this.#apply({ ...data, reveal: revealOf(data) });
  }

  position = (id: string): number | undefined => this.placements[id];
  isPlaced = (id: string) => this.placements[id] !== undefined;
  isRevealed = (id: string) => this.revealAll || this.revealed[id] === true;

  place(id: string, position: number) {
    const p = roundPosition(position);
    if (this.placements[id] === p) return;
    this.#commit({ kind: 'place', id }, () => {
      this.placements[id] = p;
    });
  }

  remove(id: string) {
    if (!this.isPlaced(id)) return;
    this.#commit({ kind: 'remove', id }, () => {
      delete this.placements[id];
    });
  }

  /** Adds an own initiative; with a position it lands there at once, in one undo step. */
  addOwn(name: string, description = '', position?: number): OwnResult {
    const error = checkOwn(name, description);
    if (error) return { ok: false, error };
    const id = newOwnId(this.own);
    this.#commit({ kind: 'add', id, name: clean(name) }, () => {
      this.own.push({ id, name: clean(name), description: cleanDescription(description) });
      if (position !== undefined) this.placements[id] = roundPosition(position);
    });
    return { ok: true, id };
  }

  editOwn(id: string, name: string, description = ''): OwnResult {
    const error = checkOwn(name, description);
    if (error) return { ok: false, error };
    const index = this.own.findIndex((o) => o.id === id);
    if (index < 0) return { ok: false, error: 'name-required' };
    this.#commit({ kind: 'edit', id }, () => {
      this.own[index] = { id, name: clean(name), description: cleanDescription(description) };
    });
    return { ok: true, id };
  }

  deleteOwn(id: string) {
    const own = this.own.find((o) => o.id === id);
    if (!own) return;
    this.#commit({ kind: 'delete', id, name: own.name }, () => {
      this.own = this.own.filter((o) => o.id !== id);
      delete this.placements[id];
    });
  }

  /** Takes every card off the board (own initiatives stay in the deck). Undoable. */
  reset() {
    if (Object.keys(this.placements).length === 0) return;
    this.#commit({ kind: 'reset' }, () => {
      this.placements = {};
    });
  }

  /** Puts back a saved board, or shows a read-only one: not a change, so not undoable, and the
   *  history of whatever was here before is dropped (it belongs to another board). */
  restore(data: BoardData, stamps: Stamps = {}) {
    this.#undo = [];
    this.#redo = [];
    this.#apply({ ...data, reveal: revealOf(data) });
    this.#stamps = new Stamper(stamps);
  }

  /** Replaces the board with another (opened link or file). Undoable. */
  load(data: BoardData) {
    const reveal = revealOf(data);
    this.#commit({ kind: 'load' }, () => this.#apply({ ...data, reveal }), true);
  }

  undo(): Action | undefined {
    const entry = this.#undo.at(-1);
    if (!entry) return undefined;
    this.#undo = this.#undo.slice(0, -1);
    this.#redo = [...this.#redo, entry];
    this.#replay(entry.change, 0);
    return entry.action;
  }

  redo(): Action | undefined {
    const entry = this.#redo.at(-1);
    if (!entry) return undefined;
    this.#redo = this.#redo.slice(0, -1);
    this.#undo = [...this.#undo, entry];
    this.#replay(entry.change, 1);
    return entry.action;
  }

  reveal(id: string, shown = true) {
    this.revealed[id] = shown;
    this.#stamps.stamp('r');
    this.revision++;
  }

  setRevealAll(shown: boolean) {
    this.revealAll = shown;
    if (!shown) this.revealed = {};
    this.#stamps.stamp('r');
    this.revision++;
  }

  toData(): BoardData {
    return {
      placements: { ...this.placements },
      own: this.own.map((o) => ({ ...o })),
      revealed: Object.keys(this.revealed).filter((id) => this.revealed[id]),
      revealAll: this.revealAll,
    };
  }

  /** The stamps to save next to the board, for other tabs to merge with. */
  stamps(): Stamps {
    return this.#stamps.all();
  }

  /**
   * Merges a board another tab saved: per item, the later stamp wins (equal stamps: the larger
   * value, so every tab picks the same). Not an action: this tab's undo history stays, and its
   * entries only touch their own items. Returns how many items came from the other board, and
   * whether this board still has something the other lacks (so it should be saved).
   */
  merge(data: BoardData, stamps: Stamps): { taken: number; ahead: boolean } {
    const m = mergeBoards({ ...this.toData(), own: this.own }, this.#stamps.all(), data, stamps);
    for (const [id, p] of Object.entries(m.placements)) {
      if (p === undefined) delete this.placements[id];
      else this.placements[id] = p;
    }
    if (m.own) this.own = m.own;
    if (m.reveal) {
      this.revealAll = m.reveal.all;
      this.revealed = Object.fromEntries(m.reveal.ids.map((id) => [id, true]));
    }
    this.#stamps.take(m.stamps, stamps);
    if (m.taken > 0 || m.ahead) this.revision++;
    return { taken: m.taken, ahead: m.ahead };
  }

  #snapshot(withReveal: boolean): Snapshot {
    const snapshot: Snapshot = {
      placements: { ...this.placements },
      own: this.own.map((o) => ({ ...o })),
    };
    if (withReveal) snapshot.reveal = { all: this.revealAll, ids: { ...this.revealed } };
    return snapshot;
  }

  #commit(action: Action, change: () => void, withReveal = false) {
    const before = this.#snapshot(withReveal);
    change();
    const after = this.#snapshot(withReveal);
    const diff = changed(before, after);
    for (const id of Object.keys(diff.placements)) this.#stamps.stamp(`p:${id}`);
    for (const id of Object.keys(diff.own)) this.#stamps.stamp(`o:${id}`);
    if (diff.reveal) this.#stamps.stamp('r');
    const entry = { action, change: diff };
    this.#undo = [...this.#undo.slice(-(HISTORY_LIMIT - 1)), entry];
    this.#redo = [];
    this.revision++;
  }

  /** Sets the items of one change to their values before (0) or after (1) it. */
  #replay(change: Change, side: 0 | 1) {
    for (const [id, values] of Object.entries(change.placements)) {
      const p = values[side];
      if (p === undefined) delete this.placements[id];
      else this.placements[id] = p;
      this.#stamps.stamp(`p:${id}`);
    }
    const ids = Object.keys(change.own);
    if (ids.length > 0) {
      this.own = replayOwn(this.own, change, side);
      for (const id of ids) this.#stamps.stamp(`o:${id}`);
    }
    const reveal = change.reveal?.[side];
    if (reveal) {
      this.revealAll = reveal.all;
      this.revealed = { ...reveal.ids };
      this.#stamps.stamp('r');
    }
    this.revision++;
  }

  /** Applies a snapshot key by key, so unchanged cards keep their reactive entries untouched. */
  #apply(s: Snapshot) {
    for (const id of Object.keys(this.placements)) {
      if (!(id in s.placements)) delete this.placements[id];
    }
    for (const [id, p] of Object.entries(s.placements)) {
      if (this.placements[id] !== p) this.placements[id] = p;
    }
    this.own = s.own.map((o) => ({ ...o }));
    if (s.reveal) {
      this.revealAll = s.reveal.all;
      this.revealed = { ...s.reveal.ids };
    }
  }
}
