// The last step of every decoder: whatever the carrier, the result must pass BoardDataSchema and
// only reference initiatives the current content knows (or the board's own initiatives).
import { dotPath, parse } from '../check';
import { BoardDataSchema, roundPosition, type BoardData } from '../board/types';
import { fail, type Decoded } from './errors';

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
  const value: BoardData = {
    placements,
    own: board.own,
    // A reveal of an unknown initiative shows nothing; dropping it silently loses nothing.
    revealed: board.revealed.filter((id) => known.has(id)),
    revealAll: board.revealAll,
  };
  return dropped.length > 0 ? { ok: true, value, dropped } : { ok: true, value };
}
