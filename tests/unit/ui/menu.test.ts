import { describe, expect, it } from 'vitest';
import { menuMove, typeahead } from '../../../src/lib/ui/menu';

describe('menuMove', () => {
  it.each([
    ['ArrowDown', 0, 1],
    ['ArrowDown', 3, 0],
    ['ArrowUp', 1, 0],
    ['ArrowUp', 0, 3],
    ['ArrowUp', -1, 3],
    ['ArrowDown', -1, 0],
    ['Home', 2, 0],
    ['End', 0, 3],
    ['Enter', 1, null],
    ['a', 1, null],
  ] as const)('%s from %i of 4 goes to %s', (key, at, to) => {
    expect(menuMove(key, at, 4)).toBe(to);
  });

  it('has nowhere to go in an empty menu', () => {
    expect(menuMove('ArrowDown', -1, 0)).toBeNull();
  });
});

describe('typeahead', () => {
  const labels = ['PNG (afbeelding)', 'SVG', 'CSV', 'Afdrukken', 'Sneltoetsen'];
  it.each([
    ['s', 0, 1],
    ['S', 1, 4],
    ['s', 4, 1],
    ['c', 3, 2],
    ['x', 0, null],
    [' ', 0, null],
    ['Enter', 0, null],
  ] as const)('%j after %i goes to %s', (key, at, to) => {
    expect(typeahead(labels, at, key)).toBe(to);
  });
});
