// Links name content initiatives by a 16-bit hash of their id instead of the id itself: 2 bytes
// instead of ~20, and still stable when initiatives are added, removed or reordered in the data.
import { utf8 } from './bytes';

/** FNV-1a 32-bit over the UTF-8 bytes, XOR-folded to 16 bits (the FNV authors' advice). */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (const b of utf8(id)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return ((h >>> 16) ^ (h & 0xffff)) >>> 0;
}

/** How `dropped` names a hash that no known id matches. */
export const hashLabel = (hash: number): string => `#${hash.toString(16).padStart(4, '0')}`;

export interface HashCollision {
  hash: number;
  ids: string[];
}

/**
 * Ids that share a hash. A link cannot tell them apart, so decoding drops them; a unit test
 * asserts the content has none (with n ids the chance of one is about n²/131072: ~7% at 100).
 */
export function findHashCollisions(ids: readonly string[]): HashCollision[] {
  const byHash = new Map<number, string[]>();
  for (const id of new Set(ids)) {
    const h = idHash(id);
    byHash.set(h, [...(byHash.get(h) ?? []), id]);
  }
  return [...byHash]
    .filter(([, list]) => list.length > 1)
    .map(([hash, list]) => ({ hash, ids: list.sort() }))
    .sort((a, b) => a.hash - b.hash);
}

/** hash → id for unambiguous ids only; colliding hashes are left out so they decode as unknown. */
export function hashIndex(ids: readonly string[]): Map<number, string> {
  const colliding = new Set(findHashCollisions(ids).map((c) => c.hash));
  const index = new Map<number, string>();
  for (const id of ids) {
    const h = idHash(id);
    if (!colliding.has(h)) index.set(h, id);
  }
  return index;
}
