// The shape of every file in data/ (see src/lib/check.ts). Shapes only; cross-file rules live in
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
} from '../check';

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

export const ProvenanceSchema = variant('status', {
  confirmed: object({
    status: oneOf(['confirmed']),
    sources: nonEmptyArray(array(id), 'a confirmed fact needs at least one source'),
  }),
  reconstructed: object({
    status: oneOf(['reconstructed']),
    sources: optional(array(id), () => []),
    note: TextSchema,
  }),
});

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
  description: TextSchema,
  examples: array(object({ text: TextSchema, provenance: ProvenanceSchema })),
  counterparts: array(id),
  provenance: object({
    label: ProvenanceSchema,
    order: ProvenanceSchema,
    collaboration: ProvenanceSchema,
    counterparts: ProvenanceSchema,
  }),
});

export const FrameworkSchema = object({
  id,
  name: TextSchema,
  short: TextSchema,
  description: TextSchema,
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
  sources: array(id),
  reference: object({
    position: unit,
    basis: oneOf(['bron', 'oordeel']),
    sources: array(id),
    reason: TextSchema,
  }),
});

export const InitiativesFileSchema = object({
  initiatives: nonEmptyArray(array(InitiativeSchema), 'expected at least one initiative'),
});

export type Text = Out<typeof TextSchema>;
export type Provenance = Out<typeof ProvenanceSchema>;
export type Source = Out<typeof SourceSchema>;
export type Owner = Out<typeof OwnerSchema>;
export type Item = Out<typeof ItemSchema>;
export type Framework = Out<typeof FrameworkSchema>;
export type Initiative = Out<typeof InitiativeSchema>;
