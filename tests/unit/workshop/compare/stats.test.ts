// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBoard, type BoardData } from '../../../../src/lib/board/types';
import { compareBoards } from '../../../../src/lib/workshop/compare/stats';
import { boardArb, contentIds } from '../../codec/helpers';

const b = (placements: Record<string, number>): BoardData => ({ ...emptyBoard(), placements });

describe('compareBoards', () => {
  const boards = [
    b({ x: 0.1, y: 0.5, z: 0.3 }),
    b({ x: 0.9, y: 0.5 }),
    b({ x: 0.3, y: 0.6, z: 0.3 }),
    b({ x: 0.4, y: 0.4, w: 0.2 }),
  ];

  it('gives count, median (mean of the middle two when even), min, max and spread per id', () => {
    const byId = Object.fromEntries(
      compareBoards(boards, ['x', 'y', 'z', 'w', 'v']).map((s) => [s.id, s]),
    );
    expect(byId.x).toEqual({
      id: 'x',
      positions: [
        { board: 0, position: 0.1 },
        { board: 1, position: 0.9 },
        { board: 2, position: 0.3 },
        { board: 3, position: 0.4 },
      ],
      count: 4,
      median: 0.35,
      min: 0.1,
      max: 0.9,
      spread: 0.8,
    });
    expect(byId.y).toMatchObject({ count: 4, median: 0.5, min: 0.4, max: 0.6, spread: 0.2 });
    expect(byId.z).toMatchObject({
      count: 2,
      median: 0.3,
      spread: 0,
      positions: [{ board: 0 }, { board: 2 }],
    });
    expect(byId.w).toMatchObject({ count: 1, median: 0.2, min: 0.2, max: 0.2, spread: 0 });
    expect(byId.v).toEqual({
      id: 'v',
      positions: [],
      count: 0,
      median: null,
      min: null,
      max: null,
      spread: null,
    });
  });

  it('sorts by spread descending, unplaced last, ties by id', () => {
    expect(compareBoards(boards, ['v', 'z', 'w', 'y', 'x']).map((s) => s.id)).toEqual([
      'x',
      'y',
      'w',
      'z',
      'v',
    ]);
  });

  it('finds nothing for ids that are Object.prototype keys', () => {
    expect(compareBoards(boards, ['constructor', 'toString'])).toMatchObject([
      { count: 0 },
      { count: 0 },
    ]);
  });

  it('handles no boards and duplicate ids', () => {
    expect(compareBoards([], ['a', 'a'])).toEqual([
      { id: 'a', positions: [], count: 0, median: null, min: null, max: null, spread: null },
    ]);
  });

  it('does not touch its input', () => {
    const frozen = boards.map((x) =>
      Object.freeze({ ...x, placements: Object.freeze({ ...x.placements }) }),
    );
    expect(() => compareBoards(Object.freeze(frozen), Object.freeze(['x', 'y']))).not.toThrow();
  });

  it('property: min ≤ median ≤ max, spread = max − min, counts match, order holds', () => {
    fc.assert(
      fc.property(fc.array(boardArb(0), { maxLength: 6 }), (boards) => {
        const stats = compareBoards(boards, contentIds);
        expect(stats).toHaveLength(contentIds.length);
        for (const s of stats) {
          expect(s.count).toBe(boards.filter((x) => s.id in x.placements).length);
          expect(s.positions).toHaveLength(s.count);
          if (s.count === 0) continue;
          const [min, median, max, spread] = [s.min, s.median, s.max, s.spread] as [
            number,
            number,
            number,
            number,
          ];
          expect(min).toBeLessThanOrEqual(median);
          expect(median).toBeLessThanOrEqual(max);
          expect(spread).toBeCloseTo(max - min, 9);
        }
        for (let i = 1; i < stats.length; i++) {
          const [p, q] = [stats[i - 1], stats[i]] as [(typeof stats)[0], (typeof stats)[0]];
          const [sp, sq] = [p.spread ?? -1, q.spread ?? -1];
          expect(sp > sq || (sp === sq && p.id < q.id)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
