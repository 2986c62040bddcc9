// Checks data/route.json against the content: known questions and options in every rule, a
// meaning for every form, type and "none", every combination of answers answered by a rule and
// landing inside a form (never on a boundary, where the form would depend on rounding), and the
// provenance rules of all content (sources, quotes from the letter).
import { dotPath, parse } from '../util/check';
import { checkProvenances, type ContentIssue } from '../validation/rules';
import type { Content } from '../content/model';
import { locate } from '../scale/scale';
import { allAnswers, peelFor, ruleFor } from './route';
import { RouteSchema, type Route } from './schema';

const ROUTE_FILE = 'data/route.json';

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
  route.rules.forEach((rule, i) => {
    if (rule.peel !== undefined && !other.items.some((it) => it.id === rule.peel))
      add(`rules.${i}.peel`, `unknown type "${rule.peel}" of ${other.id}`);
  });
  const edges = new Set([...main.items, ...other.items].flatMap((it) => it.interval));
  const ownerOf = (q: string, a: string | undefined) =>
    route.questions.find((x) => x.id === q)?.options.find((o) => o.id === a)?.owner;
  for (const answers of allAnswers(route)) {
    const rule = ruleFor(route, answers);
    const said = JSON.stringify(answers);
    if (!rule) {
      add('rules', `no rule answers ${said}`);
      continue;
    }
    if (edges.has(rule.position))
      add('rules', `${said} lands on a boundary (${rule.position}): move it inside a form`);
    // Peel en Maas separates owners: the type explained lies on the side of the owner answered.
    const at = locate(main, other, rule.position);
    const type = other.items.find((it) => it.id === peelFor(rule, at.type.id, at.acrossLine));
    for (const [q, a] of Object.entries(answers)) {
      const owner = ownerOf(q, a);
      if (owner && type && type.owner !== owner)
        add(
          'rules',
          `${said} explains ${type.id} (owner ${type.owner}), but the answer names ${owner}`,
        );
    }
  }
  const known = new Set(content.sources.map((s) => s.id));
  const needSource = (file: string, path: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!known.has(id))
        issues.push({ file, path: `${path}.${i}`, message: `unknown source id "${id}"` });
    });
  const statements = [
    { path: 'about.provenance', provenance: route.about.provenance, explained: false },
    ...Object.entries(route.meanings).flatMap(([k, list]) =>
      list.map((s, j) => ({
        path: `meanings.${k}.${j}.provenance`,
        provenance: s.provenance,
        explained: false,
      })),
    ),
    ...route.rules.flatMap((r, i) =>
      r.contrast
        ? [
            {
              path: `rules.${i}.contrast.provenance`,
              provenance: r.contrast.provenance,
              explained: false,
            },
          ]
        : [],
    ),
  ];
  issues.push(...checkProvenances(ROUTE_FILE, statements, undefined, needSource));
  return issues.length ? { ok: false, issues: issues.slice(0, 100) } : { ok: true, route };
}
