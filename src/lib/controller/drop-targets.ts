// Where a dragged card may land. The bands and lanes are measured once per drag and hit-tested by
// arithmetic: asking the DOM on every pointer move would force style and layout each frame. The
// highlight is one fixed box per target on its own layer, made once and shown by opacity, so a
// change of target costs no layout, no repaint and no reactive update. A host page's ancestor
// with a transform, filter or contain: paint places fixed boxes against itself instead of the
// viewport: an unmoved anchor box says where that origin is.
import { positionScale } from '../scale/linear';

export interface Target {
  id: string;
  fraction: number | undefined;
}

/** A drop target in page coordinates, so a window scroll keeps it true. */
export interface Zone {
  id: string;
  /** Bands carry the scale inside them; lanes do not, so a drop there snaps to the centre. */
  scale: boolean;
  /** The band lies in a row (wide screens: the scale runs along x) or a column (along y, up). */
  horizontal: boolean;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The drop target under a page point, and where along its own scale the point lies. */
export function zoneAt(zones: readonly Zone[], x: number, y: number): Target | null {
  for (const z of zones) {
    const dx = x - z.left;
    const dy = y - z.top;
    if (dx < 0 || dy < 0 || dx >= z.width || dy >= z.height) continue;
    if (!z.scale) return { id: z.id, fraction: undefined };
    // A row runs towards residents to the right; a column upwards.
    const fraction = z.horizontal
      ? positionScale(z.left, z.left + z.width).invert(x)
      : positionScale(z.top + z.height, z.top).invert(y);
    return { id: z.id, fraction };
  }
  return null;
}

function measure(root: Document | ShadowRoot, sx: number, sy: number): Zone[] {
  const zones: Zone[] = [];
  const rows = new Map<Element, boolean>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-drop]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const track = el.parentElement!;
    let horizontal = rows.get(track);
    if (horizontal === undefined) {
      horizontal = getComputedStyle(track).display === 'flex';
      rows.set(track, horizontal);
    }
    zones.push({
      id: el.dataset.drop!,
      scale: el.dataset.axis === 'scale',
      horizontal,
      left: r.left + sx,
      top: r.top + sy,
      width: r.width,
      height: r.height,
    });
  }
  return zones;
}

/** The drop targets of one drag and their highlight boxes, appended to host. */
export class DropTargets {
  #root: Document | ShadowRoot;
  #host: Node;
  #zones: Zone[] = [];
  #boxes: HTMLElement[] = [];
  #anchor: HTMLElement | null = null;
  #marked: string | null = null;
  #sx = 0;
  #sy = 0;
  #stale = false;

  /** Measures at once: call it while layout is clean, before the drag writes any style. */
  constructor(root: Document | ShadowRoot, host: Node) {
    this.#root = root;
    this.#host = host;
    this.#measure();
  }

  /** The target under a viewport point. Reads no layout unless the targets moved in the page. */
  at(x: number, y: number): Target | null {
    if (this.#stale) this.#measure();
    return zoneAt(this.#zones, x + this.#sx, y + this.#sy);
  }

  /** Highlights every box of one target (its band and its lane), or none. */
  mark(id: string | null): void {
    if (id === this.#marked) return;
    this.#zones.forEach((z, i) => {
      if (z.id === id || z.id === this.#marked)
        this.#boxes[i]!.style.opacity = z.id === id ? '1' : '0';
    });
    this.#marked = id;
  }

  /** The window scrolled: the boxes are fixed to it, so they move with their targets. */
  scrolled(): void {
    [this.#sx, this.#sy] = [window.scrollX, window.scrollY];
    this.#place();
  }

  #place(): void {
    const origin = this.#anchor?.getBoundingClientRect();
    const x = this.#sx + (origin?.left ?? 0);
    const y = this.#sy + (origin?.top ?? 0);
    this.#zones.forEach((z, i) => {
      this.#boxes[i]!.style.transform = `translate(${z.left - x}px, ${z.top - y}px)`;
    });
  }

  /** The targets moved within the page (an inner box scrolled, the window resized). */
  invalidate(): void {
    this.#stale = true;
  }

  remove(): void {
    for (const box of this.#boxes) box.remove();
    this.#anchor?.remove();
    this.#anchor = null;
    this.#boxes = [];
    this.#zones = [];
  }

  #measure(): void {
    const marked = this.#marked;
    this.remove();
    [this.#sx, this.#sy] = [window.scrollX, window.scrollY];
    this.#zones = measure(this.#root, this.#sx, this.#sy);
    const boxes = document.createDocumentFragment();
    const box = (width: number, height: number) => {
      const el = document.createElement('div');
      el.className = 'drop-highlight';
      el.setAttribute('aria-hidden', 'true');
      el.style.width = `${width}px`;
      el.style.height = `${height}px`;
      return boxes.appendChild(el);
    };
    this.#boxes = this.#zones.map((z) => box(z.width, z.height));
    this.#anchor = box(0, 0);
    this.#host.appendChild(boxes);
    this.#stale = false;
    this.#marked = null;
    this.#place();
    this.mark(marked);
  }
}
