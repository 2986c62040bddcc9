// @vitest-environment node
// Text helpers of the SVG export: estimated widths, wrapping and hyphenation.
import { describe, expect, it } from 'vitest';
import { measure, wrap } from '../../../../src/lib/workshop/export/text';
import { svgSize } from '../../../../src/lib/workshop/export/png';

describe('wrap', () => {
  const font = { size: 10 };

  it('keeps a short text on one line', () => {
    expect(wrap('Buurtfeest', 200, font)).toEqual(['Buurtfeest']);
  });

  it('breaks at spaces, each line within the width', () => {
    const lines = wrap('Gemeente Utrecht komt met een participatiekompas', 120, font);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Gemeente Utrecht komt met een participatiekompas');
    for (const line of lines) expect(measure(line, font)).toBeLessThanOrEqual(120);
  });

  it('breaks a word wider than a line, never inside a grapheme', () => {
    const lines = wrap('👩‍👩‍👧‍👦'.repeat(12), 60, font);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('👩‍👩‍👧‍👦'.repeat(12));
    for (const line of lines) expect(line.length % '👩‍👩‍👧‍👦'.length).toBe(0);
  });

  it.each([
    ['Overheidsmiddelen', 'Overheidsmid-', ['Overheids-', 'middelen']],
    ['Overheidsparticipatie', 'Overheidsparti-', ['Overheids-', 'participatie']],
    ['Burgerparticipatie', 'Burgerparticipa-', ['Burger-', 'participatie']],
    ['Bewonersparticipatie', 'Bewonerspart-', ['Bewoners-', 'participatie']],
    ['Gemeenschap', 'Gemeensc', ['Gemeen-', 'schap']],
    ['Gelijkwaardig samenwerken', 'Gelijkwaar', ['Gelijk-', 'waardig', 'samen-', 'werken']],
    ['(overheidsmiddelen)', '(overheidsmid-', ['(overheids-', 'middelen)']],
    ['Peel-en-Maas', 'Peel-en-M', ['Peel-en-', 'Maas']],
  ])('hyphenates %j at a compound boundary, never with an ellipsis', (text, room, lines) => {
    const max = measure(room, font);
    expect(wrap(text, max, font)).toEqual(lines);
    for (const line of lines) expect(measure(line, font)).toBeLessThanOrEqual(max);
  });

  it('falls back to a syllable, then to where it must, and keeps every letter', () => {
    const max = measure('Wijkmaga-', font);
    expect(wrap('Wijkmagazine', max, font)).toEqual(['Wijkmaga-', 'zine']);
    const long = 'supercalifragilisticexpialidocious';
    const lines = wrap(long, measure('supercali', font), font);
    expect(lines.join('').replace(/-/g, '')).toBe(long);
    expect(lines.some((l) => l.endsWith('…'))).toBe(false);
  });

  it('bold text is wider', () => {
    expect(measure('Inspraak', { size: 10, bold: true })).toBeGreaterThan(
      measure('Inspraak', font),
    );
  });
});

describe('svgSize', () => {
  it('reads the viewBox, else width and height', () => {
    expect(svgSize('<svg viewBox="0 0 1920 1200" width="10">')).toEqual({
      width: 1920,
      height: 1200,
    });
    expect(svgSize('<svg width="300" height="200">')).toEqual({ width: 300, height: 200 });
    expect(() => svgSize('<svg>')).toThrow();
  });
});
