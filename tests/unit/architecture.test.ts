// @vitest-environment node
// The folder tree is the architecture (docs/architecture.md): every file under src/ belongs to one
// area, areas sit on layers, and a file imports only from its own area or a lower layer. Areas on
// the same layer are siblings and stay apart. Every import form counts: static, `export … from`,
// `import type`, side-effect, dynamic `import()`, `.svelte` components and CSS (`?inline`, `@import`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Bottom to top: [area, layer, the folder or file it owns]. */
const AREAS: readonly (readonly [string, number, string])[] = [
  ['data', 0, 'data/'],
  ['env', 0, 'src/env.d.ts'],
  ['util', 1, 'src/lib/util/'],
  ['content', 2, 'src/lib/content/'],
  ['scale', 3, 'src/lib/scale/'],
  ['validation', 4, 'src/lib/validation/'],
  ['i18n', 5, 'src/lib/i18n/'],
  ['host', 6, 'src/lib/host/'],
  ['board', 7, 'src/lib/board/'],
  ['codec', 8, 'src/lib/codec/'],
  ['controller', 9, 'src/lib/controller/'],
  ['ui', 10, 'src/lib/ui/'],
  ['workshop', 11, 'src/lib/workshop/'],
  ['route', 11, 'src/lib/route/'],
  ['views', 12, 'src/lib/views/'],
  ['app', 13, 'src/app/'],
  ['shells/page', 14, 'src/shells/page/'],
  ['shells/component', 14, 'src/shells/component/'],
  ['shells/prerender', 14, 'src/shells/prerender/'],
];

function areaOf(file: string): { name: string; layer: number } | undefined {
  const hit = AREAS.find(([, , at]) => (at.endsWith('/') ? file.startsWith(at) : file === at));
  return hit && { name: hit[0], layer: hit[1] };
}

const IMPORTS = [
  // import x from '…', import type { X } from '…', export { x } from '…', export * from '…'
  /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*(['"])([^'"\n]+)\1/g,
  // import '…' (side effects, stylesheets)
  /(?:^|[;\s])import\s*(['"])([^'"\n]+)\1/g,
  // import('…')
  /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  // @import '…' in CSS
  /@import\s+(?:url\()?(['"])([^'"\n]+)\1/g,
];

/** Every module specifier in a file's text (.ts, .js, .svelte, .css). */
function specifiers(text: string): string[] {
  return IMPORTS.flatMap((re) => [...text.matchAll(re)].map((m) => m[2]!));
}

function isFile(path: string): boolean {
  try {
    return statSync(join(root, path)).isFile();
  } catch {
    return false;
  }
}

/** The repository path a relative specifier names, as Vite resolves it; null for packages. */
function resolveSpecifier(importer: string, spec: string): string | null | undefined {
  if (!spec.startsWith('.')) return null;
  const base = normalize(join(dirname(importer), spec.replace(/\?.*$/, '')));
  return [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`].find(isFile);
}

/** What is wrong with importing `target` from `importer` (both repository paths), if anything. */
function violation(importer: string, target: string): string | undefined {
  const from = areaOf(importer);
  const to = areaOf(target);
  if (!from) return `${importer} is in no area`;
  if (!to) return `${importer} → ${target} (${from.name} → outside every area)`;
  if (from.name === to.name || to.layer < from.layer) return undefined;
  const kind = to.layer === from.layer ? 'sibling' : 'upward';
  return `${importer} → ${target} (${from.name} → ${to.name}, ${kind})`;
}

const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
  .map((f) =>
    relative(root, join(root, 'src', f))
      .split('\\')
      .join('/'),
  )
  .filter(isFile)
  .sort();

describe('architecture', () => {
  it('puts every file under src/ in an area', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => !areaOf(f))).toEqual([]);
  });

  it('imports only from the same area or a lower layer', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const file of files.filter((f) => /\.(ts|js|svelte|css)$/.test(f))) {
      for (const spec of specifiers(readFileSync(join(root, file), 'utf8'))) {
        const target = resolveSpecifier(file, spec);
        if (target === null) continue;
        seen++;
        if (target === undefined) problems.push(`${file} → ${spec} (not found)`);
        else {
          const problem = violation(file, target);
          if (problem) problems.push(problem);
        }
      }
    }
    expect(seen).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('sees every import form and tells upward and sibling imports apart', () => {
    const text = `import a from './a';
      import type { B } from "./b";
      export { c } from './c';
      export * from './d';
      import './e.css';
      const f = () => import('./f');
      import G from './G.svelte';
      import h from './h.css?inline';
      @import './i.css';`;
    expect(specifiers(text).sort()).toEqual(
      [
        './a',
        './b',
        './c',
        './d',
        './e.css',
        './f',
        './G.svelte',
        './h.css?inline',
        './i.css',
      ].sort(),
    );
    expect(violation('src/lib/views/Card.svelte', 'src/lib/board/board.svelte.ts')).toBeUndefined();
    expect(violation('src/lib/board/board.svelte.ts', 'src/lib/board/types.ts')).toBeUndefined();
    expect(violation('src/lib/content/load.ts', 'src/lib/validation/validate.ts')).toBe(
      'src/lib/content/load.ts → src/lib/validation/validate.ts (content → validation, upward)',
    );
    expect(violation('src/lib/route/Route.svelte', 'src/lib/workshop/Modal.svelte')).toMatch(
      /\(route → workshop, sibling\)$/,
    );
    expect(violation('src/lib/nowhere/x.ts', 'src/lib/util/check.ts')).toMatch(/in no area/);
  });
});
