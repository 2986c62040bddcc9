// Board codecs: share links, board files, PNG exports, CSV exports (the board's and the compare table's).
export { CODEC_ERROR_CODES, type CodecError, type CodecErrorCode, type Decoded } from './errors';
export {
  encodeLink,
  decodeLink,
  parseFragment,
  LINK_VERSION,
  LINK_MAX_LENGTH,
  type LinkMode,
  type LinkFragment,
} from './link';
export * from './file';
export {
  encodeCsv,
  encodeCompareCsv,
  CSV_HEADERS,
  COMPARE_CSV_HEADERS,
  type CsvRow,
  type CompareCsvRow,
} from './csv';
export { embedBoardInPng, extractBoardFromPng, PNG_KEYWORD } from './png';
export { findHashCollisions, idHash, type HashCollision } from './hash';
