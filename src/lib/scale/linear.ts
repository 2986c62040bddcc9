// The ownership scale as a length: the one linear mapping from a position (0 = gemeente alone,
// 1 = residents alone) to pixels or percent and back, used by the drop targets, the SVG export,
// the compare plot, the route's mini scale and the generated band stylesheet. A module of its
// own, so d3-scale loads only with the parts that draw (never in the page's start-up chunk).
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export type PositionScale = ScaleLinear<number, number, never>;

/** Position 0..1 → [from, to]; `invert` maps a coordinate back to a position. */
export const positionScale = (from: number, to: number): PositionScale =>
  scaleLinear().domain([0, 1]).range([from, to]);

/** Position → percent of a track, clamped to the track. */
export const toPercent: PositionScale = positionScale(0, 100).clamp(true);
