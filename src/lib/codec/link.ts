// Share links: the whole board in the URL fragment, `#b=<version>.<payload>`, so it never reaches
// a server. Byte layout (version 1) in docs/formats.md; keep both in step.
import { LIMITS, type BoardData } from '../board/types';
import { clamp } from '../scale/scale';
import { finishBoard } from './board';
import { ByteReader, ByteWriter, fromBase64url, toBase64url } from './bytes';
import { deflateRaw, inflateRaw } from './deflate';
import { CodecFailure, fail, type Decoded } from './errors';
import { hashIndex, hashLabel, idHash } from './hash';

export const LINK_VERSION = 1;
/** Longer fragments are refused before decoding; the UI can offer a file instead of a link. */
export const LINK_MAX_LENGTH = 8000;
/**
 * Zip-bomb guard: inflating stops past this many bytes. Derived from LIMITS so that every board
 * the schema accepts still fits: the largest payload, with 3-byte UTF-8 in every text, rounded up
 * to 64 KiB (about 576 KiB with 500 own initiatives).
 */
export const LINK_MAX_INFLATED = (() => {
  const text = (chars: number) => 3 + 3 * chars; // varint length + UTF-8
  const own = 1 + 12 + text(LIMITS.name) + text(LIMITS.description) + 2;
  const bytes = 10 + LIMITS.placements * 4 + LIMITS.own * own + LIMITS.placements * 4;
  return Math.ceil(bytes / 65536) * 65536;
})();

export type LinkMode = 'edit' | 'view';

export interface LinkFragment {
  /** As written, not yet checked: `decodeLink` reports a bad one. */
  version: string;
  payload: string;
}

const FLAG_VIEW = 1;
const FLAG_REVEAL_ALL = 2;
const UNPLACED = 0xffff;
const REF_CONTENT = 0;
const REF_OWN = 1;

/** The board part of a location hash (`#b=…`, other `&`-separated keys ignored); null if none. */
export function parseFragment(hash: string): LinkFragment | null {
  const params = hash.replace(/^#/, '').split('&');
  const value = params.find((p) => p.startsWith('b='))?.slice(2);
  if (!value) return null;
  const dot = value.indexOf('.');
  return dot < 0
    ? { version: value, payload: '' }
    : { version: value.slice(0, dot), payload: value.slice(dot + 1) };
}

const toUnits = (p: number) => Math.round(clamp(p) * 1000);

/**
 * Content placements not in `knownIds` are left out: no one could decode them anyway. The result
 * may exceed LINK_MAX_LENGTH for very large boards; callers should check.
 */
export async function encodeLink(
  board: BoardData,
  opts: { knownIds: readonly string[]; mode: LinkMode },
): Promise<string> {
  const known = new Set(opts.knownIds);
  const ownIndex = new Map(board.own.map((o, i) => [o.id, i]));
  const w = new ByteWriter();
  w.u8((opts.mode === 'view' ? FLAG_VIEW : 0) | (board.revealAll ? FLAG_REVEAL_ALL : 0));

  const content = Object.entries(board.placements).filter(
    ([id]) => known.has(id) && !ownIndex.has(id),
  );
  w.varint(content.length);
  for (const [id, p] of content) w.u16(idHash(id)).u16(toUnits(p));

  w.varint(board.own.length);
  for (const o of board.own) {
    const p = board.placements[o.id];
    w.str(o.id.replace(/^own-/, '')).str(o.name).str(o.description);
    w.u16(p === undefined ? UNPLACED : toUnits(p));
  }

  // Revealed is kept in order (a tagged reference per entry) so decoding gives back the same array.
  const revealed = board.revealed.filter((id) => ownIndex.has(id) || known.has(id));
  w.varint(revealed.length);
  for (const id of revealed) {
    const own = ownIndex.get(id);
    if (own === undefined) w.u8(REF_CONTENT).u16(idHash(id));
    else w.u8(REF_OWN).varint(own);
  }
  return `#b=${LINK_VERSION}.${toBase64url(await deflateRaw(w.done()))}`;
}

interface Parsed {
  candidate: BoardData;
  mode: LinkMode;
  dropped: string[];
}

function parseV1(bytes: Uint8Array, knownIds: readonly string[]): Parsed {
  const r = new ByteReader(bytes);
  const index = hashIndex(knownIds);
  const flags = r.u8();
  if (flags & ~(FLAG_VIEW | FLAG_REVEAL_ALL))
    throw new CodecFailure('corrupt', 'reserved flags set');
  const units = () => {
    const u = r.u16();
    if (u > 1000) throw new CodecFailure('corrupt', `position ${u} > 1000`);
    return u / 1000;
  };
  const placements: Record<string, number> = {};
  const dropped: string[] = [];
  for (let n = r.varint(); n > 0; n--) {
    const hash = r.u16();
    const p = units();
    const id = index.get(hash);
    if (id === undefined) dropped.push(hashLabel(hash));
    else placements[id] = p;
  }
  const own: BoardData['own'] = [];
  for (let n = r.varint(); n > 0; n--) {
    const o = { id: `own-${r.str()}`, name: r.str(), description: r.str() };
    const u = r.u16();
    if (u !== UNPLACED) {
      if (u > 1000) throw new CodecFailure('corrupt', `position ${u} > 1000`);
      placements[o.id] = u / 1000;
    }
    own.push(o);
  }
  const revealed: string[] = [];
  for (let n = r.varint(); n > 0; n--) {
    const tag = r.u8();
    if (tag === REF_CONTENT) {
      const id = index.get(r.u16());
      if (id !== undefined) revealed.push(id);
    } else if (tag === REF_OWN) {
      const o = own[r.varint()];
      if (o === undefined) throw new CodecFailure('corrupt', 'reveal of a missing own initiative');
      revealed.push(o.id);
    } else throw new CodecFailure('corrupt', `reference tag ${tag}`);
  }
  if (!r.atEnd) throw new CodecFailure('corrupt', 'trailing bytes');
  const mode: LinkMode = flags & FLAG_VIEW ? 'view' : 'edit';
  return {
    candidate: { placements, own, revealed, revealAll: (flags & FLAG_REVEAL_ALL) !== 0 },
    mode,
    dropped,
  };
}

/** Accepts a location hash (`#b=…`) or the same without `#`. Never throws. */
export async function decodeLink(
  fragment: string,
  knownIds: readonly string[],
): Promise<Decoded<{ board: BoardData; mode: LinkMode }>> {
  if (fragment.length > LINK_MAX_LENGTH) return fail('too-large', `${fragment.length} characters`);
  const hash = fragment.trim().replace(/^#/, '');
  const parts = parseFragment(hash);
  // `#b=` with nothing after it is a link that lost its board (cut off when pasted).
  if (parts === null)
    return hash === '' || /(^|&)b=/.test(hash) ? fail('empty') : fail('not-a-board');
  if (!/^[1-9]\d{0,5}$/.test(parts.version))
    return fail('corrupt', `version "${parts.version.slice(0, 12)}"`);
  const version = Number(parts.version);
  if (version > LINK_VERSION) return fail('unknown-version', `link version ${version}`);
  if (parts.payload === '') return fail('empty');
  try {
    const bytes = await inflateRaw(fromBase64url(parts.payload), LINK_MAX_INFLATED);
    const { candidate, mode, dropped } = parseV1(bytes, knownIds);
    const result = finishBoard(candidate, knownIds, dropped);
    if (!result.ok) return result;
    return { ...result, value: { board: result.value, mode } };
  } catch (e) {
    if (e instanceof CodecFailure) return fail(e.code, e.message);
    return fail('corrupt', String(e));
  }
}
