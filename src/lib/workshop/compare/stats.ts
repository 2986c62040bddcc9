// Compare table for a workshop: where did the boards put each initiative, and how far apart?
import { quantileSorted } from 'd3-array';
import type { BoardData } from '../../board/types';

export interface InitiativeStats {
  id: string;
  /** One entry per board that placed the initiative, in board order (`board` indexes `boards`). */
  positions: { board: number; position: number }[];
  count: number;
  /** null when no board placed it (count 0). */
  median: number | null;
  min: number | null;
  max: number | null;
  /**
   * max − min. The range, not the IQR: a workshop compares a handful of boards, and with 3–10
   * values the IQR hides exactly the outlier the group should talk about.
   */
  spread: number | null;
}

/** Positions are in 1/1000; one extra digit keeps the midpoint of an even median exact. */
const tidy = (x: number) => Math.round(x * 10000) / 10000;

const medianOf = (sorted: number[]) => tidy(quantileSorted(sorted, 0.5)!);

/**
 * Stats per id (every id, placed or not), most disagreement first: spread descending, then
 * initiatives no board placed, ties by id. Pure.
 */
export function compareBoards(
  boards: readonly BoardData[],
  ids: readonly string[],
): InitiativeStats[] {
  const stats = [...new Set(ids)].map((id): InitiativeStats => {
    const positions = boards.flatMap((b, board) => {
      // hasOwn: an id like "constructor" must not find Object.prototype's.
      const position = Object.hasOwn(b.placements, id) ? b.placements[id] : undefined;
      return position === undefined ? [] : [{ board, position }];
    });
    const sorted = positions.map((p) => p.position).sort((a, b) => a - b);
    const min = sorted[0];
    const max = sorted[sorted.length - 1];
    if (min === undefined || max === undefined) {
      return { id, positions, count: 0, median: null, min: null, max: null, spread: null };
    }
    return {
      id,
      positions,
      count: sorted.length,
      median: medianOf(sorted),
      min,
      max,
      spread: tidy(max - min),
    };
  });
  return stats.sort(
    (a, b) => (b.spread ?? -1) - (a.spread ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
