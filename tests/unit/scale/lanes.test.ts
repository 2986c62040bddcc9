// The one grouping of placed cards per Utrecht form that the scale and the SVG/PNG export share.
import { describe, expect, it } from 'vitest';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';
import { groupByForm } from '../../../src/lib/scale/lanes';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const [utrecht] = result.content.frameworks;
const all = () => true;

describe('groupByForm', () => {
  it('has every form, in data order, empty ones too', () => {
    const groups = groupByForm(utrecht, { a: 0.5 }, all);
    expect([...groups.keys()]).toEqual(utrecht.items.map((f) => f.id));
    expect(groups.get('gelijkwaardig-samenwerken')).toEqual(['a']);
    expect(groups.get('inspraak')).toEqual([]);
  });

  it('puts a position on a boundary in the form that starts there, and both ends in a form', () => {
    const groups = groupByForm(utrecht, { start: 0.14, end: 1, zero: 0, below: 0.1399 }, all);
    expect(groups.get('inspraak')).toEqual(['start']);
    expect(groups.get('utrechter-aan-zet')).toEqual(['end']);
    expect(groups.get('gemeente-aan-zet')).toEqual(['below', 'zero']);
  });

  it('orders a form towards residents first, then equal positions by id in code-unit order', () => {
    const placements = { b: 0.5, a: 0.5, Z: 0.5, low: 0.43, high: 0.57, é: 0.5 };
    expect(groupByForm(utrecht, placements, all).get('gelijkwaardig-samenwerken')).toEqual([
      'high',
      'Z',
      'a',
      'b',
      'é',
      'low',
    ]);
  });

  it('gives the same order whatever order the placements come in', () => {
    const entries = Object.entries({ x: 0.6, y: 0.6, z: 0.7, w: 0.59 });
    const once = groupByForm(utrecht, Object.fromEntries(entries), all);
    const reversed = groupByForm(utrecht, Object.fromEntries(entries.reverse()), all);
    expect(reversed).toEqual(once);
  });

  it('leaves out ids it is told nobody knows', () => {
    const groups = groupByForm(utrecht, { known: 0.3, stale: 0.3 }, (id) => id === 'known');
    expect(groups.get('burgerparticipatie')).toEqual(['known']);
    expect([...groups.values()].flat()).toEqual(['known']);
  });
});
