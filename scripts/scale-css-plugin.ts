// Vite plugin: `virtual:scale.css` places every band from the intervals in data/, as CSS custom
// properties. A stylesheet (not style attributes) keeps prerendered HTML valid under a strict CSP.
// Both models share one grid: a track per segment between any two neighbouring interval ends, so a
// Utrecht form, a Peel en Maas type and the cards placed at a form line up whatever their content.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toPercent } from '../src/lib/scale/linear';

const ID = 'virtual:scale.css';
const FILES = ['data/frameworks/utrecht.json', 'data/frameworks/peel-en-maas.json'];

interface Span {
  id: string;
  interval: [number, number];
}

/** Position → percent of the scale, to a thousandth (identical ends compare equal). */
const pct = (x: number) => Math.round(toPercent(x) * 1000) / 1000;

export function scaleCss(files = FILES): string {
  const rules: string[] = [];
  const lists = files.flatMap((file) => {
    const fw = JSON.parse(readFileSync(file, 'utf8')) as { items: Span[]; owners?: Span[] };
    return [fw.items, fw.owners ?? []];
  });
  // Every interval end, ascending: grid line k (1-based, gemeente first) sits at ends[k - 1].
  const ends = [...new Set(lists.flat().flatMap((s) => s.interval.map(pct)))].sort((x, y) => x - y);
  const n = ends.length - 1;
  const line = (x: number) => ends.indexOf(pct(x)) + 1;
  const sizes = ends.slice(1).map((end, i) => Math.round((end - ends[i]!) * 1000) / 1000);
  // Columns (gemeente left) grow with the share of the scale; rows (residents on top) start at it.
  // The short rows are for the embedded explainer, which has no cards to make room for.
  const rows = (unit: string) =>
    [...sizes]
      .reverse()
      .map((s) => `minmax(calc(${unit}*${s}),auto)`)
      .join(' ');
  rules.push(
    `:root{--scale-cols:${sizes.map((s) => `minmax(0,${s}fr)`).join(' ')};` +
      `--scale-rows:${rows('var(--scale-u,0.5rem)')};--scale-rows-short:${rows('0.36rem')}}`,
  );
  for (const list of lists) {
    // --o: rank along the scale, so a flex row lays the spans out left to right.
    const ranked = [...list].sort((x, y) => x.interval[0] - y.interval[0]);
    ranked.forEach((span, rank) => {
      const [a, b] = span.interval;
      // --c1/--c2: column lines; --r1/--r2: row lines counted from the top (residents' end).
      const [c1, c2] = [line(a), line(b)];
      const [r1, r2] = [n + 2 - c2, n + 2 - c1];
      rules.push(
        `[data-span="${span.id}"]{--a:${pct(a)};--b:${pct(b)};--o:${rank};` +
          `--c1:${c1};--c2:${c2};--r1:${r1};--r2:${r2}}`,
      );
    });
  }
  return rules.join('\n');
}

export function scaleCssPlugin(): Plugin {
  return {
    name: 'kompas:scale-css',
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load(id) {
      if (id !== '\0' + ID) return undefined;
      FILES.forEach((f) => this.addWatchFile(f));
      return scaleCss();
    },
  };
}
