import { describe, expect, it } from 'vitest';
import { hasBoardLink } from '../../../src/lib/controller/boardLink';
import { parseFragment } from '../../../src/lib/codec/link';

describe('hasBoardLink', () => {
  it.each([
    ['#b=1.abc', true],
    ['#x=1&b=1.abc', true],
    ['#b=', true],
    ['', false],
    ['#main', false],
    ['#ab=1', false],
    ['#x=b=1', false],
  ])('%s → %s', (hash, expected) => {
    expect(hasBoardLink(hash)).toBe(expected);
  });

  it('agrees with the link parser on every fragment that carries a board', () => {
    for (const hash of ['#b=1.abc', '#x=1&b=1.abc', '#b=1', '#y=2&z=3&b=1.q'])
      expect(hasBoardLink(hash) && parseFragment(hash) !== null).toBe(true);
  });
});
