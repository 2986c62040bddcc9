// The top of the SVG export: the axis with its two ends, and Utrecht's forms as bands. The placed
// cards follow under them (lanesPart), then Peel en Maas (peelPart): the same order as on screen.
import { bands } from './bands';
import { COLOR } from '../../util/palette';
import { el, textLines, type Ctx, type Part } from './svg';

function axis(ctx: Ctx, top: number): Part {
  const font = { size: 20, bold: true };
  const y = top + 20;
  const arrow = (x: number, dir: 1 | -1) =>
    el('path', { d: `M${x} ${y + 14}l${-dir * 12} -6v12z`, fill: COLOR.ink });
  const svg = [
    textLines([`← ${ctx.labels.gemeenteEnd}`], ctx.left, y, font),
    textLines([`${ctx.labels.residentsEnd} →`], ctx.right, y, font, { 'text-anchor': 'end' }),
    el('line', {
      x1: ctx.left + 12,
      x2: ctx.right - 12,
      y1: y + 14,
      y2: y + 14,
      stroke: COLOR.ink,
      'stroke-width': 2,
    }),
    arrow(ctx.left, -1),
    arrow(ctx.right, 1),
  ].join('');
  return { svg, bottom: y + 22 };
}

/** The axis, the heading of Utrecht's model and its forms. */
export function scalePart(ctx: Ctx, top: number): Part {
  const [main] = ctx.content.frameworks;
  const ends = axis(ctx, top);
  const heading = textLines([ctx.tx(main.name)], ctx.left, ends.bottom + 30, {
    size: 18,
    bold: true,
  });
  const forms = bands(ctx, main.items, ends.bottom + 42, 17);
  return {
    svg: el('g', { class: 'scale', 'data-id': main.id }, ends.svg + heading + forms.svg),
    bottom: forms.bottom,
  };
}
