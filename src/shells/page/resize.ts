// Embedded in an iframe, the page tells its parent how tall it is on every size change, in the
// two formats host scripts understand: AMP's `embed-size` and Pym.js's height message.
// The height is not secret, so it is posted to any origin; hosts check where it came from.

export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export const ampMessage = (height: number): AmpEmbedSize => ({
  sentinel: 'amp',
  type: 'embed-size',
  height,
});

/** Pym.js: `pym` xPYMx childId xPYMx messageType xPYMx message. */
export const pymMessage = (childId: string, height: number) =>
  ['pym', childId, 'height', String(height)].join('xPYMx');

/** The content height: the document's box, or more when something overflows the body. */
export function contentHeight(doc: Document): number {
  const box = doc.documentElement.getBoundingClientRect().height;
  return Math.ceil(Math.max(box, doc.body?.scrollHeight ?? 0));
}

/** Posts the height now and on every change; returns a function that stops. No-op at top level. */
export function startResize(childId: string, win: Window = window): () => void {
  if (win.parent === win || typeof ResizeObserver === 'undefined') return () => {};
  const doc = win.document;
  let last = -1;
  const post = () => {
    const height = contentHeight(doc);
    if (height === last) return;
    last = height;
    win.parent.postMessage(ampMessage(height), '*');
    win.parent.postMessage(pymMessage(childId, height), '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(doc.documentElement);
  if (doc.body) observer.observe(doc.body);
  post();
  return () => observer.disconnect();
}
