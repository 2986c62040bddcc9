// The board as a standalone SVG document, for slides and handouts, laid out like the screen:
// title, the axis and Utrecht's forms, the placed cards per form right under them, then Peel en
// Maas's owners and types with the hard ownership line, a legend and the sources. Pure (no DOM)
// and deterministic: the same input gives the same bytes.
import type { BoardData } from '../../board/types';
import type { Content } from '../../content/model';
import { escapeMarkup } from '../../util/escape';
import type { Lang } from '../../i18n/messages';
import { COLOR } from '../../util/palette';
import { positionScale } from '../../scale/linear';
import { locate } from '../../scale/scale';
import { footPart } from './footPart';
import type { BoardSvgLabels } from './labels';
import { lanesPart, placedCards, typeLabel } from './lanesPart';
import { peelPart } from './peelPart';
import { scalePart } from './scalePart';
import { el, textLines, type Ctx } from './svg';

export interface BoardSvgInput {
  content: Content;
  board: BoardData;
  lang: Lang;
  title: string;
  labels: BoardSvgLabels;
}

const SVG_WIDTH = 1920;
/** A 16:9 slide at least; a full board grows taller rather than shrinking its type. */
export const SVG_MIN_HEIGHT = 1080;
const MARGIN = 48;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export function boardSvg({ content, board, lang, title, labels }: BoardSvgInput): string {
  const left = MARGIN;
  const right = SVG_WIDTH - MARGIN;
  const ctx: Ctx = {
    content,
    lang,
    labels,
    tx: (text) => text[lang],
    x: positionScale(left, right),
    left,
    right,
  };
  const scale = scalePart(ctx, 80);
  const lanes = placedCards(ctx, board);
  const onBoard = lanesPart(ctx, lanes, scale.bottom + 8);
  const peel = peelPart(ctx, onBoard.bottom + 12);
  const foot = footPart(ctx, peel.bottom + 28);
  const height = Math.max(SVG_MIN_HEIGHT, Math.ceil(foot.bottom + MARGIN / 2));

  const [main, other] = content.frameworks;
  const placed = [...lanes.values()].flat();
  const summary = placed.map((c) =>
    labels.placed(
      c.name,
      ctx.tx(locate(main, other, c.position).form.label),
      typeLabel(ctx, c.position),
    ),
  );
  const desc = `${labels.desc(placed.length, ctx.tx(main.name), ctx.tx(other.name))}${
    summary.length > 0 ? ` ${summary.join('; ')}.` : ''
  }`;

  const body = [
    el('title', { id: 'kv-title' }, escapeMarkup(title)),
    el('desc', { id: 'kv-desc' }, escapeMarkup(desc)),
    el('rect', { width: SVG_WIDTH, height, fill: COLOR.bg }),
    textLines([title], left, 60, { size: 34, bold: true }),
    scale.svg,
    onBoard.svg,
    peel.svg,
    foot.svg,
  ].join('\n');
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: SVG_WIDTH,
      height,
      viewBox: `0 0 ${SVG_WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': 'kv-title kv-desc',
      'xml:lang': lang,
      'font-family': FONT,
    },
    `\n${body}\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
