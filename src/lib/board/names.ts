// Own initiative names must show something and read the way they are stored. Bidi controls
// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) can make a name display as another
// text; a name of only zero-width or format characters shows as an empty card. Both come from
// pasted text or from a crafted link or file. Joiners inside a visible name stay: emoji sequences
// and several scripts need them.

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/**
 * What renders as nothing: whitespace, format characters (\p{Cf}: U+200B–U+200D, U+2060, U+FEFF,
 * U+00AD, the bidi controls…), the combining grapheme joiner, Hangul fillers, the blank Braille
 * pattern and variation selectors.
 */
// Combining marks (U+034F, the selectors) stand alone: in a class they read as combined.
const BLANK = /[\s\p{Z}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]|\u034F|[\uFE00-\uFE0F]/gu;

export const hasBidi = (text: string) => text.search(BIDI) >= 0;
export const stripBidi = (text: string) => text.replace(BIDI, '');
/** True for '' too. */
export const isInvisible = (text: string) => text.replace(BLANK, '') === '';
