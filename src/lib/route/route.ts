// "Waar past mijn initiatief?" as pure logic: answers → the first rule that matches → a position
// on the scale; every combination of answers; the closest example initiatives; and the checks
// the build runs on data/route.json (see validate.ts).
import type { Initiative } from '../content/schema';
import type { Answers, Route, Rule } from './schema';

export const matches = (rule: Rule, answers: Answers) =>
  Object.entries(rule.when).every(([q, options]) => {
    const a = answers[q];
    return a !== undefined && options.includes(a);
  });

/** All required questions answered? */
export const complete = (route: Route, answers: Answers) =>
  route.questions.every((q) => !q.required || answers[q.id] !== undefined);

/** The rule the answers lead to, or null while a required question is open. */
export function ruleFor(route: Route, answers: Answers): Rule | null {
  if (!complete(route, answers)) return null;
  return route.rules.find((r) => matches(r, answers)) ?? null;
}

/** The Peel en Maas type to explain: the rule's own (by owner), else the card's, else none. */
export const peelFor = (rule: Rule, type: string, acrossLine: boolean) =>
  rule.peel ?? (acrossLine ? 'none' : type);

/** Every combination of answers: each option of each question, and "skipped" for optional ones. */
export function allAnswers(route: Route): Answers[] {
  let out: Answers[] = [{}];
  for (const q of route.questions) {
    const choices: (string | undefined)[] = q.options.map((o) => o.id);
    if (!q.required) choices.push(undefined);
    out = out.flatMap((a) => choices.map((c) => ({ ...a, [q.id]: c })));
  }
  return out;
}

/** The n reference initiatives closest to a position, nearest first (ties: data order). */
export function closest(initiatives: readonly Initiative[], position: number, n = 3) {
  return initiatives
    .map((ini, i) => ({ ini, i, d: Math.abs(ini.reference.position - position) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((x) => x.ini);
}
