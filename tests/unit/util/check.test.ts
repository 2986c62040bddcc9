// The small checks behind content and board validation: values, paths and messages.
import { describe, expect, it } from 'vitest';
import {
  array,
  between,
  boolean,
  dotPath,
  MAX_ISSUES,
  object,
  oneOf,
  optional,
  parse,
  record,
  refine,
  string,
  tuple,
  variant,
} from '../../../src/lib/util/check';

const issuesOf = (result: ReturnType<typeof parse>) =>
  result.ok ? [] : result.issues.map((i) => `${dotPath(i)}: ${i.message}`);

describe('checks', () => {
  it('accepts a good value and returns a trimmed copy', () => {
    const input = { name: '  Buurtfeest ', tags: ['a'] };
    const result = parse(object({ name: string('text', true), tags: array(string()) }), input);
    expect(result).toEqual({ ok: true, value: { name: 'Buurtfeest', tags: ['a'] } });
    expect(result.ok && result.value).not.toBe(input);
  });

  it('reports every issue with its path, not only the first', () => {
    const check = object({ items: array(object({ n: between(0, 1, 'out of range') })) });
    const result = parse(check, { items: [{ n: 0.5 }, { n: 2 }, { n: 'x' }] });
    expect(issuesOf(result)).toEqual(['items.1.n: out of range', 'items.2.n: out of range']);
  });

  it('refuses unknown and missing keys', () => {
    const result = parse(object({ a: boolean() }), { b: true });
    expect(issuesOf(result)).toEqual(['a: expected true or false', 'b: unknown key']);
  });

  it('lets an optional key be missing, with or without a fallback', () => {
    const check = object({ note: optional(string()), list: optional(array(string()), () => []) });
    const result = parse(check, {});
    expect(result).toEqual({ ok: true, value: { list: [] } });
    expect(result.ok && 'note' in result.value).toBe(false);
    expect(issuesOf(parse(check, { note: 3 }))).toEqual(['note: expected a string']);
  });

  it('refines only a value that passed its own check', () => {
    const short = refine(string('not text'), (s) => s.length < 3, 'too long');
    expect(issuesOf(parse(short, 12))).toEqual([': not text']);
    expect(issuesOf(parse(short, 'abcd'))).toEqual([': too long']);
    expect(parse(short, 'ab').ok).toBe(true);
  });

  it('checks pairs, picklists and records', () => {
    expect(issuesOf(parse(tuple(boolean(), string()), [true, 1]))).toEqual([
      '1: expected a string',
    ]);
    expect(issuesOf(parse(tuple(boolean(), string()), [true]))).toEqual([': expected a pair']);
    expect(issuesOf(parse(oneOf(['bron', 'oordeel']), 'gevoel'))).toEqual([
      ': expected "bron" or "oordeel"',
    ]);
    const positions = record(string(), between(0, 1, 'range'));
    expect(issuesOf(parse(positions, { a: 0.2, b: 3 }))).toEqual(['b: range']);
    expect(issuesOf(parse(positions, [0.2]))).toEqual([': expected an object']);
  });

  it('picks the shape of a variant by its tag', () => {
    const check = variant('kind', {
      a: object({ kind: oneOf(['a']), n: boolean() }),
      b: object({ kind: oneOf(['b']) }),
    });
    expect(parse(check, { kind: 'b' }).ok).toBe(true);
    expect(issuesOf(parse(check, { kind: 'a' }))).toEqual(['n: expected true or false']);
    expect(issuesOf(parse(check, { kind: 'c' }))).toEqual(['kind: expected "a" or "b"']);
    expect(issuesOf(parse(check, { kind: 'toString' }))).toEqual(['kind: expected "a" or "b"']);
  });

  it('rejects numbers that are not finite', () => {
    expect(parse(between(0, 1, 'range'), Number.NaN).ok).toBe(false);
  });
});

describe('checks against hostile input', () => {
  it('never takes a prototype key as data', () => {
    const positions = record(string(), between(0, 1, 'range'));
    const input = JSON.parse('{"__proto__": 0.5, "constructor": 0.2, "a": 0.1}');
    expect(issuesOf(parse(positions, input))).toEqual([
      '__proto__: not a usable key',
      'constructor: not a usable key',
    ]);
    const check = object({ a: boolean() });
    expect(issuesOf(parse(check, JSON.parse('{"a": true, "__proto__": {"x": 1}}')))).toEqual([
      '__proto__: unknown key',
    ]);
    expect(issuesOf(parse(check, { a: true, toString: 1 }))).toEqual(['toString: unknown key']);
  });

  it('stops collecting issues at a limit', () => {
    const junk = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    const result = parse(object({}), junk);
    expect(result.ok ? 0 : result.issues.length).toBe(MAX_ISSUES);
  });
});
