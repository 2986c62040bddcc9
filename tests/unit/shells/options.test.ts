import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageOptions, prerenderFits } from '../../../src/shells/page/options';
import { ampMessage, pymMessage } from '../../../src/shells/page/resize';

const cases = [
  ['', true],
  ['?lang=nl', true],
  ['?lang=xx', true],
  ['?mode=edit', true],
  ['?mode=bogus', true],
  ['?lang=en', false],
  ['?embed=1', true],
  ['?embed=0', true],
  ['?mode=view', true],
  ['?mode=present', false],
  ['?embed=1&mode=present', false],
  ['?embed=1&mode=view', true],
  ['?embed=1&mode=view&lang=en', false],
  ['?mode=explain', false],
  ['?embed=1&mode=explain', false],
] as const;

/** Runs static/boot.js against a URL; true when it keeps the prerendered page (no kv-fresh). */
function bootKeeps(search: string): boolean {
  const classes = new Set<string>();
  const root = { classList: { add: (c: string) => classes.add(c) } };
  const run = new Function('location', 'document', readFileSync('static/boot.js', 'utf8'));
  run({ search }, { documentElement: root, currentScript: null });
  return !classes.has('kv-fresh');
}

describe('page options', () => {
  it.each(cases)(
    '%s: the prerendered page fits and hydrates (%s), and static/boot.js agrees',
    (search, fits) => {
      expect(prerenderFits(pageOptions(search))).toBe(fits);
      expect(bootKeeps(search)).toBe(fits);
    },
  );

  it('reads every mode, and the preview flag', () => {
    for (const mode of ['edit', 'view', 'present', 'explain'] as const)
      expect(pageOptions(`?embed=1&mode=${mode}`).mode).toBe(mode);
    expect(pageOptions('?embed=1&preview=1').preview).toBe(true);
    expect(pageOptions('?embed=1').preview).toBe(false);
  });

  it('reads the Pym child id, and refuses odd ones', () => {
    expect(pageOptions('?childId=chart-1').childId).toBe('chart-1');
    expect(pageOptions('').childId).toBe('kompasverkenner');
    expect(pageOptions('?childId=a%20b').childId).toBe('kompasverkenner');
  });
});

describe('height messages', () => {
  it('speaks AMP and Pym', () => {
    expect(ampMessage(812)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
    expect(pymMessage('kompasverkenner', 812)).toBe('pymxPYMxkompasverkennerxPYMxheightxPYMx812');
  });
});
