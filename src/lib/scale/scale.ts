// Pure scale math: position (0 = gemeente alone, 1 = residents alone) <-> forms, types, owners.
import type { Framework, Item, Owner } from '../content/schema';

type Interval = readonly [number, number];
const EPS = 1e-9;

/** A position kept on the scale: the one clamp of positions (drops, steps, links, files). */
export const clamp = (p: number) => Math.min(1, Math.max(0, p));
/** A position as the board keeps it: on the scale, to a thousandth. */
export const roundPosition = (p: number) => Math.round(clamp(p) * 1000) / 1000;
export const centre = ({ interval: [a, b] }: { interval: Interval }) => (a + b) / 2;

/** The interval containing p: start <= p < end; the top of the scale belongs to the last interval. */
function findAt<T extends { interval: Interval }>(list: readonly T[], p: number): T {
  const q = clamp(p);
  const hit = list.find(
    ({ interval: [a, b] }) => q >= a - EPS && (q < b - EPS || (b >= 1 - EPS && q <= 1)),
  );
  if (!hit) throw new RangeError(`no interval contains ${p}`);
  return hit;
}

export const itemAt = (framework: Framework, p: number): Item => findAt(framework.items, p);
const ownerAt = (framework: Framework, p: number): Owner | undefined =>
  framework.owners && framework.owners.length > 0 ? findAt(framework.owners, p) : undefined;

/** Positions where ownership changes hands (Peel en Maas's hard line). */
export function ownershipLines(framework: Framework): number[] {
  const owners = [...(framework.owners ?? [])].sort((x, y) => x.interval[0] - y.interval[0]);
  return owners.slice(1).map((o) => o.interval[0]);
}

/** Items of `framework` whose interval has a line strictly inside it (they straddle ownership). */
export const straddles = (item: { interval: Interval }, lines: readonly number[]) =>
  lines.some((x) => x > item.interval[0] + EPS && x < item.interval[1] - EPS);

export interface Placement {
  form: Item;
  type: Item;
  owner: Owner | undefined;
  /** The form lies across the other model's ownership line: that model has no shared ownership. */
  acrossLine: boolean;
}

/** Which form (of `main`) and type (of `other`) a position falls in; derived, never stored. */
export function locate(main: Framework, other: Framework, p: number): Placement {
  const form = itemAt(main, p);
  return {
    form,
    type: itemAt(other, p),
    owner: ownerAt(other, p),
    acrossLine: straddles(form, ownershipLines(other)),
  };
}

const centresAscending = (framework: Framework) =>
  framework.items.map(centre).sort((x, y) => x - y);

/** One form along the scale: dir +1 towards residents, -1 towards the gemeente; stays at the ends. */
export function stepForm(framework: Framework, p: number, dir: 1 | -1): number {
  const centres = centresAscending(framework);
  const next = dir > 0 ? centres.find((c) => c > p + EPS) : centres.findLast((c) => c < p - EPS);
  return next ?? p;
}

const FINE_STEP = 0.01;

/** A fine move (Shift+arrow, or a drag with a modifier): a hundredth of the scale, clamped. */
export const stepFine = (p: number, dir: 1 | -1) => roundPosition(p + dir * FINE_STEP);

/** Snap to the centre of the form that contains p. */
export const snap = (framework: Framework, p: number) => centre(itemAt(framework, p));

/** Items in scale order (ascending position), whatever their data order. */
export const ascending = <T extends { interval: Interval }>(list: readonly T[]) =>
  [...list].sort((x, y) => x.interval[0] - y.interval[0]);

/**
 * Position for a drop on a form or type of either model: its centre, unless a fine fraction
 * (0..1 across the target) is given. A type of the other model lands on the centre of the main
 * model's form at its middle, if that stays inside the type. An unknown target: the middle.
 */
export function snapInto(
  main: Framework,
  other: Framework,
  targetId: string,
  fraction: number | undefined,
): number {
  const target = [...main.items, ...other.items].find((it) => it.id === targetId);
  if (!target) return 0.5;
  const [a, b] = target.interval;
  if (fraction !== undefined) return a + clamp(fraction) * (b - a);
  if (main.items.includes(target)) return centre(target);
  const c = centre(itemAt(main, centre(target)));
  return c >= a && c < b ? c : centre(target);
}
