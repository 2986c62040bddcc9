import { describe, expect, it } from 'vitest';
import { Board } from '../../../src/lib/board/board.svelte';
import { rawContent } from '../../../src/lib/content/files';
import { validateContent } from '../../../src/lib/validation/validate';
import { makeWorkbench } from './make';
import { I18n } from '../../../src/lib/i18n/i18n.svelte';

const result = validateContent(rawContent);
if (!result.ok) throw new Error('content invalid');
const content = result.content;
const make = (lang: 'nl' | 'en' = 'nl') => makeWorkbench(content, new I18n(lang), new Board());
const id = content.initiatives[0]!.id;
const name = content.initiatives[0]!.name.nl;

describe('Workbench', () => {
  it.each([
    ['gemeente-aan-zet', undefined, 0.07],
    ['utrechter-aan-zet', undefined, 0.93],
    ['gelijkwaardig-samenwerken', 0, 0.42],
    ['gelijkwaardig-samenwerken', 1, 0.58],
    ['pm-2', undefined, 0.35], // the form at the type's middle (0.32) is burgerparticipatie, centre 0.35
    ['pm-4', undefined, 0.93],
    ['pm-3', 0.5, 0.68],
  ])('snaps a drop on %s (fraction %s) to %f', (target, fraction, expected) => {
    expect(make().snapInto(target, fraction)).toBeCloseTo(expected, 9);
  });

  it('keyboard: the first arrow puts an unplaced card in the middle form, Enter places, Escape cancels', () => {
    const wb = make();
    wb.step(id, 1, false);
    expect(wb.pending).toEqual({ id, position: 0.5 });
    expect(wb.announcer.message).toContain(
      `${name}: Gelijkwaardig samenwerken · Geen tegenhanger in Peel en Maas: op de eigendomsgrens`,
    );
    wb.step(id, 1, false);
    wb.step(id, 1, true);
    expect(wb.pending?.position).toBeCloseTo(0.66, 9);
    expect(wb.confirm()).toBe(true);
    expect(wb.board.position(id)).toBe(0.66);
    expect(wb.announcer.message).toMatch(
      new RegExp(
        `^${name} → Overheidsparticipatie · Peel en Maas: Type 3 · Gemeenschap met gemeente`,
      ),
    );
    wb.step(id, -1, false);
    expect(wb.cancel()).toBe(true);
    expect(wb.board.position(id)).toBe(0.66);
    expect(wb.pending).toBeNull();
  });

  it('tap-to-place: a picked card goes to the tapped form; without a pick nothing happens', () => {
    const wb = make();
    expect(wb.placePickedAt('inspraak')).toBe(false);
    wb.pick(id);
    expect(wb.placePickedAt('inspraak')).toBe(true);
    expect(wb.board.position(id)).toBeCloseTo(0.21, 9);
    expect(wb.stage.picked).toBeNull();
  });

  it('announces undo and redo with what changed, in English too', () => {
    const wb = make('en');
    wb.place(id, 0.93);
    wb.undo();
    expect(wb.announcer.message).toMatch(/^Undone: /);
    wb.undo();
    expect(wb.announcer.message).toMatch(/^Nothing to undo/);
    wb.redo();
    const label = content.frameworks[0].items[0]!.label.en;
    expect(wb.announcer.message).toMatch(
      new RegExp(
        `^Redone: ${content.initiatives[0]!.name.en} → ${label} · Peel en Maas: Type 4 · Community alone`,
      ),
    );
  });

  it('names an own initiative that is gone again when undoing its addition or redoing its deletion', () => {
    const wb = make();
    const added = wb.board.addOwn('Moestuin aan de gracht');
    if (!added.ok) throw new Error(added.error);
    wb.undo();
    expect(wb.announcer.message).toMatch(/^Ongedaan gemaakt: Moestuin aan de gracht/);
    wb.redo();
    wb.board.deleteOwn(added.id);
    wb.undo();
    wb.redo();
    expect(wb.announcer.message).toMatch(/^Opnieuw gedaan: Moestuin aan de gracht/);
    expect(wb.announcer.message).not.toContain(added.id);
  });
});
