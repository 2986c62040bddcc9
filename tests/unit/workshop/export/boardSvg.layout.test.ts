// The board SVG's layout, as the screen draws it: Utrecht's forms, then the placed cards, then
// Peel en Maas. Nothing overdrawn: every text fits the box it sits in (by the export's own width
// estimate), and the ownership line crosses no text. Plus a file snapshot of a fixed board.
import { describe, expect, it } from 'vitest';
import type { BoardData } from '../../../../src/lib/board/types';
import { rawContent } from '../../../../src/lib/content/files';
import { validateContent } from '../../../../src/lib/validation/validate';
import { catalogues } from '../../i18n/catalogues';
import { boardSvg } from '../../../../src/lib/workshop/export/boardSvg';
import { svgLabels } from '../../../../src/lib/workshop/export/labels';
import { exportMessages } from '../../../../src/lib/workshop/export/messages';
import { measure } from '../../../../src/lib/workshop/export/text';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content does not validate');
const content = result.content;
const ids = content.initiatives.map((i) => i.id);

const fixed: BoardData = {
  placements: {
    [ids[0]!]: 0.93,
    [ids[1]!]: 0.5,
    [ids[2]!]: 0.07,
    [ids[3]!]: 0.45,
    [ids[4]!]: 0.65,
    [ids[5]!]: 0.35,
    'own-1': 0.78,
  },
  own: [{ id: 'own-1', name: 'Bewonersparticipatieplatform Overheidsmiddelen', description: '' }],
  revealed: [ids[0]!, ids[1]!],
  revealAll: false,
};
const boards: Record<string, BoardData> = {
  fixed,
  empty: { placements: {}, own: [], revealed: [], revealAll: false },
  full: {
    placements: Object.fromEntries(ids.map((id, k) => [id, ((k * 37) % 100) / 100])),
    own: [],
    revealed: [],
    revealAll: true,
  },
};

function svgOf(data: BoardData, lang: 'nl' | 'en') {
  const t = catalogues[lang];
  return boardSvg({
    content,
    board: data,
    lang,
    title: exportMessages[lang].title,
    labels: svgLabels(t, exportMessages[lang]),
  });
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);

/** Every <text> with its estimated box: ascent 0.8 em above the baseline, descent 0.25 em. */
function texts(doc: Document) {
  return [...doc.querySelectorAll('text')].map((el) => {
    const size = num(el, 'font-size');
    const w = measure(el.textContent ?? '', {
      size,
      bold: el.getAttribute('font-weight') === '700',
    });
    const anchor = el.getAttribute('text-anchor');
    const x = num(el, 'x');
    const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
    const y = num(el, 'y');
    const box: Box = { x0, x1: x0 + w, y0: y - 0.8 * size, y1: y + 0.25 * size };
    return { text: el.textContent ?? '', box };
  });
}

function rects(doc: Document): Box[] {
  return [...doc.querySelectorAll('rect')].map((r) => ({
    x0: num(r, 'x'),
    x1: num(r, 'x') + num(r, 'width'),
    y0: num(r, 'y'),
    y1: num(r, 'y') + num(r, 'height'),
  }));
}

const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;
const area = (b: Box) => (b.x1 - b.x0) * (b.y1 - b.y0);

const cases = Object.keys(boards).flatMap((name) =>
  (['nl', 'en'] as const).map((lang) => [name, lang] as const),
);

describe('boardSvg layout', () => {
  it('matches the snapshot of a fixed board', async () => {
    const svg = svgOf(fixed, 'nl');
    expect(svgOf(fixed, 'nl')).toBe(svg);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/board.svg');
  });

  it('stacks Utrecht, the cards, then Peel en Maas, top to bottom', () => {
    const doc = new DOMParser().parseFromString(svgOf(fixed, 'nl'), 'image/svg+xml');
    const top = (sel: string) =>
      Math.min(...[...doc.querySelectorAll(sel)].map((r) => num(r, 'y')));
    const bottom = (sel: string) =>
      Math.max(...[...doc.querySelectorAll(sel)].map((r) => num(r, 'y') + num(r, 'height')));
    const utrecht = 'g.scale g.band > rect:first-child';
    const peel = 'g.peel g.band > rect:first-child';
    expect(bottom(utrecht)).toBeLessThanOrEqual(top('g.lanes > rect'));
    expect(bottom('g.lanes > rect')).toBeLessThanOrEqual(top('g.peel g.owner > rect'));
    expect(bottom('g.peel g.owner > rect')).toBeLessThanOrEqual(top(peel));
    // Each card sits in the column of its Utrecht form.
    for (const lane of doc.querySelectorAll('g.lane')) {
      const form = content.frameworks[0].items.find((f) => f.id === lane.getAttribute('data-id'))!;
      const band = doc.querySelector(`g.scale g.band[data-id="${form.id}"] > rect`)!;
      for (const card of lane.querySelectorAll('g.card > rect')) {
        expect(num(card, 'x')).toBeGreaterThanOrEqual(num(band, 'x'));
        expect(num(card, 'x') + num(card, 'width')).toBeLessThanOrEqual(
          num(band, 'x') + num(band, 'width'),
        );
      }
    }
  });

  it.each(cases)('%s board (%s): every text fits the smallest box around it', (name, lang) => {
    const doc = new DOMParser().parseFromString(svgOf(boards[name]!, lang), 'image/svg+xml');
    const boxes = rects(doc);
    const found = texts(doc);
    expect(found.length).toBeGreaterThan(50);
    for (const { text, box } of found) {
      const anchor = { x0: box.x0 + 1, x1: box.x0 + 1, y0: box.y1 - 1, y1: box.y1 - 1 };
      const around = boxes.filter((r) => inside(anchor, r)).sort((a, b) => area(a) - area(b))[0];
      expect(around, text).toBeDefined();
      expect(
        inside(box, around!),
        `${text} ${JSON.stringify(box)} in ${JSON.stringify(around)}`,
      ).toBe(true);
      expect(text.endsWith('…'), text).toBe(false);
    }
  });

  it.each(cases)('%s board (%s): the ownership line crosses no text', (name, lang) => {
    const doc = new DOMParser().parseFromString(svgOf(boards[name]!, lang), 'image/svg+xml');
    const lines = [...doc.querySelectorAll('g.ownership-line line')];
    expect(lines).toHaveLength(1);
    const found = texts(doc);
    for (const line of lines) {
      const half = num(line, 'stroke-width') / 2;
      const x = num(line, 'x1');
      const [y0, y1] = [num(line, 'y1'), num(line, 'y2')].sort((a, b) => a - b) as [number, number];
      expect(x).toBe(48 + 0.5 * 1824);
      for (const { text, box } of found) {
        const overlapsY = box.y1 > y0 && box.y0 < y1;
        const overlapsX = box.x1 > x - half && box.x0 < x + half;
        expect(overlapsY && overlapsX, text).toBe(false);
      }
    }
  });
});
