// The board as a PNG: the export SVG drawn on a canvas (through a blob: URL, which a CSP with
// `img-src 'self' data: blob:` allows), with the board file embedded so the image reopens it.
import { embedBoardInPng } from '../../codec/png';
import { boardSvg, type BoardSvgInput } from './boardSvg';
import { COLOR } from '../../util/palette';

/** Browsers refuse (or silently blank) canvases much larger than this on a side. */
const MAX_SIDE = 16384;

/** The drawing size of an SVG document, from its root viewBox (or width and height). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const box = /\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(root);
  const attr = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(root)?.[1]);
  const width = box ? Number(box[1]) : attr('width');
  const height = box ? Number(box[2]) : attr('height');
  if (!(width > 0 && height > 0)) throw new Error('svgToPng: the SVG has no size');
  return { width, height };
}

/** Rasterises `svg` at `scale` × its size (2: sharp on a projector and in print). */
async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const s = Math.min(scale, MAX_SIDE / Math.max(width, height));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * s);
    canvas.height = Math.round(height * s);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('svgToPng: no 2d canvas');
    ctx.fillStyle = COLOR.bg;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('svgToPng: canvas gave no PNG'))),
        'image/png',
      ),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The board picture with the board inside: dropping it on the app opens the board again. */
export async function boardPng(input: BoardSvgInput, scale = 2): Promise<Uint8Array> {
  return embedBoardInPng(await svgToPng(boardSvg(input), scale), input.board);
}
