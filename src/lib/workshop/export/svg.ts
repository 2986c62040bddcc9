// SVG building blocks for the export: elements as strings with every attribute and text escaped,
// numbers rounded (deterministic output), and wrapped text blocks; colours come from palette.ts.
import type { Text } from '../../content/schema';
import type { Content } from '../../content/model';
import { escapeMarkup } from '../../util/escape';
import type { Lang } from '../../i18n/messages';
import { COLOR } from '../../util/palette';
import type { BoardSvgLabels } from './labels';
import { wrap, type Font } from './text';

/** What every part of the picture needs: the content, the language and where a position lies. */
export interface Ctx {
  content: Content;
  lang: Lang;
  labels: BoardSvgLabels;
  tx: (text: Text) => string;
  /** Position on the scale (0 = gemeente alone) → x in px. */
  x: (p: number) => number;
  left: number;
  right: number;
}

/** A finished part of the picture and the y just below it. */
export interface Part {
  svg: string;
  bottom: number;
}

const num = (n: number) => String(Math.round(n * 10) / 10);

type Attrs = Record<string, string | number | undefined>;

export function el(name: string, attrs: Attrs, children?: string): string {
  const a = Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeMarkup(v)}"`)
    .join('');
  return children === undefined ? `<${name}${a}/>` : `<${name}${a}>${children}</${name}>`;
}

const lineHeight = (font: Font) => Math.round(font.size * 1.25);

/** One <text> per line, first baseline at `y` (so tests and readers see whole lines). */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  font: Font,
  attrs: Attrs = {},
): string {
  return lines
    .map((line, i) =>
      el(
        'text',
        {
          x,
          y: y + i * lineHeight(font),
          'font-size': font.size,
          'font-weight': font.bold ? 700 : undefined,
          fill: COLOR.ink,
          ...attrs,
        },
        escapeMarkup(line),
      ),
    )
    .join('');
}

/** A wrapped paragraph (never cut short): its lines, its height, and a renderer at a top. */
export function block(text: string, width: number, font: Font) {
  const lines = wrap(text, width, font);
  return {
    lines,
    height: lines.length * lineHeight(font),
    /** Rendered with its top (not baseline) at `top`. */
    at: (x: number, top: number, attrs: Attrs = {}) =>
      textLines(lines, x, top + Math.round(font.size * 0.95), font, attrs),
  };
}

/** A card's coloured left edge, rounded like the card (radius r, which is also its width). */
export const leftBar = (x: number, y: number, h: number, r: number, fill: string) =>
  el('path', {
    d: `M${num(x + r)} ${num(y)}A${r} ${r} 0 0 0 ${num(x)} ${num(y + r)}V${num(y + h - r)}A${r} ${r} 0 0 0 ${num(x + r)} ${num(y + h)}Z`,
    fill,
  });
