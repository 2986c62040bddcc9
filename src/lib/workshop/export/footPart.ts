// The foot of the SVG export: a legend of every mark used, and the sources of both frameworks as
// a footnote in two columns (one per framework, numbered titles: the links are in the app).
import type { Framework } from '../../content/schema';
import { reconMark } from './bands';
import { COLOR } from '../../util/palette';
import { block, el, leftBar, textLines, type Ctx, type Part } from './svg';
import { measure } from './text';

type Swatch = 'collab' | 'pole' | 'recon' | 'line' | 'own' | 'reference';

function swatch(ctx: Ctx, kind: Swatch, x: number, y: number): { svg: string; w: number } {
  const box = (attrs: Record<string, string | number>) =>
    el('rect', { x, y, width: 30, height: 18, rx: 3, ...attrs });
  switch (kind) {
    case 'collab':
      return {
        svg: box({ fill: COLOR.collabBg, stroke: COLOR.collabBorder, 'stroke-width': 2 }),
        w: 30,
      };
    case 'pole':
      return {
        svg: box({
          fill: COLOR.poleBg,
          stroke: COLOR.poleBorder,
          'stroke-width': 2,
          'stroke-dasharray': '5 3',
        }),
        w: 30,
      };
    case 'recon':
      return {
        svg: reconMark(ctx.labels.reconstructed, x, y),
        w: measure(ctx.labels.reconstructed, { size: 11, bold: true }) + 10,
      };
    case 'line':
      return {
        svg: el('rect', { x: x + 12, y: y - 3, width: 5, height: 24, fill: COLOR.line }),
        w: 30,
      };
    case 'own':
      return {
        svg:
          box({ fill: COLOR.cardBg, stroke: COLOR.cardBorder }) +
          leftBar(x, y, 18, 3, COLOR.ownAccent),
        w: 30,
      };
    case 'reference':
      return {
        svg: box({ fill: COLOR.bg, stroke: COLOR.collabBorder, 'stroke-dasharray': '4 3' }),
        w: 30,
      };
  }
}

function legend(ctx: Ctx, top: number): Part {
  const l = ctx.labels;
  const items: [Swatch, string][] = [
    ['collab', l.legendCollab],
    ['pole', l.legendPole],
    ['recon', l.legendRecon],
    ['line', l.legendLine],
    ['own', l.legendOwn],
    ['reference', l.legendReference],
  ];
  const font = { size: 14 };
  let x = ctx.left;
  let y = top;
  const out = items.map(([kind, text]) => {
    const sw = swatch(ctx, kind, 0, 0);
    const w = sw.w + 8 + measure(text, font);
    if (x > ctx.left && x + w > ctx.right) {
      x = ctx.left;
      y += 30;
    }
    const svg = swatch(ctx, kind, x, y).svg + textLines([text], x + sw.w + 8, y + 14, font);
    x += w + 28;
    return svg;
  });
  return { svg: el('g', { class: 'legend' }, out.join('')), bottom: y + 24 };
}

/**
 * One framework's sources, each on its own lines behind its number in the app's "Bronnen" list
 * (so a reader can find the link); the number column fits the widest number, at least two digits.
 */
function sourceColumn(ctx: Ctx, fw: Framework, x: number, width: number, top: number): Part {
  const font = { size: 12 };
  const head = block(`${ctx.tx(fw.short)} – ${ctx.tx(fw.name)}`, width, { size: 13, bold: true });
  const items = fw.sources.flatMap((id) => {
    const i = ctx.content.sources.findIndex((s) => s.id === id);
    const s = ctx.content.sources[i];
    return s ? [{ no: `${i + 1}.`, title: s.year ? `${s.title} (${s.year})` : s.title }] : [];
  });
  const numW = Math.max(measure('00.', font), ...items.map((it) => measure(it.no, font)));
  let y = top + head.height + 4;
  const rows = items.map(({ no, title }) => {
    const text = block(title, width - numW - 8, font);
    const svg =
      textLines([no], x + numW, y + Math.round(font.size * 0.95), font, {
        'text-anchor': 'end',
        fill: COLOR.muted,
      }) + text.at(x + numW + 8, y, { fill: COLOR.muted });
    y += text.height + 3;
    return svg;
  });
  return { svg: head.at(x, top) + rows.join(''), bottom: y };
}

function sources(ctx: Ctx, top: number): Part {
  const gap = 48;
  const width = (ctx.right - ctx.left - gap) / 2;
  const columns = ctx.content.frameworks.map((fw, i) =>
    sourceColumn(ctx, fw, ctx.left + i * (width + gap), width, top + 28),
  );
  const svg =
    el('line', { x1: ctx.left, x2: ctx.right, y1: top, y2: top, stroke: COLOR.cardBorder }) +
    textLines([ctx.labels.sources], ctx.left, top + 18, { size: 14, bold: true }) +
    columns.map((c) => c.svg).join('');
  return {
    svg: el('g', { class: 'sources' }, svg),
    bottom: Math.max(top + 28, ...columns.map((c) => c.bottom)),
  };
}

export function footPart(ctx: Ctx, top: number): Part {
  const l = legend(ctx, top);
  const s = sources(ctx, l.bottom + 16);
  return { svg: l.svg + s.svg, bottom: s.bottom };
}
