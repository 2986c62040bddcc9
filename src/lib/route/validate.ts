// Checks data/route.json against the content: known questions and options in every rule, a
// meaning for every form, type and "none", every combination of answers answered by a rule and
// landing inside a form (never on a boundary, where the form would depend on rounding), and the
// provenance rules of all content (sources, quotes from the letter).
import { dotPath, parse } from '../check';
import { checkProvenances, type ContentIssue } from '../content/rules';
import type { Content } from '../content/validate';
import { allAnswers, ruleFor } from './route';
import { RouteSchema, type Route } from './schema';

export const ROUTE_FILE = 'data/route.json';

export function validateRoute(
  raw: unknown,
  content: Content,
): { ok: true; route: Route } | { ok: false; issues: ContentIssue[] } {
  const parsed = parse(RouteSchema, raw);
  if (!parsed.ok)
    return {
      ok: false,
      issues: parsed.issues.map((i) => ({
        file: ROUTE_FILE,
        path: dotPath(i),
        message: i.message,
      })),
    };
  const route = parsed.value;
  const issues: ContentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ file: ROUTE_FILE, path, message });
  const questions = new Map(
    route.questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]),
  );
  route.rules.forEach((rule, i) => {
    for (const [q, options] of Object.entries(rule.when)) {
      const known = questions.get(q);
      if (!known) add(`rules.${i}.when.${q}`, `unknown question "${q}"`);
      else
        for (const o of options)
          if (!known.has(o)) add(`rules.${i}.when.${q}`, `unknown option "${o}" of "${q}"`);
    }
  });
  const [main, other] = content.frameworks;
  for (const id of [...main.items, ...other.items].map((it) => it.id).concat('none'))
    if (!route.meanings[id]) add(`meanings.${id}`, `expected what "${id}" means for a resident`);
  const edges = new Set([...main.items, ...other.items].flatMap((it) => it.interval));
  for (const answers of allAnswers(route)) {
    const rule = ruleFor(route, answers);
    const said = JSON.stringify(answers);
    if (!rule) add('rules', `no rule answers ${said}`);
    else if (edges.has(rule.position))
      add('rules', `${said} lands on a boundary (${rule.position}): move it inside a form`);
  }
  const known = new Set(content.sources.map((s) => s.id));
  const needSource = (file: string, path: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!known.has(id))
        issues.push({ file, path: `${path}.${i}`, message: `unknown source id "${id}"` });
    });
  const statements = [
    { path: 'about.provenance', provenance: route.about.provenance, explained: false },
    ...Object.entries(route.meanings).map(([k, s]) => ({
      path: `meanings.${k}.provenance`,
      provenance: s.provenance,
      explained: false,
    })),
  ];
  issues.push(...checkProvenances(ROUTE_FILE, statements, undefined, needSource));
  return issues.length ? { ok: false, issues: issues.slice(0, 100) } : { ok: true, route };
}
