// Checks for data from outside the code (content files, saved boards, links): each check returns
// the value it accepts (a new, trimmed copy for objects and strings) and records every issue with
// its path. Small and fast on purpose: the page checks its content at every load.

export type Path = (string | number)[];
export interface Issue {
  path: Path;
  message: string;
  input: unknown;
}

/** Checks input at the path (a stack the check may push to and must restore). */
export type Check<T> = (input: unknown, path: Path, issues: Issue[]) => T;
/** A key an object may leave out. */
export type Optional<T> = Check<T | undefined> & { optional: true };
export type Out<C> = C extends Check<infer T> ? T : never;

type Shape = Record<string, Check<unknown>>;
type Flat<T> = { [K in keyof T]: T[K] };
type ObjectOut<S extends Shape> = Flat<
  { [K in keyof S as S[K] extends { optional: true } ? never : K]: Out<S[K]> } & {
    [K in keyof S as S[K] extends { optional: true } ? K : never]?: Exclude<Out<S[K]>, undefined>;
  }
>;

/** Enough to act on; a file full of junk does not make a million messages. */
export const MAX_ISSUES = 100;

function fail<T>(issues: Issue[], path: Path, message: string, input: unknown): T {
  if (issues.length < MAX_ISSUES) issues.push({ path: path.slice(), message, input });
  return input as T;
}

/** Keys that reach an object's prototype: never data. */
const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

/** Passes when the inner check added no issue and test(value) holds. */
export const refine =
  <T>(check: Check<T>, test: (value: T) => boolean, message: string): Check<T> =>
  (input, path, issues) => {
    const before = issues.length;
    const value = check(input, path, issues);
    return issues.length === before && !test(value) ? fail(issues, path, message, input) : value;
  };

export const string =
  (message = 'expected a string', trim = false): Check<string> =>
  (input, path, issues) =>
    typeof input !== 'string' ? fail(issues, path, message, input) : trim ? input.trim() : input;

export const number =
  (message = 'expected a number'): Check<number> =>
  (input, path, issues) =>
    typeof input === 'number' && Number.isFinite(input)
      ? input
      : fail(issues, path, message, input);

export const boolean =
  (message = 'expected true or false'): Check<boolean> =>
  (input, path, issues) =>
    typeof input === 'boolean' ? input : fail(issues, path, message, input);

export const oneOf = <const T extends readonly string[]>(
  values: T,
  message = `expected ${values.map((v) => `"${v}"`).join(' or ')}`,
): Check<T[number]> => refine(string(message), (s) => values.includes(s), message);

export const between = (min: number, max: number, message: string): Check<number> =>
  refine(number(message), (n) => n >= min && n <= max, message);

export const array =
  <T>(item: Check<T>, message = 'expected an array'): Check<T[]> =>
  (input, path, issues) => {
    if (!Array.isArray(input)) return fail(issues, path, message, input);
    const out = new Array<T>(input.length);
    for (let i = 0; i < input.length; i++) {
      path.push(i);
      out[i] = item(input[i], path, issues);
      path.pop();
    }
    return out;
  };

export const tuple =
  <A, B>(a: Check<A>, b: Check<B>, message = 'expected a pair'): Check<[A, B]> =>
  (input, path, issues) => {
    if (!Array.isArray(input) || input.length !== 2) return fail(issues, path, message, input);
    path.push(0);
    const first = a(input[0], path, issues);
    path[path.length - 1] = 1;
    const second = b(input[1], path, issues);
    path.pop();
    return [first, second];
  };

const isObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** An object with exactly these keys (unknown keys are refused). */
export const object =
  <S extends Shape>(shape: S, message = 'expected an object'): Check<ObjectOut<S>> =>
  (input, path, issues) => {
    if (!isObject(input)) return fail(issues, path, message, input);
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      path.push(key);
      const value = shape[key]!(input[key], path, issues);
      path.pop();
      if (value !== undefined || key in input) out[key] = value;
    }
    for (const key of Object.keys(input)) {
      if (Object.hasOwn(shape, key)) continue;
      path.push(key);
      fail(issues, path, 'unknown key', input[key]);
      path.pop();
    }
    return out as ObjectOut<S>;
  };

/** A key that may be missing; with a fallback, a missing key takes it. */
export function optional<T>(check: Check<T>): Optional<T>;
export function optional<T>(check: Check<T>, fallback: () => T): Check<T>;
export function optional<T>(check: Check<T>, fallback?: () => T) {
  const optionalCheck: Check<T | undefined> = (input, path, issues) =>
    input === undefined ? fallback?.() : check(input, path, issues);
  return fallback ? optionalCheck : Object.assign(optionalCheck, { optional: true as const });
}

/** Any keys passing `key`, with values passing `value`. */
export const record =
  <T>(
    key: Check<string>,
    value: Check<T>,
    message = 'expected an object',
  ): Check<Record<string, T>> =>
  (input, path, issues) => {
    if (!isObject(input)) return fail(issues, path, message, input);
    const out: Record<string, T> = {};
    for (const k of Object.keys(input)) {
      path.push(k);
      if (UNSAFE.has(k)) fail(issues, path, 'not a usable key', k);
      else {
        key(k, path, issues);
        out[k] = value(input[k], path, issues);
      }
      path.pop();
    }
    return out;
  };

/** One of several object shapes, told apart by the string at `key`. */
export const variant =
  <S extends Record<string, Check<unknown>>>(key: string, options: S): Check<Out<S[keyof S]>> =>
  (input, path, issues) => {
    const tag = isObject(input) ? input[key] : undefined;
    const option = typeof tag === 'string' && Object.hasOwn(options, tag) ? options[tag] : null;
    if (option) return option(input, path, issues) as Out<S[keyof S]>;
    if (!isObject(input)) return fail(issues, path, 'expected an object', input);
    path.push(key);
    const names = Object.keys(options).map((o) => `"${o}"`);
    fail(issues, path, `expected ${names.join(' or ')}`, tag);
    path.pop();
    return input as Out<S[keyof S]>;
  };

/** Every issue, or the value. */
export function parse<T>(
  check: Check<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const value = check(input, [], issues);
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
}

/** "items.3.label" for an issue's path; "" at the root. */
export const dotPath = (issue: Issue) => issue.path.join('.');
