// Small statistics for the benchmarks: median, min and max of a sample, ratios of paired runs
// (app run i against floor run i), percentiles, and their formatting for the table.

/** The median of a sample (mean of the two middle values for an even count); NaN when empty. */
export function median(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median, min and max of the finite values of a sample, and how many there were. */
export function summary(xs) {
  const s = xs.filter(Number.isFinite);
  return {
    median: median(s),
    min: s.length ? Math.min(...s) : NaN,
    max: s.length ? Math.max(...s) : NaN,
    n: s.length,
  };
}

/**
 * Ratios of paired runs, app[i] / floor[i], for pairs where both are finite and the floor is
 * not 0 (a ratio to nothing means nothing).
 */
export function pairedRatios(app, floor) {
  const out = [];
  for (let i = 0; i < Math.min(app.length, floor.length); i++) {
    const [a, f] = [app[i], floor[i]];
    if (Number.isFinite(a) && Number.isFinite(f) && f !== 0) out.push(a / f);
  }
  return out;
}

/** The p-th percentile (nearest rank: the smallest value with p % of the sample at or below). */
export function percentile(xs, p) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** "median (min–max)" with a formatter for single values; "—" for an empty sample. */
export function formatSummary(sum, fmt) {
  if (!sum.n) return '—';
  if (sum.min === sum.max) return fmt(sum.median);
  return `${fmt(sum.median)} (${fmt(sum.min)}–${fmt(sum.max)})`;
}
