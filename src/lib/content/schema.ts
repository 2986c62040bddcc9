// The shape of every file in data/ (see src/lib/util/check.ts). Shapes only; cross-file rules live in
// rules.ts.
import {
  array,
  between,
  boolean,
  number,
  object,
  oneOf,
  optional,
  refine,
  string,
  tuple,
  variant,
  type Out,
} from '../util/check';

const nonEmpty = refine(
  string('expected a non-empty string', true),
  (s) => s.length > 0,
  'expected a non-empty string',
);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const idMessage = 'expected a kebab-case id (a-z, 0-9, -)';
const id = refine(string(idMessage), (s) => ID.test(s), idMessage);
const unit = between(0, 1, 'expected a number between 0 and 1');
const count = (min: number, max = Infinity) =>
  refine(
    number(),
    (n) => Number.isInteger(n) && n >= min && n <= max,
    max === Infinity
      ? `expected a whole number from ${min}`
      : `expected a whole number from ${min} to ${max}`,
  );
const nonEmptyArray = <T>(check: ReturnType<typeof array<T>>, message: string) =>
  refine(check, (list) => list.length > 0, message);

const isUrl = (s: string) => {
  try {
    return /^https?:\/\//.test(s) && Boolean(new URL(s));
  } catch {
    return false;
  }
};

export const TextSchema = object({ nl: nonEmpty, en: nonEmpty });

/** Who says it in the council letter (raadsbrief 2025-36): the college in its answers, or the
 * councillors of EenUtrecht, Volt and CDA in their questions. */
export const SPEAKERS = ['college', 'councillors'] as const;

/** Words copied from a source, with who says them; checked against the letter in the tests. */
export const QuoteSchema = object({
  text: nonEmpty,
  by: oneOf(SPEAKERS),
  answer: optional(count(1, 23)),
});

const sourced = (status: 'stated' | 'inferred') =>
  object({
    status: oneOf([status]),
    sources: nonEmptyArray(array(id), `a fact marked "${status}" needs at least one source`),
    quote: optional(QuoteSchema),
    note: optional(TextSchema),
    see: optional(id),
  });

/**
 * How sure a text is. stated: a source says it (quoted or closely paraphrased); inferred: it follows
 * from what a source says; reconstructed: our own reconstruction or judgement. `see` names a
 * framework note that explains several items at once (validate.ts copies it in).
 */
export const ProvenanceSchema = variant('status', {
  stated: sourced('stated'),
  inferred: sourced('inferred'),
  reconstructed: object({
    status: oneOf(['reconstructed']),
    sources: optional(array(id), () => []),
    quote: optional(QuoteSchema),
    note: optional(TextSchema),
    see: optional(id),
  }),
});

export { STATUSES } from './status';

/** A sentence (or a few) and how sure it is. */
export const StatementSchema = object({ text: TextSchema, provenance: ProvenanceSchema });
const Statements = nonEmptyArray(array(StatementSchema), 'expected at least one statement');

export const NoteSchema = object({ id, text: TextSchema, sources: optional(array(id), () => []) });

const IntervalSchema = refine(
  tuple(unit, unit),
  ([a, b]) => a < b,
  'expected [start, end] with start < end',
);

export const SourceSchema = object({
  id,
  title: nonEmpty,
  publisher: optional(nonEmpty),
  year: optional(count(1900, 2100)),
  url: refine(string('expected a URL'), isUrl, 'expected an http(s) URL'),
  note: optional(TextSchema),
});

export const SourcesFileSchema = object({
  sources: nonEmptyArray(array(SourceSchema), 'expected at least one source'),
});

export const OwnerSchema = object({
  id,
  label: TextSchema,
  domain: TextSchema,
  interval: IntervalSchema,
  provenance: ProvenanceSchema,
});

export const ItemSchema = object({
  id,
  number: count(1),
  label: TextSchema,
  say: TextSchema,
  interval: IntervalSchema,
  collaboration: boolean(),
  owner: optional(id),
  description: Statements,
  examples: array(object({ text: TextSchema, provenance: ProvenanceSchema })),
  counterparts: array(id),
  provenance: object({
    label: ProvenanceSchema,
    say: ProvenanceSchema,
    order: ProvenanceSchema,
    collaboration: ProvenanceSchema,
    counterparts: ProvenanceSchema,
  }),
});

export const FrameworkSchema = object({
  id,
  name: TextSchema,
  short: TextSchema,
  description: Statements,
  notes: optional(array(NoteSchema), () => []),
  sources: array(id),
  owners: optional(array(OwnerSchema)),
  items: nonEmptyArray(array(ItemSchema), 'expected at least one item'),
});

export const InitiativeSchema = object({
  id,
  name: TextSchema,
  description: TextSchema,
  place: nonEmpty,
  municipality: oneOf(['utrecht', 'peel-en-maas']),
  /** running: it exists or ran; kind: a kind of activity, not one initiative; proposal: asked for
   * (a proposal or a motion), not running. */
  kind: oneOf(['running', 'kind', 'proposal']),
  sources: array(id),
  /** How sure the name and description are (their facts come from `sources`). */
  provenance: ProvenanceSchema,
  reference: object({
    position: unit,
    reason: TextSchema,
    provenance: ProvenanceSchema,
  }),
});

export const InitiativesFileSchema = object({
  initiatives: nonEmptyArray(array(InitiativeSchema), 'expected at least one initiative'),
});

export type Text = Out<typeof TextSchema>;
export type Provenance = Out<typeof ProvenanceSchema>;
export type Status = Provenance['status'];
export type Quote = Out<typeof QuoteSchema>;
export type Statement = Out<typeof StatementSchema>;
export type Note = Out<typeof NoteSchema>;
export type Source = Out<typeof SourceSchema>;
export type Owner = Out<typeof OwnerSchema>;
export type Item = Out<typeof ItemSchema>;
export type Framework = Out<typeof FrameworkSchema>;
export type Initiative = Out<typeof InitiativeSchema>;
