// Vite plugin: `virtual:scale.css` places every band from the intervals in data/, as CSS custom
// properties. A stylesheet (not style attributes) keeps prerendered HTML valid under a strict CSP.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const ID = 'virtual:scale.css';
const FILES = ['data/frameworks/utrecht.json', 'data/frameworks/peel-en-maas.json'];

interface Span {
  id: string;
  interval: [number, number];
}

const pct = (x: number) => Math.round(x * 100000) / 1000;

export function scaleCss(files = FILES): string {
  const rules: string[] = [];
  for (const file of files) {
    const fw = JSON.parse(readFileSync(file, 'utf8')) as { items: Span[]; owners?: Span[] };
    for (const list of [fw.items, fw.owners ?? []]) {
      // --o: rank along the scale, so a flex row lays the spans out left to right.
      const ranked = [...list].sort((x, y) => x.interval[0] - y.interval[0]);
      ranked.forEach((span, rank) => {
        const [a, b] = span.interval;
        rules.push(`[data-span="${span.id}"]{--a:${pct(a)};--b:${pct(b)};--o:${rank}}`);
      });
    }
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
