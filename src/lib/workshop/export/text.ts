// Text for the SVG export without a DOM: an approximate width for system-ui, and
// wrapping that hyphenates a word too wide for its box. Nothing is cut short: a box grows.
// Widths are estimates (no font is measured), so they lean wide: a line that is a little short
// looks fine, a line that overflows its box does not.
import { seams } from './hyphen';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Grapheme clusters, so an emoji or an accented letter is never cut in half. */
const graphemes = (s: string): string[] => Array.from(segmenter.segment(s), (x) => x.segment);

/** Width of one grapheme in em, roughly Segoe UI / Roboto; `measure` widens it for DejaVu. */
function em(g: string): number {
  if (g === ' ') return 0.3;
  if (/^[ijl|!.,:;'`’‘ı]$/.test(g)) return 0.28;
  if (/^[frt()[\]{}\-–/]$/.test(g)) return 0.38;
  if (/^[mwMW]$/.test(g)) return 0.9;
  if (/^[A-Z]$/.test(g)) return 0.7;
  if (/^[0-9]$/.test(g)) return 0.6;
  if (/^[a-z]$/.test(g)) return 0.57;
  if (/^\p{L}\p{M}*$/u.test(g)) return g.toUpperCase() === g ? 0.7 : 0.58;
  if (g === '→' || g === '←' || g === '…') return 0.9;
  return g.length > 1 || /\p{Extended_Pictographic}|\p{Script=Han}/u.test(g) ? 1.1 : 0.62;
}

export interface Font {
  size: number;
  bold?: boolean;
}

export const measure = (text: string, font: Font): number =>
  graphemes(text).reduce((w, g) => w + em(g), 0) * font.size * (font.bold ? 1.2 : 1.1);

/** The longest head of `text` (in graphemes) that fits `max`. */
function fitHead(text: string, max: number, font: Font): string {
  const gs = graphemes(text);
  let n = gs.length;
  while (n > 0 && measure(gs.slice(0, n).join(''), font) > max) n--;
  return gs.slice(0, n).join('');
}

/**
 * A word wider than `max` split in a head that fits (hyphenated where the break is a seam) and
 * the rest: at the last fitting compound seam, else the last syllable seam, else where it must.
 */
function breakWord(word: string, max: number, font: Font): [string, string] {
  const gs = graphemes(word);
  const head = (at: number, marked: boolean) => gs.slice(0, at).join('') + (marked ? '' : '-');
  const fitting = seams(gs).filter((s) => measure(head(s.at, s.marked), font) <= max);
  const seam = fitting.filter((s) => s.strong).pop() ?? fitting.pop();
  if (seam) return [head(seam.at, seam.marked), gs.slice(seam.at).join('')];
  const cut = fitHead(word, max, font) || (gs[0] ?? '');
  return [cut, word.slice(cut.length)];
}

/** Lines of at most `max` px, breaking at spaces; a word wider than a line is hyphenated. */
export function wrap(text: string, max: number, font: Font): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined, font) <= max) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    while (word && measure(word, font) > max) {
      const [head, rest] = breakWord(word, max, font);
      lines.push(head);
      word = rest;
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}
