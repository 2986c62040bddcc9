import { describe, expect, it } from 'vitest';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';
import {
  centre,
  clamp,
  locate,
  ownershipLines,
  roundPosition,
  snap,
  stepFine,
  stepForm,
} from '../../../src/lib/scale/scale';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const [utrecht, peel] = result.content.frameworks;

describe('locate: position → Utrecht form and Peel en Maas type', () => {
  it.each([
    [0, 'gemeente-aan-zet', 'pm-1', 'gemeente'],
    [0.07, 'gemeente-aan-zet', 'pm-1', 'gemeente'],
    [0.14, 'inspraak', 'pm-2', 'gemeente'],
    [0.21, 'inspraak', 'pm-2', 'gemeente'],
    [0.28, 'burgerparticipatie', 'pm-2', 'gemeente'],
    [0.35, 'burgerparticipatie', 'pm-2', 'gemeente'],
    [0.42, 'gelijkwaardig-samenwerken', 'pm-2', 'gemeente'],
    [0.4999, 'gelijkwaardig-samenwerken', 'pm-2', 'gemeente'],
    [0.5, 'gelijkwaardig-samenwerken', 'pm-3', 'gemeenschap'],
    [0.58, 'overheidsparticipatie', 'pm-3', 'gemeenschap'],
    [0.65, 'overheidsparticipatie', 'pm-3', 'gemeenschap'],
    [0.72, 'overheidsmiddelen', 'pm-3', 'gemeenschap'],
    [0.79, 'overheidsmiddelen', 'pm-3', 'gemeenschap'],
    [0.86, 'utrechter-aan-zet', 'pm-4', 'gemeenschap'],
    [0.93, 'utrechter-aan-zet', 'pm-4', 'gemeenschap'],
    [1, 'utrechter-aan-zet', 'pm-4', 'gemeenschap'],
    [-0.5, 'gemeente-aan-zet', 'pm-1', 'gemeente'],
    [1.5, 'utrechter-aan-zet', 'pm-4', 'gemeenschap'],
  ])('%f lies in %s and %s (owner %s)', (p, form, type, owner) => {
    const at = locate(utrecht, peel, p);
    expect([at.form.id, at.type.id, at.owner?.id]).toEqual([form, type, owner]);
  });

  it('marks only the form that crosses the ownership line', () => {
    expect(ownershipLines(peel)).toEqual([0.5]);
    const crossing = utrecht.items
      .filter((f) => locate(utrecht, peel, centre(f)).acrossLine)
      .map((f) => f.id);
    expect(crossing).toEqual(['gelijkwaardig-samenwerken']);
  });

  it('puts every form centre inside that form, and just inside each boundary into the right form', () => {
    for (const form of utrecht.items) {
      const [a, b] = form.interval;
      expect(locate(utrecht, peel, centre(form)).form).toBe(form);
      expect(locate(utrecht, peel, a + 1e-6).form).toBe(form);
      expect(locate(utrecht, peel, b - 1e-6).form).toBe(form);
    }
  });
});

describe('keyboard steps', () => {
  const centres = [0.07, 0.21, 0.35, 0.5, 0.65, 0.79, 0.93];
  it.each(centres.slice(0, -1).map((c, i) => [c, centres[i + 1]]))(
    '→ from %f goes to %f',
    (from, to) => {
      expect(stepForm(utrecht, from!, 1)).toBeCloseTo(to!, 9);
    },
  );
  it.each(centres.slice(1).map((c, i) => [c, centres[i]]))('← from %f goes to %f', (from, to) => {
    expect(stepForm(utrecht, from!, -1)).toBeCloseTo(to!, 9);
  });
  it('stays at both ends', () => {
    expect(stepForm(utrecht, 0.93, 1)).toBeCloseTo(0.93, 9);
    expect(stepForm(utrecht, 0.07, -1)).toBeCloseTo(0.07, 9);
    expect(stepForm(utrecht, 1, 1)).toBe(1);
  });
  it('steps from between centres to the next centre in that direction', () => {
    expect(stepForm(utrecht, 0.6, 1)).toBeCloseTo(0.65, 9);
    expect(stepForm(utrecht, 0.6, -1)).toBeCloseTo(0.5, 9);
  });
  it('moves finely by a hundredth and clamps at the ends', () => {
    expect(stepFine(0.5, 1)).toBe(0.51);
    expect(stepFine(0.5, -1)).toBe(0.49);
    expect(stepFine(0.995, 1)).toBe(1);
    expect(stepFine(0.004, -1)).toBe(0);
  });
  it('snaps to the centre of the form', () => {
    expect(snap(utrecht, 0.6)).toBeCloseTo(0.65, 9);
    expect(snap(utrecht, 0)).toBeCloseTo(0.07, 9);
    expect(snap(utrecht, 1)).toBeCloseTo(0.93, 9);
  });
});

describe('clamp and roundPosition: a position on the scale, to a thousandth', () => {
  it.each([
    [-0.2, 0, 0],
    [0, 0, 0],
    [0.12345, 0.12345, 0.123],
    [0.4996, 0.4996, 0.5],
    [1, 1, 1],
    [1.7, 1, 1],
    [Number.NEGATIVE_INFINITY, 0, 0],
  ])('%s → clamp %s, round %s', (p, clamped, rounded) => {
    expect(clamp(p)).toBe(clamped);
    expect(roundPosition(p)).toBe(rounded);
  });
});
