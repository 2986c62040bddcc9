// Dot-plot geometry, as pure math (Svelte draws): which lane each dot takes so that boards at
// (nearly) the same position do not hide one another. Where a dot sits is scale/linear's toPercent.
/** Dots closer than this (in scale units) share no lane; about a dot's width on a laptop track. */
const MIN_GAP = 0.035;

/**
 * A lane (0, 1, 2, …) per position, in input order: each dot takes the lowest lane whose last dot
 * is at least `gap` to its left. Ties keep input order, so board 1 sits above board 2.
 */
export function stackDots(
  positions: readonly number[],
  gap = MIN_GAP,
): { lanes: number[]; count: number } {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const lastInLane: number[] = [];
  const lanes = positions.map(() => 0);
  for (const { p, i } of order) {
    let lane = lastInLane.findIndex((last) => p - last >= gap);
    if (lane < 0) lane = lastInLane.length;
    lastInLane[lane] = p;
    lanes[i] = lane;
  }
  return { lanes, count: Math.max(1, lastInLane.length) };
}

/** Board markers cycle through this many colours; the board's number is the cue that never repeats. */
const MARKER_COLOURS = 8;
export const markerClass = (no: number) => `marker marker-${(no - 1) % MARKER_COLOURS}`;
