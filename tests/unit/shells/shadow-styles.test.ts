// The web component's styles: app.css rewritten for the component's own root, and every rem a
// multiple of the component's own root size (so neither the host page's root size nor the
// component's presentation mode reach past the element).
import { describe, expect, it } from 'vitest';
import {
  breakpoints,
  remToRoot,
  REM_PROPERTY,
  shadowCss,
  VW_PROPERTY,
  vwToFrame,
  widthClasses,
  widthQueries,
} from '../../../src/shells/component/shadow-styles';

const v = `var(${REM_PROPERTY})`;

describe('remToRoot', () => {
  it.each([
    ['a{margin:1rem}', `a{margin:calc(1 * ${v})}`],
    ['a{padding:0 .75rem 2rem}', `a{padding:0 calc(.75 * ${v}) calc(2 * ${v})}`],
    ['a{margin:-0.5rem}', `a{margin:calc(-0.5 * ${v})}`],
    [
      'h1{font-size:clamp(1.5rem, 1.1rem + 1.5vw, 2.4rem)}',
      `h1{font-size:clamp(calc(1.5 * ${v}), calc(1.1 * ${v}) + 1.5vw, calc(2.4 * ${v}))}`,
    ],
    ['a{width:calc(100% - 1rem)}', `a{width:calc(100% - calc(1 * ${v}))}`],
  ])('%s', (css, out) => expect(remToRoot(css)).toBe(out));

  it.each([
    '@media (min-width: 60rem){a{color:red}}',
    '.x2rem{color:red}',
    'a{width:2em;height:10px}',
  ])('leaves %s alone', (css) => expect(remToRoot(css)).toBe(css));

  it('still rewrites the rules inside a media query', () => {
    expect(remToRoot('@media (min-width: 60rem){a{margin:1rem}}')).toBe(
      `@media (min-width: 60rem){a{margin:calc(1 * ${v})}}`,
    );
  });
});

describe('vwToFrame', () => {
  it('makes vw a hundredth of the element, the window until measured', () => {
    expect(vwToFrame('a{padding:0 clamp(1px, 3vw, 9px);width:min(4px,calc(100vw - 2px))}')).toBe(
      `a{padding:0 clamp(1px, calc(3 * var(${VW_PROPERTY}, 1vw)), 9px);` +
        `width:min(4px,calc(calc(100 * var(${VW_PROPERTY}, 1vw)) - 2px))}`,
    );
  });
});

describe('shadowCss', () => {
  const css = shadowCss(':root{--ink:#000;font-size:100%}body{margin:0}#app{padding:1rem}');

  it('gives the page rules to the root inside and the host element', () => {
    expect(css).toContain('.kv-root{--ink:#000;font-size:100%}');
    expect(css).toContain(':host{margin:0}');
    expect(css).toContain(`.kv-root{padding:calc(1 * ${v})}`);
    expect(css).not.toMatch(/:root|#app|\bbody\b/);
  });

  it('defines the root size on the root inside', () => {
    expect(css).toContain(`.kv-root{${REM_PROPERTY}:1em}`);
  });
});

describe('width queries follow the element', () => {
  const css =
    '@media (max-width:1099px){.a{b:c}}@media (min-width: 1600px){.kv-root{d:e}}@media print{x{y:z}}';

  // :where() adds no specificity, as a media query adds none: a rule outside it that wins on the
  // page still wins in the element (the e2e column test checks the embedded pile's height).
  it('turns a width media query into a rule nested under the frame class for that width', () => {
    expect(widthQueries(css)).toBe(
      ':where(.kv-frame.kv-max-1099){.a{b:c}}:where(.kv-frame.kv-min-1600){.kv-root{d:e}}@media print{x{y:z}}',
    );
  });

  it.each([
    [700, ['kv-max-1099']],
    [1099, ['kv-max-1099']],
    [1100, []],
    [1600, ['kv-min-1600']],
  ])('at %i px the frame has %j', (width, classes) => {
    expect(widthClasses(width, breakpoints(css))).toEqual(classes);
  });
});
