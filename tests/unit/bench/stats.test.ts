// The benchmark's statistics (scripts/bench/stats.js): what the app-against-floor table prints.
import { describe, expect, it } from 'vitest';
import {
  formatSummary,
  median,
  pairedRatios,
  percentile,
  summary,
} from '../../../scripts/bench/stats.js';

describe('median', () => {
  it('is the middle value of an odd sample, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });
  it('is the mean of the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('leaves out values that are not finite numbers, and is NaN for nothing', () => {
    expect(median([NaN, 2, Infinity, 4])).toBe(3);
    expect(median([])).toBeNaN();
  });
  it('does not reorder the sample it is given', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('summary', () => {
  it('gives median, min, max and the count of finite values', () => {
    expect(summary([12, 10, NaN, 30, 11])).toEqual({ median: 11.5, min: 10, max: 30, n: 4 });
  });
  it('is empty for no values', () => {
    const s = summary([]);
    expect(s.n).toBe(0);
    expect(s.median).toBeNaN();
    expect(s.min).toBeNaN();
  });
});

describe('pairedRatios', () => {
  it('divides run i of the app by run i of the floor', () => {
    expect(pairedRatios([10, 30, 8], [5, 10, 8])).toEqual([2, 3, 1]);
  });
  it('skips pairs with a missing value or a floor of 0, and unpaired runs', () => {
    expect(pairedRatios([10, NaN, 4, 6, 9], [5, 2, 0, 3])).toEqual([2, 2]);
  });
});

describe('percentile', () => {
  it('is the nearest-rank value', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([4, 8], 0)).toBe(4);
  });
  it('is the largest value of a small sample at p95', () => {
    expect(percentile([3, 9, 1], 95)).toBe(9);
  });
});

describe('formatSummary', () => {
  const ms = (x: number) => `${Math.round(x)}`;
  it('prints median and range', () => {
    expect(formatSummary(summary([100, 120, 90]), ms)).toBe('100 (90–120)');
  });
  it('prints one value when min and max agree, and a dash for no runs', () => {
    expect(formatSummary(summary([14, 14]), ms)).toBe('14');
    expect(formatSummary(summary([]), ms)).toBe('—');
  });
});
