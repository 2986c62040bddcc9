import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { nl } from '../../../src/lib/i18n/nl';
import { withFallback } from '../../../src/lib/i18n/messages';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('messages', () => {
  it('English translates every Dutch key and adds none', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('falls back to Dutch for a missing key', () => {
    const merged = withFallback({ intro: { heading: 'How to read this' } });
    expect(merged.intro.heading).toBe('How to read this');
    expect(merged.intro.scale).toBe(nl.intro.scale);
    expect(merged.detail.number(3)).toBe('Nummer 3');
  });
});
