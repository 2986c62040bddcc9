import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Board } from '../../../src/lib/board/board.svelte';

/** What one tab saves and another receives in its storage event. */
const exchange = (from: Board, to: Board) => to.merge(from.toData(), from.stamps());
const both = (a: Board, b: Board) => {
  const sa = { data: a.toData(), stamps: a.stamps() };
  const sb = { data: b.toData(), stamps: b.stamps() };
  // Written at the same instant: each tab receives the other's save.
  a.merge(sb.data, sb.stamps);
  b.merge(sa.data, sa.stamps);
};
/** Two tabs that restored the same saved board. */
function tabs() {
  const start = new Board();
  start.place('buurtfeest', 0.9);
  const saved = { data: start.toData(), stamps: start.stamps() };
  const a = new Board();
  const b = new Board();
  a.restore(saved.data, saved.stamps);
  b.restore(saved.data, saved.stamps);
  return [a, b] as const;
}

describe('two tabs editing one board', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps both placements made at the same instant, in both tabs', () => {
    const [a, b] = tabs();
    a.place('wijkmagazine', 0.8);
    b.place('buurtpreventie', 0.3);
    both(a, b);
    expect(a.toData()).toEqual(b.toData());
    expect(a.toData().placements).toEqual({
      buurtfeest: 0.9,
      wijkmagazine: 0.8,
      buurtpreventie: 0.3,
    });
  });

  it('lets the later move of one card win, the same way in both tabs', () => {
    const [a, b] = tabs();
    a.place('buurtfeest', 0.2);
    b.place('buurtfeest', 0.5); // later
    both(a, b);
    expect(a.position('buurtfeest')).toBe(0.5);
    expect(b.position('buurtfeest')).toBe(0.5);
  });

  it('carries a removal and a reset to the other tab', () => {
    const [a, b] = tabs();
    b.place('wijkmagazine', 0.8);
    exchange(b, a);
    a.remove('buurtfeest');
    exchange(a, b);
    expect(b.toData().placements).toEqual({ wijkmagazine: 0.8 });
    b.reset();
    exchange(b, a);
    expect(a.toData().placements).toEqual({});
  });

  it('keeps own initiatives added in both tabs, with different ids', () => {
    const [a, b] = tabs();
    const x = a.addOwn('Moestuin');
    const y = b.addOwn('Repair café');
    both(a, b);
    expect(x.ok && y.ok && x.id !== y.id).toBe(true);
    expect(a.own.map((o) => o.name).sort()).toEqual(['Moestuin', 'Repair café']);
    expect(b.own.map((o) => o.name).sort()).toEqual(['Moestuin', 'Repair café']);
  });

  it("undo takes back this tab's action only, and keeps the other tab's", () => {
    const [a, b] = tabs();
    a.place('wijkmagazine', 0.8);
    b.place('buurtpreventie', 0.3);
    exchange(b, a);
    a.undo();
    expect(a.toData().placements).toEqual({ buurtfeest: 0.9, buurtpreventie: 0.3 });
    // The undo reaches the other tab as a change of its own.
    exchange(a, b);
    expect(b.toData().placements).toEqual(a.toData().placements);
    a.redo();
    exchange(a, b);
    expect(b.position('wijkmagazine')).toBe(0.8);
  });

  it('says whether this tab holds more than the other (so only then it saves)', () => {
    const [a, b] = tabs();
    a.place('wijkmagazine', 0.8);
    expect(exchange(a, b)).toEqual({ taken: 1, ahead: false });
    expect(exchange(b, a)).toEqual({ taken: 0, ahead: false });
    b.place('buurtpreventie', 0.3);
    a.place('inspraak-x', 0.1);
    expect(exchange(a, b)).toEqual({ taken: 1, ahead: true });
  });

  it('merges boards saved before stamps existed the same way in both tabs', () => {
    const a = new Board();
    const b = new Board();
    a.restore({ placements: { x: 0.1 }, own: [], revealed: [], revealAll: false });
    b.restore({ placements: { x: 0.2 }, own: [], revealed: [], revealAll: false });
    both(a, b);
    expect(a.position('x')).toBe(b.position('x'));
  });

  it('converges, losing no card, whatever two tabs do between two saves', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const op = fc.record({
      tab: fc.integer({ min: 0, max: 1 }),
      id: fc.constantFrom(...ids),
      at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
      kind: fc.constantFrom('place', 'remove', 'undo', 'sync'),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const [a, b] = tabs();
        const boards = [a, b];
        /** Per card, where the latest action left it: what both tabs must end with. */
        const last: Record<string, number | undefined> = { buurtfeest: 0.9 };
        let undone = false;
        // One action per millisecond, as people click (tabs' clocks tie only within one).
        vi.useFakeTimers({ now: Date.now() + 1000, toFake: ['Date'] });
        for (const o of ops) {
          vi.advanceTimersByTime(1);
          const t = boards[o.tab]!;
          // An action that changes nothing in its own tab is no action.
          if (o.kind === 'place' && t.position(o.id) !== o.at) {
            t.place(o.id, o.at);
            last[o.id] = o.at;
          } else if (o.kind === 'remove' && t.isPlaced(o.id)) {
            t.remove(o.id);
            last[o.id] = undefined;
          } else if (o.kind === 'undo') undone ||= t.undo() !== undefined;
          else if (o.kind === 'sync') both(a, b);
        }
        both(a, b);
        expect(a.toData()).toEqual(b.toData());
        // Without undo in the mix, each card ends where its latest action put it.
        if (!undone) for (const id of Object.keys(last)) expect(a.position(id)).toBe(last[id]);
      }),
      { numRuns: 300 },
    );
  });
});
