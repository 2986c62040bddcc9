// Peel en Maas in the SVG export, under the placed cards: its heading, its owners (gemeente /
// gemeenschap) and its types as bands, the hard ownership line, and a note on the Utrecht form
// that lies across that line. The line runs only here, through the gaps between boxes, and ends
// at the note's edge: it never crosses a word (tests/unit/workshop/export check that).
import { ascending, ownershipLines, straddles } from '../../scale/scale';
import { bands, span } from './bands';
import { COLOR } from '../../util/palette';
import { block, el, textLines, type Ctx, type Part } from './svg';
import { measure } from './text';

const HEADING = { size: 18, bold: true };
const LINE_LABEL = { size: 14, bold: true };
const OWNER = { size: 15, bold: true };
const DOMAIN = { size: 14 };

/** Gemeente – publiek domein | Gemeenschap – openbaar domein; the domain wraps under it if long. */
function owners(ctx: Ctx, top: number): Part {
  const [, other] = ctx.content.frameworks;
  const list = ascending(other.owners ?? []);
  if (list.length === 0) return { svg: '', bottom: top };
  const laid = list.map((owner) => {
    const { x, w } = span(ctx, owner.interval);
    const label = ctx.tx(owner.label);
    const domain = `– ${ctx.tx(owner.domain)}`;
    const inner = w - 20;
    const after = measure(label, OWNER) + measure(' ', DOMAIN);
    const inline = after + measure(domain, DOMAIN) <= inner;
    const rest = block(domain, inline ? inner - after : inner, DOMAIN);
    return { x, w, label, after, inline, rest };
  });
  const lh = Math.round(OWNER.size * 1.25);
  const height = Math.max(...laid.map((l) => 14 + lh + (l.inline ? 0 : l.rest.height) + 8));
  const svg = laid.map(({ x, w, label, after, inline, rest }) => {
    const base = top + 10;
    return el(
      'g',
      { class: 'owner' },
      el('rect', { x, y: top, width: w, height, fill: COLOR.ownerBg }) +
        el('rect', { x, y: top, width: w, height: 4, fill: COLOR.ink }) +
        textLines([label], x + 10, base + Math.round(OWNER.size * 0.95), OWNER) +
        (inline ? rest.at(x + 10 + after, base + 1) : rest.at(x + 10, base + lh)),
    );
  });
  return { svg: svg.join(''), bottom: top + height };
}

/** "Gelijkwaardig samenwerken: geen tegenhanger in Peel en Maas…", centred on the line. */
function notes(ctx: Ctx, lines: readonly number[], top: number) {
  const [main] = ctx.content.frameworks;
  return main.items
    .filter((item) => straddles(item, lines))
    .map((item) => {
      const x = Math.max(ctx.left, ctx.x(item.interval[0] - 0.06));
      const w = Math.min(ctx.right, ctx.x(item.interval[1] + 0.06)) - x;
      const title = block(`${ctx.tx(item.label)}:`, w - 20, { size: 13, bold: true });
      const note = block(ctx.labels.noCounterpart, w - 20, { size: 13 });
      const height = 16 + title.height + note.height;
      const svg = el(
        'g',
        { class: 'gap-note', 'data-id': item.id },
        el('rect', {
          x,
          y: top,
          width: w,
          height,
          rx: 6,
          fill: COLOR.noteBg,
          stroke: COLOR.line,
          'stroke-width': 2,
        }) +
          title.at(x + 10, top + 8) +
          note.at(x + 10, top + 8 + title.height),
      );
      return { svg, bottom: top + height };
    });
}

export function peelPart(ctx: Ctx, top: number): Part {
  const [, other] = ctx.content.frameworks;
  const name = ctx.tx(other.name);
  const headingY = top + 24;
  const label = ctx.labels.line;
  const labelW = measure(label, LINE_LABEL) + 16;
  const lines = ownershipLines(other);
  // The line's label shares the heading's row unless the two would touch.
  const headingEnd = ctx.left + measure(name, HEADING) + 16;
  const clear = lines.every((p) => ctx.x(p) - labelW / 2 > headingEnd);
  const labelTop = clear ? headingY - 17 : headingY + 10;
  const ownersTop = labelTop + 30;
  const own = owners(ctx, ownersTop);
  const types = bands(ctx, other.items, own.bottom + (own.svg ? 6 : 0), 16);
  const noteTop = types.bottom + 14;
  const gapNotes = notes(ctx, lines, noteTop);
  const lineEnd = gapNotes.length > 0 ? noteTop : types.bottom + 6;
  const line = lines.map((p) => {
    const x = ctx.x(p);
    return el(
      'g',
      { class: 'ownership-line' },
      el('line', {
        x1: x,
        x2: x,
        y1: labelTop + 20,
        y2: lineEnd,
        stroke: COLOR.line,
        'stroke-width': 4,
      }) +
        el('rect', {
          x: x - labelW / 2,
          y: labelTop,
          width: labelW,
          height: 20,
          rx: 10,
          fill: COLOR.bg,
          stroke: COLOR.line,
          'stroke-width': 2,
        }) +
        textLines([label], x, labelTop + 15, LINE_LABEL, {
          'text-anchor': 'middle',
          fill: COLOR.line,
        }),
    );
  });
  const svg = [
    textLines([name], ctx.left, headingY, HEADING),
    own.svg,
    types.svg,
    ...line,
    ...gapNotes.map((n) => n.svg),
  ].join('');
  const bottom = Math.max(types.bottom, ...gapNotes.map((n) => n.bottom));
  return { svg: el('g', { class: 'peel', 'data-id': other.id }, svg), bottom };
}
