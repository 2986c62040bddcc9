// The placed cards in the SVG export, between Utrecht's forms and Peel en Maas's types as on
// screen: one lane per Utrecht form, right under its band, the cards stacked in the same order
// as on screen (towards residents first). A card shows its name, its Peel en Maas type by name
// (or that it has none, across the ownership line) and, when revealed, the reference placement.
import type { BoardData } from '../../board/types';
import type { Initiative, Item } from '../../content/schema';
import { groupByForm } from '../../scale/lanes';
import { locate } from '../../scale/scale';
import { span } from './bands';
import { COLOR } from '../../util/palette';
import { block, el, leftBar, textLines, type Ctx, type Part } from './svg';
import { measure } from './text';

export interface PlacedCard {
  id: string;
  name: string;
  position: number;
  form: Item;
  /** Present for content initiatives; own initiatives have no reference. */
  initiative?: Initiative;
  revealed: boolean;
}

/** Placed cards per Utrecht form, in the screen's order (scale/lanes.ts); unknown ids left out. */
export function placedCards(ctx: Ctx, board: BoardData): Map<string, PlacedCard[]> {
  const [main] = ctx.content.frameworks;
  const initiative = (id: string) => ctx.content.initiatives.find((i) => i.id === id);
  const name = (id: string) => {
    const ini = initiative(id);
    return ini ? ctx.tx(ini.name) : board.own.find((o) => o.id === id)?.name;
  };
  const groups = groupByForm(main, board.placements, (id) => name(id) !== undefined);
  const toCard = (form: Item, id: string): PlacedCard => {
    const ini = initiative(id);
    const revealed = !!ini && (board.revealAll || board.revealed.includes(id));
    return {
      id,
      name: name(id)!,
      position: board.placements[id]!,
      form,
      initiative: ini,
      revealed,
    };
  };
  return new Map(main.items.map((f) => [f.id, groups.get(f.id)!.map((id) => toCard(f, id))]));
}

/** "Peel en Maas: Type 3 · Gemeenschap met gemeente", or that it has no counterpart there. */
export function typeLabel(ctx: Ctx, position: number): string {
  const [main, other] = ctx.content.frameworks;
  const at = locate(main, other, position);
  const model = ctx.tx(other.short);
  return at.acrossLine
    ? ctx.labels.noType(model)
    : ctx.labels.typeNamed(model, ctx.tx(at.type.label));
}

function card(ctx: Ctx, c: PlacedCard, x: number, top: number, w: number) {
  const inner = w - 6 - 16;
  const tx = x + 6 + 8;
  const name = block(c.name, inner, { size: 15, bold: true });
  const meta = block(
    c.initiative ? typeLabel(ctx, c.position) : `${typeLabel(ctx, c.position)} · ${ctx.labels.own}`,
    inner,
    { size: 12 },
  );
  let height = 8 + name.height + 2 + meta.height + 8;
  let reference = '';
  if (c.revealed && c.initiative) {
    const ref = c.initiative.reference;
    const [main, other] = ctx.content.frameworks;
    const at = locate(main, other, ref.position);
    const same = at.form.id === c.form.id;
    const note = block(
      `${ctx.labels.reference}: ${ctx.tx(at.form.label)} · ${typeLabel(ctx, ref.position)} (${ctx.labels.basis[ref.provenance.status]})`,
      inner,
      { size: 12 },
    );
    const verdict = block(same ? ctx.labels.same : ctx.labels.differs, inner, {
      size: 12,
      bold: true,
    });
    const y = top + height - 2;
    reference = el(
      'g',
      { class: 'reference' },
      el('line', {
        x1: tx,
        x2: x + w - 8,
        y1: y,
        y2: y,
        stroke: COLOR.collabBorder,
        'stroke-dasharray': '4 3',
      }) +
        note.at(tx, y + 5) +
        verdict.at(tx, y + 5 + note.height, { fill: same ? COLOR.same : COLOR.line }),
    );
    height += 5 + note.height + verdict.height + 6;
  }
  const svg = el(
    'g',
    { class: 'card', 'data-id': c.id },
    el('rect', {
      x,
      y: top,
      width: w,
      height,
      rx: 6,
      fill: COLOR.cardBg,
      stroke: COLOR.cardBorder,
    }) +
      leftBar(x, top, height, 6, c.initiative ? COLOR.cardAccent : COLOR.ownAccent) +
      name.at(tx, top + 8) +
      meta.at(tx, top + 8 + name.height + 2, { fill: COLOR.muted }) +
      reference,
  );
  return { svg, height };
}

/** "No cards yet", on a plate of its own so the lane separators do not run through it. */
function emptyNote(ctx: Ctx, y: number): string {
  const font = { size: 16 };
  const mid = (ctx.left + ctx.right) / 2;
  const w = measure(ctx.labels.empty, font) + 24;
  return (
    el('rect', { x: mid - w / 2, y: y - 20, width: w, height: 28, fill: COLOR.bg }) +
    textLines([ctx.labels.empty], mid, y, font, { 'text-anchor': 'middle', fill: COLOR.muted })
  );
}

/** The lanes, from `top` (just under Utrecht's bands): a count, then the cards, per form. */
export function lanesPart(ctx: Ctx, lanes: Map<string, PlacedCard[]>, top: number): Part {
  const [main] = ctx.content.frameworks;
  const countFont = { size: 13, bold: true };
  const headers = main.items.map((form) => {
    const { x, w } = span(ctx, form.interval);
    const count = block(ctx.labels.laneCount(lanes.get(form.id)?.length ?? 0), w, countFont);
    return { form, x, w, count };
  });
  const countTop = top + 10;
  const cardsTop = countTop + Math.max(...headers.map((h) => h.count.height)) + 6;
  let bottom = cardsTop + 48;
  const columns = headers.map(({ form, x, w, count }) => {
    let y = cardsTop;
    const cards = (lanes.get(form.id) ?? []).map((c) => {
      const drawn = card(ctx, c, x, y, w);
      y += drawn.height + 8;
      return drawn.svg;
    });
    bottom = Math.max(bottom, y);
    return el(
      'g',
      { class: 'lane', 'data-id': form.id },
      count.at(x + 2, countTop, { fill: COLOR.muted }) + cards.join(''),
    );
  });
  const empty = columns.length > 0 && [...lanes.values()].every((l) => l.length === 0);
  bottom += 4;
  // Dashed lines at the forms' edges, through the gaps between the lanes' cards.
  const separators = main.items
    .flatMap((f) => f.interval)
    .filter((p, i, all) => all.indexOf(p) === i)
    .map((p) =>
      el('line', {
        x1: ctx.x(p),
        x2: ctx.x(p),
        y1: top,
        y2: bottom,
        stroke: COLOR.poleBorder,
        'stroke-dasharray': '4 4',
      }),
    );
  const svg = [
    el('rect', {
      x: ctx.left,
      y: top,
      width: ctx.right - ctx.left,
      height: bottom - top,
      fill: COLOR.laneBg,
    }),
    ...separators,
    ...columns,
    empty ? emptyNote(ctx, cardsTop + 24) : '',
  ].join('');
  return { svg: el('g', { class: 'lanes' }, svg), bottom };
}
