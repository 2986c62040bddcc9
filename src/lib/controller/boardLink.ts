// Whether a URL fragment carries a board (`b=` among its `&`-separated keys, as the link codec
// reads it), without loading the codec.
export const hasBoardLink = (hash: string) => /^#(?:[^&]*&)*b=/.test(hash);
