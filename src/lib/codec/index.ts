// Board codecs: share links, board files, PNG exports, CSV exports and the compare table.
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
export { encodeCsv, encodeCompareCsv, CSV_HEADERS, COMPARE_CSV_HEADERS, type CsvRow } from './csv';
export { embedBoardInPng, extractBoardFromPng, PNG_KEYWORD } from './png';
export { compareBoards, type InitiativeStats } from './compare';
export { findHashCollisions, idHash, type HashCollision } from './hash';
