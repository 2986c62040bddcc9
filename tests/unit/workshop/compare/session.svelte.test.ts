import { describe, expect, it } from 'vitest';
import { emptyBoard, type BoardData } from '../../../../src/lib/board/types';
import { encodeFile } from '../../../../src/lib/codec/json';
import { encodeLink } from '../../../../src/lib/codec/link';
import { CompareSession } from '../../../../src/lib/workshop/compare/session.svelte';
import { contentIds } from '../../codec/helpers';

const [a, b, c] = contentIds as [string, string, string];
const board = (placements: Record<string, number>): BoardData => ({ ...emptyBoard(), placements });
const session = () => new CompareSession(contentIds, (no) => `Bord ${no}`);
const file = (name: string, text: string) => ({
  name,
  bytes: async () => new TextEncoder().encode(text),
});

describe('CompareSession', () => {
  it('adds boards from every source, names them, and sorts by disagreement', async () => {
    const s = session();
    s.addCurrent(board({ [a]: 0.1, [b]: 0.5 }), 'Mijn bord');
    const link = await encodeLink(board({ [a]: 0.9, [b]: 0.6 }), {
      knownIds: contentIds,
      mode: 'edit',
    });
    await s.addLinks(`\nhttps://example.org/app/${link}\n`);
    await s.addFiles([file('groep-3.json', encodeFile(board({ [a]: 0.5, [c]: 0.3 })))]);

    expect(s.boards.map((x) => [x.no, x.name])).toEqual([
      [1, 'Mijn bord'],
      [2, 'Bord 2'],
      [3, 'groep-3'],
    ]);
    expect(s.outcome).toEqual({ added: 1, problems: [] });
    expect(s.stats.map((x) => [x.id, x.count, x.median, x.spread])).toEqual([
      [a, 3, 0.5, 0.8],
      [b, 2, 0.55, 0.1],
      [c, 1, 0.3, 0],
    ]);
  });

  it('reports every bad input by source and keeps the boards it has', async () => {
    const s = session();
    await s.addLinks(`#b=1.AAAA`);
    expect(s.outcome?.added).toBe(0);
    s.addCurrent(board({ [a]: 0.2 }), 'Mijn bord');
    await s.addLinks('garbage\n\n#b=9.x\n#b=');
    expect(s.outcome).toEqual({
      added: 0,
      problems: [
        { source: { kind: 'link', n: 1, text: 'garbage' }, code: 'not-a-board' },
        { source: { kind: 'link', n: 2, text: '#b=9.x' }, code: 'unknown-version' },
        { source: { kind: 'link', n: 3, text: '#b=' }, code: 'empty' },
      ],
    });
    await s.addFiles([
      file('leeg.json', ''),
      file('notities.txt', 'Koffie meenemen'),
      file(
        'eigen.json',
        encodeFile({
          ...board({ 'own-1': 0.4 }),
          own: [{ id: 'own-1', name: 'Eigen', description: '' }],
        }),
      ),
    ]);
    expect(s.outcome?.problems.map((p) => ('code' in p ? p.code : p))).toEqual([
      'empty',
      'wrong-file-type',
      'nothing-placed',
    ]);
    await s.addLinks('   ');
    expect(s.outcome?.problems).toEqual([
      { source: { kind: 'link', n: 1, text: '' }, code: 'empty' },
    ]);
    expect(s.boards).toHaveLength(1);
  });

  it('notes placements of unknown initiatives that were left out', async () => {
    const s = session();
    const text = encodeFile(board({ [a]: 0.2, 'vervallen-initiatief': 0.7 }));
    await s.addFiles([file('oud.json', text)]);
    expect(s.boards).toHaveLength(1);
    expect(s.outcome?.problems).toEqual([
      { source: { kind: 'file', name: 'oud.json' }, dropped: 1 },
    ]);
  });

  it('renames and removes; numbers are never reused, a cleared name shows the default', () => {
    const s = session();
    s.addCurrent(board({ [a]: 0.2 }), 'Mijn bord');
    s.addCurrent(board({ [a]: 0.8 }), 'Mijn bord');
    s.rename(2, '   ');
    expect(s.label(s.boards[1]!)).toBe('Bord 2');
    s.remove(1);
    s.addCurrent(board({ [a]: 0.4 }), '');
    expect(s.boards.map((x) => [x.no, s.label(x)])).toEqual([
      [2, 'Bord 2'],
      [3, 'Bord 3'],
    ]);
    expect(s.stats[0]?.positions).toEqual([
      { board: 0, position: 0.8 },
      { board: 1, position: 0.4 },
    ]);
  });
});
