// @vitest-environment node
// Small files (issue 15): no source file over 250 lines, the message catalogues aside (one long
// list of texts reads best in one place). A file that grows past it is split where it has seams.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MAX_LINES = 250;
const CATALOGUE = /^src\/lib\/i18n\/(nl|en)(-[\w-]+)?\.ts$/;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [relative(root, p).replaceAll('\\', '/')];
  });

const tooLong = (files: readonly string[], read: (file: string) => string) =>
  files
    .filter((f) => !CATALOGUE.test(f))
    .map((f) => ({ file: f, lines: read(f).split('\n').length - 1 }))
    .filter((f) => f.lines > MAX_LINES)
    .map((f) => `${f.file}: ${f.lines} lines`);

describe('file size', () => {
  it(`no source file under src/ is over ${MAX_LINES} lines, catalogues aside`, () => {
    const files = walk(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    expect(tooLong(files, (f) => readFileSync(join(root, f), 'utf8'))).toEqual([]);
  });

  it('the check counts lines and spares only the catalogues (it can fail)', () => {
    const text = (n: number) => 'x\n'.repeat(n);
    const sizes: Record<string, number> = {
      'src/a.ts': 251,
      'src/b.svelte': 250,
      'src/lib/i18n/nl.ts': 400,
      'src/lib/i18n/nl-board.ts': 400,
      'src/lib/i18n/outcome.ts': 300,
    };
    expect(tooLong(Object.keys(sizes), (f) => text(sizes[f]!))).toEqual([
      'src/a.ts: 251 lines',
      'src/lib/i18n/outcome.ts: 300 lines',
    ]);
  });
});
