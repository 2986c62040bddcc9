// The foot of the SVG export: a legend of every mark used, and the sources of both frameworks as
// a footnote in two columns (one per framework, titles only: the full list is in the app).
import { block, COLOR, el, leftBar, textLines, type Ctx, type Part } from './svg';
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
    case 'recon': {
      const w = measure(ctx.labels.reconstructed, { size: 11, bold: true }) + 10;
      return {
        svg:
          el('rect', {
            x,
            y,
            width: w,
            height: 18,
            rx: 3,
            fill: COLOR.bg,
            stroke: COLOR.ink,
            'stroke-dasharray': '3 2',
          }) + textLines([ctx.labels.reconstructed], x + 5, y + 13, { size: 11, bold: true }),
        w,
      };
    }
    case 'line':
      return {
        svg: el('rect', { x: x + 12, y: y - 3, width: 5, height: 24, fill: COLOR.line }),
        w: 30,
      };
    case 'own':
      return {
        svg:
          box({ fill: COLOR.bg, stroke: COLOR.cardBorder }) + leftBar(x, y, 18, 3, COLOR.ownAccent),
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

function sources(ctx: Ctx, top: number): Part {
  const gap = 48;
  const width = (ctx.right - ctx.left - gap) / 2;
  const start = top + 28;
  let bottom = start;
  const columns = ctx.content.frameworks.map((fw, i) => {
    const x = ctx.left + i * (width + gap);
    const head = block(
      `${ctx.tx(fw.short)} – ${ctx.tx(fw.name)}`,
      width,
      { size: 13, bold: true },
      2,
    );
    const titles = fw.sources
      .map((id) => ctx.content.sources.find((s) => s.id === id))
      .filter((s) => s !== undefined)
      .map((s) => (s.year ? `${s.title} (${s.year})` : s.title))
      .join('; ');
    const list = block(titles, width, { size: 12 });
    bottom = Math.max(bottom, start + head.height + 2 + list.height);
    return head.at(x, start) + list.at(x, start + head.height + 2, { fill: COLOR.muted });
  });
  const svg =
    el('line', { x1: ctx.left, x2: ctx.right, y1: top, y2: top, stroke: COLOR.cardBorder }) +
    textLines([ctx.labels.sources], ctx.left, top + 18, { size: 14, bold: true }) +
    columns.join('');
  return { svg: el('g', { class: 'sources' }, svg), bottom };
}

export function footPart(ctx: Ctx, top: number): Part {
  const l = legend(ctx, top);
  const s = sources(ctx, l.bottom + 16);
  return { svg: l.svg + s.svg, bottom: s.bottom };
}
