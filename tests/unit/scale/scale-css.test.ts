// The generated stylesheet puts both models on one grid: these lines decide where every band sits.
import { describe, expect, it } from 'vitest';
import { scaleCss } from '../../../scripts/scale-css-plugin';

const css = scaleCss();
const rule = (id: string) => {
  const m = new RegExp(`\\[data-span="${id}"\\]\\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`no rule for ${id}`);
  return Object.fromEntries(m[1]!.split(';').map((d) => d.split(':') as [string, string]));
};

describe('scale grid', () => {
  it('has one column per segment between interval ends, sized by its share', () => {
    // Ends 0 .14 .28 .42 .5 .58 .72 .86 1: eight segments.
    const cols = /--scale-cols:([^;]*);/.exec(css)![1]!;
    expect(cols.split(' ')).toEqual([
      'minmax(0,14fr)',
      'minmax(0,14fr)',
      'minmax(0,14fr)',
      'minmax(0,8fr)',
      'minmax(0,8fr)',
      'minmax(0,14fr)',
      'minmax(0,14fr)',
      'minmax(0,14fr)',
    ]);
  });

  it('spans gelijkwaardig samenwerken over both segments around the ownership line', () => {
    expect(rule('gelijkwaardig-samenwerken')).toMatchObject({ '--c1': '4', '--c2': '6' });
    expect(rule('gemeenschap')).toMatchObject({ '--c1': '5', '--c2': '9' });
  });

  it('counts rows from the residents end', () => {
    expect(rule('utrechter-aan-zet')).toMatchObject({ '--r1': '1', '--r2': '2' });
    expect(rule('gemeente-aan-zet')).toMatchObject({ '--r1': '8', '--r2': '9' });
    expect(rule('pm-3')).toMatchObject({ '--r1': '2', '--r2': '5' });
  });
});
