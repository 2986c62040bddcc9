// Board files and whatever else gets dropped on the app: a board JSON file, a PNG export with a
// board inside, or a text file holding a share link. Content decides, not the file name.
import type { BoardData } from '../board/types';
import { fail, type Decoded } from './errors';
import { decodeFile, FILE_MAX_CHARS } from './json';
import { decodeLink } from './link';
import { extractBoardFromPng, isPng } from './png';

export {
  decodeFile,
  encodeFile,
  FILE_FORMAT,
  FILE_VERSION,
  FILE_MAX_CHARS,
  type BoardFile,
} from './json';

/** Never throws. `name` only feeds error details (a `.json` that is really a JPEG still fails). */
export async function decodeAny(
  bytes: Uint8Array,
  name: string,
  knownIds: readonly string[],
): Promise<Decoded<BoardData>> {
  if (bytes.length === 0) return fail('empty', name);
  if (isPng(bytes)) return extractBoardFromPng(bytes, knownIds);
  // Checked in bytes, before decoding: UTF-8 never has fewer bytes than the text has characters.
  if (bytes.length > FILE_MAX_CHARS) return fail('too-large', `${name}: ${bytes.length} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('wrong-file-type', `${name}: not UTF-8 text`);
  }
  const trimmed = text.trim();
  if (/^[{[]/.test(trimmed)) return decodeFile(text, knownIds);
  const link = /#b=[^\s]*/.exec(trimmed);
  if (link) {
    const decoded = await decodeLink(link[0], knownIds);
    if (!decoded.ok) return decoded;
    return { ...decoded, value: decoded.value.board };
  }
  if (trimmed === '') return fail('empty', name);
  return fail('wrong-file-type', name);
}
