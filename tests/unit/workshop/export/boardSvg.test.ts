// The board SVG export: well-formed, deterministic, complete (both models, the line, every placed
// card once), and safe with hostile own names. Parsed with jsdom's XML parser.
import { describe, expect, it } from 'vitest';
import type { BoardData } from '../../../../src/lib/board/types';
import { rawContent } from '../../../../src/lib/content/files';
import { validateContent, type Content } from '../../../../src/lib/validation/validate';
import { catalogues } from '../../i18n/catalogues';
import { boardSvg, SVG_MIN_HEIGHT } from '../../../../src/lib/workshop/export/boardSvg';
import { svgLabels } from '../../../../src/lib/workshop/export/labels';
import { exportMessages } from '../../../../src/lib/workshop/export/messages';
import { svgSize } from '../../../../src/lib/workshop/export/png';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content does not validate');
const content: Content = result.content;
const [utrecht, pem] = content.frameworks;
const [a, b, c] = content.initiatives as [
  (typeof content.initiatives)[0],
  (typeof content.initiatives)[0],
  (typeof content.initiatives)[0],
];
const HOSTILE = '<img src=x onerror=alert(1)>';

const board = (over: Partial<BoardData> = {}): BoardData => ({
  placements: { [a.id]: 0.93, [b.id]: 0.5, [c.id]: 0.07, 'own-x': 0.3, 'nobody-knows': 0.6 },
  own: [{ id: 'own-x', name: HOSTILE, description: '' }],
  revealed: [a.id],
  revealAll: false,
  ...over,
});

