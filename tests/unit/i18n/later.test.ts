// The Dutch messages in two parts (issue 16): the core (nl.ts) is in the start chunk, the later
// part (nl-later.ts: the board, the workshop tools, the route dialog, the detail panel) loads with
// the code that shows it. The start holds none of the later part, and once it has loaded every
// message is there, in Dutch and in English.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nl } from '../../../src/lib/i18n/nl';
import { nlLater } from '../../../src/lib/i18n/nl-later';
import { catalogues, keys } from './catalogues';

// The repository (vitest runs there; this file runs in jsdom, where import.meta.url is no path).
const root = process.cwd();

/** A fresh copy of the i18n module: nothing loaded yet but the Dutch core, as on a first visit. */
async function fresh() {
  vi.resetModules();
  return await import('../../../src/lib/i18n/i18n.svelte');
}

/** Every key path of `o` with its value; a function as its source (a fresh module has new ones). */
const entries = (o: object, prefix = ''): [string, unknown][] =>
  Object.entries(o).flatMap(([k, v]): [string, unknown][] =>
    v && typeof v === 'object'
      ? entries(v, `${prefix}${k}.`)
      : [[`${prefix}${k}`, typeof v === 'function' ? String(v) : v]],
  );
/** The same messages, key for key. */
const same = (a: object, b: object) => expect(new Map(entries(a))).toEqual(new Map(entries(b)));

/** The modules a file imports statically (at run time: not `import type`, not `import()`). */
function staticImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found = [
    ...text.matchAll(
      /(?:^|[;\s])(?:import|export)\s+(?!type\s)[^'";]*?\sfrom\s*(['"])([^'"\n]+)\1/g,
    ),
    ...text.matchAll(/(?:^|[;\s])import\s*(['"])([^'"\n]+)\1/g),
  ].map((m) => m[2]!);
  return found
    .filter((s) => s.startsWith('.'))
    .map((s) => normalize(join(dirname(file), s)))
    .map((p) => ['', '.ts', '.js'].map((ext) => p + ext).find((f) => isFile(f)) ?? p);
}
function isFile(file: string) {
  try {
    readFileSync(join(root, file));
    return true;
  } catch {
    return false;
  }
}
/** What loads with an entry: its static imports, and theirs. */
function startOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !/\.(ts|js|svelte)$/.test(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return new Set([...seen].map((f) => relative(root, join(root, f))));
}

describe('the messages that load later', () => {
  it('are not in the core, which has what the first screen shows', () => {
    const core = new Set(keys(nl));
    expect(keys(nlLater).filter((k) => core.has(k))).toEqual([]);
    for (const section of ['board.announce', 'workshop.shareDialog', 'embed.dialog', 'detail'])
      expect(keys(nl).filter((k) => k.startsWith(`${section}.`))).toEqual([]);
    expect(keys(nl)).toContain('scale.label');
  });

  it.each([['src/shells/page/main.ts'], ['src/shells/component/KompasVerkenner.wc.svelte']])(
    'are not in the start of %s, nor is English',
    (entry) => {
      const start = startOf(entry);
      expect(start).toContain('src/lib/i18n/nl.ts');
      expect(start).toContain('src/lib/i18n/i18n.svelte.ts');
      for (const lazy of ['nl-later', 'en', 'en-later'])
        expect(start).not.toContain(`src/lib/i18n/${lazy}.ts`);
    },
  );

  it('are not there at start, and every message is once they have loaded', async () => {
    const { I18n, loadLaterText } = await fresh();
    const i18n = new I18n('nl');
    expect(i18n.t.board.storage.dismiss).toBe(nl.board.storage.dismiss);
    expect(i18n.t.board.announce).toBeUndefined();
    expect(i18n.t.detail).toBeUndefined();
    await loadLaterText();
    same(i18n.t, catalogues.nl);
    // English, chosen afterwards, comes with its later part: nothing left in Dutch.
    await i18n.select('en');
    expect(i18n.lang).toBe('en');
    same(i18n.t, catalogues.en);
    await i18n.select('nl');
    same(i18n.t, catalogues.nl);
  });

  it('come in English too when English was there first', async () => {
    const { I18n, loadLang, loadLaterText } = await fresh();
    await loadLang('en');
    const i18n = new I18n('en');
    expect(i18n.t.board.menu).toBeUndefined();
    await loadLaterText();
    same(i18n.t, catalogues.en);
    await i18n.select('nl');
    same(i18n.t, catalogues.nl);
  });

  it('come in English when English is chosen while they load', async () => {
    const { I18n, loadLaterText } = await fresh();
    const i18n = new I18n('nl');
    await Promise.all([loadLaterText(), i18n.select('en')]);
    expect(i18n.lang).toBe('en');
    same(i18n.t, catalogues.en);
  });

  it('load once, however often they are asked for', async () => {
    const { I18n, loadLaterText } = await fresh();
    const i18n = new I18n('nl');
    await Promise.all([loadLaterText(), loadLaterText()]);
    const t = i18n.t;
    await loadLaterText();
    expect(i18n.t).toBe(t);
  });
});
