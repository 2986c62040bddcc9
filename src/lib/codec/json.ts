// The board file (`.json`), also the text a PNG carries. Schema and example in docs/formats.md.
import type { BoardData } from '../board/types';
import { finishBoard } from './board';
import { fail, type Decoded } from './errors';

export const FILE_FORMAT = 'kompasverkenner-board';
export const FILE_VERSION = 1;
/** A full board is ~150 KB of JSON; 2 MB leaves room and still refuses someone's database dump. */
export const FILE_MAX_CHARS = 2 * 1024 * 1024;

export interface BoardFile {
  format: typeof FILE_FORMAT;
  version: number;
  savedAt: string;
  board: BoardData;
}

export function encodeFile(board: BoardData, now: Date = new Date()): string {
  const file: BoardFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    savedAt: now.toISOString(),
    board,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Never throws. `savedAt` is informational and not checked beyond being there or not. */
export function decodeFile(text: string, knownIds: readonly string[]): Decoded<BoardData> {
  if (text.length > FILE_MAX_CHARS) return fail('too-large', `${text.length} characters`);
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return fail('empty');
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (e) {
    return fail('corrupt', e instanceof Error ? e.message : 'JSON syntax error');
  }
  if (!isRecord(json) || json.format !== FILE_FORMAT) return fail('not-a-board');
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('corrupt', `version ${JSON.stringify(version)}`);
  }
  if (version > FILE_VERSION) return fail('unknown-version', `file version ${version}`);
  return finishBoard(json.board, knownIds);
}
