// Decoders never throw: every failure a user can cause (a mangled link, a wrong file) comes back
// as one of these codes, which the UI translates. Keep the list stable: codes are shown to users.

export const CODEC_ERROR_CODES = [
  /** Nothing to decode: an empty link, file or fragment. */
  'empty',
  /** Input over the size limit (link 8,000 chars, file 2 MB, PNG 32 MB, or inflated > 256 KB). */
  'too-large',
  /** Well-formed input of another kind: a JSON file that is not a board, a fragment without a board. */
  'not-a-board',
  /** Written by a newer version of the app than this one understands. */
  'unknown-version',
  /** Damaged: bad base64, bad deflate data, truncated bytes, JSON syntax error, bad PNG CRC. */
  'corrupt',
  /** Decodes, but the board breaks the rules of BoardDataSchema (too long names, bad ids…). */
  'invalid-board',
  /** A dropped file that is neither a board file, a PNG nor a text with a share link. */
  'wrong-file-type',
  /** A valid PNG that carries no board. */
  'no-board-in-image',
  /** The board had placements, but none of them is an initiative this version of the content knows. */
  'unknown-initiatives',
] as const;

export type CodecErrorCode = (typeof CODEC_ERROR_CODES)[number];

export interface CodecError {
  code: CodecErrorCode;
  /** Untranslated technical detail, for logs and bug reports only. */
  detail?: string;
}

/**
 * `dropped` lists placements left out because their initiative is unknown to the current content
 * (ids; for links, which carry hashes, `#` + 4 hex digits). Absent when nothing was dropped.
 * `renamed` lists own initiatives whose name was only invisible characters: they are named
 * UNNAMED, for the app to name in the reader's language. Absent when none was.
 */
export type Decoded<T> =
  { ok: true; value: T; dropped?: string[]; renamed?: string[] } | { ok: false; error: CodecError };

export const fail = (code: CodecErrorCode, detail?: string): { ok: false; error: CodecError } => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

/** Marks a decoding failure deep inside a parser; caught at the decoder's edge, never escapes. */
export class CodecFailure extends Error {
  constructor(
    readonly code: CodecErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
  }
}
