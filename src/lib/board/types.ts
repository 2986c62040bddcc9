// The board as plain data: what autosave, links, files and PNGs carry. Positions are on the
// shared scale (0 = gemeente alone, 1 = residents alone); forms and types are derived, never stored.
// What a board from outside must satisfy is board/schema.ts (loaded with the decoders).
export const BOARD_VERSION = 1;

export const LIMITS = {
  name: 80,
  description: 280,
  own: 500,
  /** Placements are content initiatives plus own ones. */
  placements: 1000,
} as const;

export interface OwnInitiative {
  id: string;
  name: string;
  description: string;
}

export interface BoardData {
  /** Initiative id (from data/initiatives.json or an own one) → position, rounded to 1/1000. */
  placements: Record<string, number>;
  own: OwnInitiative[];
  /** Ids whose reference placement is shown, unless revealAll. */
  revealed: string[];
  revealAll: boolean;
}

export const emptyBoard = (): BoardData => ({
  placements: {},
  own: [],
  revealed: [],
  revealAll: false,
});
