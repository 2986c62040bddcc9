// The shape of data/route.json: the questions of "Waar past mijn initiatief?", the rules that turn
// answers into a position on the scale, and per form and type what that means for the resident.
import { array, between, boolean, object, optional, record, refine, string } from '../util/check';
import { StatementSchema, TextSchema } from '../content/schema';
import type { Out } from '../util/check';

const nonEmptyArray = <T>(check: ReturnType<typeof array<T>>, message: string) =>
  refine(check, (list) => list.length > 0, message);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = refine(string(), (s) => ID.test(s), 'expected a kebab-case id (a-z, 0-9, -)');

export const QuestionSchema = object({
  id,
  required: boolean(),
  legend: TextSchema,
  options: nonEmptyArray(
    array(
      object({
        id,
        label: TextSchema,
        /** The Peel en Maas owner this answer names: the type shown must lie on that side. */
        owner: optional(id),
      }),
    ),
    'expected at least one option',
  ),
});

export const RuleSchema = object({
  /** Question id → the option ids this rule takes; a question left out matches any answer. */
  when: record(id, nonEmptyArray(array(id), 'expected at least one option')),
  position: between(0, 1, 'expected a number between 0 and 1'),
  why: TextSchema,
  /** The Peel en Maas type by owner, where the one scale puts the card on the other side. */
  peel: optional(id),
  /** A contrast worth saying for these answers (e.g. who pays in Peel en Maas). */
  contrast: optional(StatementSchema),
});

export const RouteSchema = object({
  about: StatementSchema,
  questions: nonEmptyArray(array(QuestionSchema), 'expected at least one question'),
  rules: nonEmptyArray(array(RuleSchema), 'expected at least one rule'),
  /** Per Utrecht form id and Peel en Maas type id, and "none" for no counterpart. */
  meanings: record(id, nonEmptyArray(array(StatementSchema), 'expected at least one statement')),
});

export type Question = Out<typeof QuestionSchema>;
export type Rule = Out<typeof RuleSchema>;
export type Route = Out<typeof RouteSchema>;
/** Question id → chosen option id; an optional question may be missing. */
export type Answers = Record<string, string | undefined>;
