// Soft hyphens for long words on narrow bands and cards ("Overheids-participatie",
// "Buurt-pre-ventie"). Browsers here ship no Dutch hyphenation dictionary, so `hyphens: auto`
// does nothing, and `overflow-wrap` alone breaks anywhere ("Buurtpreve|ntie"). A soft hyphen
// shows only where the line breaks. For display only: names, CSV and announcements stay plain.
const SHY = '\u00ad';
/** Compound parts a long word breaks before first, in Dutch and English labels. */
const PARTS = [
  'participatie',
  'participation',
  'middelen',
  'samenwerken',
  'werken',
  'waardig',
  'zeggenschap',
  'schap',
  'gemeente',
];
const LONG = 6;
/** Letters kept together at either end of a word ("Ge-meen-te"). */
const EDGE = 2;
const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/i;
/** Two consonants that open a syllable together ("pre", "bla", "che"). */
const ONSET = /^(?:[pbtdkgfv][rl]|ch)$/i;
/** Three consonants that open a syllable together ("In-spraak", "Hoofd-straat", "schrijven"). */
const ONSET3 = /^(?:s[pt][rl]|sch)$/i;

/** Syllable-like breaks: before a lone consonant between vowels, else before a cluster's last. */
function syllables(w: string, cuts: Set<number>) {
  let i = 0;
  while (i < w.length && !VOWEL.test(w[i]!)) i++;
  while (i < w.length) {
    while (i < w.length && VOWEL.test(w[i]!)) i++;
    const start = i;
    while (i < w.length && !VOWEL.test(w[i]!)) i++;
    if (i >= w.length) break; // the word ends in consonants: no break there
    const n = i - start;
    // A pair that can open a syllable stays together; otherwise the last consonant opens it.
    let cut = n === 1 ? start : i - 1;
    if (n >= 2 && ONSET.test(w.slice(i - 2, i))) cut = i - 2;
    if (n >= 3 && ONSET3.test(w.slice(i - 3, i))) cut = i - 3;
    cuts.add(cut);
  }
}

function word(w: string): string {
  if (w.length <= LONG) return w;
  const lower = w.toLowerCase();
  const cuts = new Set<number>();
  for (const part of PARTS) {
    for (let at = lower.indexOf(part, 1); at > 0; at = lower.indexOf(part, at + 1)) cuts.add(at);
  }
  syllables(w, cuts);
  let out = '';
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut < EDGE || w.length - cut < EDGE || cut - from < 2) continue;
    out += w.slice(from, cut) + SHY;
    from = cut;
  }
  return out + w.slice(from);
}

/** The same labels come back on every band, card and render: each is worked out once. */
const done = new Map<string, string>();

export function hyphenate(text: string): string {
  let shown = done.get(text);
  if (shown === undefined) {
    shown = text.replace(/\p{L}+/gu, word);
    if (done.size < 2000) done.set(text, shown);
  }
  return shown;
}
