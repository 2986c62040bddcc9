// The board as plain data: what autosave, links, files and PNGs carry. Positions are on the
// shared scale (0 = gemeente alone, 1 = residents alone); forms and types are derived, never stored.
import { array, between, boolean, object, record, refine, string, type Check } from '../check';

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

const maxLength = (max: number): Check<string> =>
  refine(string(), (s) => s.length <= max, `expected at most ${max} characters`);

/** Plain text only: no control characters; trimmed; length-limited. */
const plain = (max: number, min = 0): Check<string> =>
  refine(
    string('expected a string', true),
    // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
    (s) => s.length >= min && s.length <= max && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s),
    `expected plain text of ${min} to ${max} characters`,
  );

const OWN_ID = /^own-[a-z0-9]{1,12}$/;
export const OwnSchema: Check<OwnInitiative> = object({
  id: refine(string(), (s) => OWN_ID.test(s), 'expected an own id (own-…)'),
  name: plain(LIMITS.name, 1),
  description: plain(LIMITS.description),
});

const atMost = <T>(check: Check<T[]>, max: number): Check<T[]> =>
  refine(check, (list) => list.length <= max, `expected at most ${max} entries`);

export const BoardDataSchema: Check<BoardData> = refine(
  object({
    placements: refine(
      record(maxLength(80), between(0, 1, 'expected a position between 0 and 1')),
      (r) => Object.keys(r).length <= LIMITS.placements,
      'too many placements',
    ),
    own: atMost(array(OwnSchema), LIMITS.own),
    revealed: atMost(array(maxLength(80)), LIMITS.placements),
    revealAll: boolean(),
  }),
  (b) => new Set(b.own.map((o) => o.id)).size === b.own.length,
  'duplicate own ids',
);

export const roundPosition = (p: number) => Math.round(Math.min(1, Math.max(0, p)) * 1000) / 1000;
