// The guided route's mapping, without a DOM: every combination of answers lands inside a form;
// the documented boundary cases at the ownership line; answers move the position; bad data is
// refused with its path.
import { describe, expect, it } from 'vitest';
import routeJson from '../../../data/route.json';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';
import { locate, ownershipLines } from '../../../src/lib/scale/scale';
import { allAnswers, closest, peelFor, ruleFor } from '../../../src/lib/route/route';
import type { Answers, Route } from '../../../src/lib/route/schema';
import { validateRoute } from '../../../src/lib/route/validate';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const { content } = result;
const [utrecht, peel] = content.frameworks;
const checked = validateRoute(routeJson, content);
if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
const route = checked.route;
const at = (a: Answers) => {
  const rule = ruleFor(route, a)!;
  return { ...locate(utrecht, peel, rule.position), position: rule.position };
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at raw JSON
const broken = (mutate: (r: any) => void) => {
  const copy = structuredClone(routeJson);
  mutate(copy);
  const r = validateRoute(copy, content);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('Waar past mijn initiatief?', () => {
  it('answers every combination with a position strictly inside a form', () => {
    const all = allAnswers(route);
    // 6 × 3 × (3 + skipped) × (3 + skipped)
    expect(all).toHaveLength(6 * 3 * 4 * 4);
    const edges = utrecht.items.flatMap((i) => i.interval);
    for (const a of all) {
      const rule = ruleFor(route, a);
      expect(rule, JSON.stringify(a)).not.toBeNull();
      expect(edges).not.toContain(rule!.position);
    }
  });

  it('waits for the required questions', () => {
    expect(ruleFor(route, { decides: 'residents' })).toBeNull();
    expect(ruleFor(route, { owns: 'residents' })).toBeNull();
  });

  it('puts joint ownership in gelijkwaardig samenwerken, without a Peel en Maas type', () => {
    for (const a of allAnswers(route).filter((x) => x.owns === 'together')) {
      const p = at(a);
      expect(p.form.id, JSON.stringify(a)).toBe('gelijkwaardig-samenwerken');
      expect(p.acrossLine).toBe(true);
    }
  });

  it('explains the Peel en Maas type of the owner answered: strict ownership, as in the sources', () => {
    for (const a of allAnswers(route).filter((x) => x.owns !== 'together')) {
      const rule = ruleFor(route, a)!;
      const p = locate(utrecht, peel, rule.position);
      const type = peel.items.find((i) => i.id === peelFor(rule, p.type.id, p.acrossLine))!;
      expect(type.owner, JSON.stringify(a)).toBe(
        a.owns === 'gemeente' ? 'gemeente' : 'gemeenschap',
      );
    }
  });

  it('documents the boundary cases where the one scale and the owner differ', () => {
    // Residents run what the gemeente owns: Utrecht's overheidsmiddelen (type 3 on the scale),
    // in Peel en Maas the gemeente's type 2.
    const a = { decides: 'residents-supported', owns: 'gemeente' };
    expect(at(a).type.id).toBe('pm-3');
    expect(ruleFor(route, a)!.peel).toBe('pm-2');
    // The gemeente decides over what residents own: gemeente side on the scale, type 3 by owner.
    const b = { decides: 'gemeente-hears', owns: 'residents' };
    const [line] = ownershipLines(peel);
    expect(at(b).position).toBeLessThan(line!);
    expect(ruleFor(route, b)!.peel).toBe('pm-3');
  });

  it('gives the worked examples', () => {
    // A street party: residents decide, it is theirs, they pay.
    expect(at({ decides: 'residents', owns: 'residents', pays: 'own' }).form.id).toBe(
      'utrechter-aan-zet',
    );
    // A buurthuis the gemeente owns, run by residents: in Peel en Maas the gemeente's (type 2).
    const answers = { decides: 'residents-supported', owns: 'gemeente', pays: 'gemeente-part' };
    const b = at(answers);
    expect([b.form.id, ruleFor(route, answers)!.peel]).toEqual(['overheidsmiddelen', 'pm-2']);
    // A moestuin on public land: residents' own, with the gemeente's permission.
    const m = at({ decides: 'residents-supported', owns: 'residents' });
    expect([m.form.id, m.type?.id]).toEqual(['overheidsparticipatie', 'pm-3']);
  });

  it('moves when an answer changes: the gemeente paying makes it overheidsmiddelen', () => {
    const own = at({ decides: 'residents', owns: 'residents', pays: 'own' });
    const paid = at({ decides: 'residents', owns: 'residents', pays: 'gemeente' });
    expect(own.form.id).toBe('utrechter-aan-zet');
    expect(paid.form.id).toBe('overheidsmiddelen');
  });

  it('finds the closest example initiatives, nearest first', () => {
    const near = closest(content.initiatives, 0.93, 3);
    expect(near).toHaveLength(3);
    for (const ini of near) expect(Math.abs(ini.reference.position - 0.93)).toBeLessThan(0.02);
  });

  it('has what each form, type and "no counterpart" means, with provenance', () => {
    for (const id of [...utrecht.items, ...peel.items].map((i) => i.id).concat('none'))
      expect(route.meanings[id]?.[0]?.provenance.status, id).toBeDefined();
    expect(route.about.provenance.status).toBe('reconstructed');
  });
});

describe('the route file is checked', () => {
  it('refuses an unknown option, a missing meaning and an answer no rule covers', () => {
    const text = broken((r) => {
      r.rules[0].when.owns = ['nobody'];
      delete r.meanings['pm-4'];
      r.rules = r.rules.filter(
        (x: Route['rules'][number]) => !(x.when.decides?.[0] === 'gemeente'),
      );
    }).join('\n');
    expect(text).toMatch(/rules\.0\.when\.owns: unknown option "nobody"/);
    expect(text).toMatch(/meanings\.pm-4: expected what "pm-4" means/);
    expect(text).toMatch(/no rule answers \{"decides":"gemeente"/);
  });

  it('refuses a Peel en Maas type on the wrong side of the owner answered, and an unknown type', () => {
    const text = broken((r) => {
      const rule = r.rules.find((x: Route['rules'][number]) => x.peel === 'pm-2');
      delete rule.peel;
      r.rules[0].peel = 'pm-9';
    }).join('\n');
    expect(text).toMatch(
      /"owns":"gemeente".*explains pm-3 \(owner gemeenschap\), but the answer names gemeente/,
    );
    expect(text).toMatch(/rules\.0\.peel: unknown type "pm-9"/);
  });

  it('refuses a position on a boundary and a letter fact without its quote', () => {
    const text = broken((r) => {
      r.rules[r.rules.length - 1].position = 0.14;
      delete r.meanings['pm-3'][2].provenance.quote;
    }).join('\n');
    expect(text).toMatch(/lands on a boundary \(0\.14\)/);
    expect(text).toMatch(/meanings\.pm-3\.2\.provenance\.quote: a fact from raadsbrief-2025-36/);
  });
});
