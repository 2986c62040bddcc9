// Where a word too wide for its box may break, for the SVG export (SVG text does not hyphenate).
// No dictionary: Dutch compounds ("Overheidsmiddelen", "Burgerparticipatie") mostly join where a
// consonant cluster sits between two syllables and either it is long (three or more consonants
// rarely sit inside one word part: "Buurt|huizen") or the head ends like a word ("-s", "-er",
// "-en", "-lijk"). Those seams come first, any syllable seam next; an existing hyphen always.
export interface Seam {
  /** Break before this grapheme index. */
  at: number;
  /** Likely a compound boundary (or an existing hyphen): preferred over a mere syllable seam. */
  strong: boolean;
  /** The head already ends in a hyphen or slash, so none is added. */
  marked: boolean;
}

const VOWEL = /^[aeiouyàáâäèéêëìíîïòóôöùúûü]$/i;
const LETTER = /^\p{L}$/u;
/** Onsets a syllable may start with, longest first: the tail takes the longest that fits. */
const ONSETS = ['schr', 'sch', 'spr', 'str', 'spl', 'chr', 'ch', 'st', 'sp', 'sk', 'sl', 'sm']
  .concat(['sn', 'sw', 'pr', 'pl', 'br', 'bl', 'tr', 'dr', 'kr', 'kl', 'gr', 'gl', 'fr', 'fl'])
  .concat(['vr', 'vl', 'wr', 'ph']);
/** Endings of a Dutch word that often heads a compound (with its linking "s" where it takes one). */
const HEAD_END = /(s|er|en|el|lijk|ig|ief|aal|eel|heid|schap|ing|teit)$/;
/**
 * A Dutch linking "s" belongs to the head ("Overheids|middelen", "Bewoners|participatie"):
 * after any consonant before "sp", "sm" and the like, but before "st" only after a stop, since
 * many parts start with "st" ("Kader|stelling").
 */
const linksS = (head: string, onset: string) =>
  onset === 'st' ? /[dtgkpfb]$/.test(head) : head !== '' && !onset.startsWith('sch');

const isVowel = (gs: readonly string[], i: number) => {
  const g = gs[i] ?? '';
  // "ij" is one vowel in Dutch ("Gelijk|waardig").
  return VOWEL.test(g) || (g.toLowerCase() === 'j' && gs[i - 1]?.toLowerCase() === 'i');
};

/** Break positions inside one word (no spaces), given as grapheme clusters; ascending. */
export function seams(gs: readonly string[]): Seam[] {
  const lower = gs.map((g) => g.toLowerCase());
  const out: Seam[] = [];
  for (let i = 1; i < gs.length - 1; i++) {
    if (gs[i - 1] === '-' || gs[i - 1] === '/') out.push({ at: i, strong: true, marked: true });
  }
  let i = 0;
  while (i < gs.length) {
    // A run of consonant letters with a vowel on both sides.
    if (!isVowel(gs, i) || i + 1 >= gs.length || isVowel(gs, i + 1)) {
      i++;
      continue;
    }
    const start = i + 1;
    let end = start;
    while (end < gs.length && LETTER.test(gs[end]!) && !isVowel(gs, end)) end++;
    if (end >= gs.length || !isVowel(gs, end) || end === start) {
      i = end;
      continue;
    }
    const cluster = lower.slice(start, end).join('');
    let at = end - 1;
    if (cluster.length > 1) {
      const onset = ONSETS.find((o) => o.length < cluster.length && cluster.endsWith(o));
      if (onset) at = end - onset.length;
      if (onset?.startsWith('s') && linksS(lower.slice(start, at).join(''), onset)) at++;
    }
    const head = lower.slice(0, at).join('').replace(/\P{L}/gu, '');
    const tail = lower.slice(at).join('').replace(/\P{L}/gu, '');
    if (head.length >= 2 && tail.length >= 2) {
      const part = cluster.length >= 3 || (cluster.length === 2 && HEAD_END.test(head));
      out.push({ at, strong: part && head.length >= 3 && tail.length >= 5, marked: false });
    }
    i = end;
  }
  return out.sort((a, b) => a.at - b.at);
}
