// Chunking for the app build: every module the entry imports statically goes into one chunk.
// Left to itself, the bundler splits out each module a lazy chunk shares with the start (the
// Svelte runtime, the codecs...) into chunks of their own, all loaded at start anyway: more
// requests, and each part gzips worse on its own (about 2.7 KB more in all).

interface Info {
  importers: readonly string[];
  isEntry: boolean;
}

export function startupChunk() {
  const known = new Map<string, boolean>();
  return (id: string, meta: { getModuleInfo: (id: string) => Info | null }) => {
    const seen = new Set<string>();
    const fromEntry = (m: string): boolean => {
      if (known.get(m)) return true;
      if (seen.has(m)) return false;
      seen.add(m);
      const info = meta.getModuleInfo(m);
      return !!info && (info.isEntry || info.importers.some(fromEntry));
    };
    const result = fromEntry(id);
    known.set(id, result);
    return result ? 'app' : null;
  };
}
