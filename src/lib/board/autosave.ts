// Autosave in localStorage. A saved board that is corrupt or from an unknown version is set aside
// under its own key (kept, never destroyed) and reported; disabled or full storage is reported and
// the app keeps working without it.
import { between, parse, record, string } from '../check';
import type { Stamps } from './board.svelte';
import { BOARD_VERSION, BoardDataSchema, type BoardData } from './types';

/** Per-item stamps saved next to the board (older saves have none: every item counts as 0). */
const StampsSchema = record(string(), between(0, Number.MAX_SAFE_INTEGER, 'expected a stamp'));

export const STORAGE_KEY = 'kompasverkenner:board';
export const SET_ASIDE_PREFIX = 'kompasverkenner:set-aside:';

export type LoadResult =
  | { status: 'empty' }
  | { status: 'ok'; board: BoardData; stamps: Stamps }
  | { status: 'set-aside'; reason: 'corrupt' | 'unknown-version'; key: string }
  | { status: 'set-aside-failed'; reason: 'corrupt' | 'unknown-version' }
  | { status: 'unavailable' };

export type SaveResult = 'ok' | 'quota' | 'unavailable';

/** Storage may throw on access itself (disabled cookies, sandboxed iframes). */
function open(getStorage: () => Storage): Storage | null {
  try {
    const storage = getStorage();
    storage.getItem(STORAGE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/** A saved board's text as a board, or why it is not one. Reads no storage and changes nothing. */
export function readSaved(
  raw: string,
): { board: BoardData; stamps: Stamps } | { reason: 'corrupt' | 'unknown-version' } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { reason: 'corrupt' };
  }
  if (typeof parsed !== 'object' || parsed === null) return { reason: 'corrupt' };
  const version = (parsed as { v?: unknown }).v;
  if (typeof version === 'number' && version > BOARD_VERSION) return { reason: 'unknown-version' };
  if (version !== BOARD_VERSION) return { reason: 'corrupt' };
  const result = parse(BoardDataSchema, (parsed as { board?: unknown }).board);
  if (!result.ok) return { reason: 'corrupt' };
  const stamps = parse(StampsSchema, (parsed as { stamps?: unknown }).stamps ?? {});
  return { board: result.value, stamps: stamps.ok ? stamps.value : {} };
}

export function loadSaved(
  getStorage: () => Storage,
  now = new Date(),
  key = STORAGE_KEY,
): LoadResult {
  const storage = open(getStorage);
  if (!storage) return { status: 'unavailable' };
  const raw = storage.getItem(key);
  if (raw === null) return { status: 'empty' };
  const found = readSaved(raw);
  if ('board' in found) return { status: 'ok', board: found.board, stamps: found.stamps };
  const aside = SET_ASIDE_PREFIX + now.toISOString();
  try {
    storage.setItem(aside, raw);
    storage.removeItem(key);
    return { status: 'set-aside', reason: found.reason, key: aside };
  } catch {
    // Could not copy it: leave the original where it is, and do not overwrite it.
    return { status: 'set-aside-failed', reason: found.reason };
  }
}

/** A copy opened next to one's own board is saved under its own key. */
export const copyKey = (now = new Date()) => `kompasverkenner:copy:${now.toISOString()}`;

export function save(
  getStorage: () => Storage,
  board: BoardData,
  key = STORAGE_KEY,
  stamps: Stamps = {},
): SaveResult {
  const storage = open(getStorage);
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, JSON.stringify({ v: BOARD_VERSION, board, stamps }));
    return 'ok';
  } catch (error) {
    const name = (error as { name?: string }).name;
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
      ? 'quota'
      : 'unavailable';
  }
}
