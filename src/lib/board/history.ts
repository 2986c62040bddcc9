// Undo and redo as changes per item, and the stamps other tabs' boards are merged by: what one
// action changed (only those items, before and after), and how two snapshots differ.
import type { OwnInitiative } from './types';

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

/** Item stamps: `p:<id>` a placement, `o:<id>` an own initiative, `r` the reveal state. */
export type Stamps = Record<string, number>;

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
