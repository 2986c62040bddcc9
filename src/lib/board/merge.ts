// Merging a board another tab saved into this one, item by item: every card's placement, every own
// initiative and the reveal state carries a stamp (history.ts), and per item the later stamp wins
// (equal stamps: the larger value, so every tab picks the same). A plain function: it reads both
// boards and says what to change; Board applies that, key by key.
import type { BoardData, OwnInitiative } from './types';
import type { Stamps } from './history';

/** What merging changes here, and what it found. */
export interface Merged {
  /** The placements to take: a position, or undefined to take the card off. */
  placements: Record<string, number | undefined>;
  /** The own initiatives after the merge, only when one was taken (the others stay as they were,
   *  the same objects). */
  own?: OwnInitiative[];
  /** The other board's reveal state, only when it wins. */
  reveal?: { all: boolean; ids: string[] };
  /** The stamps of the items taken. */
  stamps: Stamps;
  /** How many items came from the other board. */
  taken: number;
  /** Whether this board still has something the other lacks (so it should be saved). */
  ahead: boolean;
}

/** 1: take theirs, -1: keep mine (and the other tab lacks it), 0: the same. */
function pick(a: unknown, b: unknown, mine: number, theirs: number): 1 | -1 | 0 {
  const x = JSON.stringify(a ?? null);
  const y = JSON.stringify(b ?? null);
  if (x === y) return 0;
  return theirs > mine || (theirs === mine && y > x) ? 1 : -1;
}

/** Merges `theirs` (with its stamps) into `mine`; neither is changed. */
export function mergeBoards(
  mine: BoardData,
  mineStamps: Stamps,
  theirs: BoardData,
  theirStamps: Stamps,
): Merged {
  const result: Merged = { placements: {}, stamps: {}, taken: 0, ahead: false };
  /** Compares one item; when theirs wins, its stamp is taken along. */
  const choose = (key: string, a: unknown, b: unknown) => {
    const choice = pick(a, b, mineStamps[key] ?? 0, theirStamps[key] ?? 0);
    if (choice < 0) result.ahead = true;
    if (choice > 0) {
      result.stamps[key] = theirStamps[key] ?? 0;
      result.taken++;
    }
    return choice > 0;
  };

  const placed = new Set([...Object.keys(mine.placements), ...Object.keys(theirs.placements)]);
  for (const id of placed) {
    const p = theirs.placements[id];
    if (choose(`p:${id}`, mine.placements[id], p)) result.placements[id] = p;
  }

  const mineOwn = new Map(mine.own.map((o) => [o.id, o]));
  const theirOwn = new Map(theirs.own.map((o) => [o.id, o]));
  let own = mine.own;
  for (const id of new Set([...mineOwn.keys(), ...theirOwn.keys()])) {
    const o = theirOwn.get(id);
    if (!choose(`o:${id}`, mineOwn.get(id), o)) continue;
    own = o
      ? mineOwn.has(id)
        ? own.map((x) => (x.id === id ? { ...o } : x))
        : [...own, { ...o }]
      : own.filter((x) => x.id !== id);
  }
  if (own !== mine.own) result.own = own;

  const myReveal = { all: mine.revealAll, ids: [...mine.revealed].sort() };
  const theirReveal = { all: theirs.revealAll, ids: [...theirs.revealed].sort() };
  if (choose('r', myReveal, theirReveal)) {
    result.reveal = { all: theirs.revealAll, ids: theirs.revealed };
  }
  return result;
}
