// @vitest-environment node
// Every message key is used somewhere in src/: a key nothing reaches is dead text that still has
// to be translated and reviewed. TypeScript resolves each access (see usage.ts), so a key counts
// only where the code really reaches it, and dynamic access only through its key's union type.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findUsage, type Usage } from './usage';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const catalogues = [
  { file: 'src/lib/i18n/nl.ts', variable: 'nl' },
  { file: 'src/lib/i18n/nl-later.ts', variable: 'nlLater' },
  { file: 'src/lib/workshop/compare/messages.ts', variable: 'nl' },
  { file: 'src/lib/workshop/export/messages.ts', variable: 'nl' },
  { file: 'src/shells/prerender/messages.ts', variable: 'staticMessages' },
];

describe('message keys', () => {
  let usage: Usage;
  beforeAll(() => {
    usage = findUsage(root, catalogues);
  }, 120_000);

  it('reads every catalogue and every component', () => {
    expect(usage.syntaxErrors).toEqual([]);
    expect(usage.leaves.get('src/lib/i18n/nl.ts')).toContain('scale.label');
    expect(usage.leaves.get('src/lib/i18n/nl-later.ts')).toContain('board.menu.back');
    expect(usage.leaves.get('src/lib/i18n/nl-later.ts')!.length).toBeGreaterThan(150);
    expect(usage.leaves.get('src/shells/prerender/messages.ts')).toContain('interval');
  });

  it('knows which keys every computed access can reach', () => {
    expect(usage.unresolved).toEqual([]);
  });

  it('leaves no key unused', () => {
    expect(usage.unused).toEqual([]);
  });
});
