// Pointer drag for a card (mouse, pen, touch) as a Svelte attachment. Mouse and pen drag after a
// few pixels; touch after a short press, so a swipe still scrolls the page. While dragging, a
// fixed ghost on its own compositor layer follows the pointer (styled through CSSOM, which a strict
// CSP allows); drop targets are measured once per drag and hit-tested by arithmetic, so a pointer
// move reads no layout; no card re-renders. Drops snap to a form unless Alt, Shift, Ctrl or Cmd is
// held.
import type { Attachment } from 'svelte/attachments';
import type { Workbench } from './workbench.svelte';
import { DropTargets, type Target } from './drop-targets';

const MOUSE_SLOP = 5;
const TOUCH_SLOP = 8;
const LONG_PRESS_MS = 250;
/** Near the top or bottom edge of the window a drag scrolls the page, so far targets are reachable. */
const EDGE = 48;
const SCROLL_STEP = 14;

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
    let frame = 0;
    let ghost: HTMLElement | null = null;
    let dragging = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: Target | null = null;
    let targets: DropTargets | null = null;
    let viewHeight = 0;
    let fine = false;
    let suppressClick = false;
    const root = node.getRootNode() as Document | ShadowRoot;

    const blockScroll = (e: TouchEvent) => {
      if (dragging) e.preventDefault();
    };

    /**
     * Moves the ghost and the highlight to the pointer. It reads no layout, so it runs straight
     * from the pointer event (which browsers deliver once per frame) without forcing style work.
     */
    function follow() {
      if (!ghost || !start || !targets) return;
      ghost.style.transform = `translate(${pointer.x - start.x}px, ${pointer.y - start.y}px)`;
      last = targets.at(pointer.x, pointer.y);
      targets.mark(last?.id ?? null);
      if (edge() !== 0 && !frame) frame = requestAnimationFrame(edgeScroll);
    }

    const edge = () => (pointer.y < EDGE ? -1 : pointer.y > viewHeight - EDGE ? 1 : 0);

    /** While the pointer rests near the top or bottom of the window, the page scrolls each frame. */
    function edgeScroll() {
      frame = 0;
      const dir = edge();
      if (!dragging || dir === 0) return;
      window.scrollBy(0, dir * SCROLL_STEP);
      frame = requestAnimationFrame(edgeScroll);
    }

    /** A scroll moves the targets under a still pointer. */
    function scrolled(e: Event) {
      if (!targets) return;
      if (e.target === document) targets.scrolled();
      else targets.invalidate(); // an inner box: its targets moved within the page
      follow();
    }
    function resized() {
      viewHeight = window.innerHeight;
      targets?.invalidate();
    }

    function begin() {
      // Read everything first, while layout is clean; then write.
      viewHeight = window.innerHeight;
      ghost = makeGhost(node);
      const host = root instanceof ShadowRoot ? root : document.body;
      targets = new DropTargets(root, host);
      host.append(ghost);
      dragging = true;
      wb.dragging = true;
      node.classList.add('dragging');
      node.setPointerCapture?.(start!.pointer);
      document.addEventListener('scroll', scrolled, { capture: true, passive: true });
      window.addEventListener('resize', resized);
      wb.stage.closeMenu();
    }

    function end() {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      frame = 0;
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', end);
      document.removeEventListener('scroll', scrolled, { capture: true });
      window.removeEventListener('resize', resized);
      if (dragging) {
        ghost?.remove();
        ghost = null;
        targets?.remove();
        targets = null;
        wb.dragging = false;
        node.classList.remove('dragging');
        suppressClick = true;
      }
      dragging = false;
      start = null;
      last = null;
    }

    function down(e: PointerEvent) {
      if (e.button !== 0 || start) return;
      start = { x: e.clientX, y: e.clientY, pointer: e.pointerId };
      // A long press starts the drag before any move: it starts where the finger is.
      pointer = { x: e.clientX, y: e.clientY };
      fine = false;
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
      follow();
    }

    function up(e: PointerEvent) {
      if (!start || e.pointerId !== start.pointer) return;
      if (dragging) {
        pointer = { x: e.clientX, y: e.clientY };
        targets?.scrolled(); // an edge scroll may not have reported yet
        follow();
      }
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
