// Valibot schemas for every file in data/. Shapes only; cross-file rules live in rules.ts.
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty string'));
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, -)'),
);
const unit = v.pipe(
  v.number('expected a number'),
  v.minValue(0, 'expected a number between 0 and 1'),
  v.maxValue(1, 'expected a number between 0 and 1'),
);

export const TextSchema = v.strictObject({ nl: nonEmpty, en: nonEmpty });

export const ProvenanceSchema = v.variant('status', [
  v.strictObject({
    status: v.literal('confirmed'),
    sources: v.pipe(v.array(id), v.minLength(1, 'a confirmed fact needs at least one source')),
  }),
  v.strictObject({
    status: v.literal('reconstructed'),
    sources: v.optional(v.array(id), []),
    note: TextSchema,
  }),
]);

const IntervalSchema = v.pipe(
  v.tuple([unit, unit]),
  v.check(([a, b]) => a < b, 'expected [start, end] with start < end'),
);

export const SourceSchema = v.strictObject({
  id,
  title: nonEmpty,
  publisher: v.optional(nonEmpty),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  url: v.pipe(
    v.string(),
    v.url('expected a URL'),
    v.regex(/^https?:\/\//, 'expected an http(s) URL'),
  ),
  note: v.optional(TextSchema),
});

export const SourcesFileSchema = v.strictObject({
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

export const OwnerSchema = v.strictObject({
  id,
  label: TextSchema,
  domain: TextSchema,
  interval: IntervalSchema,
  provenance: ProvenanceSchema,
});

export const ItemSchema = v.strictObject({
  id,
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  label: TextSchema,
  say: TextSchema,
  interval: IntervalSchema,
  collaboration: v.boolean('expected true or false'),
  owner: v.optional(id),
  description: TextSchema,
  examples: v.array(v.strictObject({ text: TextSchema, provenance: ProvenanceSchema })),
  counterparts: v.array(id),
  provenance: v.strictObject({
    label: ProvenanceSchema,
    order: ProvenanceSchema,
    collaboration: ProvenanceSchema,
    counterparts: ProvenanceSchema,
  }),
});

export const FrameworkSchema = v.strictObject({
  id,
  name: TextSchema,
  short: TextSchema,
  description: TextSchema,
  sources: v.array(id),
  owners: v.optional(v.array(OwnerSchema)),
  items: v.pipe(v.array(ItemSchema), v.minLength(1)),
});

export const InitiativeSchema = v.strictObject({
  id,
  name: TextSchema,
  description: TextSchema,
  place: nonEmpty,
  municipality: v.picklist(['utrecht', 'peel-en-maas'], 'expected "utrecht" or "peel-en-maas"'),
  sources: v.array(id),
  reference: v.strictObject({
    position: unit,
    basis: v.picklist(['bron', 'oordeel'], 'expected "bron" or "oordeel"'),
    sources: v.array(id),
    reason: TextSchema,
  }),
});

export const InitiativesFileSchema = v.strictObject({
  initiatives: v.pipe(v.array(InitiativeSchema), v.minLength(1)),
});

export type Text = v.InferOutput<typeof TextSchema>;
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Owner = v.InferOutput<typeof OwnerSchema>;
export type Item = v.InferOutput<typeof ItemSchema>;
export type Framework = v.InferOutput<typeof FrameworkSchema>;
export type Initiative = v.InferOutput<typeof InitiativeSchema>;
