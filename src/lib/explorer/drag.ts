// Pointer drag for a card (mouse, pen, touch) as a Svelte attachment. Mouse and pen drag after a
// few pixels; touch after a short press, so a swipe still scrolls the page. While dragging, a
// fixed ghost on its own compositor layer follows the pointer (styled through CSSOM, which a strict
// CSP allows); hit-testing runs at most once per frame; no card re-renders. Drops snap to a form
// unless Alt, Shift, Ctrl or Cmd is held.
import type { Attachment } from 'svelte/attachments';
import type { Workbench } from './workbench.svelte';

const MOUSE_SLOP = 5;
const TOUCH_SLOP = 8;
const LONG_PRESS_MS = 250;
/** Near the top or bottom edge of the window a drag scrolls the page, so far targets are reachable. */
const EDGE = 48;
const SCROLL_STEP = 14;

interface Target {
  id: string;
  fraction: number | undefined;
}

let horizontalTracks = new WeakMap<Element, boolean>();
/** A track lays its bands out in a row (wide screens) or a column; asked once per track and drag. */
function isHorizontal(track: Element): boolean {
  let known = horizontalTracks.get(track);
  if (known === undefined) {
    known = getComputedStyle(track).display === 'flex';
    horizontalTracks.set(track, known);
  }
  return known;
}

/** The drop target under a point, and where along its own scale the point lies. */
export function targetAt(
  x: number,
  y: number,
  root: Document | ShadowRoot = document,
): Target | null {
  const hit = root
    .elementsFromPoint(x, y)
    .find((el) => el instanceof HTMLElement && el.dataset.drop);
  if (!(hit instanceof HTMLElement)) return null;
  const id = hit.dataset.drop!;
  // Bands carry the scale inside them (along x in a row, along y in the vertical layout);
  // lanes do not, so a drop there snaps to the centre.
  if (hit.dataset.axis !== 'scale') return { id, fraction: undefined };
  const horizontal = isHorizontal(hit.parentElement!);
  const r = hit.getBoundingClientRect();
  const fraction = horizontal ? (x - r.left) / r.width : 1 - (y - r.top) / r.height;
  return { id, fraction };
}

/** A lightweight copy of the card that follows the pointer. */
function makeGhost(card: HTMLElement): HTMLElement {
  const r = card.getBoundingClientRect();
  const ghost = document.createElement('div');
  ghost.textContent = card.querySelector('.name')?.textContent ?? '';
  ghost.setAttribute('aria-hidden', 'true');
  const cs = getComputedStyle(card);
  Object.assign(ghost.style, {
    position: 'fixed',
    left: `${r.left}px`,
    top: `${r.top}px`,
    width: `${r.width}px`,
    minHeight: `${r.height}px`,
    boxSizing: 'border-box',
    padding: cs.padding,
    font: cs.font,
    fontWeight: '600',
    color: cs.color,
    background: cs.backgroundColor,
    border: '2px solid currentColor',
    borderRadius: '6px',
    boxShadow: '0 6px 18px rgb(0 0 0 / 0.3)',
    pointerEvents: 'none',
    zIndex: '1000',
    willChange: 'transform',
    contain: 'layout paint',
  });
  return ghost;
}

export function draggable(wb: Workbench, id: string): Attachment<HTMLElement> {
  return (node) => {
    let start: { x: number; y: number; pointer: number } | null = null;
    let pointer = { x: 0, y: 0 };
    let tested = { x: -1, y: -1 };
    let frame = 0;
    let ghost: HTMLElement | null = null;
    let dragging = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: Target | null = null;
    let fine = false;
    let suppressClick = false;
    const root = node.getRootNode() as Document | ShadowRoot;

    const blockScroll = (e: TouchEvent) => {
      if (dragging) e.preventDefault();
    };

    function begin() {
      horizontalTracks = new WeakMap();
      tested = { x: -1, y: -1 };
      dragging = true;
      ghost = makeGhost(node);
      (root instanceof ShadowRoot ? root : document.body).append(ghost);
      node.classList.add('dragging');
      node.setPointerCapture?.(start!.pointer);
      wb.menu = null;
    }

    /** Once per frame: move the ghost, find the target, scroll near the window's edges. */
    function onFrame() {
      frame = 0;
      if (!dragging || !start || !ghost) return;
      ghost.style.transform = `translate(${pointer.x - start.x}px, ${pointer.y - start.y}px)`;
      const dir = pointer.y < EDGE ? -1 : pointer.y > window.innerHeight - EDGE ? 1 : 0;
      if (dir !== 0) window.scrollBy(0, dir * SCROLL_STEP);
      // Hit-test again only when the pointer moved a little or the page scrolled.
      if (dir !== 0 || Math.hypot(pointer.x - tested.x, pointer.y - tested.y) >= 3) {
        tested = pointer;
        last = targetAt(pointer.x, pointer.y, root);
        const over = last?.id ?? null;
        if (wb.over !== over) wb.over = over;
      }
      if (dir !== 0) frame = requestAnimationFrame(onFrame);
    }

    function end() {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      frame = 0;
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', end);
      if (dragging) {
        ghost?.remove();
        ghost = null;
        node.classList.remove('dragging');
        suppressClick = true;
      }
      dragging = false;
      start = null;
      last = null;
      wb.over = null;
    }

    function down(e: PointerEvent) {
      if (e.button !== 0 || start) return;
      start = { x: e.clientX, y: e.clientY, pointer: e.pointerId };
      suppressClick = false;
      // Follow the pointer anywhere on the page, not only over the card.
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', end);
      if (e.pointerType === 'touch') timer = setTimeout(begin, LONG_PRESS_MS);
    }

    function move(e: PointerEvent) {
      if (!start || e.pointerId !== start.pointer) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (!dragging) {
        const far = Math.hypot(dx, dy);
        if (e.pointerType === 'touch') {
          if (far > TOUCH_SLOP) end(); // a swipe: let the page scroll
          return;
        }
        if (far < MOUSE_SLOP) return;
        begin();
      }
      e.preventDefault();
      pointer = { x: e.clientX, y: e.clientY };
      fine = e.altKey || e.shiftKey || e.ctrlKey || e.metaKey;
      if (!frame) frame = requestAnimationFrame(onFrame);
    }

    function up(e: PointerEvent) {
      if (!start || e.pointerId !== start.pointer) return;
      if (dragging) last = targetAt(e.clientX, e.clientY, root);
      const target = dragging ? last : null;
      const wasDragging = dragging;
      end();
      if (!wasDragging || !target) return;
      // Let go over the card's own form without a fine position: nothing moved, nothing to undo.
      const here = wb.board.position(id);
      if (
        target.fraction === undefined &&
        here !== undefined &&
        wb.describe(here).form.id === target.id
      )
        return;
      wb.place(id, wb.snapInto(target.id, fine ? target.fraction : undefined), true);
    }

    function click(e: MouseEvent) {
      if (suppressClick) {
        e.preventDefault();
        e.stopImmediatePropagation();
        suppressClick = false;
      }
    }

    node.addEventListener('pointerdown', down);
    node.addEventListener('click', click, { capture: true });
    node.addEventListener('touchmove', blockScroll, { passive: false });
    node.addEventListener('contextmenu', (e) => {
      if (dragging) e.preventDefault();
    });
    return () => {
      end();
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('click', click, { capture: true });
      node.removeEventListener('touchmove', blockScroll);
    };
  };
}
