// QR code of a share link: the module path for Svelte to render, and downloadable PNG/SVG.
import { generate } from 'lean-qr';
import { toSvgPath, toSvgSource } from 'lean-qr/extras/svg';

export const PAD = 4;

export function qrPath(text: string): { path: string; size: number } {
  const code = generate(text);
  return { path: toSvgPath(code), size: code.size };
}

export const qrSvgSource = (text: string) =>
  toSvgSource(generate(text), { on: 'black', off: 'white', pad: PAD, xmlDeclaration: true });

/** A PNG of the QR code, 12 px per module: sharp on a projector and in print. */
export function qrPngBytes(text: string): Uint8Array {
  const url = generate(text).toDataURL({ type: 'image/png', scale: 12, pad: PAD });
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
