// A board inside an exported PNG: one iTXt chunk, keyword `kompasverkenner`, holding the board
// file JSON (see json.ts), so a screenshot of the board can be dropped back in to reopen it.
import type { BoardData } from '../board/types';
import { fromUtf8, utf8 } from './bytes';
import { crc32 } from './crc32';
import { CodecFailure, fail, type Decoded } from './errors';
import { decodeFile, encodeFile, FILE_MAX_CHARS } from './json';

export const PNG_KEYWORD = 'kompasverkenner';
/** Exports are a few hundred KB; this only keeps a stray photo from being checksummed. */
export const PNG_MAX_BYTES = 32 * 1024 * 1024;
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const latin1 = (b: Uint8Array) => String.fromCharCode(...b);

export const isPng = (bytes: Uint8Array): boolean =>
  bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);

interface Chunk {
  type: string;
  data: Uint8Array;
  /** Byte range of the whole chunk (length, type, data, CRC) in the file. */
  start: number;
  end: number;
}

/** Chunks up to and including IEND, every CRC checked. Throws CodecFailure('corrupt'). */
function readChunks(bytes: Uint8Array): Chunk[] {
  const chunks: Chunk[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = SIGNATURE.length;
  for (;;) {
    if (at + 12 > bytes.length) throw new CodecFailure('corrupt', `truncated at byte ${at}`);
    const length = view.getUint32(at);
    const typeBytes = bytes.subarray(at + 4, at + 8);
    const type = latin1(typeBytes);
    if (!/^[A-Za-z]{4}$/.test(type))
      throw new CodecFailure('corrupt', `bad chunk type at byte ${at}`);
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length)
      throw new CodecFailure('corrupt', `truncated ${type} chunk`);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(typeBytes, data) !== view.getUint32(end - 4))
      throw new CodecFailure('corrupt', `bad CRC in ${type}`);
    if (chunks.length === 0 && type !== 'IHDR')
      throw new CodecFailure('corrupt', 'first chunk is not IHDR');
    chunks.push({ type, data, start: at, end });
    if (type === 'IEND') return chunks;
    at = end;
  }
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = ascii(type);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(typeBytes, data));
  return out;
}

/** iTXt: keyword NUL, compression flag 0, method 0, empty language NUL, empty translation NUL, text. */
const itxt = (text: string) =>
  chunk('iTXt', Uint8Array.from([...ascii(PNG_KEYWORD), 0, 0, 0, 0, 0, ...utf8(text)]));

const isOurs = (c: Chunk) =>
  c.type === 'iTXt' && latin1(c.data.subarray(0, PNG_KEYWORD.length + 1)) === `${PNG_KEYWORD}\0`;

/**
 * Returns a copy of `png` with the board chunk before IEND (replacing an earlier one). Throws on
 * input that is not a valid PNG: the caller passes the canvas's own output, so that is a bug.
 */
export function embedBoardInPng(
  png: Uint8Array,
  board: BoardData,
  now: Date = new Date(),
): Uint8Array {
  if (!isPng(png)) throw new Error('embedBoardInPng: not a PNG');
  const chunks = readChunks(png);
  const kept = chunks
    .filter((c) => !isOurs(c) && c.type !== 'IEND')
    .map((c) => png.subarray(c.start, c.end));
  const iend = chunks[chunks.length - 1] as Chunk;
  const parts = [
    png.subarray(0, SIGNATURE.length),
    ...kept,
    itxt(encodeFile(board, now)),
    png.subarray(iend.start, iend.end),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Never throws, whatever the bytes. */
export function extractBoardFromPng(
  bytes: Uint8Array,
  knownIds: readonly string[],
): Decoded<BoardData> {
  if (bytes.length === 0) return fail('empty');
  if (bytes.length > PNG_MAX_BYTES) return fail('too-large', `${bytes.length} bytes`);
  if (!isPng(bytes)) return fail('wrong-file-type', 'no PNG signature');
  try {
    const ours = readChunks(bytes).find(isOurs);
    if (!ours) return fail('no-board-in-image');
    if (ours.data.length > FILE_MAX_CHARS)
      return fail('too-large', `${ours.data.length}-byte board chunk`);
    const rest = ours.data.subarray(PNG_KEYWORD.length + 1);
    // We only ever write uncompressed text; a compressed one is not ours to guess at.
    if (rest[0] !== 0 || rest[1] !== 0) return fail('corrupt', 'compressed iTXt');
    const languageEnd = rest.indexOf(0, 2);
    const translationEnd = languageEnd < 0 ? -1 : rest.indexOf(0, languageEnd + 1);
    if (translationEnd < 0) return fail('corrupt', 'iTXt header');
    return decodeFile(fromUtf8(rest.subarray(translationEnd + 1)), knownIds);
  } catch (e) {
    if (e instanceof CodecFailure) return fail(e.code, e.message);
    return fail('corrupt', String(e));
  }
}
