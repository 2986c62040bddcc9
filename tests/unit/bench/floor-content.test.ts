// What the benchmark's floor page shows (bench/floor/content.ts): the models' labels and says and
// the initiative names, read tolerantly while the data's format changes.
import { describe, expect, it } from 'vitest';
import peelEnMaas from '../../../data/frameworks/peel-en-maas.json';
import utrecht from '../../../data/frameworks/utrecht.json';
import initiatives from '../../../data/initiatives.json';
import { dutch, floorInitiatives, floorModel } from '../../../bench/floor/content';

describe('dutch', () => {
  it('reads a string, an { nl, en } text and a list of statements', () => {
    expect(dutch('Inspraak')).toBe('Inspraak');
    expect(dutch({ nl: 'Gemeente', en: 'Municipality' })).toBe('Gemeente');
    expect(
      dutch([
        { text: { nl: 'Eerste.', en: 'First.' }, provenance: { status: 'confirmed' } },
        { text: { nl: 'Tweede.', en: 'Second.' }, provenance: { status: 'reconstructed' } },
      ]),
    ).toBe('Eerste. Tweede.');
  });
  it('is empty for anything else', () => {
    expect(dutch(undefined)).toBe('');
    expect(dutch(3)).toBe('');
    expect(dutch({ en: 'only English' })).toBe('');
  });
});

describe('floorModel', () => {
  it('lists the boxes from the gemeente end of the scale, with label and say', () => {
    const model = floorModel({
      name: { nl: 'Model' },
      items: [
        { label: { nl: 'B' }, say: [{ text: { nl: 'hoog' } }], interval: [0.5, 1] },
        { label: { nl: 'A' }, say: { nl: 'laag' }, interval: [0, 0.5] },
      ],
    });
    expect(model).toEqual({
      name: 'Model',
      boxes: [
        { label: 'A', say: 'laag' },
        { label: 'B', say: 'hoog' },
      ],
    });
  });
  it('shows the 11 boxes of the two models in the data, each with a label', () => {
    const boxes = [floorModel(utrecht), floorModel(peelEnMaas)].flatMap((m) => m.boxes);
    expect(boxes).toHaveLength(11);
    for (const box of boxes) expect(box.label).not.toBe('');
  });
});

describe('floorInitiatives', () => {
  it('names every initiative in the data', () => {
    const names = floorInitiatives(initiatives);
    expect(names).toHaveLength(initiatives.initiatives.length);
    expect(names).toContain('Buurtfeest');
  });
  it('skips entries without a name', () => {
    expect(floorInitiatives({ initiatives: [{ name: { nl: 'X' } }, {}, null] })).toEqual(['X']);
  });
});
