// The last step of every decoder: whatever the carrier, the result must pass BoardDataSchema and
// only reference initiatives the current content knows (or the board's own initiatives), and own
// names and descriptions lose their bidi controls (see board/names.ts).
import { dotPath, parse } from '../util/check';
import { isInvisible, stripBidi } from '../board/names';
import { BoardDataSchema } from '../board/schema';
import type { BoardData } from '../board/types';
import { roundPosition } from '../scale/scale';
import { fail, type Decoded } from './errors';

/** The name of an own initiative whose name showed nothing; the app replaces it (see Decoded). */
export const UNNAMED = '?';

/** Bidi controls out; a name that then shows nothing becomes UNNAMED and is listed. */
function plainOwn(own: BoardData['own'], renamed: string[]): BoardData['own'] {
  return own.map((o) => {
    const name = stripBidi(o.name).trim();
    const description = stripBidi(o.description).trim();
    if (!isInvisible(name)) return { ...o, name, description };
    renamed.push(o.id);
    return { ...o, name: UNNAMED, description };
  });
}

export function finishBoard(
  candidate: unknown,
  knownIds: readonly string[],
  /** Placements a carrier already had to leave out (links: hashes no known id matches). */
  alreadyDropped: readonly string[] = [],
): Decoded<BoardData> {
  const parsed = parse(BoardDataSchema, candidate);
  if (!parsed.ok) {
    const issue = parsed.issues[0]!;
    const path = dotPath(issue);
    return fail('invalid-board', path ? `${path}: ${issue.message}` : issue.message);
  }
  const board = parsed.value;
  const known = new Set([...knownIds, ...board.own.map((o) => o.id)]);
  const dropped = [...alreadyDropped];
  const placements: Record<string, number> = {};
  for (const [id, position] of Object.entries(board.placements)) {
    if (known.has(id)) placements[id] = roundPosition(position);
    else dropped.push(id);
  }
  // An empty board where the sender saw a full one would be baffling: say why instead.
  if (dropped.length > 0 && Object.keys(placements).length === 0) {
    return fail(
      'unknown-initiatives',
      `${dropped.length} unknown: ${dropped.slice(0, 5).join(', ')}`,
    );
  }
  const renamed: string[] = [];
  const value: BoardData = {
    placements,
    own: plainOwn(board.own, renamed),
    // A reveal of an unknown initiative shows nothing; dropping it silently loses nothing.
    revealed: board.revealed.filter((id) => known.has(id)),
    revealAll: board.revealAll,
  };
  return {
    ok: true,
    value,
    ...(dropped.length > 0 && { dropped }),
    ...(renamed.length > 0 && { renamed }),
  };
}
