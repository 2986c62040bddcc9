// One framework's forms (or types) as a row of bands in the SVG export: a box per item spanning
// its interval (collaboration solid and blue, the poles dashed and grey), with its label, its say,
// whether it is collaboration, and a "reconstructie" mark when its name is a reconstruction. Boxes are inset so that neighbours
// keep a gap: the ownership line runs through that gap, never through a word.
import { bandProvenance, isReconstructed } from '../../content/provenance';
import type { Item } from '../../content/schema';
import { COLOR } from '../../util/palette';
import { block, el, textLines, type Ctx, type Part } from './svg';
import { measure } from './text';

const PAD = 10;
const GAP = 4;
/** Half the gap between two neighbouring boxes; the ownership line (4 px) fits inside it. */
const INSET = 4;

/** A box from position a to b, inset on both sides. */
export const span = (ctx: Ctx, [a, b]: readonly [number, number]) => ({
  x: ctx.x(a) + INSET,
  w: ctx.x(b) - ctx.x(a) - 2 * INSET,
});

export function bands(ctx: Ctx, items: readonly Item[], top: number, labelSize: number): Part {
  const laid = items.map((item) => {
    const { x, w } = span(ctx, item.interval);
    const inner = w - 2 * PAD;
    const label = block(ctx.tx(item.label), inner, { size: labelSize, bold: true });
    const say = block(ctx.tx(item.say), inner, { size: 13 });
    const kind = block(
      item.collaboration ? ctx.labels.collaboration : ctx.labels.noCollaboration,
      inner,
      { size: 12 },
    );
    const recon = isReconstructed(bandProvenance(item));
    const height =
      PAD + label.height + GAP + say.height + GAP + kind.height + (recon ? GAP + 18 : 0) + PAD;
    return { item, x, w, label, say, kind, recon, height };
  });
  const height = Math.max(...laid.map((l) => l.height));
  const svg = laid.map(({ item, x, w, label, say, kind, recon }) => {
    const box = el('rect', {
      x,
      y: top,
      width: w,
      height,
      rx: 8,
      fill: item.collaboration ? COLOR.collabBg : COLOR.poleBg,
      stroke: item.collaboration ? COLOR.collabBorder : COLOR.poleBorder,
      'stroke-width': 2,
      'stroke-dasharray': item.collaboration ? undefined : '7 5',
    });
    let y = top + PAD;
    const out = [box, label.at(x + PAD, y)];
    y += label.height + GAP;
    out.push(say.at(x + PAD, y));
    y += say.height + GAP;
    out.push(kind.at(x + PAD, y, { fill: COLOR.muted }));
    y += kind.height + GAP;
    if (recon) out.push(reconMark(ctx.labels.reconstructed, x + PAD, y));
    return el('g', { class: 'band', 'data-id': item.id }, out.join(''));
  });
  return { svg: svg.join(''), bottom: top + height };
}

/** The dashed "reconstructie" pill, its top-left at (x, y); also drawn in the legend. */
export function reconMark(text: string, x: number, y: number): string {
  const font = { size: 11, bold: true };
  return (
    el('rect', {
      x,
      y,
      width: measure(text, font) + 10,
      height: 18,
      rx: 3,
      fill: COLOR.bg,
      stroke: COLOR.ink,
      'stroke-dasharray': '3 2',
    }) + textLines([text], x + 5, y + 13, font)
  );
}
