// Cross-file rules that a shape schema cannot express: tiling, ids, references, overlaps.
import { ownershipLines, straddles } from '../scale/scale';
import { frameworkProvenances, initiativeProvenances } from '../content/provenance';
import { checkProvenances } from './provenance-rules';
import type { Framework, Initiative, Source } from '../content/schema';
import type { ContentIssue } from '../content/issues';

export type { ContentIssue };
export { checkProvenances };

const EPS = 1e-9;
const same = (a: number, b: number) => Math.abs(a - b) < EPS;

/** Intervals must cover [0, 1] in list order, ascending or descending, without gaps or overlaps. */
export function checkTiling(
  intervals: readonly (readonly [number, number])[],
  file: string,
  at: string,
): ContentIssue[] {
  if (intervals.length === 0) return [];
  const first = intervals[0]!;
  const ascending = same(first[0], 0);
  const descending = same(first[1], 1) && !ascending;
  if (!ascending && !descending) {
    return [
      {
        file,
        path: `${at}.0.interval`,
        message: 'expected the first interval to start at 0 or end at 1',
      },
    ];
  }
  const issues: ContentIssue[] = [];
  for (let i = 1; i < intervals.length; i++) {
    const prev = intervals[i - 1]!;
    const cur = intervals[i]!;
    const ok = ascending ? same(prev[1], cur[0]) : same(prev[0], cur[1]);
    if (!ok) {
      const kind = ascending
        ? cur[0] > prev[1]
          ? 'a gap'
          : 'an overlap'
        : cur[1] < prev[0]
          ? 'a gap'
          : 'an overlap';
      issues.push({
        file,
        path: `${at}.${i}.interval`,
        message: `expected to continue at ${ascending ? prev[1] : prev[0]} (found ${kind}; intervals must tile the scale in order)`,
      });
    }
  }
  const last = intervals[intervals.length - 1]!;
  if (ascending ? !same(last[1], 1) : !same(last[0], 0)) {
    issues.push({
      file,
      path: `${at}.${intervals.length - 1}.interval`,
      message: `expected the last interval to end at ${ascending ? 1 : 0} (the scale must be covered completely)`,
    });
  }
  return issues;
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) =>
  Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > EPS;

export interface NamedFramework {
  file: string;
  framework: Framework;
}

export function checkContent(
  frameworks: readonly NamedFramework[],
  sources: { file: string; sources: readonly Source[] },
  initiatives: { file: string; initiatives: readonly Initiative[] },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sourceIds = new Set<string>();
  sources.sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      issues.push({
        file: sources.file,
        path: `sources.${i}.id`,
        message: `duplicate source id "${s.id}"`,
      });
    sourceIds.add(s.id);
  });
  const needSource = (file: string, path: string, ids: readonly string[]) =>
    ids.forEach((sid, i) => {
      if (!sourceIds.has(sid))
        issues.push({
          file,
          path: `${path}.${i}`,
          message: `unknown source id "${sid}" (not in ${sources.file})`,
        });
    });

  const itemIds = new Map<string, string>();
  for (const { file, framework } of frameworks) {
    needSource(file, 'sources', framework.sources);
    issues.push(
      ...checkTiling(
        framework.items.map((it) => it.interval),
        file,
        'items',
      ),
    );
    const owners = framework.owners ?? [];
    issues.push(
      ...checkTiling(
        owners.map((o) => o.interval),
        file,
        'owners',
      ),
    );
    issues.push(...checkProvenances(file, frameworkProvenances(framework), framework, needSource));
    framework.notes.forEach((n, i) => needSource(file, `notes.${i}.sources`, n.sources));
    framework.items.forEach((item, i) => {
      const at = `items.${i}`;
      if (itemIds.has(item.id))
        issues.push({
          file,
          path: `${at}.id`,
          message: `duplicate id "${item.id}" (also in ${itemIds.get(item.id)})`,
        });
      itemIds.set(item.id, file);
      if (item.number !== i + 1)
        issues.push({
          file,
          path: `${at}.number`,
          message: `expected ${i + 1} (numbers run 1..n in data order)`,
        });
      if (owners.length > 0) {
        const owner = owners.find((o) => o.id === item.owner);
        if (!owner)
          issues.push({
            file,
            path: `${at}.owner`,
            message: `expected one of ${owners.map((o) => `"${o.id}"`).join(', ')}`,
          });
        else if (
          item.interval[0] < owner.interval[0] - EPS ||
          item.interval[1] > owner.interval[1] + EPS
        ) {
          issues.push({
            file,
            path: `${at}.interval`,
            message: `expected to lie inside its owner "${owner.id}" [${owner.interval.join(', ')}]`,
          });
        }
      } else if (item.owner !== undefined) {
        issues.push({ file, path: `${at}.owner`, message: 'this framework has no owners' });
      }
    });
  }

  for (const { file, framework } of frameworks) {
    const others = frameworks
      .filter((f) => f.framework !== framework)
      .flatMap((f) => f.framework.items);
    framework.items.forEach((item, i) => {
      item.counterparts.forEach((cid, j) => {
        const other = others.find((o) => o.id === cid);
        const path = `items.${i}.counterparts.${j}`;
        if (!other)
          issues.push({
            file,
            path,
            message: `unknown counterpart "${cid}" (expected an item id of the other framework)`,
          });
        else if (!overlaps(item.interval, other.interval)) {
          issues.push({
            file,
            path,
            message: `counterpart "${cid}" does not overlap this item on the scale`,
          });
        }
      });
    });
  }

  // A reference placement in a form across the other model's ownership line (gelijkwaardig
  // samenwerken) has no type there: its reason must not name one (docs/content.md).
  const [main, other] = frameworks.map((f) => f.framework);
  const across =
    main && other ? main.items.filter((it) => straddles(it, ownershipLines(other))) : [];
  const inAcross = (p: number) => across.some((it) => p >= it.interval[0] && p < it.interval[1]);

  const initiativeIds = new Set<string>();
  initiatives.initiatives.forEach((ini, i) => {
    const at = `initiatives.${i}`;
    if (initiativeIds.has(ini.id))
      issues.push({
        file: initiatives.file,
        path: `${at}.id`,
        message: `duplicate id "${ini.id}"`,
      });
    initiativeIds.add(ini.id);
    needSource(initiatives.file, `${at}.sources`, ini.sources);
    issues.push(
      ...checkProvenances(initiatives.file, initiativeProvenances(ini, at), undefined, needSource),
    );
    const reason = ini.reference.reason;
    if (inAcross(ini.reference.position) && /\btype\s*[1-4]\b/i.test(`${reason.nl} ${reason.en}`))
      issues.push({
        file: initiatives.file,
        path: `${at}.reference.reason`,
        message: 'a placement across the ownership line has no Peel en Maas type: do not name one',
      });
  });
  return issues;
}
