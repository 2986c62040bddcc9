import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { enLater } from '../../../src/lib/i18n/en-later';
import { nl } from '../../../src/lib/i18n/nl';
import { nlLater } from '../../../src/lib/i18n/nl-later';
import { withFallback } from '../../../src/lib/i18n/messages';
import { keys } from './catalogues';

describe('messages', () => {
  it('English translates every Dutch key and adds none, in each part', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    expect(keys(enLater).sort()).toEqual(keys(nlLater).sort());
  });

  it('falls back to Dutch for a missing key', () => {
    const merged = withFallback(nlLater, { intro: { heading: 'How to read this' } });
    expect(merged.intro.heading).toBe('How to read this');
    expect(merged.intro.scale).toBe(nl.intro.scale);
    expect(merged.detail.number(3)).toBe('Nummer 3');
  });

  it('lays each part over the ones before it', () => {
    const merged = withFallback(nlLater, en, enLater);
    expect(merged.board.storage.dismiss).toBe(en.board!.storage!.dismiss);
    expect(merged.board.menu.back).toBe(enLater.board!.menu!.back);
    expect(keys(merged).sort()).toEqual([...keys(nl), ...keys(nlLater)].sort());
  });
});
