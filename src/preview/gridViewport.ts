/** The grid's visible window: what part of the sheet its scroller shows. */
export interface Viewport {
  top: number;
  left: number;
  height: number;
  width: number;
}
export const EMPTY_VIEWPORT: Viewport = { top: 0, left: 0, height: 0, width: 0 };

/**
 * The scroller's visible window, as a state updater that keeps the previous object when
 * nothing moved, so that React skips the render (the ResizeObserver's first call, for one).
 */
export const viewportOf =
  (el: HTMLElement) =>
  (previous: Viewport): Viewport => {
    const next = {
      top: el.scrollTop,
      left: el.scrollLeft,
      height: el.clientHeight,
      width: el.clientWidth,
    };
    return next.top === previous.top &&
      next.left === previous.left &&
      next.height === previous.height &&
      next.width === previous.width
      ? previous
      : next;
  };
