// The board state: placements, own initiatives, reveal, and undo/redo. Every user action is a
// method; views call methods and never mutate state themselves. Positions are per key, so moving
// one card only touches that card's reactive entry.
import { LIMITS, emptyBoard, roundPosition, type BoardData, type OwnInitiative } from './types';

export type ActionKind = 'place' | 'remove' | 'add' | 'edit' | 'delete' | 'reset' | 'load';
export interface Action {
  kind: ActionKind;
  id?: string;
  /** An own initiative's name, so undoing its addition or redoing its deletion can say it. */
  name?: string;
}

interface Snapshot {
  placements: Record<string, number>;
  own: OwnInitiative[];
  /** Only around opening another board: undoing that brings the reveal state back too. */
  reveal?: { all: boolean; ids: Record<string, boolean> };
}
interface Entry {
  action: Action;
  before: Snapshot;
  after: Snapshot;
}

export type OwnError = 'name-required' | 'name-too-long' | 'description-too-long';
export type OwnResult = { ok: true; id: string } | { ok: false; error: OwnError };

const HISTORY_LIMIT = 500;
// Control characters never belong in a name or a description (plain text only).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const clean = (s: string) => s.replace(CONTROL, '').trim();

export function checkOwn(name: string, description: string): OwnError | null {
  const n = clean(name);
  if (n.length === 0) return 'name-required';
  if (n.length > LIMITS.name) return 'name-too-long';
  if (clean(description).length > LIMITS.description) return 'description-too-long';
  return null;
}

export class Board {
  placements: Record<string, number> = $state({});
  own: OwnInitiative[] = $state([]);
  revealed: Record<string, boolean> = $state({});
  revealAll = $state(false);
  #undo: Entry[] = $state.raw([]);
  #redo: Entry[] = $state.raw([]);
  /** Bumped on every change that should be saved. */
  revision = $state(0);

  readonly canUndo = $derived(this.#undo.length > 0);
  readonly canRedo = $derived(this.#redo.length > 0);

  constructor(data: BoardData = emptyBoard()) {
    this.#apply(data);
    this.revealAll = data.revealAll;
    this.revealed = Object.fromEntries(data.revealed.map((id) => [id, true]));
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

  addOwn(name: string, description = ''): OwnResult {
    const error = checkOwn(name, description);
    if (error) return { ok: false, error };
    const id = this.#nextOwnId();
    this.#commit({ kind: 'add', id, name: clean(name) }, () => {
      this.own.push({ id, name: clean(name), description: clean(description) });
    });
    return { ok: true, id };
  }

  editOwn(id: string, name: string, description = ''): OwnResult {
    const error = checkOwn(name, description);
    if (error) return { ok: false, error };
    const index = this.own.findIndex((o) => o.id === id);
    if (index < 0) return { ok: false, error: 'name-required' };
    this.#commit({ kind: 'edit', id }, () => {
      this.own[index] = { id, name: clean(name), description: clean(description) };
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
  restore(data: BoardData) {
    this.#undo = [];
    this.#redo = [];
    this.#apply(data);
    this.revealAll = data.revealAll;
    this.revealed = Object.fromEntries(data.revealed.map((id) => [id, true]));
  }

  /** Replaces the board with another (opened link or file). Undoable. */
  load(data: BoardData) {
    const reveal = {
      all: data.revealAll,
      ids: Object.fromEntries(data.revealed.map((id) => [id, true])),
    };
    this.#commit({ kind: 'load' }, () => this.#apply({ ...data, reveal }), true);
  }

  undo(): Action | undefined {
    const entry = this.#undo.at(-1);
    if (!entry) return undefined;
    this.#undo = this.#undo.slice(0, -1);
    this.#redo = [...this.#redo, entry];
    this.#apply(entry.before);
    this.revision++;
    return entry.action;
  }

  redo(): Action | undefined {
    const entry = this.#redo.at(-1);
    if (!entry) return undefined;
    this.#redo = this.#redo.slice(0, -1);
    this.#undo = [...this.#undo, entry];
    this.#apply(entry.after);
    this.revision++;
    return entry.action;
  }

  reveal(id: string, shown = true) {
    this.revealed[id] = shown;
    this.revision++;
  }

  setRevealAll(shown: boolean) {
    this.revealAll = shown;
    if (!shown) this.revealed = {};
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
    const entry = { action, before, after: this.#snapshot(withReveal) };
    this.#undo = [...this.#undo.slice(-(HISTORY_LIMIT - 1)), entry];
    this.#redo = [];
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

  #nextOwnId() {
    // A local lookup, not state: a plain Set is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const used = new Set(this.own.map((o) => o.id));
    for (const entry of [...this.#undo, ...this.#redo]) {
      for (const o of [...entry.before.own, ...entry.after.own]) used.add(o.id);
    }
    let n = used.size + 1;
    while (used.has(`own-${n.toString(36)}`)) n++;
    return `own-${n.toString(36)}`;
  }
}
