import { describe, expect, it } from 'vitest';
import {
  SET_ASIDE_PREFIX,
  STORAGE_KEY,
  loadSaved,
  readSaved,
  save,
} from '../../../src/lib/board/autosave';
import type { BoardData } from '../../../src/lib/board/types';

class MemoryStorage implements Storage {
  map = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, value: string) {
    const used = [...this.map.values()].reduce((n, s) => n + s.length, 0);
    if (used + value.length > this.quota) {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    }
    this.map.set(k, value);
  }
}

const board: BoardData = {
  placements: { buurtfeest: 0.93 },
  own: [{ id: 'own-1', name: 'Moestuin', description: '' }],
  revealed: [],
  revealAll: false,
};
const now = new Date('2026-11-27T10:00:00Z');

describe('autosave', () => {
  it('round-trips a board', () => {
    const s = new MemoryStorage();
    expect(save(() => s, board)).toBe('ok');
    expect(loadSaved(() => s)).toEqual({ status: 'ok', board, stamps: {} });
  });

  it('reads what another tab wrote without touching storage', () => {
    const s = new MemoryStorage();
    save(() => s, board);
    const written = s.getItem(STORAGE_KEY)!;
    expect(readSaved(written)).toEqual({ board, stamps: {} });
    expect(readSaved('{"v":1,"board":{"placements":3}}')).toEqual({ reason: 'corrupt' });
    expect(readSaved('{"v":99,"board":{}}')).toEqual({ reason: 'unknown-version' });
  });

  it('reports an empty store', () => {
    expect(loadSaved(() => new MemoryStorage())).toEqual({ status: 'empty' });
  });

  it.each([
    ['not JSON', '{oops', 'corrupt'],
    ['a wrong shape', JSON.stringify({ v: 1, board: { placements: 'x' } }), 'corrupt'],
    [
      'an out-of-range position',
      JSON.stringify({ v: 1, board: { ...board, placements: { a: 3 } } }),
      'corrupt',
    ],
    ['no version', JSON.stringify({ board }), 'corrupt'],
    ['a future version', JSON.stringify({ v: 99, board }), 'unknown-version'],
  ])('sets aside %s, keeping the original text', (_name, raw, reason) => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, raw);
    const key = SET_ASIDE_PREFIX + now.toISOString();
    expect(loadSaved(() => s, now)).toEqual({ status: 'set-aside', reason, key });
    expect(s.getItem(key)).toBe(raw);
    expect(s.getItem(STORAGE_KEY)).toBeNull();
  });

  it('leaves a corrupt save in place when it cannot be copied aside', () => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, '{oops');
    s.quota = 5;
    expect(loadSaved(() => s, now)).toEqual({ status: 'set-aside-failed', reason: 'corrupt' });
    expect(s.getItem(STORAGE_KEY)).toBe('{oops');
  });

  it('reports a full store', () => {
    const s = new MemoryStorage();
    s.quota = 10;
    expect(save(() => s, board)).toBe('quota');
  });

  it('reports disabled storage, for loading and saving', () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(loadSaved(denied)).toEqual({ status: 'unavailable' });
    expect(save(denied, board)).toBe('unavailable');
  });
});
