// The rules a board from outside (storage, a link, a file, a PNG) must pass before it is used:
// plain-text names of bounded length, positions on the scale, own ids, bounded counts. Loaded
// with the decoders and autosave, not with the page.
import { array, between, boolean, object, record, refine, string, type Check } from '../util/check';
import { LIMITS, type BoardData, type OwnInitiative } from './types';

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
