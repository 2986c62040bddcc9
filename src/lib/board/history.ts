// Undo and redo as changes per item, and the stamps other tabs' boards are merged by: what one
// action changed (only those items, before and after), how two snapshots differ, the own
// initiatives with a change undone or redone, and the stamps with their clock.
import type { BoardData, OwnInitiative } from './types';

export type ActionKind = 'place' | 'remove' | 'add' | 'edit' | 'delete' | 'reset' | 'load';
export interface Action {
  kind: ActionKind;
  id?: string;
  /** An own initiative's name, so undoing its addition or redoing its deletion can say it. */
  name?: string;
}

export interface Snapshot {
  placements: Record<string, number>;
  own: OwnInitiative[];
  /** Only around opening another board: undoing that brings the reveal state back too. */
  reveal?: { all: boolean; ids: Record<string, boolean> };
}
/** What one action changed: only those items, before and after. */
export interface Change {
  placements: Record<string, [number | undefined, number | undefined]>;
  own: Record<string, [OwnInitiative | undefined, OwnInitiative | undefined]>;
  /** Own ids in order before and after, so an undone deletion returns to its place. */
  order?: [string[], string[]];
  reveal?: [Snapshot['reveal'], Snapshot['reveal']];
}
export interface Entry {
  action: Action;
  change: Change;
}

/** A board's reveal state as a snapshot holds it. */
export const revealOf = (data: BoardData): NonNullable<Snapshot['reveal']> => ({
  all: data.revealAll,
  ids: Object.fromEntries(data.revealed.map((id) => [id, true])),
});

/** Item stamps: `p:<id>` a placement, `o:<id>` an own initiative, `r` the reveal state. */
export type Stamps = Record<string, number>;

/** One board's stamps and their clock, which never runs back: a stamp is the time of the change,
 *  or one past the last stamp (here or in a merged board) when that is later. */
export class Stamper {
  #stamps: Stamps;
  #clock: number;

  constructor(stamps: Stamps = {}) {
    this.#stamps = { ...stamps };
    this.#clock = Math.max(0, ...Object.values(stamps));
  }

  /** Marks an item as changed now. */
  stamp(key: string) {
    this.#clock = Math.max(this.#clock + 1, Date.now());
    this.#stamps[key] = this.#clock;
  }

  /** After a merge: the stamps of the items taken, and a clock past every stamp of the other board. */
  take(taken: Stamps, theirs: Stamps) {
    Object.assign(this.#stamps, taken);
    this.#clock = Math.max(this.#clock, ...Object.values(theirs));
  }

  all(): Stamps {
    return { ...this.#stamps };
  }
}

export const HISTORY_LIMIT = 500;

/** The items that differ between two snapshots, with both values. */
export function changed(before: Snapshot, after: Snapshot): Change {
  const placements: Change['placements'] = {};
  for (const id of new Set([...Object.keys(before.placements), ...Object.keys(after.placements)])) {
    if (before.placements[id] !== after.placements[id])
      placements[id] = [before.placements[id], after.placements[id]];
  }
  const own: Change['own'] = {};
  const b = new Map(before.own.map((o) => [o.id, o]));
  const a = new Map(after.own.map((o) => [o.id, o]));
  for (const id of new Set([...b.keys(), ...a.keys()])) {
    if (JSON.stringify(b.get(id)) !== JSON.stringify(a.get(id))) own[id] = [b.get(id), a.get(id)];
  }
  const change: Change = { placements, own };
  if (Object.keys(own).length > 0)
    change.order = [before.own.map((o) => o.id), after.own.map((o) => o.id)];
  if (
    before.reveal &&
    after.reveal &&
    JSON.stringify(before.reveal) !== JSON.stringify(after.reveal)
  )
    change.reveal = [before.reveal, after.reveal];
  return change;
}

/** The own initiatives with one change's items set to their values before (0) or after (1) it: in
 *  the order the action saw first, then whatever else is here now (another tab's). */
export function replayOwn(
  own: readonly OwnInitiative[],
  change: Change,
  side: 0 | 1,
): OwnInitiative[] {
  const byId = new Map(own.map((o) => [o.id, o]));
  for (const [id, values] of Object.entries(change.own)) {
    const o = values[side];
    if (o) byId.set(id, { ...o });
    else byId.delete(id);
  }
  const order = change.order?.[side] ?? [];
  const first = order.filter((id) => byId.has(id));
  const rest = [...byId.keys()].filter((id) => !order.includes(id));
  return [...first, ...rest].map((id) => byId.get(id)!);
}
