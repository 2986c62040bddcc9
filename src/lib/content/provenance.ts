// Provenance in one place: every text of a model with its status, the counts the first screen
// shows, the status a band's badge shows, and what counts as reconstructed or stated. Used by the
// content rules, the views and the exports.
import type { Framework, Initiative, Item, Provenance, Status, Text } from './schema';

/** The letter the project started from: facts from it carry a quote and who says it. */
export const LETTER = 'raadsbrief-2025-36';

export const ASPECTS = ['label', 'say', 'order', 'collaboration', 'counterparts'] as const;

export interface Sourced {
  /** Dotted path in the file, for error messages. */
  path: string;
  provenance: Provenance;
  /** Needs a note (or a shared note) when it is not stated: an aspect or an example. */
  explained: boolean;
}

/** Every provenance of a framework, in reading order. */
export function frameworkProvenances(fw: Framework): Sourced[] {
  const out: Sourced[] = [];
  fw.description.forEach((s, i) =>
    out.push({ path: `description.${i}.provenance`, provenance: s.provenance, explained: false }),
  );
  (fw.owners ?? []).forEach((o, i) =>
    out.push({ path: `owners.${i}.provenance`, provenance: o.provenance, explained: false }),
  );
  fw.items.forEach((item, i) => out.push(...itemProvenances(item, `items.${i}`)));
  return out;
}

export function itemProvenances(item: Item, at = ''): Sourced[] {
  const pre = at ? `${at}.` : '';
  return [
    ...ASPECTS.map((a) => ({
      path: `${pre}provenance.${a}`,
      provenance: item.provenance[a],
      explained: true,
    })),
    ...item.description.map((s, j) => ({
      path: `${pre}description.${j}.provenance`,
      provenance: s.provenance,
      explained: false,
    })),
    ...item.examples.map((e, j) => ({
      path: `${pre}examples.${j}.provenance`,
      provenance: e.provenance,
      explained: true,
    })),
  ];
}

export function initiativeProvenances(ini: Initiative, at: string): Sourced[] {
  return [
    { path: `${at}.provenance`, provenance: ini.provenance, explained: false },
    { path: `${at}.reference.provenance`, provenance: ini.reference.provenance, explained: false },
  ];
}

export type Counts = Record<Status, number>;

/** How many texts of a model are stated, inferred or reconstructed. */
export function countStatuses(fw: Framework): Counts {
  const counts: Counts = { stated: 0, inferred: 0, reconstructed: 0 };
  for (const s of frameworkProvenances(fw)) counts[s.provenance.status]++;
  return counts;
}

/** A reconstruction: this app's own reading, which no source says. */
export const isReconstructed = (p: Provenance) => p.status === 'reconstructed';

/** Stated by a source; anything less says why in a note. */
export const isStated = (p: Provenance) => p.status === 'stated';

/** What a band's badge is about: its name. */
export const bandProvenance = (item: Item): Provenance => item.provenance.label;
export const bandStatus = (item: Item): Status => bandProvenance(item).status;

/** The notes that explain a provenance: its own, then the framework's shared one. */
export function notesOf(p: Provenance, fw: Framework | undefined): Text[] {
  const shared = p.see ? fw?.notes.find((n) => n.id === p.see)?.text : undefined;
  return [p.note, shared].filter((t): t is Text => t !== undefined);
}

/** The sources of a provenance, its shared note's included. */
export function sourcesOf(p: Provenance, fw: Framework | undefined): string[] {
  const shared = p.see ? (fw?.notes.find((n) => n.id === p.see)?.sources ?? []) : [];
  return [...new Set([...p.sources, ...shared])];
}
