// The three provenance levels, strongest first: a source says it, it follows from a source, or it
// is this app's own reconstruction. Its own module: views import it without the schema.
export const STATUSES = ['stated', 'inferred', 'reconstructed'] as const;
