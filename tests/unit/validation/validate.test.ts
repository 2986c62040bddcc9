import { describe, expect, it } from 'vitest';
import { rawContent } from '../../../src/lib/content/files';
import {
  formatIssue,
  validateContent,
  type RawContent,
} from '../../../src/lib/validation/validate';

/** A deep copy of the real content with one file changed by `mutate`. */
function broken(mutate: (raw: RawContent & { [k: string]: unknown }) => void): RawContent {
  const copy = structuredClone(rawContent) as RawContent & { [k: string]: unknown };
  mutate(copy);
  return copy;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test fixtures poke at raw JSON
type Json = any;
const utrecht = (raw: RawContent): Json => raw.frameworks[0].data;
const peel = (raw: RawContent): Json => raw.frameworks[1].data;

function messages(raw: RawContent): string[] {
  const result = validateContent(raw);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('content in data/', () => {
  it('validates, with 7 Utrecht forms of which 5 collaborate and Peel en Maas types 2 and 3 only', () => {
    const result = validateContent(rawContent);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const [u, p] = result.content.frameworks;
    expect(u.items).toHaveLength(7);
    expect(u.items.filter((i) => i.collaboration)).toHaveLength(5);
    expect(p.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(p.items.filter((i) => i.collaboration).map((i) => i.number)).toEqual([2, 3]);
    expect(result.content.initiatives.length).toBeGreaterThanOrEqual(30);
  });

  it('cites pages, not search results', () => {
    const result = validateContent(rawContent);
    if (!result.ok) throw new Error('invalid');
    for (const s of result.content.sources)
      expect(s.url, s.id).not.toMatch(/\/(zoeken|search)\b|[?&](q|query)=/i);
  });

  it('is frozen after loading', () => {
    const result = validateContent(rawContent);
    expect(result.ok && Object.isFrozen(result.content.frameworks[0].items[0])).toBe(true);
  });

  it('names the file, the path and what was expected for a wrong type', () => {
    const raw = broken((r) => (utrecht(r).items[3].interval[0] = 'x'));
    expect(messages(raw)).toContainEqual(
      expect.stringMatching(
        /^data\/frameworks\/utrecht\.json › items\.3\.interval\.0: expected a number.*got "x"/,
      ),
    );
  });

  it('reports a missing Dutch label', () => {
    const raw = broken((r) => delete peel(r).items[1].label.nl);
    expect(messages(raw).join('\n')).toMatch(/peel-en-maas\.json › items\.1\.label\.nl/);
  });

  it.each([
    ['a gap', (fw: Json) => (fw.items[2].interval[1] = 0.7), /items\.2\.interval: .*found a gap/],
    [
      'an overlap',
      (fw: Json) => (fw.items[2].interval[1] = 0.75),
      /items\.2\.interval: .*found an overlap/,
    ],
    [
      'an uncovered end',
      (fw: Json) => (fw.items[6].interval[0] = 0.01),
      /items\.6\.interval: expected the last interval to end at 0/,
    ],
    [
      'a start in the middle',
      (fw: Json) => (fw.items[0].interval = [0.5, 0.9]),
      /items\.0\.interval: expected the first interval/,
    ],
  ])('rejects Utrecht intervals with %s', (_name, mutate, pattern) => {
    const raw = broken((r) => mutate(utrecht(r)));
    expect(messages(raw).join('\n')).toMatch(pattern);
  });

  it('rejects Peel en Maas intervals out of order', () => {
    const raw = broken((r) => {
      const items = peel(r).items;
      [items[1], items[2]] = [items[2], items[1]];
      items[1].number = 2;
      items[2].number = 3;
    });
    expect(messages(raw).join('\n')).toMatch(/peel-en-maas\.json › items\.\d\.interval/);
  });

  it('rejects an item outside its owner, unknown sources and counterparts, duplicate ids', () => {
    const raw = broken((r) => {
      peel(r).items[1].owner = 'gemeenschap';
      utrecht(r).items[4].provenance.label = {
        status: 'reconstructed',
        sources: ['nowhere'],
        note: { nl: 'n', en: 'n' },
      };
      utrecht(r).items[1].counterparts = ['pm-9'];
      utrecht(r).items[2].id = utrecht(r).items[3].id;
    });
    const text = messages(raw).join('\n');
    expect(text).toMatch(/items\.1\.interval: expected to lie inside its owner "gemeenschap"/);
    expect(text).toMatch(/items\.4\.provenance\.label\.sources\.0: unknown source id "nowhere"/);
    expect(text).toMatch(/items\.1\.counterparts\.0: unknown counterpart "pm-9"/);
    expect(text).toMatch(/items\.3\.id: duplicate id/);
  });

  it('rejects a counterpart that does not overlap on the scale', () => {
    const raw = broken((r) => (utrecht(r).items[0].counterparts = ['pm-1']));
    expect(messages(raw).join('\n')).toMatch(/does not overlap/);
  });

  it('requires a note for an aspect that is not stated', () => {
    const raw = broken((r) => {
      utrecht(r).items[6].provenance.label = { status: 'reconstructed', sources: [] };
      peel(r).items[0].provenance.say = { status: 'inferred', sources: ['pem-omgevingsvisie'] };
    });
    const text = messages(raw).join('\n');
    expect(text).toMatch(
      /items\.6\.provenance\.label\.note: a fact marked "reconstructed" needs a note/,
    );
    expect(text).toMatch(/items\.0\.provenance\.say\.note: a fact marked "inferred" needs a note/);
  });

  it('requires a source for a stated fact and a known status', () => {
    const raw = broken((r) => {
      utrecht(r).items[5].provenance.order = { status: 'stated', sources: [] };
      (r.initiatives.data as Json).initiatives[0].reference.provenance.status = 'gevoel';
    });
    const text = messages(raw).join('\n');
    expect(text).toMatch(
      /items\.5\.provenance\.order\.sources: a fact marked "stated" needs at least one source/,
    );
    expect(text).toMatch(
      /initiatives\.0\.reference\.provenance\.status: expected "stated" or "inferred" or "reconstructed", got "gevoel"/,
    );
  });

  it('rejects a text without its provenance: say, a description sentence, an initiative, a reference', () => {
    const raw = broken((r) => {
      delete utrecht(r).items[2].provenance.say;
      delete peel(r).description[0].provenance;
      utrecht(r).items[1].description = 'Een zin zonder herkomst.';
      const list = (r.initiatives.data as Json).initiatives;
      delete list[0].provenance;
      delete list[1].reference.provenance;
    });
    const text = messages(raw).join('\n');
    expect(text).toMatch(/utrecht\.json › items\.2\.provenance\.say: expected an object/);
    expect(text).toMatch(/peel-en-maas\.json › description\.0\.provenance: expected an object/);
    expect(text).toMatch(/utrecht\.json › items\.1\.description: expected an array/);
    expect(text).toMatch(/initiatives\.0\.provenance: expected an object/);
    expect(text).toMatch(/initiatives\.1\.reference\.provenance: expected an object/);
  });

  it('rejects a fact from the letter without its quote', () => {
    const raw = broken((r) => {
      delete (r.initiatives.data as Json).initiatives[1].provenance.quote;
    });
    expect(messages(raw).join('\n')).toMatch(
      /initiatives\.1\.provenance\.quote: a fact from raadsbrief-2025-36 needs its quote/,
    );
  });

  it('rejects a quote without the letter, an unknown shared note and a note repeated per item', () => {
    const raw = broken((r) => {
      utrecht(r).items[2].description[0].provenance.quote = { text: 'x', by: 'college' };
      utrecht(r).items[4].provenance.collaboration.see = 'nergens';
      peel(r).items[1].provenance.counterparts.note = peel(r).items[0].provenance.counterparts.note;
    });
    const text = messages(raw).join('\n');
    expect(text).toMatch(
      /items\.2\.description\.0\.provenance\.sources: a quote needs "raadsbrief-2025-36"/,
    );
    expect(text).toMatch(/items\.4\.provenance\.collaboration\.see: unknown note "nergens"/);
    expect(text).toMatch(
      /items\.1\.provenance\.counterparts\.note: the same note as items\.0\.provenance\.counterparts/,
    );
  });

  it('rejects a reference across the ownership line whose reason names a Peel en Maas type', () => {
    const raw = broken((r) => {
      const ini = (r.initiatives.data as Json).initiatives.find(
        (i: Json) => i.id === 'wijkplatforms',
      );
      ini.reference.reason.nl += ' In Peel en Maas is dit type 3.';
    });
    expect(messages(raw).join('\n')).toMatch(/reason.*no Peel en Maas type/);
  });
});
