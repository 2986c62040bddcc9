// @vitest-environment node
// One palette: src/lib/util/palette.ts. The page's custom properties are generated from it into
// src/app/palette.css (a file snapshot: after changing a colour, run
// `npx vitest run tests/unit/util/palette -u`), which app.css imports; the export uses the values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLOR, PRESENTING } from '../../../src/lib/util/palette';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const rule = (selector: string, colours: Record<string, string | undefined>) =>
  `${selector} {\n${Object.entries(colours)
    .map(([name, value]) => `  --${kebab(name)}: ${value};\n`)
    .join('')}}\n`;

const HEADER = `/* Generated from src/lib/util/palette.ts by tests/unit/util/palette.test.ts: change the colours there, then
   run \`npx vitest run tests/unit/util/palette -u\`. */\n`;

describe('palette', () => {
  it('is what src/app/palette.css declares', async () => {
    const css = HEADER + rule(':root', COLOR) + rule('.presenting', PRESENTING);
    await expect(css).toMatchFileSnapshot('../../../src/app/palette.css');
  });

  it('has six-digit colours, and presentation mode changes only colours the palette has', () => {
    for (const value of [...Object.values(COLOR), ...Object.values(PRESENTING)])
      expect(value).toMatch(/^#[0-9a-f]{6}$/);
    for (const name of Object.keys(PRESENTING)) expect(COLOR).toHaveProperty(name);
  });

  it('is the page’s only palette: app.css imports it first and declares no colour itself', () => {
    const app = readFileSync(new URL('../../../src/app/app.css', import.meta.url), 'utf8');
    expect(app).toMatch(/^@import '\.\/palette\.css';\n/);
    expect(app).not.toMatch(/--[\w-]+:\s*#/);
  });
});
