// The scale in the SVG export: the axis ends, Utrecht's forms as bands (collaboration solid and
// blue, the two poles dashed and grey, reconstructions marked), Peel en Maas's owners and types,
// the hard ownership line drawn across both, and a note on the form that straddles it.
import type { Item } from '../../content/schema';
import { ascending, ownershipLines, straddles } from '../../scale/scale';
import { block, COLOR, el, textLines, type Ctx, type Part } from './svg';
import { esc, measure, wrap } from './text';

const PAD = 10;
const GAP = 4;

const isRecon = (item: Item) =>
  item.provenance.label.status === 'reconstructed' ||
  item.provenance.order.status === 'reconstructed';

/** A band's box and its text, apart: the hard line goes between them, under the words. */
function bands(ctx: Ctx, items: readonly Item[], top: number, labelSize: number) {
  const laid = items.map((item) => {
    const [a, b] = item.interval;
    const x = ctx.x(a) + 3;
    const w = ctx.x(b) - ctx.x(a) - 6;
    const inner = w - 2 * PAD;
    const label = block(ctx.tx(item.label), inner, { size: labelSize, bold: true }, 3);
    const say = block(ctx.tx(item.say), inner, { size: 13 }, 3);
    const kind = block(
      item.collaboration ? ctx.labels.collaboration : ctx.labels.noCollaboration,
      inner,
      { size: 12 },
      1,
    );
    const recon = isRecon(item);
    const height =
      PAD + label.height + GAP + say.height + GAP + kind.height + (recon ? GAP + 18 : 0) + PAD;
    return { item, x, w, label, say, kind, recon, height };
  });
  const height = Math.max(...laid.map((l) => l.height));
  const shapes = laid.map(({ item, x, w }) =>
    el('rect', {
      x,
      y: top,
      width: w,
      height,
      rx: 8,
      fill: item.collaboration ? COLOR.collabBg : COLOR.poleBg,
      stroke: item.collaboration ? COLOR.collabBorder : COLOR.poleBorder,
      'stroke-width': 2,
      'stroke-dasharray': item.collaboration ? undefined : '7 5',
    }),
  );
  const texts = laid.map(({ item, x, label, say, kind, recon }) => {
    // A halo in the band's own colour keeps words legible where the ownership line crosses them.
    const halo = {
      stroke: item.collaboration ? COLOR.collabBg : COLOR.poleBg,
      'stroke-width': 6,
      'paint-order': 'stroke',
    };
    let y = top + PAD;
    const out = [label.at(x + PAD, y, halo)];
    y += label.height + GAP;
    out.push(say.at(x + PAD, y, halo));
    y += say.height + GAP;
    out.push(kind.at(x + PAD, y, { ...halo, fill: COLOR.muted }));
    y += kind.height + GAP;
    if (recon) {
      const text = ctx.labels.reconstructed;
      const pill = measure(text, { size: 11, bold: true }) + 10;
      out.push(
        el('rect', {
          x: x + PAD,
          y,
          width: pill,
          height: 17,
          rx: 3,
          fill: COLOR.bg,
          stroke: COLOR.ink,
          'stroke-dasharray': '3 2',
        }),
        textLines([text], x + PAD + 5, y + 12.5, { size: 11, bold: true }),
      );
    }
    return el('g', { class: 'band', 'data-id': item.id }, out.join(''));
  });
  return { shapes: shapes.join(''), texts: texts.join(''), bottom: top + height };
}

function axis(ctx: Ctx, top: number): string {
  const font = { size: 20, bold: true };
  const y = top + 20;
  const arrow = (x: number, dir: 1 | -1) =>
    el('path', { d: `M${x} ${y + 14}l${-dir * 12} -6v12z`, fill: COLOR.ink });
  return [
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
}

function owners(ctx: Ctx, top: number): string {
  const [, other] = ctx.content.frameworks;
  return ascending(other.owners ?? [])
    .map((owner) => {
      const x = ctx.x(owner.interval[0]);
      const w = ctx.x(owner.interval[1]) - x;
      const label = ctx.tx(owner.label);
      const room = w - 20 - measure(`${label} – `, { size: 14, bold: true });
      const domain = wrap(ctx.tx(owner.domain), room, { size: 14 }, 1)[0] ?? '';
      return el(
        'g',
        { class: 'owner' },
        el('rect', { x, y: top, width: w, height: 34, fill: COLOR.ownerBg }) +
          el('rect', { x, y: top, width: w, height: 4, fill: COLOR.ink }) +
          el(
            'text',
            { x: x + 10, y: top + 24, 'font-size': 14, fill: COLOR.ink },
            `${el('tspan', { 'font-weight': 700 }, esc(label))} – ${esc(domain)}`,
          ),
      );
    })
    .join('');
}

export function scalePart(ctx: Ctx, top: number): Part {
  const [main, other] = ctx.content.frameworks;
  const heading = (text: string, y: number) =>
    textLines([text], ctx.left, y, { size: 18, bold: true });
  const mainTop = top + 82;
  const forms = bands(ctx, main.items, mainTop, 17);
  const otherHeading = forms.bottom + 30;
  const ownersTop = forms.bottom + 42;
  const typesTop = ownersTop + (other.owners?.length ? 38 : 0);
  const types = bands(ctx, other.items, typesTop, 16);
  const lines = ownershipLines(other).map((p) => {
    const x = ctx.x(p);
    const label = ctx.labels.line;
    const w = measure(label, { size: 14, bold: true }) + 12;
    return el(
      'g',
      { class: 'ownership-line' },
      el('line', {
        x1: x,
        x2: x,
        y1: mainTop - 6,
        y2: types.bottom + 6,
        stroke: COLOR.line,
        'stroke-width': 5,
      }) +
        el('rect', { x: x - w / 2, y: mainTop - 28, width: w, height: 20, fill: COLOR.bg }) +
        textLines(
          [label],
          x,
          mainTop - 13,
          { size: 14, bold: true },
          {
            'text-anchor': 'middle',
            fill: COLOR.line,
          },
        ),
    );
  });
  let bottom = types.bottom;
  const notes = main.items
    .filter((item) => straddles(item, ownershipLines(other)))
    .map((item) => {
      const x = Math.max(ctx.left, ctx.x(item.interval[0] - 0.06));
      const w = Math.min(ctx.right, ctx.x(item.interval[1] + 0.06)) - x;
      const title = block(`${ctx.tx(item.label)}:`, w - 20, { size: 13, bold: true }, 1);
      const note = block(ctx.labels.noCounterpart, w - 20, { size: 13 }, 3);
      const y = types.bottom + 14;
      const h = 16 + title.height + note.height;
      bottom = Math.max(bottom, y + h);
      return el(
        'g',
        { class: 'gap-note' },
        el('rect', {
          x,
          y,
          width: w,
          height: h,
          rx: 6,
          fill: COLOR.noteBg,
          stroke: COLOR.line,
          'stroke-width': 2,
        }) +
          title.at(x + 10, y + 8) +
          note.at(x + 10, y + 8 + title.height),
      );
    });
  const svg = [
    axis(ctx, top),
    heading(ctx.tx(main.name), top + 70),
    heading(ctx.tx(other.name), otherHeading),
    forms.shapes,
    owners(ctx, ownersTop),
    types.shapes,
    ...lines,
    forms.texts,
    types.texts,
    ...notes,
  ].join('');
  return { svg: el('g', { class: 'scale' }, svg), bottom };
}