function render(data: BoardData = board(), lang: 'nl' | 'en' = 'nl', title = 'Ons bord') {
  const t = catalogues[lang];
  const svg = boardSvg({
    content,
    board: data,
    lang,
    title,
    labels: svgLabels(t, exportMessages[lang]),
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return { svg, doc };
}

/** The text of an element's <text> children, one line per element, joined with spaces. */
const text = (el: Element) => [...el.querySelectorAll('text')].map((t) => t.textContent).join(' ');

describe('boardSvg', () => {
  it('is a well-formed standalone SVG document with a title and a description', () => {
    const { svg, doc } = render();
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('font-family')).toMatch(/^system-ui/);
    expect(root.getAttribute('aria-labelledby')).toBe('kv-title kv-desc');
    expect(root.firstElementChild?.tagName).toBe('title');
    expect(doc.querySelector('title')?.textContent).toBe('Ons bord');
    expect(doc.querySelector('desc')?.textContent).toMatch(/^4 initiatieven geplaatst/);
    expect(svgSize(svg).width).toBe(1920);
    expect(svgSize(svg).height).toBeGreaterThanOrEqual(SVG_MIN_HEIGHT);
  });

  it('is deterministic, whatever order the placements were made in', () => {
    const reversed = board();
    reversed.placements = Object.fromEntries(Object.entries(reversed.placements).reverse());
    expect(render().svg).toBe(render().svg);
    expect(render(reversed).svg).toBe(render().svg);
  });

  it('draws the 7 Utrecht forms and the 4 Peel en Maas types, pole and collaboration apart', () => {
    const { doc } = render();
    // Each band's box is its group's first element.
    const bands = [...doc.querySelectorAll('g.band > rect:first-child')];
    expect(bands).toHaveLength(11);
    const ids = [...doc.querySelectorAll('g.band')].map((g) => g.getAttribute('data-id'));
    expect(ids).toEqual([...utrecht.items, ...pem.items].map((i) => i.id));
    for (const item of [...utrecht.items, ...pem.items]) {
      const g = doc.querySelector(`g.band[data-id="${item.id}"]`)!;
      expect(text(g)).toContain(item.label.nl.split(' ')[0]);
      const recon = item.provenance.label.status === 'reconstructed';
      expect(text(g).includes('reconstructie')).toBe(recon);
    }
    // The band boxes differ: dashed grey poles, solid blue collaboration.
    const dashed = bands.filter((r) => r.getAttribute('stroke-dasharray') === '7 5');
    const poles = [...utrecht.items, ...pem.items].filter((i) => !i.collaboration);
    expect(dashed).toHaveLength(poles.length);
  });

  it('draws the hard ownership line at 0.5, with its label and the note on the form across it', () => {
    const { doc } = render();
    const lines = doc.querySelectorAll('g.ownership-line');
    expect(lines).toHaveLength(1);
    const line = lines[0]!.querySelector('line')!;
    expect(line.getAttribute('x1')).toBe(String(48 + 0.5 * 1824));
    expect(text(lines[0]!)).toBe('Eigendomsgrens');
    expect(text(doc.querySelector('g.gap-note')!)).toContain('Gelijkwaardig samenwerken:');
  });

  it("shows each placed card's name exactly once, in the lane of its form, with its type", () => {
    const { doc } = render();
    const cards = [...doc.querySelectorAll('g.card')];
    expect(cards.map((g) => g.getAttribute('data-id')).sort()).toEqual(
      [a.id, b.id, c.id, 'own-x'].sort(),
    );
    for (const name of [a.name.nl, b.name.nl, c.name.nl, HOSTILE]) {
      expect(cards.filter((g) => text(g).startsWith(name))).toHaveLength(1);
    }
    const lane = doc.querySelector(`g.lane[data-id="gemeente-aan-zet"]`)!;
    expect(text(lane)).toContain(c.name.nl);
    expect(text(lane)).toContain('Peel en Maas: Type 1 · Gemeente alleen');
    expect(text(doc.querySelector('g.card[data-id="own-x"]')!)).toContain('· eigen');
  });

  it.each([
    [0.5, 'nl', 'Geen tegenhanger in Peel en Maas: op de eigendomsgrens'],
    [0.45, 'nl', 'Geen tegenhanger in Peel en Maas: op de eigendomsgrens'],
    [0.65, 'nl', 'Peel en Maas: Type 3 · Gemeenschap met gemeente'],
    [0.45, 'en', 'No counterpart in Peel en Maas: on the ownership line'],
    [0.65, 'en', 'Peel en Maas: Type 3 · Community with municipality'],
  ] as const)('a card at %f (%s) says: %s', (position, lang, outcome) => {
    const { doc } = render(board({ placements: { [b.id]: position }, revealed: [] }), lang);
    const card = doc.querySelector(`g.card[data-id="${b.id}"]`)!;
    expect(text(card)).toBe(`${b.name[lang]} ${outcome}`);
    expect(doc.querySelector('desc')?.textContent).toContain(` · ${outcome}.`);
  });

  it('keeps a hostile own name as text', () => {
    const { svg, doc } = render(board(), 'nl', '<script>alert(2)</script> & "co"');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc.querySelector('img, script, foreignObject')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('<script>alert(2)</script> & "co"');
  });

  it('notes the reference only on revealed content cards', () => {
    const one = render().doc;
    expect(
      [...one.querySelectorAll('g.card:has(g.reference)')].map((g) => g.getAttribute('data-id')),
    ).toEqual([a.id]);
    const note = text(one.querySelector('g.reference')!);
    expect(note).toMatch(
      /^Referentie: .+ · (Peel en Maas: Type \d · .+|Geen tegenhanger in Peel en Maas: op de eigendomsgrens) \((bron|afgeleid|reconstructie)\)/,
    );
    expect(note).toMatch(/(Zelfde vorm als de referentie|Wijkt af van de referentie)$/);

    const none = render(board({ revealed: [] })).doc;
    expect(none.querySelectorAll('g.reference')).toHaveLength(0);
    const all = render(board({ revealAll: true })).doc;
    expect(all.querySelectorAll('g.reference')).toHaveLength(3); // never on an own initiative
  });

  it('has a legend and the source titles of both frameworks', () => {
    const { doc } = render();
    const legend = text(doc.querySelector('g.legend')!);
    expect(legend).toContain('Samenwerkingsvorm');
    expect(legend).toContain('Harde eigendomsgrens');
    const sources = text(doc.querySelector('g.sources')!);
    for (const id of [...utrecht.sources, ...pem.sources]) {
      const source = content.sources.find((s) => s.id === id)!;
      expect(sources).toContain(source.title);
    }
  });

  it('speaks English, and says so on the root', () => {
    const { doc } = render(board(), 'en');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('en');
    expect(text(doc.querySelector('g.scale')!)).toContain('Say with the municipality');
    expect(text(doc.querySelector('g.card[data-id="own-x"]')!)).toBe(
      `${HOSTILE} Peel en Maas: Type 2 · Municipality with community · own`,
    );
    expect(doc.querySelector('desc')?.textContent).toMatch(/^4 initiatives placed/);
  });

  it('grows taller for a full board and wraps long names whole, without an ellipsis', () => {
    const long = 'Een heel erg lange naam '.repeat(3) + 'supercalifragilisticexpialidocious';
    const full = board({
      placements: Object.fromEntries([
        ...content.initiatives.map((i) => [i.id, 0.95] as const),
        ['own-x', 0.95],
      ]),
      own: [{ id: 'own-x', name: long, description: '' }],
      revealAll: true,
    });
    const { svg, doc } = render(full);
    expect(svgSize(svg).height).toBeGreaterThan(SVG_MIN_HEIGHT * 3);
    expect(doc.querySelectorAll('g.card')).toHaveLength(content.initiatives.length + 1);
    const own = doc.querySelector('g.card[data-id="own-x"]')!;
    const nameLines = [...own.querySelectorAll('text[font-weight="700"]')].map(
      (t) => t.textContent,
    );
    expect(nameLines.length).toBeGreaterThan(3);
    expect(nameLines.some((l) => l?.endsWith('…'))).toBe(false);
    expect(nameLines.join(' ').replace(/- /g, '')).toBe(long);
  });

  it('says so when no card is placed', () => {
    const { doc } = render(board({ placements: {}, revealed: [] }));
    expect(doc.querySelectorAll('g.card')).toHaveLength(0);
    expect(text(doc.querySelector('g.lanes')!)).toContain('Nog geen kaarten op het bord.');
  });
});
