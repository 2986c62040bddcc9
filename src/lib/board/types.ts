// The board as plain data: what autosave, links, files and PNGs carry. Positions are on the
// shared scale (0 = gemeente alone, 1 = residents alone); forms and types are derived, never stored.
import * as v from 'valibot';

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

/** Plain text only: no control characters; trimmed; length-limited. */
const plain = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(max),
    // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
    v.check((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s), 'control characters'),
  );

export const OwnSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^own-[a-z0-9]{1,12}$/)),
  name: v.pipe(plain(LIMITS.name), v.minLength(1)),
  description: plain(LIMITS.description),
});

export const BoardDataSchema = v.pipe(
  v.strictObject({
    placements: v.pipe(
      v.record(
        v.pipe(v.string(), v.maxLength(80)),
        v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      ),
      v.check((r) => Object.keys(r).length <= LIMITS.placements, 'too many placements'),
    ),
    own: v.pipe(v.array(OwnSchema), v.maxLength(LIMITS.own)),
    revealed: v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.maxLength(LIMITS.placements)),
    revealAll: v.boolean(),
  }),
  v.check((b) => new Set(b.own.map((o) => o.id)).size === b.own.length, 'duplicate own ids'),
);

export const roundPosition = (p: number) => Math.round(Math.min(1, Math.max(0, p)) * 1000) / 1000;
